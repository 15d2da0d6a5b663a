// The plan's evaluations, sub-plans, life-phase checklists and transitions over HTTP against a
// real database: versioned edits with CONFLICT and merges, an evaluation that saves the goal
// and measure statuses it decided or nothing at all, the sub-plan kinds and owners, ticking and
// unticking (also twice, also at once), when a transition's review is due, what a group member
// whose consent hides a life area sees, who may write, one SQL statement for the plan read
// however many parts there are, and a label for every action they write to the history.
import { randomUUID } from 'node:crypto';
import { catalogs, TRANSITION_REVIEW_DAYS } from '@samhandling/shared';
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson, type PlanPersonOptions } from '../../test-support/cases';
import { asDate, dayFromToday as day } from '../../test-support/dates';
import { countStatements } from '../../test-support/statements';
import { useTestServer, type ApiClient, type GraphQLResponse } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

let municipalityId: string;
let homeCareId: string;
let ingridId: string;
const clients = {} as Record<'ke' | 'ingrid' | 'lars' | 'citizen' | 'gp' | 'physio', ApiClient>;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  homeCareId = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.homeCare } })).id;
  ingridId = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } })).id;
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.physio = await server().signIn(DEMO_USERNAMES.physio);
});

const PLAN = `
  id lifePhase hiddenLifeAreas
  goals { id status version }
  measures { id status version }
  evaluations { id scheduledFor heldAt evaluatedByName goalsReached servicesWork wayOfWorking ownerExperience conclusion version }
  subPlans { id kind title owner ownerUnitId ownerName note externalReference lifeArea version }
  checklist { itemKey phase checkedAt checkedByName }
  transitions { id kind date note reviewedAt reviewedByName reviewDue version }
`;

interface Plan {
  id: string;
  lifePhase: string;
  hiddenLifeAreas: string[];
  goals: Array<{ id: string; status: string; version: number }>;
  measures: Array<{ id: string; status: string; version: number }>;
  evaluations: Array<{
    id: string;
    scheduledFor: string;
    heldAt: string | null;
    evaluatedByName: string | null;
    goalsReached: string | null;
    servicesWork: string | null;
    wayOfWorking: string | null;
    ownerExperience: string | null;
    conclusion: string | null;
    version: number;
  }>;
  subPlans: Array<{ id: string; kind: string; title: string; owner: string; ownerUnitId: string | null; ownerName: string | null; note: string | null; lifeArea: string | null; version: number }>;
  checklist: Array<{ itemKey: string; phase: string; checkedAt: string; checkedByName: string }>;
  transitions: Array<{ id: string; kind: string; date: string; note: string | null; reviewedAt: string | null; reviewedByName: string | null; reviewDue: boolean; version: number }>;
}

/** The mutations, each answering with the plan. */
const M = {
  createPlan: '($personId: ID!) { createPlan(personId: $personId)',
  addGoal: '($planId: ID!, $input: GoalInput!) { addGoal(planId: $planId, input: $input)',
  updateGoal: '($goalId: ID!, $expectedVersion: Int!, $input: GoalInput!) { updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input)',
  addMeasure: '($planId: ID!, $input: MeasureInput!) { addMeasure(planId: $planId, input: $input)',
  scheduleEvaluation: '($planId: ID!, $scheduledFor: LocalDate!) { scheduleEvaluation(planId: $planId, scheduledFor: $scheduledFor)',
  recordEvaluation: `($evaluationId: ID!, $expectedVersion: Int!, $input: EvaluationInput!, $goalChanges: [GoalStatusChange!], $measureChanges: [MeasureStatusChange!]) {
    recordEvaluation(evaluationId: $evaluationId, expectedVersion: $expectedVersion, input: $input, goalChanges: $goalChanges, measureChanges: $measureChanges)`,
  updateEvaluation: '($evaluationId: ID!, $expectedVersion: Int!, $input: EvaluationInput!) { updateEvaluation(evaluationId: $evaluationId, expectedVersion: $expectedVersion, input: $input)',
  removeEvaluation: '($id: ID!, $expectedVersion: Int!) { removeEvaluation(id: $id, expectedVersion: $expectedVersion)',
  restoreEvaluation: '($id: ID!, $expectedVersion: Int!) { restoreEvaluation(id: $id, expectedVersion: $expectedVersion)',
  addSubPlan: '($planId: ID!, $input: SubPlanInput!) { addSubPlan(planId: $planId, input: $input)',
  updateSubPlan: '($subPlanId: ID!, $expectedVersion: Int!, $input: SubPlanInput!) { updateSubPlan(subPlanId: $subPlanId, expectedVersion: $expectedVersion, input: $input)',
  removeSubPlan: '($id: ID!, $expectedVersion: Int!) { removeSubPlan(id: $id, expectedVersion: $expectedVersion)',
  restoreSubPlan: '($id: ID!, $expectedVersion: Int!) { restoreSubPlan(id: $id, expectedVersion: $expectedVersion)',
  tickChecklistItem: '($planId: ID!, $itemKey: String!) { tickChecklistItem(planId: $planId, itemKey: $itemKey)',
  untickChecklistItem: '($planId: ID!, $itemKey: String!) { untickChecklistItem(planId: $planId, itemKey: $itemKey)',
  addTransition: '($planId: ID!, $input: TransitionInput!) { addTransition(planId: $planId, input: $input)',
  updateTransition: '($transitionId: ID!, $expectedVersion: Int!, $input: TransitionInput!) { updateTransition(transitionId: $transitionId, expectedVersion: $expectedVersion, input: $input)',
  markTransitionReviewed: '($transitionId: ID!, $expectedVersion: Int!, $reviewed: Boolean) { markTransitionReviewed(transitionId: $transitionId, expectedVersion: $expectedVersion, reviewed: $reviewed)',
  removeTransition: '($id: ID!, $expectedVersion: Int!) { removeTransition(id: $id, expectedVersion: $expectedVersion)',
  restoreTransition: '($id: ID!, $expectedVersion: Int!) { restoreTransition(id: $id, expectedVersion: $expectedVersion)',
  restoreVersion: '($historyEntryId: ID!, $expectedVersion: Int!) { restoreVersion(historyEntryId: $historyEntryId, expectedVersion: $expectedVersion)',
} as const;
type MutationName = keyof typeof M;

