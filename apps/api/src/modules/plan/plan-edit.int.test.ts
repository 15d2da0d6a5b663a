// Starting and editing the individual plan over HTTP against a real database: the rules for a
// new plan (a decision granting it, a coordinator, one open plan, also for two attempts at once),
// the consent that makes it active, versioned edits of every part with their history, merges of
// edits to different fields, CONFLICT for the same field (also for 100 saves at once), removal
// and restore, reordering, and who may do it.
import { osloToday } from '@samhandling/shared';
import { DEMO_MUNICIPALITY, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson, type PlanPersonOptions } from '../../test-support/cases';
import { dayFromToday } from '../../test-support/dates';
import { useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const day = dayFromToday;

let municipalityId: string;
const users = {} as Record<'ingrid' | 'lars', string>;
const clients = {} as Record<'ke' | 'ingrid' | 'lars' | 'citizen' | 'physio', ApiClient>;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  users.ingrid = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } })).id;
  users.lars = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.mentalHealthCoordinator } })).id;
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
  clients.physio = await server().signIn(DEMO_USERNAMES.physio);
});

const makePerson = (options?: PlanPersonOptions) => makePlanPerson(prisma(), options);

const PLAN_FIELDS = `
  id status version hasConsent periodStart periodEnd nextRevisionDate
  whatIsImportant situation resources dreams
  lifeAreas { id area situation services needs version }
  participants { id kind name role version }
  goals { id kind lifeArea description status targetDate parentGoalId sortOrder version }
  measures { id goalId description responsible responsibleParticipantId startDate dueDate status overdue scope version }
`;
const CREATE = `mutation ($personId: ID!) { createPlan(personId: $personId) { ${PLAN_FIELDS} } }`;
const CONSENT = `mutation ($planId: ID!, $input: PlanConsentInput!) { registerPlanConsent(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const SECTIONS = `mutation ($planId: ID!, $expectedVersion: Int!, $input: PlanSectionsInput!) {
  updatePlanSections(planId: $planId, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const LIFE_AREA = `mutation ($planId: ID!, $area: LifeArea!, $expectedVersion: Int!, $input: LifeAreaInput!) {
  saveLifeArea(planId: $planId, area: $area, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const ADD_GOAL = `mutation ($planId: ID!, $input: GoalInput!) { addGoal(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_GOAL = `mutation ($goalId: ID!, $expectedVersion: Int!, $input: GoalInput!) {
  updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) { id goals { id description status version } }
}`;
const REMOVE_GOAL = `mutation ($id: ID!, $expectedVersion: Int!) { removeGoal(id: $id, expectedVersion: $expectedVersion) { ${PLAN_FIELDS} } }`;
const RESTORE_GOAL = `mutation ($id: ID!, $expectedVersion: Int!) { restoreGoal(id: $id, expectedVersion: $expectedVersion) { ${PLAN_FIELDS} } }`;
const REORDER = `mutation ($planId: ID!, $kind: GoalKind!, $goalIds: [ID!]!) { reorderGoals(planId: $planId, kind: $kind, goalIds: $goalIds) { ${PLAN_FIELDS} } }`;
const ADD_MEASURE = `mutation ($planId: ID!, $input: MeasureInput!) { addMeasure(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_MEASURE = `mutation ($measureId: ID!, $expectedVersion: Int!, $input: MeasureInput!) {
  updateMeasure(measureId: $measureId, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const ADD_PARTICIPANT = `mutation ($planId: ID!, $input: ParticipantInput!) { addParticipant(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const REMOVE_PARTICIPANT = `mutation ($id: ID!, $expectedVersion: Int!) { removeParticipant(id: $id, expectedVersion: $expectedVersion) { id participants { id } } }`;

type Plan = {
  id: string;
  status: string;
  version: number;
  hasConsent: boolean;
  periodStart: string;
  periodEnd: string;
  nextRevisionDate: string;
  whatIsImportant: string | null;
  situation: string | null;
  dreams: string | null;
  lifeAreas: Array<{ id: string; area: string; situation: string | null; services: string | null; version: number }>;
  participants: Array<{ id: string; kind: string; name: string; version: number }>;
  goals: Array<{ id: string; kind: string; description: string; parentGoalId: string | null; sortOrder: number; version: number; status: string }>;
  measures: Array<{ id: string; goalId: string | null; description: string; responsible: string; overdue: boolean; version: number; status: string }>;
};

async function startPlan(personId?: string): Promise<Plan> {
  const { createPlan } = await clients.ingrid.data<{ createPlan: Plan }>(CREATE, { personId: personId ?? (await makePerson()) });
  return createPlan;
}

const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

describe('starting a plan', () => {
  it('starts a draft with the plan period, the life areas and the person and coordinator as participants', async () => {
    const plan = await startPlan();
    expect(plan.status).toBe('DRAFT');
    expect(plan.hasConsent).toBe(false);
    expect(plan.periodStart).toBe(osloToday());
    const { defaultPlanPeriodMonths } = await prisma().municipality.findUniqueOrThrow({ where: { id: municipalityId } });
    const end = new Date(`${osloToday()}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + defaultPlanPeriodMonths);
    expect(plan.periodEnd).toBe(end.toISOString().slice(0, 10));
    expect(plan.nextRevisionDate).toBe(plan.periodEnd);
    expect(plan.lifeAreas.map((area) => area.area).sort()).toEqual(['ECONOMY', 'EDUCATION', 'HEALTH', 'HOUSING', 'LEISURE', 'OTHER', 'TRANSPORT', 'WORK']);
    expect(plan.participants.map((participant) => participant.kind)).toEqual(['PERSON', 'PROFESSIONAL']);
    const history = await prisma().historyEntry.findMany({ where: { planId: plan.id } });
    expect(history.map((entry) => entry.action)).toEqual(['plan.created']);
  });

  it('refuses a second open plan, also when two attempts come at the same moment', async () => {
    const personId = await makePerson();
    const results = await Promise.all([clients.ingrid.gql(CREATE, { personId }), clients.ingrid.gql(CREATE, { personId })]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    const refused = results.find((result) => result.errors)!;
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toBe('Personen har allerede en individuell plan som ikke er avsluttet.');
    expect(await prisma().individualPlan.count({ where: { personId } })).toBe(1);
    const again = await clients.ingrid.gql(CREATE, { personId });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('needs a decision that granted an individual plan', async () => {
    const personId = await makePerson({ grantsPlan: false });
    const result = await clients.ingrid.gql(CREATE, { personId });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0]!.message).toContain('vedtak om individuell plan');
    expect(await prisma().individualPlan.count({ where: { personId } })).toBe(0);
  });

  it('is for the coordinator of the person only, and a refused attempt is logged', async () => {
    const personId = await makePerson();
    for (const client of [clients.lars, clients.citizen, clients.physio, clients.ke]) {
      expect(codeOf(await client.gql(CREATE, { personId }))).toBe('FORBIDDEN');
    }
    const denied = await prisma().accessLogEntry.findMany({ where: { personId, denied: true } });
    expect(denied.map((entry) => entry.actorId)).toContain(users.lars);
    expect(denied.every((entry) => entry.action === 'plan.create')).toBe(true);
  });

  it("takes a guardian's consent for the person, and only a guardian's", async () => {
    const personId = await makePerson();
    const [guardian, aunt] = await Promise.all([
      prisma().relative.create({ data: { municipalityId, personId, name: 'Mona Verge', relation: 'PARENT', isGuardian: true } }),
      prisma().relative.create({ data: { municipalityId, personId, name: 'Tante Tove', relation: 'OTHER', isGuardian: false } }),
    ]);
    const plan = await startPlan(personId);
    const { plan: read } = await clients.ingrid.data<{ plan: { guardians: Array<{ id: string; name: string }> } }>(
      'query ($personId: ID!) { plan(personId: $personId) { guardians { id name } } }',
      { personId },
    );
    expect(read.guardians).toEqual([{ id: guardian.id, name: 'Mona Verge' }]);
    const byAunt = await clients.ingrid.gql(CONSENT, { planId: plan.id, input: { form: 'ORAL', givenAt: day(0), givenByRelativeId: aunt.id } });
    expect(codeOf(byAunt)).toBe('CONFLICT');
    const { registerPlanConsent } = await clients.ingrid.data<{ registerPlanConsent: Plan }>(CONSENT, {
      planId: plan.id,
      input: { form: 'ORAL', givenAt: day(0), givenByRelativeId: guardian.id },
    });
    expect(registerPlanConsent.status).toBe('ACTIVE');
    expect((await prisma().consent.findFirstOrThrow({ where: { plans: { some: { id: plan.id } } } })).givenByRelativeId).toBe(guardian.id);
  });

  it('becomes active when the consent is registered, once', async () => {
    const plan = await startPlan();
    const future = await clients.ingrid.gql(CONSENT, { planId: plan.id, input: { form: 'ORAL', givenAt: day(1) } });
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const { registerPlanConsent } = await clients.ingrid.data<{ registerPlanConsent: Plan }>(CONSENT, {
      planId: plan.id,
      input: { form: 'WRITTEN', givenAt: day(0), documentReference: 'Arkiv 2026/12' },
    });
    expect(registerPlanConsent.status).toBe('ACTIVE');
    expect(registerPlanConsent.hasConsent).toBe(true);
    const consent = await prisma().consent.findFirstOrThrow({ where: { plans: { some: { id: plan.id } } } });
    expect(consent).toMatchObject({ scope: 'INDIVIDUAL_PLAN', form: 'WRITTEN', registeredById: users.ingrid });
    expect(consent.periodEnd?.toISOString().slice(0, 10)).toBe(plan.periodEnd);
    const twice = await clients.ingrid.gql(CONSENT, { planId: plan.id, input: { form: 'ORAL', givenAt: day(0) } });
    expect(codeOf(twice)).toBe('CONFLICT');
  });
});

describe("who consents to the plan: the same rules as every consent", () => {
  const consent = (planId: string, input: Record<string, unknown>) =>
    clients.ingrid.gql(CONSENT, { planId, input: { form: 'ORAL', givenAt: dayFromToday(0), ...input } });
  async function guardianOf(personId: string) {
    const { municipalityId } = await prisma().person.findUniqueOrThrow({ where: { id: personId } });
    return (await prisma().relative.create({ data: { municipalityId, personId, name: 'Mor Testesen', relation: 'PARENT', isGuardian: true } })).id;
  }

  it('under 16 a guardian consents: the child alone is refused', async () => {
    const personId = await makePerson({ age: 12 });
    const plan = await startPlan(personId);
    const alone = await consent(plan.id, {});
    expect(alone.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.givenByRelativeId' })]);
    const byGuardian = await consent(plan.id, { givenByRelativeId: await guardianOf(personId) });
    expect(byGuardian.errors).toBeUndefined();
  });

  it("from 16 a guardian's consent records the young person's own view", async () => {
    const personId = await makePerson({ age: 17 });
    const plan = await startPlan(personId);
    const guardian = await guardianOf(personId);
    const withoutView = await consent(plan.id, { givenByRelativeId: guardian });
    expect(withoutView.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'input.youngPersonView' })]);
    expect((await consent(plan.id, { givenByRelativeId: guardian, youngPersonView: 'Vil ha planen.', youngPersonAgrees: true })).errors).toBeUndefined();
    const stored = await prisma().consent.findFirstOrThrow({ where: { personId, scope: 'INDIVIDUAL_PLAN' } });
    expect(stored).toMatchObject({ youngPersonView: 'Vil ha planen.', youngPersonAgrees: true, givenByRelativeId: guardian });
  });
});

