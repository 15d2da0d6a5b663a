// A responsibility group in the real UI: the coordinator opens Ragnhild Olsen's group from her
// caseload, is told the written group consent is missing and follows the link to register it
// (told of composition, way of working and exchange of information), comes back, establishes
// the group on Ragnhild's wish and adds the GP as a member. axe checks the group page in nb, nn
// and en, on a phone and a desktop, before and after.
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

it('the coordinator establishes a group after registering the written group consent, and adds a member', async () => {
  const ingrid = await app.newPage();
  await signIn(ingrid, app.baseUrl, 'Ingrid Solberg');
  await ingrid.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name: 'Ansvarsgruppe for Ragnhild Olsen' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Ansvarsgruppe for Ragnhild Olsen' }).waitFor();
  await ingrid.getByText(/Det finnes ikke et gyldig skriftlig samtykke til ansvarsgruppe/).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the group page without consent', 'group-blocked')).toEqual([]);
  const groupUrl = ingrid.url();

  await ingrid.getByRole('link', { name: 'Registrer samtykket til ansvarsgruppe' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Samtykker for Ragnhild Olsen' }).waitFor();
  const form = ingrid.getByRole('form', { name: 'Registrer samtykke' });
  await form.getByRole('radio', { name: 'Ansvarsgruppe' }).check();
  await form.getByRole('radio', { name: 'Skriftlig' }).check();
  await form.getByRole('checkbox', { name: 'Hvem som er med i ansvarsgruppen' }).check();
  await form.getByRole('checkbox', { name: 'Hvordan ansvarsgruppen arbeider' }).check();
  await form.getByRole('checkbox', { name: 'At taushetsbelagte opplysninger utveksles i gruppen' }).check();
  await form.getByRole('button', { name: 'Registrer samtykket' }).click();
  await ingrid.getByText('Samtykket til Ansvarsgruppe er registrert.').waitFor();

  await ingrid.goto(groupUrl);
  const establish = ingrid.getByRole('form', { name: 'Opprett ansvarsgruppe' });
  await establish.waitFor();
  // Without the wish the form says so, and nothing is sent.
  await establish.getByRole('button', { name: 'Opprett ansvarsgruppen' }).click();
  await establish.getByText('Kryss av når personen ønsker ansvarsgruppe. Uten ønsket opprettes ingen gruppe.').waitFor();
  await establish.getByRole('checkbox', { name: 'Personen (eller verge) ønsker ansvarsgruppe' }).check();
  await establish.getByLabel(/Ønsket med personens egne ord/).fill('Vil at alle som hjelper meg, møtes samtidig.');
  await establish.getByRole('button', { name: 'Opprett ansvarsgruppen' }).click();
  const members = ingrid.getByRole('table', { name: 'Medlemmer av ansvarsgruppen' });
  await members.getByRole('rowheader', { name: /Ingrid Solberg/ }).waitFor();
  await members.getByRole('rowheader', { name: /Ragnhild Olsen/ }).waitFor();

  await ingrid.getByText('Legg til medlem').click();
  const add = ingrid.getByRole('form', { name: 'Legg til medlem' });
  await add.getByRole('radio', { name: 'En ansatt i kommunen' }).check();
  await add.getByRole('combobox', { name: /^Ansatt/ }).selectOption({ label: 'Per Aasen – Fjordvik legesenter' });
  await add.getByLabel(/^Rolle i gruppen/).fill('Fastlege');
  await add.getByRole('button', { name: 'Legg til i gruppen' }).click();
  await ingrid.getByText('Per Aasen er lagt til i gruppen.').waitFor();
  await members.getByRole('rowheader', { name: /Per Aasen/ }).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the group page with its members', 'group-members')).toEqual([]);
});