const documentOf = (name: MutationName) => `mutation ${M[name]} { ${PLAN} } }`;

function call(client: ApiClient, name: MutationName, variables: Record<string, unknown>): Promise<GraphQLResponse<Record<string, Plan>>> {
  return client.gql<Record<string, Plan>>(documentOf(name), variables);
}

/** As Ingrid, failing the test on any error. */
async function edit(name: MutationName, variables: Record<string, unknown>): Promise<Plan> {
  return (await clients.ingrid.data<Record<string, Plan>>(documentOf(name), variables))[name]!;
}

const readPlan = async (client: ApiClient, personId: string) =>
  (await client.data<{ plan: Plan }>(`query ($personId: ID!) { plan(personId: $personId) { ${PLAN} } }`, { personId })).plan;

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;
const fieldsOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.fields?.map((field) => field.field);

async function startPlan(options?: PlanPersonOptions): Promise<Plan & { personId: string }> {
  const personId = await makePlanPerson(prisma(), options);
  return { ...(await edit('createPlan', { personId })), personId };
}

/** A plan with a goal and a measure under it. */
async function planWithGoalAndMeasure() {
  const plan = await startPlan();
  const goal = (await edit('addGoal', { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Bo hjemme' } })).goals[0]!;
  const measure = (await edit('addMeasure', { planId: plan.id, input: { goalId: goal.id, description: 'Hjemmesykepleie', responsibleText: 'Hjemmetjenesten' } })).measures[0]!;
  return { plan, goal, measure };
}

const ANSWERS = {
  goalsReached: 'Målet om å bo hjemme er nådd.',
  servicesWork: 'Hjemmesykepleien kommer til avtalt tid.',
  wayOfWorking: 'Korte møter med referat samme uke fungerer.',
  ownerExperience: 'Personen føler seg trygg.',
  conclusion: 'Hjemmesykepleien trappes ned; nytt mål om aktivitet.',
};

describe('evaluations', () => {
  it('are scheduled, listed by date, and recorded as held with the four answers and who evaluated', async () => {
    const plan = await startPlan();
    await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(120) });
    const scheduled = await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(30) });
    expect(scheduled.evaluations.map((evaluation) => evaluation.scheduledFor)).toEqual([day(30), day(120)]);
    const first = scheduled.evaluations[0]!;
    expect(first).toMatchObject({ heldAt: null, evaluatedByName: null, conclusion: null, version: 1 });

    const held = (await edit('recordEvaluation', { evaluationId: first.id, expectedVersion: first.version, input: { ...ANSWERS, goalsReached: `  ${ANSWERS.goalsReached}  ` } }))
      .evaluations[0]!;
    expect(held).toMatchObject({ ...ANSWERS, evaluatedByName: 'Ingrid Solberg', version: 2 });
    expect(held.heldAt).not.toBeNull();
    const history = await prisma().historyEntry.findMany({ where: { entityId: first.id }, orderBy: { id: 'asc' } });
    expect(history.map((entry) => [entry.action, entry.planId, entry.entityVersion])).toEqual([
      ['evaluation.scheduled', plan.id, 1],
      ['evaluation.held', plan.id, 2],
    ]);
    expect(history[1]!.after).toMatchObject({ ...ANSWERS, evaluatedById: ingridId });

    // Once held, it is not held again.
    const again = await call(clients.ingrid, 'recordEvaluation', { evaluationId: first.id, expectedVersion: held.version, input: ANSWERS });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toBe('Evalueringen er allerede registrert som gjennomført.');
  });

  it('needs a conclusion to be recorded', async () => {
    const plan = await startPlan();
    const evaluation = (await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(0) })).evaluations[0]!;
    const missing = await call(clients.ingrid, 'recordEvaluation', { evaluationId: evaluation.id, expectedVersion: 1, input: { ...ANSWERS, conclusion: ' ' } });
    expect(fieldsOf(missing)).toEqual(['input.conclusion']);
    expect(await prisma().evaluation.count({ where: { id: evaluation.id, heldAt: { not: null } } })).toBe(0);
  });

  it('saves the goal and measure statuses it decided in the same transaction, with history for each', async () => {
    const { plan, goal, measure } = await planWithGoalAndMeasure();
    const evaluation = (await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(0) })).evaluations[0]!;
    const after = await edit('recordEvaluation', {
      evaluationId: evaluation.id,
      expectedVersion: evaluation.version,
      input: ANSWERS,
      goalChanges: [{ goalId: goal.id, expectedVersion: goal.version, status: 'REACHED' }],
      measureChanges: [{ measureId: measure.id, expectedVersion: measure.version, status: 'DONE' }],
    });
    expect(after.goals[0]).toMatchObject({ status: 'REACHED', version: goal.version + 1 });
    expect(after.measures[0]).toMatchObject({ status: 'DONE', version: measure.version + 1 });
    const history = await prisma().historyEntry.findMany({ where: { planId: plan.id, action: { in: ['evaluation.held', 'goal.evaluated', 'measure.evaluated'] } }, orderBy: { id: 'asc' } });
    expect(history.map((entry) => [entry.action, entry.entityId, entry.entityVersion, entry.after])).toEqual([
      ['evaluation.held', evaluation.id, 2, expect.objectContaining({ conclusion: ANSWERS.conclusion })],
      ['goal.evaluated', goal.id, goal.version + 1, { status: 'REACHED' }],
      ['measure.evaluated', measure.id, measure.version + 1, { status: 'DONE' }],
    ]);
    // All of it at the same moment: one transaction.
    expect(new Set(history.map((entry) => entry.at.getTime())).size).toBe(1);
  });

  it('saves nothing when one goal was changed since the version it started from', async () => {
    const { plan, goal, measure } = await planWithGoalAndMeasure();
    const evaluation = (await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(0) })).evaluations[0]!;
    // Someone else sets the goal's status while the evaluation is written.
    await edit('updateGoal', { goalId: goal.id, expectedVersion: goal.version, input: { status: 'ABANDONED' } });
    const historyBefore = await prisma().historyEntry.count({ where: { planId: plan.id } });
    const stale = await call(clients.ingrid, 'recordEvaluation', {
      evaluationId: evaluation.id,
      expectedVersion: evaluation.version,
      input: ANSWERS,
      measureChanges: [{ measureId: measure.id, expectedVersion: measure.version, status: 'DONE' }],
      goalChanges: [{ goalId: goal.id, expectedVersion: goal.version, status: 'REACHED' }],
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toBe('Noen andre har endret dette mens du arbeidet. Last inn på nytt og gjør endringen igjen.');
    expect(await prisma().evaluation.findUniqueOrThrow({ where: { id: evaluation.id } })).toMatchObject({ heldAt: null, conclusion: null, version: 1 });
    expect(await prisma().measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({ status: 'PLANNED', version: measure.version });
    expect(await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({ status: 'ABANDONED' });
    expect(await prisma().historyEntry.count({ where: { planId: plan.id } })).toBe(historyBefore);
  });

  it('changes only goals and measures of its own plan, each once', async () => {
    const { plan, goal, measure } = await planWithGoalAndMeasure();
    const other = await planWithGoalAndMeasure();
    const evaluation = (await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(0) })).evaluations[0]!;
    const base = { evaluationId: evaluation.id, expectedVersion: 1, input: ANSWERS };
    const foreign = await call(clients.ingrid, 'recordEvaluation', {
      ...base,
      goalChanges: [{ goalId: other.goal.id, expectedVersion: 1, status: 'REACHED' }],
      measureChanges: [{ measureId: other.measure.id, expectedVersion: 1, status: 'DONE' }],
    });
    expect(foreign.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'goalChanges.0', message: 'Målet hører til en annen plan.' },
      { field: 'measureChanges.0', message: 'Tiltaket hører til en annen plan.' },
    ]);
    const twice = await call(clients.ingrid, 'recordEvaluation', {
      ...base,
      goalChanges: [
        { goalId: goal.id, expectedVersion: 1, status: 'REACHED' },
        { goalId: goal.id, expectedVersion: 1, status: 'ABANDONED' },
      ],
    });
    expect(fieldsOf(twice)).toEqual(['goalChanges.1']);
    expect(await prisma().goal.findUniqueOrThrow({ where: { id: other.goal.id } })).toMatchObject({ status: 'NOT_STARTED' });
    expect(await prisma().measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({ status: 'PLANNED' });
  });

  it('are edited from their version: another field merges, the same field from a stale version is CONFLICT', async () => {
    const plan = await startPlan();
    const scheduled = (await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(10) })).evaluations[0]!;
    // A scheduled evaluation gets its answers when it is held.
    const early = await call(clients.ingrid, 'updateEvaluation', { evaluationId: scheduled.id, expectedVersion: 1, input: { conclusion: 'For tidlig' } });
    expect(codeOf(early)).toBe('CONFLICT');
    const moved = (await edit('updateEvaluation', { evaluationId: scheduled.id, expectedVersion: 1, input: { scheduledFor: day(14) } })).evaluations[0]!;
    expect(moved).toMatchObject({ scheduledFor: day(14), version: 2 });
    const held = (await edit('recordEvaluation', { evaluationId: scheduled.id, expectedVersion: 2, input: ANSWERS })).evaluations[0]!;
    // Two editors from version 3: one corrects the services, the other the experience: both saved.
    await edit('updateEvaluation', { evaluationId: held.id, expectedVersion: held.version, input: { servicesWork: 'Bra, men for sent om kvelden.' } });
    const merged = (await edit('updateEvaluation', { evaluationId: held.id, expectedVersion: held.version, input: { ownerExperience: 'Trygg hjemme.' } })).evaluations[0]!;
    expect(merged).toMatchObject({ servicesWork: 'Bra, men for sent om kvelden.', ownerExperience: 'Trygg hjemme.', version: held.version + 2 });
    const stale = await call(clients.ingrid, 'updateEvaluation', { evaluationId: held.id, expectedVersion: held.version, input: { servicesWork: 'Annet' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const emptied = await call(clients.ingrid, 'updateEvaluation', { evaluationId: held.id, expectedVersion: merged.version, input: { conclusion: null } });
    expect(fieldsOf(emptied)).toEqual(['input.conclusion']);
    expect((await prisma().evaluation.findUniqueOrThrow({ where: { id: held.id } })).servicesWork).toBe('Bra, men for sent om kvelden.');
    // The answers as they were recorded come back as a new version; the date stays.
    const recorded = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: held.id, action: 'evaluation.held' } });
    const restored = (await edit('restoreVersion', { historyEntryId: String(recorded.id), expectedVersion: merged.version })).evaluations[0]!;
    expect(restored).toMatchObject({ ...ANSWERS, scheduledFor: day(14), version: merged.version + 1 });
    const last = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: held.id }, orderBy: { id: 'desc' } });
    expect([last.action, last.after]).toEqual(['evaluation.versionRestored', { servicesWork: ANSWERS.servicesWork, ownerExperience: ANSWERS.ownerExperience }]);
  });

  it('are removed and restored', async () => {
    const plan = await startPlan();
    const evaluation = (await edit('scheduleEvaluation', { planId: plan.id, scheduledFor: day(10) })).evaluations[0]!;
    expect((await edit('removeEvaluation', { id: evaluation.id, expectedVersion: 1 })).evaluations).toEqual([]);
    expect((await edit('restoreEvaluation', { id: evaluation.id, expectedVersion: 2 })).evaluations.map((e) => e.id)).toEqual([evaluation.id]);
    expect(codeOf(await call(clients.ingrid, 'restoreEvaluation', { id: evaluation.id, expectedVersion: 3 }))).toBe('CONFLICT');
  });
});