describe('editing the sections', () => {
  it('saves from the version it started at, merges edits of other fields and refuses a stale edit of the same field', async () => {
    const plan = await startPlan();
    const first = (await clients.ingrid.data<{ updatePlanSections: Plan }>(SECTIONS, {
      planId: plan.id,
      expectedVersion: plan.version,
      input: { whatIsImportant: '  Å kunne bo hjemme.  ' },
    })).updatePlanSections;
    expect(first.whatIsImportant).toBe('Å kunne bo hjemme.');
    expect(first.version).toBe(plan.version + 1);
    // A second editor still at the first version writes another section: it goes through.
    const merged = (await clients.ingrid.data<{ updatePlanSections: Plan }>(SECTIONS, {
      planId: plan.id,
      expectedVersion: plan.version,
      input: { dreams: 'Reise til Lofoten.' },
    })).updatePlanSections;
    expect(merged).toMatchObject({ whatIsImportant: 'Å kunne bo hjemme.', dreams: 'Reise til Lofoten.', version: plan.version + 2 });
    // The same section from the old version: CONFLICT, and nothing changes.
    const stale = await clients.ingrid.gql(SECTIONS, { planId: plan.id, expectedVersion: plan.version, input: { whatIsImportant: 'Noe annet' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const stored = await prisma().individualPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(stored.whatIsImportant).toBe('Å kunne bo hjemme.');
    const history = await prisma().historyEntry.findMany({ where: { planId: plan.id, action: 'plan.updated' }, orderBy: { id: 'asc' } });
    expect(history.map((entry) => [entry.entityVersion, entry.after])).toEqual([
      [plan.version + 1, { whatIsImportant: 'Å kunne bo hjemme.' }],
      [plan.version + 2, { dreams: 'Reise til Lofoten.' }],
    ]);
  });

  it('checks the period and the revision date', async () => {
    const plan = await startPlan();
    const order = await clients.ingrid.gql(SECTIONS, { planId: plan.id, expectedVersion: plan.version, input: { periodEnd: day(-1) } });
    expect(codeOf(order)).toBe('BAD_USER_INPUT');
    const outside = await clients.ingrid.gql(SECTIONS, { planId: plan.id, expectedVersion: plan.version, input: { nextRevisionDate: day(800) } });
    expect(outside.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.nextRevisionDate');
  });

  it('maps a life area from its own version', async () => {
    const plan = await startPlan();
    const health = plan.lifeAreas.find((area) => area.area === 'HEALTH')!;
    const saved = (await clients.ingrid.data<{ saveLifeArea: Plan }>(LIFE_AREA, {
      planId: plan.id,
      area: 'HEALTH',
      expectedVersion: health.version,
      input: { situation: 'Diabetes type 2.', services: 'Hjemmesykepleie to ganger i uka.' },
    })).saveLifeArea;
    expect(saved.lifeAreas.find((area) => area.area === 'HEALTH')).toMatchObject({ situation: 'Diabetes type 2.', services: 'Hjemmesykepleie to ganger i uka.', version: 2 });
    const stale = await clients.ingrid.gql(LIFE_AREA, { planId: plan.id, area: 'HEALTH', expectedVersion: 1, input: { situation: 'Annet' } });
    expect(codeOf(stale)).toBe('CONFLICT');
  });
});

describe('goals, measures and participants', () => {
  it('adds goals under long-term goals and refuses a short-term goal as a parent', async () => {
    const plan = await startPlan();
    const long = (await clients.ingrid.data<{ addGoal: Plan }>(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', lifeArea: 'HOUSING', description: 'Bo i egen leilighet' } })).addGoal.goals[0]!;
    const withShort = (await clients.ingrid.data<{ addGoal: Plan }>(ADD_GOAL, {
      planId: plan.id,
      input: { kind: 'SHORT_TERM', lifeArea: 'HOUSING', description: 'Søke kommunal bolig', parentGoalId: long.id, targetDate: day(60) },
    })).addGoal;
    const short = withShort.goals.find((goal) => goal.kind === 'SHORT_TERM')!;
    expect(short.parentGoalId).toBe(long.id);
    const underShort = await clients.ingrid.gql(ADD_GOAL, { planId: plan.id, input: { kind: 'SHORT_TERM', description: 'Feil', parentGoalId: short.id } });
    expect(codeOf(underShort)).toBe('CONFLICT');
    expect(underShort.errors![0]!.message).toBe('Et kortsiktig mål kan bare høre til et langsiktig mål i samme plan.');
    const empty = await clients.ingrid.gql(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: '   ' } });
    expect(empty.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'input.description', message: 'Feltet må fylles ut.' });
  });

  it('edits a measure with its responsible participant and shows it overdue after its deadline', async () => {
    const plan = await startPlan();
    const goal = (await clients.ingrid.data<{ addGoal: Plan }>(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Bedre helse' } })).addGoal.goals[0]!;
    const person = plan.participants.find((participant) => participant.kind === 'PERSON')!;
    const added = (await clients.ingrid.data<{ addMeasure: Plan }>(ADD_MEASURE, {
      planId: plan.id,
      input: { goalId: goal.id, description: 'Gå tur hver dag', responsibleParticipantId: person.id, startDate: day(-20), dueDate: day(-1), scope: '30 minutter' },
    })).addMeasure;
    const measure = added.measures[0]!;
    expect(measure).toMatchObject({ goalId: goal.id, responsible: person.name, overdue: true, status: 'PLANNED' });
    const done = (await clients.ingrid.data<{ updateMeasure: Plan }>(UPDATE_MEASURE, { measureId: measure.id, expectedVersion: measure.version, input: { status: 'DONE' } })).updateMeasure;
    expect(done.measures[0]).toMatchObject({ status: 'DONE', overdue: false, version: measure.version + 1 });
    const dates = await clients.ingrid.gql(UPDATE_MEASURE, { measureId: measure.id, expectedVersion: measure.version + 1, input: { dueDate: day(-30) } });
    expect(dates.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.dueDate');
    // A participant of another plan cannot be responsible here.
    const other = await startPlan();
    const stranger = other.participants[0]!;
    const wrong = await clients.ingrid.gql(UPDATE_MEASURE, { measureId: measure.id, expectedVersion: measure.version + 1, input: { responsibleParticipantId: stranger.id } });
    expect(codeOf(wrong)).toBe('CONFLICT');
  });

  it('removes a goal with its measures and brings them back, with the history of both', async () => {
    const plan = await startPlan();
    const goal = (await clients.ingrid.data<{ addGoal: Plan }>(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Mål som fjernes' } })).addGoal.goals[0]!;
    await clients.ingrid.data(ADD_MEASURE, { planId: plan.id, input: { goalId: goal.id, description: 'Tiltak under målet', responsibleText: 'Familien' } });
    const removed = (await clients.ingrid.data<{ removeGoal: Plan }>(REMOVE_GOAL, { id: goal.id, expectedVersion: goal.version })).removeGoal;
    expect(removed.goals).toEqual([]);
    expect(removed.measures).toEqual([]);
    expect(await prisma().goal.count({ where: { id: goal.id } })).toBe(1);
    const restored = (await clients.ingrid.data<{ restoreGoal: Plan }>(RESTORE_GOAL, { id: goal.id, expectedVersion: goal.version + 1 })).restoreGoal;
    expect(restored.goals.map((g) => g.id)).toEqual([goal.id]);
    expect(restored.measures.map((m) => m.description)).toEqual(['Tiltak under målet']);
    const actions = (await prisma().historyEntry.findMany({ where: { entityId: goal.id }, orderBy: { id: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(['goal.added', 'goal.removed', 'goal.restored']);
  });

  it('reorders the goals of a kind, all of them once', async () => {
    let plan = await startPlan();
    for (const description of ['Første', 'Andre', 'Tredje']) {
      plan = (await clients.ingrid.data<{ addGoal: Plan }>(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description } })).addGoal;
    }
    const ids = plan.goals.map((goal) => goal.id);
    const reordered = (await clients.ingrid.data<{ reorderGoals: Plan }>(REORDER, { planId: plan.id, kind: 'LONG_TERM', goalIds: [ids[2], ids[0], ids[1]] })).reorderGoals;
    expect(reordered.goals.map((goal) => goal.description)).toEqual(['Tredje', 'Første', 'Andre']);
    const missing = await clients.ingrid.gql(REORDER, { planId: plan.id, kind: 'LONG_TERM', goalIds: [ids[0], ids[1]] });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
  });

  it('adds participants and keeps the person in the plan', async () => {
    const plan = await startPlan();
    const added = (await clients.ingrid.data<{ addParticipant: Plan }>(ADD_PARTICIPANT, {
      planId: plan.id,
      input: { kind: 'RELATIVE', name: 'Kari Berg', role: 'Mor', contribution: 'Handler hver fredag', phone: '900 00 000' },
    })).addParticipant;
    expect(added.participants.map((participant) => participant.name)).toContain('Kari Berg');
    const person = added.participants.find((participant) => participant.kind === 'PERSON')!;
    expect(codeOf(await clients.ingrid.gql(REMOVE_PARTICIPANT, { id: person.id, expectedVersion: person.version }))).toBe('CONFLICT');
  });

  it('lets no one but the coordinator edit, and not a closed plan', async () => {
    const plan = await startPlan();
    for (const client of [clients.lars, clients.citizen, clients.physio, clients.ke]) {
      expect(codeOf(await client.gql(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Nei' } }))).toBe('FORBIDDEN');
    }
    await prisma().individualPlan.update({ where: { id: plan.id }, data: { status: 'CLOSED', closedAt: new Date() } });
    const closed = await clients.ingrid.gql(SECTIONS, { planId: plan.id, expectedVersion: plan.version, input: { dreams: 'x' } });
    expect(codeOf(closed)).toBe('CONFLICT');
  });
});

describe('many saves of one goal at once', () => {
  it('100 saves from different sessions each succeed or conflict; the goal holds the last successful one and the history all of them', async () => {
    const plan = await startPlan();
    const goal = (await clients.ingrid.data<{ addGoal: Plan }>(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Start' } })).addGoal.goals[0]!;
    const sessions = await Promise.all(Array.from({ length: 100 }, () => server().signIn(DEMO_USERNAMES.coordinator)));
    // Each session keeps saving its own text until it gets through, always from the version it last saw.
    const outcomes = await Promise.all(
      sessions.map(async (client, index) => {
        let version = goal.version;
        let conflicts = 0;
        for (;;) {
          const result = await client.gql<{ updateGoal: { goals: Array<{ id: string; version: number }> } }>(UPDATE_GOAL, {
            goalId: goal.id,
            expectedVersion: version,
            input: { description: `Lagret av økt ${index}` },
          });
          if (!result.errors) return { index, conflicts };
          expect(codeOf(result)).toBe('CONFLICT');
          conflicts += 1;
          const stored = await prisma().goal.findUniqueOrThrow({ where: { id: goal.id }, select: { version: true } });
          version = stored.version;
        }
      }),
    );
    expect(outcomes.length).toBe(100);
    expect(outcomes.some((outcome) => outcome.conflicts > 0)).toBe(true);
    const stored = await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } });
    expect(stored.version).toBe(goal.version + 100);
    const history = await prisma().historyEntry.findMany({ where: { entityId: goal.id, action: 'goal.updated' }, orderBy: { entityVersion: 'asc' } });
    expect(history.length).toBe(100);
    expect(history.map((entry) => entry.entityVersion)).toEqual(Array.from({ length: 100 }, (_, i) => goal.version + 1 + i));
    expect(new Set(history.map((entry) => (entry.after as { description: string }).description)).size).toBe(100);
    // The goal holds what the last successful save wrote.
    expect(stored.description).toBe((history.at(-1)!.after as { description: string }).description);
  });
});
