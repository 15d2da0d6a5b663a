// Steps in the plan editor that the journeys share.
import type { Page } from 'playwright-core';
import { settled } from './app';

/** Opens a person's plan from the coordinator's caseload. */
export async function openPlanOf(page: Page, name: RegExp): Promise<void> {
  // The row's first link is the person's name; the home's other lists name the person too.
  await page.getByRole('table', { name: 'Personer du er koordinator for' }).getByRole('link', { name }).first().click();
  await page.getByTestId('plan-editor').waitFor();
  await settled(page);
}

/** Waits until the save bar says every change is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent?.includes('Alle endringer er lagret.'), undefined, { timeout: 15_000 });
}