describe('sub-plans', () => {
  it('link every kind of sub-plan, owned by a unit or a named person', async () => {
    const plan = await startPlan();
    const kinds = ['IOP', 'RELAY_LOG', 'REHABILITATION_PLAN', 'MEASURE_PLAN', 'CRISIS_PLAN', 'TREATMENT_PLAN', 'OTHER'];
    for (const [index, kind] of kinds.entries()) {
      const owner = index % 2 === 0 ? { ownerUnitId: homeCareId } : { ownerName: '  Per Aasen, fastlege ' };
      await edit('addSubPlan', { planId: plan.id, input: { kind, title: `Delplan ${index}`, note: 'Følger målene i planen.', externalReference: 'Arkiv 2026/7', ...owner } });
    }
    const { subPlans } = await readPlan(clients.ingrid, plan.personId);
    expect(subPlans.map((subPlan) => subPlan.kind)).toEqual(kinds);
    expect(subPlans.map((subPlan) => subPlan.owner)).toEqual(kinds.map((_, index) => (index % 2 === 0 ? DEMO_UNITS.homeCare : 'Per Aasen, fastlege')));
    expect(subPlans[0]).toMatchObject({ title: 'Delplan 0', note: 'Følger målene i planen.', externalReference: 'Arkiv 2026/7', ownerUnitId: homeCareId, ownerName: null, version: 1 });
    const history = await prisma().historyEntry.findMany({ where: { planId: plan.id, entity: 'SubPlan' } });
    expect(history.map((entry) => entry.action)).toEqual(kinds.map(() => 'subPlan.added'));
  });

  it('are never a second individual plan: there is no such kind', async () => {
    const plan = await startPlan();
    const ip = await call(clients.ingrid, 'addSubPlan', { planId: plan.id, input: { kind: 'INDIVIDUAL_PLAN', title: 'Ny IP', ownerName: 'Noen' } });
    expect(codeOf(ip)).toBe('BAD_USER_INPUT');
    expect(ip.errors![0]!.message).toBe('Noe av det du fylte inn, er ikke gyldig.');
    expect(await prisma().subPlan.count({ where: { planId: plan.id } })).toBe(0);
  });

  it('have one owner, a kind and a title', async () => {
    const plan = await startPlan();
    const none = await call(clients.ingrid, 'addSubPlan', { planId: plan.id, input: { kind: 'IOP', title: 'IOP' } });
    expect(none.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.ownerName', message: 'Delplanen må ha én eier: enten en enhet eller en navngitt person.' }]);
    const both = await call(clients.ingrid, 'addSubPlan', { planId: plan.id, input: { kind: 'IOP', title: 'IOP', ownerUnitId: homeCareId, ownerName: 'Tone Kvam' } });
    expect(fieldsOf(both)).toEqual(['input.ownerName']);
    const bare = await call(clients.ingrid, 'addSubPlan', { planId: plan.id, input: { ownerName: 'Tone Kvam' } });
    expect(fieldsOf(bare)).toEqual(['input.kind', 'input.title']);
    const unknown = await call(clients.ingrid, 'addSubPlan', { planId: plan.id, input: { kind: 'IOP', title: 'IOP', ownerUnitId: randomUUID() } });
    expect(fieldsOf(unknown)).toEqual(['input.ownerUnitId']);
    // From a unit to a named person in one save; leaving both would be two owners.
    const subPlan = (await edit('addSubPlan', { planId: plan.id, input: { kind: 'IOP', title: 'IOP, 4. trinn', ownerUnitId: homeCareId } })).subPlans[0]!;
    expect(fieldsOf(await call(clients.ingrid, 'updateSubPlan', { subPlanId: subPlan.id, expectedVersion: 1, input: { ownerName: 'Tone Kvam' } }))).toEqual(['input.ownerName']);
    const moved = (await edit('updateSubPlan', { subPlanId: subPlan.id, expectedVersion: 1, input: { ownerUnitId: null, ownerName: 'Tone Kvam' } })).subPlans[0]!;
    expect(moved).toMatchObject({ owner: 'Tone Kvam', ownerUnitId: null, version: 2 });
  });

  it('are edited from their version and removed and restored', async () => {
    const plan = await startPlan();
    const subPlan = (await edit('addSubPlan', { planId: plan.id, input: { kind: 'CRISIS_PLAN', title: 'Kriseplan', ownerName: 'Lars Brekke' } })).subPlans[0]!;
    await edit('updateSubPlan', { subPlanId: subPlan.id, expectedVersion: 1, input: { note: 'Ring legevakten ved behov.' } });
    const merged = (await edit('updateSubPlan', { subPlanId: subPlan.id, expectedVersion: 1, input: { title: 'Kriseplan ved forverring' } })).subPlans[0]!;
    expect(merged).toMatchObject({ title: 'Kriseplan ved forverring', note: 'Ring legevakten ved behov.', version: 3 });
    expect(codeOf(await call(clients.ingrid, 'updateSubPlan', { subPlanId: subPlan.id, expectedVersion: 1, input: { note: 'Annet' } }))).toBe('CONFLICT');
    expect((await edit('removeSubPlan', { id: subPlan.id, expectedVersion: 3 })).subPlans).toEqual([]);
    expect(await prisma().subPlan.count({ where: { id: subPlan.id } })).toBe(1);
    expect((await edit('restoreSubPlan', { id: subPlan.id, expectedVersion: 4 })).subPlans.map((s) => s.id)).toEqual([subPlan.id]);
    const actions = (await prisma().historyEntry.findMany({ where: { entityId: subPlan.id }, orderBy: { id: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(['subPlan.added', 'subPlan.updated', 'subPlan.updated', 'subPlan.removed', 'subPlan.restored']);
    // Version 2 had the first title and the note: the title comes back, the owner stays.
    const second = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: subPlan.id, entityVersion: 2 } });
    const restored = (await edit('restoreVersion', { historyEntryId: String(second.id), expectedVersion: 5 })).subPlans[0]!;
    expect(restored).toMatchObject({ title: 'Kriseplan', note: 'Ring legevakten ved behov.', owner: 'Lars Brekke', version: 6 });
    // The text as it was at the removal comes back; the removal itself stays undone.
    const removal = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: subPlan.id, action: 'subPlan.removed' } });
    const again = (await edit('restoreVersion', { historyEntryId: String(removal.id), expectedVersion: 6 })).subPlans;
    expect(again).toEqual([expect.objectContaining({ id: subPlan.id, title: 'Kriseplan ved forverring', version: 7 })]);
  });
});

