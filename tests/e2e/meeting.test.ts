// A meeting in the real UI: the coordinator opens Sofie Berg's meetings from her caseload and
// yesterday's samarbeidsmøte, and writes and saves its minutes. axe checks the meetings page (with
// the planner) and the meeting page (with the minutes editor) in nb, nn and en, on a phone and a
// desktop.
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

it('the coordinator opens the meetings page and a meeting, and writes its minutes', async () => {
  const ingrid = await app.newPage();
  await signIn(ingrid, app.baseUrl, 'Ingrid Solberg');
  await ingrid.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name: 'Møter for Sofie Berg' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Møter for Sofie Berg' }).waitFor();
  await ingrid.getByRole('form', { name: 'Planlegg et møte' }).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the meetings page', 'meetings')).toEqual([]);

  await ingrid.getByRole('region', { name: 'Møter som kommer' }).getByRole('link', { name: /^Samarbeidsmøte/ }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Samarbeidsmøte for Sofie Berg' }).waitFor();
  const minutes = ingrid.getByRole('form', { name: 'Skriv referatet' });
  await minutes.waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the meeting page', 'meeting')).toEqual([]);

  for (const name of ['Ingrid Solberg', 'Siri Vik', 'Sofie Berg']) {
    await minutes.getByRole('group', { name }).getByRole('radio', { name: 'Til stede', exact: true }).check();
  }
  const approval = minutes.getByRole('group', { name: /forrige møte godkjent/ });
  if ((await approval.count()) > 0) await approval.getByRole('radio', { name: 'Ja', exact: true }).check();
  await minutes.getByLabel(/Referat fra «Tilrettelegging på arbeidsplassen»/).fill('Arbeidsgiveren har en rolig plass klar.');
  await minutes.getByLabel(/Konklusjon på «Tilrettelegging på arbeidsplassen»/).fill('Oppstart om to uker.');
  await minutes.getByLabel(/Referat fra «Trening før oppstart»/).fill('Treningen går etter planen.');
  await minutes.getByLabel(/Konklusjon på «Trening før oppstart»/).fill('Fortsetter som før.');
  await minutes.getByLabel('Tidspunkt for neste møte').fill('2099-03-01T10:00');
  await minutes.getByLabel('Tema for neste møte').fill('Hvordan gikk oppstarten?');
  await minutes.getByLabel(/Hvem får referatet/).fill('Alle som var til stede');
  await minutes.getByRole('button', { name: 'Lagre referatet' }).click();
  await ingrid.getByText('Referatet er lagret.').waitFor();

});
