// The plan's evaluations, sub-plans, life-phase checklist and transitions, in the real UI: the
// coordinator records the agreed evaluation as held and changes a goal's status in the same step,
// adds a sub-plan and a transition, marks the coming transition reviewed and ticks a checklist
// item; all of it is there after a reload, and the citizen, signed in at the same time, sees the
// new sub-plan appear in her plan and in easy-read.
import type { Page } from 'playwright-core';
import { problemsInEveryLanguageAndWidth, settled, signIn, useApp } from './support/app';
import { openPlanOf } from './support/plan';

const app = useApp();

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const currentPhase = (page: Page) => region(page, 'Sjekkliste for livsfasen').getByRole('group', { name: /livsfasen personen er i/ });
const guardianship = (page: Page) => currentPhase(page).getByRole('checkbox', { name: 'Gi informasjon om vergemålsordningen.' });

it('the coordinator records an evaluation that changes a goal, adds a sub-plan and a transition and ticks the checklist; the citizen sees the sub-plan', async () => {
  const citizen = await app.newPage();
  await signIn(citizen, app.baseUrl, 'Sofie Berg');
  await citizen.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  await settled(citizen);
  await region(citizen, 'Delplanene dine').getByText('Rehabiliteringsplan etter ervervet hjerneskade').waitFor();

  const coordinator = await app.newPage();
  await signIn(coordinator, app.baseUrl, 'Ingrid Solberg');
  await openPlanOf(coordinator, /Sofie Berg/);

  // The evaluation agreed two months ahead is held now; it settles the walking goal.
  const evaluations = region(coordinator, 'Evaluering av planen');
  const agreedCards = () => evaluations.getByTestId('evaluation-card').filter({ has: coordinator.getByText('Avtalt', { exact: true }) });
  const agreed = agreedCards();
  await agreed.getByText('Registrer evalueringen som holdt', { exact: true }).click();
  const record = coordinator.getByRole('form', { name: 'Registrer evalueringen som holdt' });
  await record.getByRole('button', { name: 'Registrer evalueringen' }).click();
  await record.getByRole('link', { name: 'Feltet må fylles ut.' }).waitFor();
  await record.getByLabel('Er målene nådd?').fill('Ja: Sofie går tre kilometer uten pause.');
  await record.getByLabel('Hvilke erfaringer har planeieren gjort?').fill('Turene gir henne overskudd.');
  await record.getByLabel(/^Hva endres/).fill('Nytt delmål: gå med turlaget en gang i måneden.');
  await record.getByLabel('Målet «Gå tre kilometer uten pause.»').selectOption('REACHED');
  await record.getByRole('button', { name: 'Registrer evalueringen' }).click();
  await evaluations.getByText(/er registrert som holdt\.$/).waitFor();
  expect(await agreedCards().count()).toBe(0);
  const walking = coordinator.getByRole('article', { name: 'Gå tre kilometer uten pause.' });
  expect(await walking.getByRole('combobox', { name: 'Status', exact: true }).first().inputValue()).toBe('REACHED');

  // A sub-plan owned by a unit.
  const subPlans = region(coordinator, 'Delplaner');
  await subPlans.getByText('Legg til delplan', { exact: true }).click();
  const addSubPlan = coordinator.getByRole('form', { name: 'Legg til delplan' });
  await addSubPlan.getByLabel(/^Type delplan/).selectOption('MEASURE_PLAN');
  await addSubPlan.getByLabel(/^Tittel/).fill('Tiltaksplan for arbeidsutprøvingen');
  await addSubPlan.getByLabel(/^Enheten som eier den/).selectOption({ label: 'NAV Fjordvik' });
  await addSubPlan.getByRole('button', { name: 'Legg til delplanen' }).click();
  await addSubPlan.getByText('Delplanen er lagt til.').waitFor();
  await subPlans.getByRole('article', { name: 'Tiltaksplan for arbeidsutprøvingen' }).getByText('Eier: NAV Fjordvik').waitFor();

  // The citizen's page shows it without a reload.
  await region(citizen, 'Delplanene dine').getByText('Tiltaksplan for arbeidsutprøvingen').waitFor({ timeout: 5000 });

  // A transition, and the coming work trial marked as reviewed.
  const transitions = region(coordinator, 'Overganger');
  await transitions.getByText('Legg til overgang', { exact: true }).click();
  const addTransition = coordinator.getByRole('form', { name: 'Legg til overgang' });
  await addTransition.getByLabel(/^Overgang/).selectOption('OWN_HOME');
  await addTransition.getByLabel(/^Dato for overgangen/).fill('2030-08-01');
  await addTransition.getByRole('button', { name: 'Legg til overgangen' }).click();
  await addTransition.getByText('Overgangen er lagt til.').waitFor();
  await transitions.getByRole('article', { name: /^Flytting til egen bolig/ }).waitFor();
  const workTrial = transitions.getByRole('article', { name: /^Arbeid eller aktivitet/ });
  await workTrial.getByText('Bør gjennomgås nå').waitFor();
  await workTrial.getByRole('button', { name: 'Marker som gjennomgått' }).click();
  await workTrial.getByText(/^Ansvarsgruppen og planen ble gjennomgått for overgangen .* \(Ingrid Solberg\)\.$/).waitFor();
  expect(await workTrial.getByText('Bør gjennomgås nå').count()).toBe(0);

  // An item of the adult checklist.
  expect(await guardianship(coordinator).isChecked()).toBe(false);
  await guardianship(coordinator).check();
  await currentPhase(coordinator).getByText('4 av 5 er gjort', { exact: true }).waitFor();

  // All of it was saved.
  await coordinator.reload();
  await coordinator.getByTestId('plan-editor').waitFor();
  await settled(coordinator);
  expect(await region(coordinator, 'Evaluering av planen').getByTestId('evaluation-card').filter({ hasText: 'Nytt delmål: gå med turlaget' }).count()).toBe(1);
  expect(await region(coordinator, 'Delplaner').getByRole('article', { name: 'Tiltaksplan for arbeidsutprøvingen' }).count()).toBe(1);
  expect(await region(coordinator, 'Overganger').getByRole('article', { name: /^Flytting til egen bolig/ }).count()).toBe(1);
  expect(await guardianship(coordinator).isChecked()).toBe(true);

  // Easy-read shows her sub-plans too.
  await citizen.getByRole('switch', { name: /Lettlest/ }).check();
  const easy = citizen.getByTestId('easy-read');
  await easy.getByRole('heading', { level: 2, name: 'Andre planer du har' }).waitFor();
  await easy.getByText('NAV Fjordvik har ansvaret for den.').waitFor();

  const problems = [...(await problemsInEveryLanguageAndWidth(coordinator, 'editor with parts')), ...(await problemsInEveryLanguageAndWidth(citizen, 'citizen easy-read'))];
  expect(problems).toEqual([]);
});
