// Change forms in the real UI: the coordinator hands a person over to another coordinator on the
// change form, with an overlap; the new coordinator finds the person in her caseload with the
// handover; KE registers the form from its list; the unit leader sees the unit's assignments with
// the way to their change forms. axe checks every page touched, in nb, nn and en, phone and desktop.
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

/** A LocalDate `days` from today in Oslo, as the date field takes it. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

it('the coordinator hands over on the change form, the new coordinator sees the overlap, and KE registers the form', async () => {
  const ingrid = await app.newPage();
  await signIn(ingrid, app.baseUrl, 'Ingrid Solberg');
  await ingrid.getByRole('link', { name: 'Endringsskjema for Sofie Berg' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Endringsskjema for Sofie Berg' }).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the change form page')).toEqual([]);

  await ingrid.getByRole('radio', { name: 'Bytte av koordinator' }).check();
  const successor = ingrid.getByRole('combobox', { name: /Ny koordinator/ });
  await successor.selectOption((await successor.locator('option', { hasText: 'Marte Johansen' }).getAttribute('value'))!);
  await ingrid.getByLabel(/Siste dag for koordinatoren som slutter/).fill(dayFromToday(14));
  await ingrid.getByLabel(/Første dag for ny koordinator/).fill(dayFromToday(0));
  await ingrid.getByLabel(/Begrunnelse/).fill('Ingrid går over i ny stilling; Marte tar over.');
  await ingrid.getByRole('combobox', { name: /Hvem meldte endringen/ }).selectOption('COORDINATOR');
  await ingrid.getByRole('button', { name: 'Send endringsskjema' }).click();
  const dialog = ingrid.getByRole('dialog', { name: 'Sende endringsskjemaet?' });
  await dialog.getByText(/Marte Johansen blir koordinator fra/).waitFor();
  await dialog.getByRole('button', { name: 'Ja, send' }).click();
  await ingrid.getByText('Endringsskjemaet er sendt til koordinerende enhet.').waitFor();
  const forms = ingrid.getByRole('region', { name: 'Skjemaer for Sofie Berg' });
  await forms.getByTestId('change-form').filter({ hasText: 'Bytte av koordinator' }).filter({ hasText: 'Venter på registrering' }).waitFor();
  // Both coordinators are in force until Ingrid's last day.
  await ingrid.getByRole('region', { name: 'Koordinatorer nå' }).getByText(/Marte Johansen/).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the change form page after sending')).toEqual([]);

  const marte = await app.newPage();
  await signIn(marte, app.baseUrl, 'Marte Johansen');
  const row = marte.getByRole('row').filter({ has: marte.getByRole('link', { name: 'Sofie Berg', exact: true }) });
  await row.getByText('Bytte av koordinator: Ingrid Solberg overlater til Marte Johansen', { exact: false }).waitFor();
  await settled(marte);
  expect(await problemsInEveryLanguageAndWidth(marte, "the new coordinator's caseload")).toEqual([]);

  const ke = await app.newPage();
  await signIn(ke, app.baseUrl, 'Kari Nordmann-Berg');
  const waiting = ke.getByRole('table', { name: 'Endringsskjemaer som venter' });
  await waiting.scrollIntoViewIfNeeded();
  const sofie = waiting.getByRole('row').filter({ hasText: 'Sofie Berg' });
  await sofie.getByText('Bytte av koordinator').waitFor();
  await settled(ke);
  expect(await problemsInEveryLanguageAndWidth(ke, "KE's home with the forms waiting")).toEqual([]);
  await sofie.getByRole('button', { name: 'Registrer skjemaet for Sofie Berg' }).click();
  await ke.getByText('Skjemaet for Sofie Berg er registrert.').waitFor();
  await waiting.getByRole('row').filter({ hasText: 'Sofie Berg' }).waitFor({ state: 'detached' });

  const ola = await app.newPage();
  await signIn(ola, app.baseUrl, 'Ola Fjeld');
  const assignments = ola.getByRole('table', { name: 'Koordinatoroppdrag i Hjemmetjenesten' });
  await assignments.getByRole('link', { name: 'Endringsskjema for Sofie Berg' }).waitFor();
  await settled(ola);
  expect(await problemsInEveryLanguageAndWidth(ola, "the unit leader's home with the assignments")).toEqual([]);
});
