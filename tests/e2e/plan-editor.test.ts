// The individual plan edited online, in the real UI: the coordinator adds a goal and a measure
// while the citizen, signed in at the same time in another browser, sees them appear; two
// coordinators (a change of coordinator under way) edit one goal and the second is shown the
// conflict; a reload in the middle of typing loses nothing. axe checks the pages in nb, nn and en.
import type { Page } from 'playwright-core';
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';
import { expectSaved, openPlanOf } from './support/plan';

const app = useApp();

const saveStatus = (page: Page) => page.getByTestId('save-status');

it('the coordinator adds a goal and a measure, and the citizen sees them appear while signed in', async () => {
  const citizen = await app.newPage();
  await signIn(citizen, app.baseUrl, 'Sofie Berg');
  await citizen.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  await settled(citizen);

  const coordinator = await app.newPage();
  await signIn(coordinator, app.baseUrl, 'Ingrid Solberg');
  await openPlanOf(coordinator, /Sofie Berg/);

  const goals = coordinator.locator('#plan-goals').locator('..');
  await goals.getByText('Legg til mål', { exact: true }).click();
  const addGoal = coordinator.getByRole('form', { name: 'Legg til mål' });
  await addGoal.getByRole('button', { name: 'Legg til målet' }).click();
  await addGoal.getByText('Feltet må fylles ut.').waitFor();
  await addGoal.getByLabel(/^Målet/).fill('Gå på ski med familien i påsken');
  await addGoal.getByLabel('Livsområde').selectOption('LEISURE');
  await addGoal.getByRole('button', { name: 'Legg til målet' }).click();
  await addGoal.getByText('Målet er lagt til.').waitFor();

  // The citizen's page shows the goal without a reload.
  await citizen.getByText('Gå på ski med familien i påsken').waitFor({ timeout: 5000 });

  const card = coordinator.getByRole('article', { name: 'Gå på ski med familien i påsken' });
  await card.getByText('Legg til tiltak', { exact: true }).click();
  const addMeasure = card.getByRole('form', { name: 'Legg til tiltak' });
  await addMeasure.getByLabel(/^Hva skal gjøres/).fill('Låne ski på BUA');
  await addMeasure.getByLabel('Ansvarlig', { exact: true }).selectOption({ label: 'Sofie Berg' });
  await addMeasure.getByLabel('Til (frist)').fill('2027-03-20');
  await addMeasure.getByRole('button', { name: 'Legg til tiltaket' }).click();
  await addMeasure.getByText('Tiltaket er lagt til.').waitFor();
  await citizen.getByText('Låne ski på BUA').waitFor({ timeout: 5000 });

  const problems = [...(await problemsInEveryLanguageAndWidth(coordinator, 'editor')), ...(await problemsInEveryLanguageAndWidth(citizen, 'citizen plan'))];
  expect(problems).toEqual([]);
});

it('two coordinators edit one goal: the second is shown the conflict and merges', async () => {
  // Terje Pedersen's coordinator is being changed: Lars Brekke and Ingrid Solberg both have him.
  const lars = await app.newPage();
  await signIn(lars, app.baseUrl, 'Lars Brekke');
  await openPlanOf(lars, /Terje Pedersen/);
  const ingrid = await app.newPage();
  await signIn(ingrid, app.baseUrl, 'Ingrid Solberg');
  await openPlanOf(ingrid, /Terje Pedersen/);

  const goalOf = (page: Page) => page.getByTestId('goal-card').first().getByRole('textbox', { name: /^Målet/ }).first();
  // Ingrid starts typing, but is slower; Lars saves first.
  const ingridField = goalOf(ingrid);
  await ingridField.click();
  await ingridField.press('End');
  await ingridField.pressSequentially(' – med støtte fra Ingrid');
  await ingrid.context().setOffline(true);
  const larsField = goalOf(lars);
  await larsField.fill('Terje bor trygt i egen leilighet, med tilsyn om kvelden.');
  await larsField.blur();
  await expectSaved(lars);
  await ingrid.context().setOffline(false);
  await ingridField.blur();

  const conflict = ingrid.getByTestId('conflict').first();
  await conflict.waitFor({ timeout: 15_000 });
  await ingrid.waitForFunction(
    () => document.querySelector('[data-testid=conflict-theirs]')?.textContent?.includes('tilsyn om kvelden'),
  );
  const mine = conflict.getByLabel('Din tekst');
  await mine.fill('Terje bor trygt i egen leilighet, med tilsyn om kvelden – med støtte fra Ingrid');
  await conflict.getByRole('button', { name: 'Behold min tekst' }).click();
  await expectSaved(ingrid);

  // Lars sees the merged text without a reload.
  await lars.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=goal-card] textarea')].some((element) => (element as HTMLTextAreaElement).value.endsWith('med støtte fra Ingrid')),
    undefined,
    { timeout: 5000 },
  );
  expect(await saveStatus(ingrid).textContent()).toContain('Alle endringer er lagret.');
});

it('a reload in the middle of typing loses nothing', async () => {
  const page = await app.newPage();
  await signIn(page, app.baseUrl, 'Ingrid Solberg');
  await openPlanOf(page, /Astrid Nilsen/);
  const field = page.getByRole('textbox', { name: /^Drømmer og ønsker/ });
  await field.fill('Besøke barnebarna i Bergen');
  // Reloaded before the pause after typing is over: nothing was sent yet.
  await page.reload();
  await page.getByTestId('plan-editor').waitFor();
  await page.waitForFunction(
    () => (document.querySelector('textarea[name$=":dreams"]') as HTMLTextAreaElement | null)?.value === 'Besøke barnebarna i Bergen',
  );
  await expectSaved(page);

  // Another browser sees it saved.
  const other = await app.newPage();
  await signIn(other, app.baseUrl, 'Ingrid Solberg');
  await openPlanOf(other, /Astrid Nilsen/);
  expect(await other.getByRole('textbox', { name: /^Drømmer og ønsker/ }).inputValue()).toBe('Besøke barnebarna i Bergen');
});