describe('life-phase checklists', () => {
  it('fit the person’s age: a child before 13 (and before birth), young from 13, an adult from 20', async () => {
    const phases = [(await startPlan({ unborn: true })).lifePhase];
    for (const age of [0, 12, 13, 19, 20]) phases.push((await startPlan({ age })).lifePhase);
    expect(phases).toEqual(['CHILD', 'CHILD', 'CHILD', 'YOUTH', 'YOUTH', 'ADULT']);
  });

  it('tick an item once, untick it once, and keep both in the history', async () => {
    const plan = await startPlan();
    const ticked = await edit('tickChecklistItem', { planId: plan.id, itemKey: 'adult.guardianship' });
    expect(ticked.checklist).toEqual([{ itemKey: 'adult.guardianship', phase: 'ADULT', checkedAt: expect.any(String), checkedByName: 'Ingrid Solberg' }]);
    // Again: the same tick, from the same moment, and no new history.
    const again = await edit('tickChecklistItem', { planId: plan.id, itemKey: 'adult.guardianship' });
    expect(again.checklist).toEqual(ticked.checklist);
    // Items of another phase may be ticked too (e.g. what was done before the person turned 20).
    expect((await edit('tickChecklistItem', { planId: plan.id, itemKey: 'youth.ownHome' })).checklist.map((tick) => tick.itemKey)).toEqual(['adult.guardianship', 'youth.ownHome']);
    const unticked = await edit('untickChecklistItem', { planId: plan.id, itemKey: 'adult.guardianship' });
    expect(unticked.checklist.map((tick) => tick.itemKey)).toEqual(['youth.ownHome']);
    expect((await edit('untickChecklistItem', { planId: plan.id, itemKey: 'adult.guardianship' })).checklist).toEqual(unticked.checklist);
    const history = await prisma().historyEntry.findMany({ where: { planId: plan.id, entity: 'PlanChecklistItem' }, orderBy: { id: 'asc' } });
    expect(history.map((entry) => [entry.action, (entry.after ?? entry.before) as Record<string, unknown>])).toEqual([
      ['checklist.ticked', { itemKey: 'adult.guardianship', phase: 'ADULT' }],
      ['checklist.ticked', { itemKey: 'youth.ownHome', phase: 'YOUTH' }],
      ['checklist.unticked', { itemKey: 'adult.guardianship', phase: 'ADULT', checkedAt: ticked.checklist[0]!.checkedAt, checkedById: ingridId }],
    ]);
  });

  it('keep one tick when two come at the same moment, and know only their own items', async () => {
    const plan = await startPlan();
    const results = await Promise.all([0, 1, 2].map(() => call(clients.ingrid, 'tickChecklistItem', { planId: plan.id, itemKey: 'adult.navServices' })));
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(await prisma().planChecklistItem.count({ where: { planId: plan.id } })).toBe(1);
    expect(await prisma().historyEntry.count({ where: { planId: plan.id, action: 'checklist.ticked' } })).toBe(1);
    const unknown = await call(clients.ingrid, 'tickChecklistItem', { planId: plan.id, itemKey: 'adult.flyToTheMoon' });
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual([{ field: 'itemKey', message: 'Punktet finnes ikke i sjekklistene.' }]);
  });
});

