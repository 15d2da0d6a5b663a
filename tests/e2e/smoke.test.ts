// End-to-end: start the built app on a fresh embedded database (as `pnpm start` does), then in
// Chromium sign in as a demo user of every role and see that role's home view with seeded data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, '.tmp/screenshots');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page; returns serious and critical violations. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, which the app's Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

let server: ChildProcess;
let baseUrl: string;
let dataDir: string;
let browser: Browser;
let output = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not become healthy in ${timeoutMs} ms:\n${output}`);
}

beforeAll(async () => {
  const port = await freePort();
  dataDir = mkdtempSync(path.join(tmpdir(), 'samhandling-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.DEMO_LOGIN;
  server = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], { env, cwd: ROOT });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, 90_000);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, name: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
}

const ROLES = [
  { role: 'SYSTEM_COORDINATOR', name: 'Kari Nordmann-Berg', heading: 'Koordinerende enhet', seeded: 'Mottatt' },
  { role: 'UNIT_LEADER', name: 'Ola Fjeld', heading: 'Min virksomhet', seeded: 'Ingrid Solberg' },
  { role: 'COORDINATOR', name: 'Ingrid Solberg', heading: 'Mine brukere', seeded: 'Sofie Berg' },
  { role: 'SERVICE_PROVIDER', name: 'Per Aasen', heading: 'Mine ansvarsgrupper', seeded: 'Sofie Berg' },
  { role: 'CITIZEN', name: 'Sofie Berg', heading: 'Min plan', seeded: 'Ingrid Solberg' },
  { role: 'CITIZEN (guardian)', name: 'Mona Dahl', heading: 'Planen til Emil', seeded: 'Maja Dahl' },
];

describe.each(ROLES)('$role', ({ role, name, heading, seeded }) => {
  it(`signs in as ${name} and sees the home view with seeded data`, async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    try {
      await signIn(page, name);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
      await page.getByText(name).first().waitFor();
      await page.getByText(seeded).first().waitFor({ timeout: 20_000 });
      await page.getByText(/Laster|Henter/).first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${role.replace(/\W+/g, '-').toLowerCase()}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

it('the sign-in page passes the accessibility rules and works with the keyboard alone', async () => {
  const context = await browser.newContext({ locale: 'nb-NO' });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/logg-inn`);
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
  } finally {
    await context.close();
  }
});

it('a user with two roles switches role, and signing out returns to the sign-in page', async () => {
  const context = await browser.newContext({ locale: 'nb-NO' });
  const page = await context.newPage();
  try {
    await signIn(page, 'Nina Haugen');
    await page.getByRole('heading', { level: 1, name: 'Min virksomhet' }).waitFor();
    await page.getByLabel('Aktiv rolle').selectOption('COORDINATOR');
    await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  } finally {
    await context.close();
  }
});

it('switches the language to English and nynorsk', async () => {
  const context = await browser.newContext({ locale: 'nb-NO' });
  const page = await context.newPage();
  try {
    await signIn(page, 'Ingrid Solberg');
    await page.getByRole('heading', { level: 1, name: 'Mine brukere' }).waitFor();
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('nn');
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
  } finally {
    await context.close();
  }
});
