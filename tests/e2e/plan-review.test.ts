// Reviewing the plan in the real UI: the citizen comments on a goal of her plan, the coordinator
// sees it waiting (on the caseload and in the editor) and answers, and the citizen reads the
// answer; the coordinator restores an earlier text of a goal from its history. axe checks every
// page touched, with its new parts open, in nb, nn and en on a phone and a desktop.
import type { Page } from 'playwright-core';
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';
import { expectSaved, openPlanOf } from './support/plan';

const app = useApp();

/** Sofie Berg's goal with a thread in the demo data: a suggestion answered, a comment waiting. */
const GOAL = 'Starte arbeidsutprøving i 20 % stilling i barnehagen.';
const COMMENT = 'Jeg kan begynne med to formiddager i uka, så øker vi etter jul.';
const ANSWER = 'Det høres bra ut. Jeg tar det med til møtet med NAV og barnehagen.';

/** The goal in the citizen's plan: the innermost item holding its heading. */
const citizenGoal = (page: Page) => page.locator('li.app-goal', { has: page.getByRole('heading', { name: GOAL }) }).last();

it('the citizen comments on a goal, the coordinator sees it and answers, and the citizen reads the answer', async () => {
  const citizen = await app.newPage();
  await signIn(citizen, app.baseUrl, 'Sofie Berg');
  await citizen.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  await settled(citizen);

  const goal = citizenGoal(citizen);
  await goal.getByText('Skriv en kommentar', { exact: true }).click();
  const form = goal.getByRole('form', { name: 'Skriv en kommentar' });
  await form.getByRole('button', { name: 'Send' }).click();
  await form.getByText('Feltet må fylles ut.').waitFor();
  await form.getByLabel(/^Det du vil si/).fill(COMMENT);
  await form.getByLabel('Foreslå en endring').check();
  await form.getByRole('button', { name: 'Send' }).click();
  await form.getByText('Takk! Koordinatoren har fått det du skrev.').waitFor();
  const mine = goal.getByTestId('goal-comment').filter({ hasText: COMMENT });
  await mine.getByText('Du', { exact: true }).waitFor();
  await mine.getByText('Forslag til endring').waitFor();
  const problems = await problemsInEveryLanguageAndWidth(citizen, 'citizen plan, commenting', 'review-citizen');

  const coordinator = await app.newPage();
  await signIn(coordinator, app.baseUrl, 'Ingrid Solberg');
  // Her earlier comment waited already: two now.
  const row = coordinator.getByRole('row', { name: /Sofie Berg/ });
  await row.getByText('2 kommentarer venter på svar').waitFor();
  problems.push(...(await problemsInEveryLanguageAndWidth(coordinator, 'caseload', 'review-caseload')));

  await openPlanOf(coordinator, /Sofie Berg/);
  await coordinator.getByTestId('plan-editor').getByText('2 kommentarer venter på svar').first().waitFor();
  await coordinator.getByRole('region', { name: 'Innholdet i planen' }).waitFor();
  const card = coordinator.getByRole('article', { name: GOAL });
  const waiting = card.getByTestId('goal-comment').filter({ hasText: COMMENT });
  await waiting.getByText('Sofie Berg', { exact: true }).waitFor();
  await waiting.getByText('Venter på svar', { exact: true }).waitFor();
  const answerForm = card.getByRole('form', { name: 'Svaret ditt' });
  await answerForm.getByLabel(/^Svaret ditt/).fill(ANSWER);
  await answerForm.getByRole('button', { name: 'Send svaret' }).click();
  await card.getByText('Svaret er sendt.').waitFor();
  await card.getByText('Venter på svar', { exact: true }).waitFor({ state: 'detached' });
  expect(await coordinator.getByTestId('plan-editor').getByText(/venter på svar/).count()).toBe(0);

  // The citizen reads the answer, from her coordinator by name.
  await citizen.reload();
  await citizen.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  const answer = citizenGoal(citizen).getByTestId('goal-comment').filter({ hasText: ANSWER });
  await answer.getByText('Ingrid Solberg (koordinator)').waitFor({ timeout: 10_000 });
  expect(problems).toEqual([]);
});

it('the coordinator restores an earlier text of a goal from its history', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await openPlanOf(page, /Sofie Berg/);
  // The card's name follows its text: hold on to its id.
  const id = await page.getByRole('article', { name: GOAL }).getAttribute('id');
  const card = page.locator(`[id="${id}"]`);
  const text = card.getByRole('textbox', { name: /^Målet/ }).first();
  const first = 'Starte arbeidsutprøving i barnehagen, to formiddager i uka.';
  for (const description of [first, 'Starte arbeidsutprøving i barnehagen etter jul.']) {
    await text.fill(description);
    await text.blur();
    await expectSaved(page);
  }

  await card.getByText('Historikk for målet', { exact: true }).click();
  const entries = card.getByTestId('history-entry');
  await entries.first().getByText('Et mål ble endret').waitFor();
  const earlier = entries.filter({ hasText: `Etter: ${first}` });
  await earlier.getByText('Ingrid Solberg (Koordinator)').waitFor();
  await earlier.getByRole('button', { name: 'Gjenopprett denne versjonen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gjenopprette denne versjonen?' });
  await dialog.getByRole('button', { name: 'Gjenopprett denne versjonen' }).click();
  await earlier.getByText('Versjonen er gjenopprettet.').waitFor();
  await page.waitForFunction(
    ([selector, value]) => (document.querySelector(selector!) as HTMLTextAreaElement | null)?.value === value,
    [`[id="${id}"] textarea`, first],
  );
  // The history read itself again: the restore is its newest entry.
  await entries.first().getByText('En tidligere versjon av et mål ble gjenopprettet').waitFor();

  await page.getByText('Vis alle endringer i planen', { exact: true }).click();
  await page.getByRole('region', { name: 'Historikk' }).getByTestId('history-entry').first().waitFor();
  expect(await problemsInEveryLanguageAndWidth(page, 'editor, reviewing', 'review-editor')).toEqual([]);
});