describe('transitions', () => {
  it(`ask for a review when the date is within ${TRANSITION_REVIEW_DAYS} days or has passed, until the review is recorded`, async () => {
    const plan = await startPlan();
    const dates = [-5, 0, TRANSITION_REVIEW_DAYS, TRANSITION_REVIEW_DAYS + 1, 400];
    for (const offset of dates) await edit('addTransition', { planId: plan.id, input: { kind: 'OWN_HOME', date: day(offset), note: 'Flytter til egen leilighet.' } });
    const { transitions } = await readPlan(clients.ingrid, plan.personId);
    expect(transitions.map((transition) => [transition.date, transition.reviewDue])).toEqual([
      [day(-5), true],
      [day(0), true],
      [day(TRANSITION_REVIEW_DAYS), true],
      [day(TRANSITION_REVIEW_DAYS + 1), false],
      [day(400), false],
    ]);
    const soon = transitions[1]!;
    const reviewed = (await edit('markTransitionReviewed', { transitionId: soon.id, expectedVersion: soon.version })).transitions[1]!;
    expect(reviewed).toMatchObject({ reviewDue: false, reviewedByName: 'Ingrid Solberg', version: soon.version + 1 });
    expect(reviewed.reviewedAt).not.toBeNull();
    const entry = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: soon.id, action: 'transition.reviewed' } });
    expect(entry).toMatchObject({ planId: plan.id, entityVersion: soon.version + 1, after: expect.objectContaining({ reviewedById: ingridId }) });
    // A review marked by mistake is taken back; the plan asks again.
    const undone = (await edit('markTransitionReviewed', { transitionId: soon.id, expectedVersion: reviewed.version, reviewed: false })).transitions[1]!;
    expect(undone).toMatchObject({ reviewDue: true, reviewedAt: null, reviewedByName: null });
  });

  it('need a kind and a date, are edited from their version, and are removed and restored', async () => {
    const plan = await startPlan();
    expect(fieldsOf(await call(clients.ingrid, 'addTransition', { planId: plan.id, input: { note: 'Uten dato' } }))).toEqual(['input.kind', 'input.date']);
    const transition = (await edit('addTransition', { planId: plan.id, input: { kind: 'UPPER_SECONDARY', date: day(200) } })).transitions[0]!;
    expect(fieldsOf(await call(clients.ingrid, 'updateTransition', { transitionId: transition.id, expectedVersion: 1, input: { date: null } }))).toEqual(['input.date']);
    await edit('updateTransition', { transitionId: transition.id, expectedVersion: 1, input: { date: day(30) } });
    const merged = (await edit('updateTransition', { transitionId: transition.id, expectedVersion: 1, input: { note: 'Vg1 helse- og oppvekstfag.' } })).transitions[0]!;
    expect(merged).toMatchObject({ date: day(30), note: 'Vg1 helse- og oppvekstfag.', reviewDue: true, version: 3 });
    expect(codeOf(await call(clients.ingrid, 'updateTransition', { transitionId: transition.id, expectedVersion: 1, input: { date: day(40) } }))).toBe('CONFLICT');
    expect(codeOf(await call(clients.ingrid, 'markTransitionReviewed', { transitionId: transition.id, expectedVersion: 999 }))).toBe('CONFLICT');
    expect((await edit('removeTransition', { id: transition.id, expectedVersion: 3 })).transitions).toEqual([]);
    expect((await edit('restoreTransition', { id: transition.id, expectedVersion: 4 })).transitions.map((t) => t.id)).toEqual([transition.id]);
    // Version 2 had no note yet: restoring it empties the note and keeps the date.
    const second = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: transition.id, entityVersion: 2 } });
    const restored = (await edit('restoreVersion', { historyEntryId: String(second.id), expectedVersion: 5 })).transitions[0]!;
    expect(restored).toMatchObject({ note: null, date: day(30), version: 6 });
  });
});

