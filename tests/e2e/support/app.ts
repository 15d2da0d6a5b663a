// Shared end-to-end setup: start the built app on a fresh embedded database (as `pnpm start`
// does), launch Chromium, sign in as a demo user, and run axe-core on a page.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../../..');
export const SCREENSHOTS = path.join(ROOT, '.tmp/screenshots');

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

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A phone (360 px, the narrowest common width) and a desktop. */
export const VIEWPORTS = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 900 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page; returns every violation, whatever its impact. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, which the app's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.map(
    (violation) => `${violation.impact ?? 'minor'} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** True when the page scrolls sideways: something is wider than the viewport. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * axe's violations and sideways scrolling of the page as it stands, in every language at every
 * width, each named by `label`; with `screenshot`, the bokmål views are saved under that name.
 * Leaves the page in bokmål on a desktop.
 */
export async function problemsInEveryLanguageAndWidth(page: Page, label: string, screenshot?: string): Promise<string[]> {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    await chooseLanguage(page, language);
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      await settled(page);
      const where = `${label} [${language}, ${viewport}]`;
      for (const violation of await accessibilityViolations(page)) problems.push(`${where}: ${violation}`);
      if (await overflowsHorizontally(page)) problems.push(`${where}: the page scrolls sideways`);
      if (screenshot && language === 'nb') await page.screenshot({ path: path.join(SCREENSHOTS, `${screenshot}-${viewport}.png`), fullPage: true });
    }
  }
  await chooseLanguage(page, 'nb');
  await page.setViewportSize(VIEWPORTS.desktop);
  return problems;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  browser: Browser;
  /** A new browser context (cookies, storage) with Norwegian bokmål and reduced motion unless told otherwise. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  stop(): Promise<void>;
}

/** Starts the built app and Chromium for one test file. */
export async function startApp(): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samhandling-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.DEMO_LOGIN;
  let output = '';
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], { env, cwd: ROOT });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stopServer = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  let browser: Browser;
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        if ((await fetch(`${baseUrl}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the app did not become healthy:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    await stopServer();
    throw error;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const contexts: Array<{ close(): Promise<void> }> = [];

  return {
    baseUrl,
    browser,
    async newPage(options) {
      // Reduced motion: a Details opens at once rather than growing for 0.4 s, during which the
      // page under a click moves and the click can miss the button it was aimed at.
      const context = await browser.newContext({ locale: 'nb-NO', reducedMotion: 'reduce', ...options });
      contexts.push(context);
      return context.newPage();
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await stopServer();
    },
  };
}

/** Chooses the interface language on the sign-in page or in the header, as a user would. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page.getByLabel(/^(Språk|Language)$/).first().selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Signs in from the sign-in page with the demo user's button (in bokmål). */
export async function signIn(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/logg-inn`);
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
}

/** Waits until no loading placeholder is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.app-state[role=status]').first().waitFor({ state: 'detached', timeout: 20_000 });
}

/** The built app for the test file: started before its tests, stopped after them. */
export function useApp(): RunningApp {
  jest.setTimeout(600_000);
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running?.stop();
  });
  const current = () => {
    if (!running) throw new Error('The app has not started');
    return running;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get browser() {
      return current().browser;
    },
    newPage: (options) => current().newPage(options),
    stop: () => current().stop(),
  };
}
