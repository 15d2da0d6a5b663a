// End-to-end journeys in Chromium on the built app: keyboard-only sign-in, deep links and
// expired sessions, role switch, language switch. Every role's home view with its seeded data is
// checked in accessibility.test.ts.
import { accessibilityViolations, settled, signIn, useApp } from './support/app';

const app = useApp();

it('the sign-in page passes the accessibility rules and works with the keyboard alone', async () => {
  const page = await app.newPage();
  await page.goto(`${app.baseUrl}/logg-inn`);
  await page.getByRole('button', { name: 'Logg inn som Sofie Berg' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  // Tab until the button for Sofie Berg has focus, then press Enter.
  let focused = '';
  for (let i = 0; i < 60 && focused !== 'Logg inn som Sofie Berg'; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
  expect(focused).toBe('Logg inn som Sofie Berg');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
});

it('a user with two roles switches role, and signing out returns to the sign-in page', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Nina Haugen');
  await page.getByRole('heading', { level: 1, name: 'Min virksomhet' }).waitFor();
  await page.getByLabel('Aktiv rolle').selectOption('COORDINATOR');
  await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
});

it('nynorsk dates read as Norwegian in a browser set to English', async () => {
  const page = await app.newPage({ locale: 'en-US' });
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
  await page.getByLabel('Språk').selectOption('nn');
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  await settled(page);
  const dates = await page.locator('time').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date).toMatch(/^\d{1,2}\. (jan|feb|mars|apr|mai|juni|juli|aug|sep|okt|nov|des)\.? \d{4}(,? (kl\. )?\d{2}[:.]\d{2})?$/);
});

it('switches the language to English and nynorsk', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByLabel('Language').selectOption('nn');
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('nn');
});

it('fetches only the chosen language, and a stored choice before the first view', async () => {
  const page = await app.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/(nn|en)-[\w-]+\.json$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) fetched.push(name);
  });
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
  expect(fetched).toEqual([]);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'My service users' }).waitFor();
  expect(fetched).toEqual(['en']);

  await page.reload();
  // The English heading is the first one shown: no bokmål view before the messages arrive.
  await page.locator('h1').first().waitFor();
  expect(await page.locator('h1').first().textContent()).toBe('My service users');
  expect(fetched).toEqual(['en', 'en']);
});

it('a deep link opened while signed out returns to its target after sign-in', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await page.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name: 'Sofie Berg', exact: true }).click();
  await page.waitForURL(/\/plan\//);
  const planUrl = page.url();
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();

  await page.goto(planUrl);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByRole('button', { name: 'Logg inn som Ingrid Solberg' }).click();
  await page.waitForURL(planUrl);
  await page.getByRole('heading', { level: 1, name: /Sofie Berg/ }).waitFor();

  // Signed in, the sign-in page leads home.
  await page.goto(`${app.baseUrl}/logg-inn`);
  await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
});

it('a session that ends mid-use says so on the sign-in page and returns to where the user was', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
  // The session ends on the server (as at expiry) while the page stays open.
  await page.evaluate(() => fetch('/auth/logout', { method: 'POST' }));
  await page.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name: 'Sofie Berg', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByText('Økten din er utløpt. Logg inn på nytt.').waitFor();
  await page.getByRole('button', { name: 'Logg inn som Ingrid Solberg' }).click();
  await page.waitForURL(/\/plan\//);
  await page.getByRole('heading', { level: 1, name: /Sofie Berg/ }).waitFor();
});