describe('what a group member sees when the consent hides a life area', () => {
  it('hides the sub-plans, ticked items and transitions tied to the area, and shows the evaluations, which are tied to none', async () => {
    // Sofie's consent keeps economy from the group members (the demo); here it keeps housing too.
    const sofie = await prisma().person.findFirstOrThrow({ where: { firstName: DEMO_PERSONS.citizen.firstName, lastName: DEMO_PERSONS.citizen.lastName } });
    const exchange = await prisma().consent.findFirstOrThrow({ where: { personId: sofie.id, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } });
    await prisma().consentRestriction.create({
      data: { municipalityId, consentId: exchange.id, kind: 'MATTER', lifeArea: 'HOUSING', description: 'Boligsaken deles bare med koordinator.' },
    });
    const planId = (await readPlan(clients.ingrid, sofie.id)).id;
    await edit('addSubPlan', { planId, input: { kind: 'MEASURE_PLAN', title: 'Plan for gjeldsordning', ownerName: 'NAV-veileder Tone Hauge', lifeArea: 'ECONOMY' } });
    await edit('addTransition', { planId, input: { kind: 'OWN_HOME', date: day(90), note: 'Flytter til mindre leilighet.' } });
    await edit('tickChecklistItem', { planId, itemKey: 'youth.ownHome' });

    const coordinator = await readPlan(clients.ingrid, sofie.id);
    const owner = await readPlan(clients.citizen, sofie.id);
    const gp = await readPlan(clients.gp, sofie.id);
    expect(gp.hiddenLifeAreas.sort()).toEqual(['ECONOMY', 'HOUSING']);
    for (const plan of [coordinator, owner]) {
      expect(plan.hiddenLifeAreas).toEqual([]);
      expect(plan.subPlans.map((subPlan) => subPlan.kind).sort()).toEqual(['CRISIS_PLAN', 'MEASURE_PLAN', 'REHABILITATION_PLAN']);
      expect(plan.transitions.map((transition) => transition.kind).sort()).toEqual(['OWN_HOME', 'WORK']);
      expect(plan.checklist.map((tick) => tick.itemKey).sort()).toEqual(['adult.municipalServices', 'adult.navServices', 'adult.voluntaryWork', 'youth.ownHome']);
    }
    expect(gp.subPlans.map((subPlan) => subPlan.kind).sort()).toEqual(['CRISIS_PLAN', 'REHABILITATION_PLAN']);
    expect(gp.transitions.map((transition) => transition.kind)).toEqual(['WORK']);
    expect(gp.checklist.map((tick) => tick.itemKey).sort()).toEqual(['adult.municipalServices', 'adult.voluntaryWork']);
    expect(gp.evaluations).toEqual(coordinator.evaluations);
    expect(gp.evaluations.some((evaluation) => evaluation.conclusion)).toBe(true);
  });
});

