// Registering a consent in the real UI: the coordinator opens a person's consent page from her
// home, registers a written consent to information exchange that keeps a unit out, uploads the
// signed form (a small PDF made here) and finds it listed with the form to download; her home
// lists the persons whose consent is about to expire. axe checks every page touched, in nb, nn
// and en, on a phone and a desktop.
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

const app = useApp();

/** A small, well-formed PDF: the server checks the first bytes. */
function smallPdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

it('the coordinator registers a written consent with a restriction, uploads the signed form and sees it listed; her home lists the alerts', async () => {
  const ingrid = await app.newPage();
  await signIn(ingrid, app.baseUrl, 'Ingrid Solberg');

  // Her home: Kjell Andersen's consents run out within the notice.
  const alerts = ingrid.getByRole('region', { name: 'Samtykker som mangler eller går ut' });
  await alerts.scrollIntoViewIfNeeded();
  const kjell = alerts.getByTestId('consent-alert').filter({ hasText: 'Kjell Andersen' });
  await kjell.filter({ hasText: 'Samtykket til Utveksling av opplysninger går ut' }).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, "the coordinator's home with the consent alerts")).toEqual([]);

  await ingrid.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name: 'Samtykker for Ragnhild Olsen' }).click();
  await ingrid.getByRole('heading', { level: 1, name: 'Samtykker for Ragnhild Olsen' }).waitFor();
  const list = ingrid.getByRole('region', { name: 'Registrerte samtykker' });
  // Her oral consent to the plan, heard by Ingrid on a home visit.
  await list.getByText(/Muntlig samtykke tatt imot av Ingrid Solberg/).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the consent page')).toEqual([]);

  const form = ingrid.getByRole('form', { name: 'Registrer samtykke' });
  await form.getByRole('radio', { name: 'Utveksling av opplysninger' }).check();
  await form.getByRole('radio', { name: 'Skriftlig' }).check();
  await form.getByLabel(/Dokumentreferanse/).fill('Arkiv 2025/114');
  await form.getByRole('button', { name: 'Legg til begrensning' }).click();
  await form.getByRole('radio', { name: 'Et fagmiljø (enhet eller organisasjon)' }).check();
  await form.getByLabel(/Beskrivelse, slik personen sa det/).fill('Fysioterapeuten skal ikke få opplysninger.');
  await form.getByRole('combobox', { name: /Enhet eller organisasjon/ }).selectOption({ label: 'Fysio- og ergoterapi' });
  await form.getByRole('button', { name: 'Registrer samtykket' }).click();
  await ingrid.getByText('Samtykket til Utveksling av opplysninger er registrert.').waitFor();

  const card = list.getByTestId(/^staff-consent-/).filter({ hasText: 'Ingenting til Fysio- og ergoterapi. Fysioterapeuten skal ikke få opplysninger.' });
  await card.getByText('Det signerte skjemaet er ikke lastet opp.').waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the consent page after registering', 'consent-register')).toEqual([]);

  const upload = ingrid.getByRole('form', { name: 'Last opp signert skjema for samtykket til Utveksling av opplysninger' });
  // A file of another type is refused in the browser.
  await upload.getByLabel(/Signert skjema/).setInputFiles({ name: 'notat.txt', mimeType: 'text/plain', buffer: Buffer.from('hei') });
  await upload.getByText('Filen må være en PDF, PNG eller JPEG.').waitFor();
  await upload.getByLabel(/Signert skjema/).setInputFiles({ name: 'samtykke-ragnhild.pdf', mimeType: 'application/pdf', buffer: smallPdf() });
  await upload.getByRole('button', { name: /Last opp/ }).click();
  await upload.getByText('samtykke-ragnhild.pdf er lastet opp.').waitFor();

  const download = card.getByRole('link', { name: /Signert skjema: samtykke-ragnhild\.pdf/ });
  await download.waitFor();
  const response = await ingrid.request.get(new URL((await download.getAttribute('href'))!, app.baseUrl).toString());
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  const copy = await ingrid.request.get(new URL((await card.getByRole('link', { name: /Personens kopi \(PDF\)/ }).getAttribute('href'))!, app.baseUrl).toString());
  expect(copy.status()).toBe(200);
  expect(copy.headers()['content-type']).toContain('application/pdf');

  // On the next load the consent is listed with its stored form.
  await ingrid.reload();
  await list.getByTestId(/^staff-consent-/).filter({ hasText: 'Fysioterapeuten skal ikke få opplysninger.' }).getByRole('link', { name: /samtykke-ragnhild\.pdf/ }).waitFor();
  await settled(ingrid);
  expect(await problemsInEveryLanguageAndWidth(ingrid, 'the consent page with the signed form')).toEqual([]);
});
