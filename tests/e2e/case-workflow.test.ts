// KE's whole case workflow in the real UI, each step by the role that does it: a GP refers Jon
// Solheim → KE grants coordinator and individual plan and downloads the letter → KE leaves the
// choice to home care's leader, who appoints Ingrid Solberg → Ingrid sees Jon first in her
// caseload → Jon sees who his coordinator is and how to reach her. Every page the journey opens
// passes axe in nb, nn and en, at 360 px and on a desktop.
import type { Page } from 'playwright-core';
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';

// Jon Solheim as the demo seeds him: a synthetic test national id (month + 80), valid by the
// control digits (apps/api/src/demo/personas.ts, NEW_CITIZEN).
const JON = { firstName: 'Jon', lastName: 'Solheim', dateOfBirth: '1985-04-12', nationalId: '12848520010' };

const app = useApp();

const problems: string[] = [];

/** axe and sideways scrolling on the page as it stands, in every language and width. */
async function checkPage(page: Page, label: string): Promise<void> {
  await settled(page);
  problems.push(...(await problemsInEveryLanguageAndWidth(page, label, `workflow-${label}`)));
}

let journalNumber = '';
let caseUrl = '';

it('a GP refers a person with the referral form and gets a journal number', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Per Aasen');
  await settled(page);
  await page.getByRole('link', { name: 'Ny melding' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Ny melding om behov for koordinerte tjenester' }).waitFor();
  await checkPage(page, 'referral-form');

  // Sending it empty: the form says what is missing, and nothing is sent. The summary has the
  // focus; a field's message is tied to it.
  await page.getByRole('button', { name: 'Send meldingen' }).click();
  await page.getByText('Rett opp dette før du sender:').waitFor();
  expect(await page.evaluate(() => document.activeElement?.closest('ds-error-summary') !== null)).toBe(true);
  const sourceName = page.getByLabel('Navn på den som melder');
  expect(await sourceName.getAttribute('aria-invalid')).toBe('true');
  const messageId = (await sourceName.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
  expect(await page.locator(`[id="${messageId}"]`).textContent()).toBe('Feltet må fylles ut.');

  await page.getByRole('radio', { name: 'Registrer en ny person' }).check();
  await page.getByLabel('Fornavn').fill(JON.firstName);
  await page.getByLabel('Etternavn').fill(JON.lastName);
  await page.getByRole('radio', { name: 'Født', exact: true }).check();
  await page.getByLabel('Fødselsdato').last().fill(JON.dateOfBirth);
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(JON.nationalId);
  await page.getByLabel('Meldingen kommer fra').selectOption('GP');
  await page.getByLabel('Navn på den som melder').fill('Per Aasen');
  await page.getByLabel('I hvilken rolle meldes det?').fill('Fastlege');
  await page.getByRole('radio', { name: 'Koordinator og individuell plan' }).check();
  await page
    .getByLabel('Hvorfor er det behov for koordinerte tjenester?')
    .fill('Langvarig sykdom etter hjerneslag; trenger hjemmesykepleie, fysioterapi og NAV sett i sammenheng.');
  await page.getByLabel('Personen, eller foresatte, har samtykket til meldingen').check();
  await page.getByRole('group', { name: /Samtykket er gitt/ }).getByRole('radio', { name: 'Muntlig' }).check();
  await page.getByRole('button', { name: 'Send meldingen' }).click();

  await page.getByRole('heading', { name: 'Meldingen er mottatt' }).waitFor();
  const receipt = (await page.getByText(/Journalnummeret er/).textContent()) ?? '';
  journalNumber = /(\d{4}\/\d{4})/.exec(receipt)?.[1] ?? '';
  expect(journalNumber).toMatch(/^\d{4}\/\d{4}$/);
  await checkPage(page, 'referral-receipt');

  // The GP follows the referral from the home view.
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await page.getByText(journalNumber).first().waitFor();
});

it('KE finds it in the inbox, grants coordinator and plan, and downloads the letter', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Kari Nordmann-Berg');
  await settled(page);
  await page.getByRole('link', { name: 'Jon Solheim' }).first().click();
  await page.waitForURL(/\/sak\//);
  caseUrl = page.url();
  await page.getByRole('heading', { level: 1, name: 'Sak for Jon Solheim' }).waitFor();
  await page.getByText(journalNumber).first().waitFor();
  await checkPage(page, 'case-received');

  const decision = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vedtak' }) });
  await decision.getByLabel('Innvilget').check();
  await decision.getByLabel('Koordinator', { exact: true }).check();
  await decision.getByLabel('Individuell plan', { exact: true }).check();
  await decision.getByRole('group', { name: 'Behov for langvarige tjenester' }).getByLabel('Oppfylt', { exact: true }).check();
  await decision.getByRole('group', { name: 'Behov for koordinerte tjenester' }).getByLabel('Oppfylt', { exact: true }).check();
  await decision.getByRole('button', { name: 'Fatt vedtak …' }).click();
  const confirm = page.getByRole('dialog', { name: 'Vil du fatte vedtaket?' });
  // Its close button closes it (command="close": Designsystemet's invokers where a browser lacks them).
  await confirm.getByRole('button', { name: 'Lukk' }).click();
  await confirm.waitFor({ state: 'hidden' });
  await decision.getByRole('button', { name: 'Fatt vedtak …' }).click();
  await confirm.getByRole('button', { name: 'Ja, fatt vedtaket' }).click();
  await page.getByText('Vedtaket er fattet.').waitFor();

  const download = page.getByRole('link', { name: 'Last ned vedtaksbrev (PDF)' });
  const letter = await page.request.get(new URL((await download.getAttribute('href'))!, app.baseUrl).toString());
  expect(letter.status()).toBe(200);
  expect(letter.headers()['content-type']).toBe('application/pdf');
  expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const appointment = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Oppnevne koordinator' }) });
  await appointment.getByRole('button', { name: 'Overlat til virksomhetsleder' }).click();
  await appointment.getByLabel('Virksomheten som skal oppnevne').selectOption({ label: 'Hjemmetjenesten' });
  await appointment.getByRole('button', { name: 'Overlat til lederen' }).click();
  await appointment.getByText(/Overlatt til Hjemmetjenesten/).waitFor();
  await checkPage(page, 'case-decided');
});

it('the leader of home care appoints a coordinator from the unit', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ola Fjeld');
  await page.getByRole('heading', { name: 'Oppnevningsforespørsler' }).waitFor();
  await checkPage(page, 'unit-leader-requests');
  await page.getByRole('link', { name: 'Jon Solheim' }).first().click();
  await page.waitForURL(caseUrl);
  const appointment = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Oppnevne koordinator' }) });
  await appointment.getByRole('button', { name: 'Oppnevn koordinator' }).click();
  await appointment.getByLabel(/Ingrid Solberg/).check();
  await appointment.getByRole('button', { name: 'Oppnevn', exact: true }).click();
  await appointment.getByText('Oppnevnt av Ola Fjeld').waitFor();
  await checkPage(page, 'case-appointed');
});

it('the coordinator sees the new person at the top of her caseload', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  const table = page.getByRole('table').first();
  await table.getByText('Jon Solheim').waitFor();
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.textContent()).resolves.toContain('Jon Solheim');
  await expect(firstRow.textContent()).resolves.toContain('Ny');
});

it('the citizen sees who his coordinator is and how to reach her', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Jon Solheim');
  await page.getByText('Ingrid Solberg').first().waitFor();
  await checkPage(page, 'citizen-coordinator');
  expect(problems).toEqual([]);
});