describe('who may write', () => {
  it('only the person’s coordinator: the person, another coordinator, group members and KE are FORBIDDEN and nothing changes', async () => {
    // Sofie's plan: she owns it, Per Aasen and Siri Vik read it as group members, Ingrid coordinates it.
    const sofie = await prisma().person.findFirstOrThrow({ where: { firstName: DEMO_PERSONS.citizen.firstName, lastName: DEMO_PERSONS.citizen.lastName } });
    const planId = (await readPlan(clients.citizen, sofie.id)).id;
    const [goal, measure, evaluation, subPlan, transition] = [
      await prisma().goal.findFirstOrThrow({ where: { planId } }),
      await prisma().measure.findFirstOrThrow({ where: { planId } }),
      await prisma().evaluation.findFirstOrThrow({ where: { planId, heldAt: null } }),
      await prisma().subPlan.findFirstOrThrow({ where: { planId } }),
      await prisma().planTransition.findFirstOrThrow({ where: { planId } }),
    ];
    const writes: Array<[MutationName, Record<string, unknown>]> = [
      ['scheduleEvaluation', { planId, scheduledFor: day(5) }],
      ['recordEvaluation', { evaluationId: evaluation.id, expectedVersion: evaluation.version, input: ANSWERS, goalChanges: [{ goalId: goal.id, expectedVersion: goal.version, status: 'REACHED' }] }],
      ['updateEvaluation', { evaluationId: evaluation.id, expectedVersion: evaluation.version, input: { scheduledFor: day(6) } }],
      ['removeEvaluation', { id: evaluation.id, expectedVersion: evaluation.version }],
      ['restoreEvaluation', { id: evaluation.id, expectedVersion: evaluation.version }],
      ['addSubPlan', { planId, input: { kind: 'OTHER', title: 'x', ownerName: 'x' } }],
      ['updateSubPlan', { subPlanId: subPlan.id, expectedVersion: subPlan.version, input: { title: 'x' } }],
      ['removeSubPlan', { id: subPlan.id, expectedVersion: subPlan.version }],
      ['restoreSubPlan', { id: subPlan.id, expectedVersion: subPlan.version }],
      ['tickChecklistItem', { planId, itemKey: 'adult.guardianship' }],
      ['untickChecklistItem', { planId, itemKey: 'adult.municipalServices' }],
      ['addTransition', { planId, input: { kind: 'OTHER', date: day(3) } }],
      ['updateTransition', { transitionId: transition.id, expectedVersion: transition.version, input: { note: 'x' } }],
      ['markTransitionReviewed', { transitionId: transition.id, expectedVersion: transition.version }],
      ['removeTransition', { id: transition.id, expectedVersion: transition.version }],
      ['restoreTransition', { id: transition.id, expectedVersion: transition.version }],
    ];
    const before = await snapshot(planId, measure.id);
    for (const client of [clients.citizen, clients.lars, clients.gp, clients.physio, clients.ke]) {
      for (const [name, variables] of writes) {
        expect({ name, code: codeOf(await call(client, name, variables)) }).toEqual({ name, code: 'FORBIDDEN' });
      }
    }
    expect(await snapshot(planId, measure.id)).toEqual(before);
    // The other coordinator's attempts are in the person's access log (the roles without 'plan.edit' are refused before the plan is looked up).
    const denied = await prisma().accessLogEntry.findMany({ where: { personId: sofie.id, denied: true, action: 'plan.edit' }, select: { actor: { select: { username: true } } } });
    expect(denied.map((entry) => entry.actor.username)).toEqual(writes.map(() => DEMO_USERNAMES.mentalHealthCoordinator));
  });

  it('not on a closed plan', async () => {
    const plan = await startPlan();
    await prisma().individualPlan.update({ where: { id: plan.id }, data: { status: 'CLOSED', closedAt: new Date() } });
    for (const [name, variables] of [
      ['scheduleEvaluation', { planId: plan.id, scheduledFor: day(5) }],
      ['addSubPlan', { planId: plan.id, input: { kind: 'OTHER', title: 'x', ownerName: 'x' } }],
      ['tickChecklistItem', { planId: plan.id, itemKey: 'adult.guardianship' }],
      ['addTransition', { planId: plan.id, input: { kind: 'OTHER', date: day(3) } }],
    ] as Array<[MutationName, Record<string, unknown>]>) {
      const result = await call(clients.ingrid, name, variables);
      expect({ name, code: codeOf(result), message: result.errors?.[0]?.message }).toEqual({ name, code: 'CONFLICT', message: 'Planen er avsluttet og kan ikke endres.' });
    }
  });
});

/** Everything the writes could change, to compare before and after refused attempts. */
async function snapshot(planId: string, measureId: string) {
  const db = prisma();
  return {
    evaluations: await db.evaluation.findMany({ where: { planId }, orderBy: { id: 'asc' } }),
    subPlans: await db.subPlan.findMany({ where: { planId }, orderBy: { id: 'asc' } }),
    checklist: await db.planChecklistItem.findMany({ where: { planId }, orderBy: { id: 'asc' } }),
    transitions: await db.planTransition.findMany({ where: { planId }, orderBy: { id: 'asc' } }),
    goals: await db.goal.findMany({ where: { planId }, orderBy: { id: 'asc' } }),
    measure: await db.measure.findUniqueOrThrow({ where: { id: measureId } }),
    history: await db.historyEntry.count({ where: { planId } }),
  };
}

describe('the plan read', () => {
  it('sends the same statements for one of each part and for many: one query for the plan', async () => {
    const plan = await startPlan();
    const read = `query ($personId: ID!) { plan(personId: $personId) { ${PLAN} } }`;
    const count = async () => {
      const result = await countStatements<{ plan: Plan }>(server(), clients.ingrid.cookie, read, { personId: plan.personId });
      expect(result.response.errors).toBeUndefined();
      return { ...result, plan: result.response.data!.plan };
    };
    const addParts = async (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => i);
      await prisma().evaluation.createMany({
        data: rows.map((i) => ({ municipalityId, planId: plan.id, scheduledFor: asDate(day(i)), heldAt: new Date(), evaluatedById: ingridId, conclusion: `Evaluering ${i}` })),
      });
      await prisma().subPlan.createMany({ data: rows.map((i) => ({ municipalityId, planId: plan.id, kind: 'IOP' as const, title: `IOP ${i}`, ownerUnitId: homeCareId })) });
      await prisma().planTransition.createMany({
        data: rows.map((i) => ({ municipalityId, planId: plan.id, kind: 'WORK' as const, date: asDate(day(i)), reviewedAt: new Date(), reviewedById: ingridId })),
      });
    };
    await addParts(1);
    await edit('tickChecklistItem', { planId: plan.id, itemKey: 'adult.guardianship' });
    const one = await count();
    await addParts(29);
    for (const item of ['adult.municipalServices', 'adult.navServices', 'adult.voluntaryWork', 'adult.planUpdated']) await edit('tickChecklistItem', { planId: plan.id, itemKey: item });
    const many = await count();
    expect([one.plan.evaluations.length, one.plan.subPlans.length, one.plan.transitions.length, one.plan.checklist.length]).toEqual([1, 1, 1, 1]);
    expect([many.plan.evaluations.length, many.plan.subPlans.length, many.plan.transitions.length, many.plan.checklist.length]).toEqual([30, 30, 30, 5]);
    expect(many.count).toBe(one.count);
    expect(many.statements.filter((sql) => /FROM "public"\."IndividualPlan"/.test(sql))).toHaveLength(1);
    expect(many.statements.filter((sql) => /"(Evaluation|SubPlan|PlanTransition|PlanChecklistItem)"/.test(sql))).toHaveLength(1);
  });
});

it("names every action the plan's parts write to its history, in nb, nn and en", async () => {
  const actions = (await prisma().historyEntry.findMany({ where: { planId: { not: null } }, distinct: ['action'], select: { action: true } })).map(({ action }) => action);
  expect(actions).toEqual(
    expect.arrayContaining(['evaluation.scheduled', 'evaluation.held', 'goal.evaluated', 'measure.evaluated', 'subPlan.added', 'checklist.ticked', 'checklist.unticked', 'transition.reviewed']),
  );
  for (const catalog of Object.values(catalogs)) {
    const messages = catalog as Record<string, string>;
    for (const action of actions) expect({ action, label: messages[`plan.history.action.${action}`] }).toEqual({ action, label: expect.any(String) });
  }
});
