// The hot reads send as many SQL statements for 50 rows as for one: no query per row (N+1),
// and no more than their budget (docs/performance.md). A session's first request reads it (one
// statement); later ones find it in the cache, so `me` sends none; a plan read at most 5 in all,
// the coordinator's review of a plan (history, comments, legal check) at most 8, KE's inbox at
// most 4, KE's case page at most 8 and its history at most 5; a person's meetings and one meeting
// at most 8 each, the viewer's tasks at most 6.
// Each test builds its rows in a municipality of its own, counts the statements of the web
// app's operation at N = 1, adds 49 rows, and counts again.
import { randomUUID } from 'node:crypto';
import { LIFE_PHASE_CHECKLISTS, type LifePhaseName } from '@samhandling/shared';
import type { Db } from './lib/db';
import { webDocument, type WebOperation } from './scripts/bench/web-documents';
import { countStatements } from './test-support/statements';
import { useTestServer } from './test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();

const MANY = 50;
const counted: Array<{ operation: string; one: number; many: number; firstRequest: number }> = [];

afterAll(() => {
  const lines = counted.map(
    ({ operation, one, many, firstRequest }) =>
      `${operation.padEnd(36)} ${String(one).padStart(6)} ${String(many).padStart(7)} ${String(firstRequest).padStart(14)}`,
  );
  console.log(`SQL statements per operation\n${'operation'.padEnd(36)}  N = 1  N = ${MANY}  first request\n${lines.join('\n')}`);
});

/** A document the web app does not send (yet), with a name for the printout. */
interface OwnDocument {
  name: string;
  document: string;
}

/**
 * The statements of one operation, signed in as the user, as a session's first request sends
 * them (`firstRequest`: the session is read) and as every later one does (`count`: the session is
 * cached). Fails on any GraphQL error.
 */
async function statementsOf(username: string, operation: WebOperation | OwnDocument, variables: Record<string, unknown> = {}) {
  const client = await server().signIn(username);
  const [name, document] = typeof operation === 'string' ? [operation, webDocument(operation)] : [operation.name, operation.document];
  const send = async () => {
    const result = await countStatements<Record<string, any>>(server(), client.cookie, document, variables);
    if (result.response.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.response.errors)}`);
    return result;
  };
  const first = await send();
  const later = await send();
  expect(first.count).toBe(later.count + 1);
  return { count: later.count, firstRequest: first.count, statements: later.statements, data: later.response.data! };
}

/** Counts at N = 1 and N = 50 and records them for the printout; the test asserts equality. */
async function countAtOneAndMany<T extends { count: number; firstRequest: number }>(operation: string, measure: () => Promise<T>, addRows: () => Promise<void>) {
  const one = await measure();
  await addRows();
  const many = await measure();
  counted.push({ operation, one: one.count, many: many.count, firstRequest: many.firstRequest });
  return { one, many };
}

// --- Rows, written straight to the database.

interface Tenant {
  municipalityId: string;
  unitId: string;
  prefix: string;
}

const prisma = () => server().database.prisma as Db;
const IN_TEN_DAYS = () => new Date(Date.now() + 10 * 86_400_000);

let municipalityNumber = 9900;

async function createTenant(prefix: string): Promise<Tenant> {
  municipalityNumber += 1;
  const municipality = await prisma().municipality.create({ data: { name: `${prefix} kommune`, number: String(municipalityNumber) } });
  const unit = await prisma().unit.create({
    data: { municipalityId: municipality.id, name: `${prefix} hjemmetjeneste`, kind: 'HOME_CARE' },
  });
  return { municipalityId: municipality.id, unitId: unit.id, prefix };
}

async function createStaff(tenant: Tenant, name: string, roles: Array<'SYSTEM_COORDINATOR' | 'COORDINATOR' | 'UNIT_LEADER'>) {
  const username = `${tenant.prefix}.${name}`;
  const user = await prisma().user.create({
    data: { municipalityId: tenant.municipalityId, username, name: `${name} ${tenant.prefix}`, kind: 'STAFF', roles, employer: 'MUNICIPALITY' },
  });
  await prisma().staffUnit.create({ data: { municipalityId: tenant.municipalityId, userId: user.id, unitId: tenant.unitId } });
  return { id: user.id, username };
}

async function createPersons(tenant: Tenant, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await prisma().person.createMany({
    data: ids.map((id, i) => ({
      id,
      municipalityId: tenant.municipalityId,
      firstName: `Person${i}`,
      lastName: tenant.prefix,
      dateOfBirth: new Date(Date.UTC(1960 + (i % 50), i % 12, 1 + (i % 28))),
    })),
  });
  return ids;
}

/** Persons the coordinator follows, each with an active plan, one open measure and a planned meeting. */
async function createFollowedPersons(tenant: Tenant, coordinatorId: string, count: number): Promise<Array<{ personId: string; planId: string }>> {
  const personIds = await createPersons(tenant, count);
  const { municipalityId, unitId } = tenant;
  await prisma().coordinatorAssignment.createMany({
    data: personIds.map((personId) => ({ municipalityId, personId, coordinatorId, unitId, startDate: new Date('2024-01-01') })),
  });
  const plans = personIds.map((personId) => ({ personId, planId: randomUUID() }));
  await prisma().individualPlan.createMany({
    data: plans.map(({ personId, planId }) => ({
      id: planId,
      municipalityId,
      personId,
      status: 'ACTIVE' as const,
      periodStart: new Date('2024-01-01'),
      periodEnd: new Date('2030-01-01'),
      nextRevisionDate: new Date('2029-06-01'),
      whatIsImportant: 'Å klare meg selv hjemme.',
    })),
  });
  await prisma().meeting.createMany({
    data: plans.map(({ personId, planId }) => ({ municipalityId, personId, planId, type: 'COORDINATION' as const, startsAt: IN_TEN_DAYS(), location: 'Rådhuset' })),
  });
  for (const { planId } of plans) await addGoalsAndMeasures(tenant, planId, 1, coordinatorId);
  return plans;
}

/** Goals with one measure each; responsibility alternates between a user and a unit. */
async function addGoalsAndMeasures(tenant: Tenant, planId: string, count: number, responsibleUserId: string) {
  const { municipalityId, unitId } = tenant;
  const goalIds = Array.from({ length: count }, () => randomUUID());
  await prisma().goal.createMany({
    data: goalIds.map((id, i) => ({
      id,
      municipalityId,
      planId,
      kind: i % 2 === 0 ? ('LONG_TERM' as const) : ('SHORT_TERM' as const),
      lifeArea: 'HEALTH' as const,
      description: `Mål ${i}`,
      sortOrder: i,
    })),
  });
  await prisma().measure.createMany({
    data: goalIds.map((goalId, i) => ({
      municipalityId,
      planId,
      goalId,
      description: `Tiltak ${i}`,
      ...(i % 2 === 0 ? { responsibleUserId } : { responsibleUnitId: unitId }),
      dueDate: new Date(Date.UTC(2027, 0, 1 + i)),
    })),
  });
}

async function createReferrals(tenant: Tenant, count: number) {
  const personIds = await createPersons(tenant, count);
  await prisma().referral.createMany({
    data: personIds.map((personId, i) => ({
      municipalityId: tenant.municipalityId,
      personId,
      sourceKind: 'GP' as const,
      sourceName: `Lege ${i}`,
      channel: 'WRITTEN' as const,
      requested: 'BOTH' as const,
      needDescription: 'Trenger koordinator.',
      consentToRefer: true,
      consentForm: 'WRITTEN' as const,
      receivedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    })),
  });
}

// --- The counter, and the operations.

it("the counter sees every statement, a transaction's BEGIN and COMMIT included, and none after it stops", async () => {
  const { database } = server();
  const seen: string[] = [];
  const stop = database.statements.listen((sql) => seen.push(sql));
  await database.prisma.$transaction(async (tx) => {
    await tx.municipality.count();
    await tx.user.count();
  });
  await database.sql.query('SELECT 1');
  stop();
  await database.sql.query('SELECT 2');
  expect(seen.map((sql) => sql.trim().split(/\s+/)[0]!.toUpperCase())).toEqual(['BEGIN', 'SELECT', 'SELECT', 'COMMIT', 'SELECT']);
});

it('me: the same statements for a user in one unit and in 50', async () => {
  const tenant = await createTenant('stmtme');
  const user = await createStaff(tenant, 'ke', ['SYSTEM_COORDINATOR']);
  const { one, many } = await countAtOneAndMany(
    'me (units)',
    () => statementsOf(user.username, 'Me'),
    async () => {
      const units = Array.from({ length: MANY - 1 }, (_, i) => ({ id: randomUUID(), municipalityId: tenant.municipalityId, name: `Enhet ${i}`, kind: 'OTHER' as const }));
      await prisma().unit.createMany({ data: units });
      await prisma().staffUnit.createMany({ data: units.map((unit) => ({ municipalityId: tenant.municipalityId, userId: user.id, unitId: unit.id })) });
    },
  );
  expect(many.count).toBe(one.count);
  expect(one.firstRequest).toBeLessThanOrEqual(1);
  expect(one.count).toBe(0);
});

it.each([
  ['the citizen', 'citizen'],
  ['the coordinator', 'coordinator'],
] as const)('plan read by %s: the same statements for 1 goal and measure and for 50', async (_who, viewer) => {
  const tenant = await createTenant(`stmtplan${viewer}`);
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const [{ personId, planId }] = (await createFollowedPersons(tenant, coordinator.id, 1)) as [{ personId: string; planId: string }];
  let username = coordinator.username;
  if (viewer === 'citizen') {
    username = `${tenant.prefix}.borger`;
    await prisma().user.create({
      data: { municipalityId: tenant.municipalityId, username, name: 'Borger', kind: 'CITIZEN', roles: ['CITIZEN'], personId },
    });
  }
  const read = async () => {
    const result = await statementsOf(username, 'CitizenPlan', { personId });
    return { ...result, goals: result.data.plan.goals.length as number, measures: result.data.plan.measures.length as number };
  };
  const { one, many } = await countAtOneAndMany(
    `plan (${viewer}; goals, measures)`,
    read,
    () => addGoalsAndMeasures(tenant, planId, MANY - 1, coordinator.id),
  );
  expect([one.goals, one.measures, many.goals, many.measures]).toEqual([1, 1, MANY, MANY]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(6);
});

/** Parts of every kind beside the goals: evaluations, sub-plans, transitions, participants and ticked checklist items. */
async function addPlanParts(tenant: Tenant, planId: string, count: number, checkedById: string) {
  const { municipalityId } = tenant;
  const day = (i: number) => new Date(Date.UTC(2027, 0, 1 + i));
  await prisma().evaluation.createMany({ data: Array.from({ length: count }, (_, i) => ({ municipalityId, planId, scheduledFor: day(i) })) });
  await prisma().subPlan.createMany({
    data: Array.from({ length: count }, (_, i) => ({ municipalityId, planId, kind: 'IOP' as const, title: `Delplan ${i}`, ownerName: `Eier ${i}` })),
  });
  await prisma().planTransition.createMany({ data: Array.from({ length: count }, (_, i) => ({ municipalityId, planId, kind: 'WORK' as const, date: day(i) })) });
  await prisma().planParticipant.createMany({ data: Array.from({ length: count }, (_, i) => ({ municipalityId, planId, kind: 'RELATIVE' as const, name: `Pårørende ${i}` })) });
  const ticked = new Set((await prisma().planChecklistItem.findMany({ where: { planId }, select: { itemKey: true } })).map((row) => row.itemKey));
  const items = Object.entries(LIFE_PHASE_CHECKLISTS).flatMap(([phase, list]) => list.map((item) => ({ phase: phase as LifePhaseName, itemKey: item.key })));
  await prisma().planChecklistItem.createMany({
    data: items.filter((item) => !ticked.has(item.itemKey)).slice(0, count).map((item) => ({ municipalityId, planId, ...item, checkedById })),
  });
}

it("the coordinator's editor (PersonPlan): the same statements for 1 of each part and for 50", async () => {
  const tenant = await createTenant('stmteditor');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const [plan] = (await createFollowedPersons(tenant, coordinator.id, 1)) as [{ personId: string; planId: string }];
  await addPlanParts(tenant, plan.planId, 1, coordinator.id);
  const read = async () => {
    const result = await statementsOf(coordinator.username, 'PersonPlan', { personId: plan.personId });
    const { goals, measures, evaluations, subPlans, transitions, checklist } = result.data.plan;
    return { ...result, rows: [goals, measures, evaluations, subPlans, transitions, checklist].map((list: unknown[]) => list.length) };
  };
  const { one, many } = await countAtOneAndMany('plan editor (goals, measures, parts)', read, async () => {
    await addGoalsAndMeasures(tenant, plan.planId, MANY - 1, coordinator.id);
    await addPlanParts(tenant, plan.planId, MANY - 1, coordinator.id);
  });
  const items = Object.values(LIFE_PHASE_CHECKLISTS).flat().length;
  expect([one.rows, many.rows]).toEqual([
    [1, 1, 1, 1, 1, 1],
    [MANY, MANY, MANY, MANY, MANY, Math.min(MANY, items)],
  ]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(8);
});

// The coordinator's review of a plan: its history, each goal's and measure's history and comments,
// the unanswered count and the legal check (computed from the plan as read, no statement of its own).
const PLAN_REVIEW: OwnDocument = {
  name: 'PlanReview',
  document: `query PlanReview($personId: ID!) {
    plan(personId: $personId) {
      id unansweredComments
      history { id action entity entityVersion actorName actorRole at changes { field before after } }
      legalContent { item satisfied problems { code goalId measureId } }
      goals { id description history { id action entityVersion changes { field before after } } comments { id kind body authorName author createdAt answeredAt } }
      measures { id description history { id action entityVersion } }
    }
  }`,
};

/** For each goal and measure of the plan without them: a change in the history, and on each goal a comment and an answer. */
async function addReviewRows(tenant: Tenant, plan: { personId: string; planId: string }, citizenId: string, coordinatorId: string) {
  const { municipalityId } = tenant;
  const [goals, measures] = await Promise.all([
    prisma().goal.findMany({ where: { planId: plan.planId, comments: { none: {} } }, select: { id: true, description: true } }),
    prisma().measure.findMany({ where: { planId: plan.planId }, select: { id: true, description: true } }),
  ]);
  const known = new Set((await prisma().historyEntry.findMany({ where: { planId: plan.planId }, select: { entityId: true } })).map((row) => row.entityId));
  const changed = [...goals.map((goal) => ({ ...goal, entity: 'Goal' })), ...measures.map((measure) => ({ ...measure, entity: 'Measure' }))].filter(
    (row) => !known.has(row.id),
  );
  await prisma().historyEntry.createMany({
    data: changed.map((row, i) => ({
      municipalityId,
      personId: plan.personId,
      planId: plan.planId,
      entity: row.entity,
      entityId: row.id,
      entityVersion: 2,
      action: row.entity === 'Goal' ? 'goal.updated' : 'measure.updated',
      actorId: coordinatorId,
      actorRole: 'COORDINATOR' as const,
      at: new Date(Date.UTC(2026, 0, 2, 0, i)),
      before: { description: `${row.description} før` },
      after: { description: row.description },
    })),
  });
  await prisma().goalComment.createMany({
    data: goals.flatMap((goal, i) => [
      { municipalityId, planId: plan.planId, goalId: goal.id, kind: 'SUGGESTION' as const, body: 'Forslag', authorId: citizenId, createdAt: new Date(Date.UTC(2026, 0, 3, 0, i)), answeredAt: new Date(Date.UTC(2026, 0, 4, 0, i)) },
      { municipalityId, planId: plan.planId, goalId: goal.id, kind: 'ANSWER' as const, body: 'Svar', authorId: coordinatorId, createdAt: new Date(Date.UTC(2026, 0, 4, 0, i)) },
      { municipalityId, planId: plan.planId, goalId: goal.id, kind: 'COMMENT' as const, body: 'Kommentar', authorId: citizenId, createdAt: new Date(Date.UTC(2026, 0, 5, 0, i)) },
    ]),
  });
}

it("plan review by the coordinator: the same statements for 1 goal and measure and for 50, with history, comments and the legal check", async () => {
  const tenant = await createTenant('stmtreview');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const [plan] = (await createFollowedPersons(tenant, coordinator.id, 1)) as [{ personId: string; planId: string }];
  const citizen = await prisma().user.create({
    data: { municipalityId: tenant.municipalityId, username: `${tenant.prefix}.borger`, name: 'Borger', kind: 'CITIZEN', roles: ['CITIZEN'], personId: plan.personId },
  });
  await addReviewRows(tenant, plan, citizen.id, coordinator.id);
  const read = async () => {
    const result = await statementsOf(coordinator.username, PLAN_REVIEW, { personId: plan.personId });
    const { goals, measures, history, unansweredComments, legalContent } = result.data.plan;
    return {
      ...result,
      rows: [
        goals.length,
        goals.reduce((sum: number, goal: { history: unknown[]; comments: unknown[] }) => sum + goal.history.length + goal.comments.length, 0),
        measures.reduce((sum: number, measure: { history: unknown[] }) => sum + measure.history.length, 0),
        history.length,
        unansweredComments,
        legalContent.length,
      ] as number[],
    };
  };
  const { one, many } = await countAtOneAndMany('plan review (goals, measures)', read, async () => {
    await addGoalsAndMeasures(tenant, plan.planId, MANY - 1, coordinator.id);
    await addReviewRows(tenant, plan, citizen.id, coordinator.id);
  });
  expect([one.rows, many.rows]).toEqual([
    [1, 4, 1, 2, 1, 9],
    [MANY, MANY * 4, MANY, Math.min(MANY * 2, 50), MANY, 9],
  ]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(8);
});

it("myCaseload: the same statements for 1 person and for 50", async () => {
  const tenant = await createTenant('stmtcaseload');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  await createFollowedPersons(tenant, coordinator.id, 1);
  const read = async () => {
    const result = await statementsOf(coordinator.username, 'MyCaseload');
    return { ...result, rows: result.data.myCaseload.length as number };
  };
  const { one, many } = await countAtOneAndMany('myCaseload (persons)', read, async () => {
    await createFollowedPersons(tenant, coordinator.id, MANY - 1);
  });
  expect([one.rows, many.rows]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
});

/** Change forms about the person (closings of plans long gone), submitted by the staff member. */
async function createChangeForms(tenant: Tenant, personId: string, submittedById: string, count: number) {
  await prisma().changeForm.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      municipalityId: tenant.municipalityId,
      personId,
      kind: 'CLOSING_INDIVIDUAL_PLAN' as const,
      reason: `Grunn ${i}`,
      effectiveDate: new Date(Date.UTC(2025, 0, 1 + i)),
      submittedById,
      submittedAt: new Date(Date.UTC(2025, 0, 1 + i)),
    })),
  });
}

it("the change form page: the same statements for 1 earlier form and candidate and for 50", async () => {
  const tenant = await createTenant('stmtchange');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const { personId } = (await createFollowedPersons(tenant, coordinator.id, 1))[0]!;
  await createChangeForms(tenant, personId, coordinator.id, 1);
  const read = async () => {
    const result = await statementsOf(coordinator.username, 'ChangeFormSubject', { personId });
    const subject = result.data.changeFormSubject;
    return { ...result, rows: [subject.forms.length, subject.candidates.length] };
  };
  const { one, many } = await countAtOneAndMany('changeFormSubject (forms, candidates)', read, async () => {
    await createChangeForms(tenant, personId, coordinator.id, MANY - 1);
    for (let i = 1; i < MANY; i += 1) await createStaff(tenant, `kandidat${i}`, ['COORDINATOR']);
  });
  expect([one.rows, many.rows]).toEqual([[1, 1], [MANY, MANY]]);
  expect(many.count).toBe(one.count);
});

it("KE's change forms waiting and the unit leader's assignments: the same statements for 1 and for 50", async () => {
  const tenant = await createTenant('stmtforms');
  const ke = await createStaff(tenant, 'ke', ['SYSTEM_COORDINATOR']);
  const leader = await createStaff(tenant, 'leder', ['UNIT_LEADER']);
  await prisma().unit.update({ where: { id: tenant.unitId }, data: { leaderId: leader.id } });
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const persons = await createFollowedPersons(tenant, coordinator.id, 1);
  await createChangeForms(tenant, persons[0]!.personId, coordinator.id, 1);
  const readForms = async () => {
    const result = await statementsOf(ke.username, 'UnregisteredChangeForms');
    return { ...result, rows: result.data.unregisteredChangeForms.length as number };
  };
  const readUnits = async () => {
    const result = await statementsOf(leader.username, 'MyUnits');
    return { ...result, rows: result.data.myUnits[0].assignments.length as number };
  };
  // Both at one row, then both at 50: one more person with a form and an assignment each.
  const units = { one: await readUnits(), many: undefined as Awaited<ReturnType<typeof readUnits>> | undefined };
  const forms = await countAtOneAndMany('unregisteredChangeForms (forms)', readForms, async () => {
    const more = await createFollowedPersons(tenant, coordinator.id, MANY - 1);
    for (const { personId } of more) await createChangeForms(tenant, personId, coordinator.id, 1);
  });
  units.many = await readUnits();
  counted.push({ operation: 'myUnits (assignments)', one: units.one.count, many: units.many.count, firstRequest: units.many.firstRequest });
  expect([forms.one.rows, forms.many.rows]).toEqual([1, MANY]);
  expect(forms.many.count).toBe(forms.one.count);
  expect([units.one.rows, units.many.rows]).toEqual([1, MANY]);
  expect(units.many.count).toBe(units.one.count);
});

it("KE's referral inbox: the same statements for 1 referral and for 50", async () => {
  const tenant = await createTenant('stmtinbox');
  const ke = await createStaff(tenant, 'ke', ['SYSTEM_COORDINATOR']);
  await createReferrals(tenant, 1);
  const read = async () => {
    // Every status, and a page that holds all 50.
    const result = await statementsOf(ke.username, 'ReferralInbox', { filter: null, first: 100 });
    return { ...result, rows: result.data.referrals.nodes.length as number };
  };
  const { one, many } = await countAtOneAndMany('referrals (referrals)', read, () => createReferrals(tenant, MANY - 1));
  expect([one.rows, many.rows]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(5);
});

/** A referral for a person, received `minutesAgo` minutes before 2026-01-01. */
function referralRow(tenant: Tenant, personId: string, i: number) {
  return {
    municipalityId: tenant.municipalityId,
    personId,
    sourceKind: 'GP' as const,
    sourceName: `Lege ${i}`,
    sourceUnitId: tenant.unitId,
    wishedUnitId: tenant.unitId,
    channel: 'WRITTEN' as const,
    requested: 'BOTH' as const,
    needDescription: 'Trenger koordinator.',
    consentToRefer: true,
    consentForm: 'WRITTEN' as const,
    journalNumber: `2025/${String(i).padStart(4, '0')}`,
    status: 'CLOSED' as const,
    receivedAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
  };
}

/** A person's earlier referrals, coordinators (each their own) and plans: `count` of each. */
async function addEarlierCases(tenant: Tenant, personId: string, count: number, from: number) {
  const { municipalityId, unitId } = tenant;
  const numbers = Array.from({ length: count }, (_, i) => from + i);
  await prisma().referral.createMany({ data: numbers.map((i) => referralRow(tenant, personId, i)) });
  const coordinators = numbers.map((i) => ({ id: randomUUID(), municipalityId, username: `${tenant.prefix}.koordinator${i}`, name: `Koordinator ${i}`, kind: 'STAFF' as const, roles: ['COORDINATOR' as const] }));
  await prisma().user.createMany({ data: coordinators });
  await prisma().coordinatorAssignment.createMany({
    data: coordinators.map((coordinator, i) => ({
      municipalityId,
      personId,
      coordinatorId: coordinator.id,
      unitId,
      startDate: new Date(Date.UTC(2000 + from + i, 0, 1)),
      endDate: new Date(Date.UTC(2000 + from + i, 11, 31)),
    })),
  });
  await prisma().individualPlan.createMany({
    data: numbers.map((i) => ({
      municipalityId,
      personId,
      status: 'CLOSED' as const,
      periodStart: new Date(Date.UTC(2000 + i, 0, 1)),
      periodEnd: new Date(Date.UTC(2000 + i, 11, 31)),
      createdAt: new Date(Date.UTC(2000 + i, 0, 1)),
      closedAt: new Date(Date.UTC(2000 + i, 11, 31)),
    })),
  });
}

/** A case waiting in KE's inbox, for a person of its own. */
async function createCase(tenant: Tenant) {
  const [personId] = (await createPersons(tenant, 1)) as [string];
  const referral = await prisma().referral.create({
    data: { ...referralRow(tenant, personId, 0), journalNumber: '2026/0001', status: 'IN_ASSESSMENT', receivedAt: new Date(Date.UTC(2026, 0, 1)) },
  });
  return { personId, referralId: referral.id };
}

it("KE's case page: the same statements for a person with 1 earlier referral, coordinator and plan and with 50", async () => {
  const tenant = await createTenant('stmtcase');
  const ke = await createStaff(tenant, 'ke', ['SYSTEM_COORDINATOR']);
  const { personId, referralId } = await createCase(tenant);
  await addEarlierCases(tenant, personId, 1, 1);
  const read = async () => {
    const result = await statementsOf(ke.username, 'CasePage', { id: referralId });
    const { person } = result.data.referral;
    return { ...result, rows: [person.referrals.length, person.coordinatorHistory.length, person.plans.length] as number[] };
  };
  const { one, many } = await countAtOneAndMany('referral (earlier cases)', read, () =>
    addEarlierCases(tenant, personId, MANY - 1, 2),
  );
  expect([one.rows, many.rows]).toEqual([
    [2, 1, 1],
    [MANY + 1, MANY, MANY],
  ]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(8);
});

it("KE's case history: the same statements for 1 history entry and for 50", async () => {
  const tenant = await createTenant('stmthistory');
  const ke = await createStaff(tenant, 'ke', ['SYSTEM_COORDINATOR']);
  const { personId, referralId } = await createCase(tenant);
  // Each entry by an actor of its own, with a change to a field.
  const addEntries = async (count: number, from: number) => {
    const actors = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), municipalityId: tenant.municipalityId, username: `${tenant.prefix}.ke${from + i}`, name: `KE ${from + i}`, kind: 'STAFF' as const, roles: ['SYSTEM_COORDINATOR' as const] }));
    await prisma().user.createMany({ data: actors });
    await prisma().historyEntry.createMany({
      data: actors.map((actor, i) => ({
        municipalityId: tenant.municipalityId,
        personId,
        referralId,
        entity: 'Referral',
        entityId: referralId,
        action: 'referral.statusChanged',
        actorId: actor.id,
        actorRole: 'SYSTEM_COORDINATOR' as const,
        at: new Date(Date.UTC(2026, 0, 2, 0, from + i)),
        before: { status: 'RECEIVED' },
        after: { status: 'IN_ASSESSMENT', note: { step: from + i } },
      })),
    });
  };
  await addEntries(1, 0);
  const read = async () => {
    const result = await statementsOf(ke.username, 'CaseHistory', { id: referralId });
    return { ...result, rows: result.data.referral.history.length as number };
  };
  const { one, many } = await countAtOneAndMany('referral (history)', read, () => addEntries(MANY - 1, 1));
  expect([one.rows, many.rows]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(5);
});

it("the sent mail page: the same statements for 1 mail and for 50", async () => {
  const tenant = await createTenant('stmtmail');
  const ke = await createStaff(tenant, 'ke', ['SYSTEM_COORDINATOR']);
  const senders = [await createStaff(tenant, 'koordinator', ['COORDINATOR'])];
  const persons = await createPersons(tenant, MANY);
  // Each mail about a person of its own, every other by a sender of its own.
  const addMails = async (from: number, count: number) => {
    for (let i = from; i < from + count; i += 1) if (i % 2 === 0 && i > 0) senders.push(await createStaff(tenant, `sender${i}`, ['COORDINATOR']));
    await prisma().outboxMail.createMany({
      data: Array.from({ length: count }, (_, k) => ({
        municipalityId: tenant.municipalityId,
        kind: 'INVITATION' as const,
        personId: persons[from + k]!,
        createdById: senders[senders.length - 1]!.id,
        toAddress: `mottaker${from + k}@example.no`,
        subject: `Invitasjon ${from + k}`,
        textBody: 'Du er invitert.',
        ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        messageId: `<${randomUUID()}@stmt>`,
      })),
    });
  };
  await addMails(0, 1);
  const document = {
    name: 'SentMail',
    document: 'query { sentMail(first: 50) { totalCount hasMore nextCursor entries { id subject to status hasCalendar senderName meetingId } } }',
  };
  const read = async () => {
    const result = await statementsOf(ke.username, document);
    return { ...result, rows: result.data.sentMail.entries.length as number };
  };
  const { one, many } = await countAtOneAndMany('sentMail (mails)', read, () => addMails(1, MANY - 1));
  expect([one.rows, many.rows]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
});

/** An active group for each person, resting on a written group consent, with the coordinator in it. */
async function createGroups(tenant: Tenant, coordinatorId: string, plans: Array<{ personId: string; planId: string }>) {
  const { municipalityId } = tenant;
  const consents = plans.map(() => randomUUID());
  await prisma().consent.createMany({
    data: plans.map(({ personId }, i) => ({
      id: consents[i]!,
      municipalityId,
      personId,
      scope: 'RESPONSIBILITY_GROUP' as const,
      form: 'WRITTEN' as const,
      givenAt: new Date('2024-01-01'),
      informedOfComposition: true,
      informedOfWayOfWorking: true,
      informedOfInformationExchange: true,
    })),
  });
  const groups = plans.map(() => randomUUID());
  await prisma().responsibilityGroup.createMany({
    data: plans.map(({ personId, planId }, i) => ({
      id: groups[i]!,
      municipalityId,
      personId,
      planId,
      consentId: consents[i]!,
      // Established long ago: the need review is overdue, so each group is listed as due.
      establishedAt: new Date('2024-01-01'),
      wishedByPerson: true,
    })),
  });
  await prisma().groupMember.createMany({ data: groups.map((groupId) => ({ municipalityId, groupId, userId: coordinatorId, unitId: tenant.unitId, roleInGroup: 'Koordinator' })) });
  return groups;
}

it("the coordinator's group page: the same statements for 1 member and for 50", async () => {
  const tenant = await createTenant('stmtgroup');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const plans = await createFollowedPersons(tenant, coordinator.id, 1);
  const [groupId] = (await createGroups(tenant, coordinator.id, plans)) as [string];
  const personId = plans[0]!.personId;
  // Relatives and outside members by turns (the coordinator is the first member).
  const addMembers = async (from: number, count: number) => {
    const relatives = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), municipalityId: tenant.municipalityId, personId, name: `Pårørende ${from + i}`, relation: 'OTHER' as const }));
    await prisma().relative.createMany({ data: relatives });
    await prisma().groupMember.createMany({
      data: relatives.map((relative, i) => ({
        municipalityId: tenant.municipalityId,
        groupId,
        ...((from + i) % 2 === 0 ? { relativeId: relative.id } : { externalName: `Ekstern ${from + i}`, organisation: 'Dagsenteret' }),
        roleInGroup: 'Medlem',
      })),
    });
  };
  const read = async () => {
    const result = await statementsOf(coordinator.username, 'GroupPage', { personId });
    return { ...result, rows: result.data.group.group.members.length as number };
  };
  const { one, many } = await countAtOneAndMany('group (members)', read, () => addMembers(1, MANY - 1));
  expect([one.rows, many.rows]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(6);
});

it('the reviews due on the homes: the same statements for 1 group and for 50', async () => {
  const tenant = await createTenant('stmtreviews');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  await createGroups(tenant, coordinator.id, await createFollowedPersons(tenant, coordinator.id, 1));
  const read = async () => {
    const result = await statementsOf(coordinator.username, 'GroupReviewsDue');
    return { ...result, rows: result.data.groupReviewsDue.length as number };
  };
  const { one, many } = await countAtOneAndMany('groupReviewsDue (groups)', read, async () => {
    await createGroups(tenant, coordinator.id, await createFollowedPersons(tenant, coordinator.id, MANY - 1));
  });
  expect([one.rows, many.rows]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
});

// --- Meetings: a person's meetings, one meeting, and the viewer's tasks.

const MEETING_FIELDS = `id type status startsAt location version canManage canWriteMinutes myAnswer
  invitees { id kind name answer present isCoordinator email }
  agenda { id position title goalId measureId notes conclusion invitees { id name } actionItems { id description responsibleName } }
  actionItems { id description responsibleName goalId goalDescription overdue }
  minutes { nextMeetingTopic distribution finalisedByName missingParts }`;

const PERSON_MEETINGS: OwnDocument = {
  name: 'PersonMeetings',
  document: `query PersonMeetings($personId: ID!) {
    meetings(personId: $personId) {
      person { id name } canPlan agendaNoticeDays groupMeetingMinutes
      inviteeCandidates { kind name isMember isCoordinator hasEmail }
      upcoming { ${MEETING_FIELDS} }
      past { ${MEETING_FIELDS} }
    }
  }`,
};

const ONE_MEETING: OwnDocument = { name: 'Meeting', document: `query Meeting($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }` };

const MY_TASKS: OwnDocument = {
  name: 'MyTasks',
  document: 'query MyTasks { myTasks { id description dueDate overdue person { id name } goalId goalDescription responsibleName canMarkDone version } }',
};

/**
 * Meetings of the person (planned, one a month from now on), each with `rows` agenda items on the
 * plan's goal and measure, invitees and action items of the coordinator's under the goal.
 */
async function addMeetings(tenant: Tenant, plan: { personId: string; planId: string }, coordinatorId: string, meetings: number, rows: number, options: { finalised?: boolean } = {}) {
  const { municipalityId } = tenant;
  const goal = await prisma().goal.findFirstOrThrow({ where: { planId: plan.planId }, select: { id: true, measures: { select: { id: true }, take: 1 } } });
  const ids = Array.from({ length: meetings }, () => randomUUID());
  const base = await prisma().meeting.count({ where: { personId: plan.personId } });
  await prisma().meeting.createMany({
    data: ids.map((id, i) => ({
      id,
      municipalityId,
      personId: plan.personId,
      planId: plan.planId,
      type: 'COOPERATION' as const,
      startsAt: new Date(Date.now() + (base + i + 1) * 30 * 86_400_000),
      location: 'Rådhuset',
      createdById: coordinatorId,
      chairId: coordinatorId,
      minuteTakerId: coordinatorId,
      ...(options.finalised ? { minutesFinalisedAt: new Date(), minutesFinalisedById: coordinatorId } : {}),
    })),
  });
  await addMeetingRows(tenant, ids, coordinatorId, rows, goal.id, goal.measures[0]!.id);
  return ids;
}

async function addMeetingRows(tenant: Tenant, meetingIds: string[], coordinatorId: string, rows: number, goalId: string, measureId: string) {
  const { municipalityId } = tenant;
  for (const meetingId of meetingIds) {
    const from = await prisma().agendaItem.count({ where: { meetingId } });
    const items = Array.from({ length: rows }, (_, i) => ({ id: randomUUID(), position: from + i + 1 }));
    await prisma().agendaItem.createMany({
      data: items.map((item, i) => ({ ...item, municipalityId, meetingId, title: `Sak ${item.position}`, goalId, measureId: i % 2 === 0 ? measureId : null })),
    });
    await prisma().meetingAttendance.createMany({
      data: items.map((item, i) => ({ municipalityId, meetingId, ...(i === 0 && from === 0 ? { userId: coordinatorId } : { externalName: `Gjest ${item.position}`, agendaItemId: item.id }) })),
    });
    await prisma().actionItem.createMany({
      data: items.map((item) => ({ municipalityId, meetingId, agendaItemId: item.id, description: `Oppgave ${item.position}`, responsibleUserId: coordinatorId, goalId, dueDate: new Date(Date.UTC(2027, 0, item.position)) })),
    });
  }
}

it("a person's meetings: the same statements for 1 meeting (1 item, invitee and action item) and for 50 meetings", async () => {
  const tenant = await createTenant('stmtmeetings');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const [plan] = (await createFollowedPersons(tenant, coordinator.id, 1)) as [{ personId: string; planId: string }];
  await prisma().meeting.deleteMany({ where: { personId: plan.personId } });
  await addMeetings(tenant, plan, coordinator.id, 1, 1);
  const read = async () => {
    const result = await statementsOf(coordinator.username, PERSON_MEETINGS, { personId: plan.personId });
    return { ...result, meetings: result.data.meetings.upcoming.length as number };
  };
  const { one, many } = await countAtOneAndMany('meetings (meetings, agenda, invitees)', read, async () => {
    await addMeetings(tenant, plan, coordinator.id, MANY - 1, 1);
  });
  expect([one.meetings, many.meetings]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(8);
});

it('one meeting: the same statements for 1 agenda item, invitee and action item and for 50 of each', async () => {
  const tenant = await createTenant('stmtmeeting');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const [plan] = (await createFollowedPersons(tenant, coordinator.id, 1)) as [{ personId: string; planId: string }];
  const [meetingId] = (await addMeetings(tenant, plan, coordinator.id, 1, 1)) as [string];
  const read = async () => {
    const result = await statementsOf(coordinator.username, ONE_MEETING, { id: meetingId });
    const { agenda, invitees, actionItems } = result.data.meeting;
    return { ...result, rows: [agenda.length, invitees.length, actionItems.length] };
  };
  const { one, many } = await countAtOneAndMany('meeting (agenda, invitees, action items)', read, async () => {
    const goal = await prisma().goal.findFirstOrThrow({ where: { planId: plan.planId }, select: { id: true, measures: { select: { id: true }, take: 1 } } });
    await addMeetingRows(tenant, [meetingId], coordinator.id, MANY - 1, goal.id, goal.measures[0]!.id);
  });
  expect([one.rows, many.rows]).toEqual([
    [1, 1, 1],
    [MANY, MANY, MANY],
  ]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(8);
});

it('myTasks: the same statements for 1 action item and for 50, of 50 persons', async () => {
  const tenant = await createTenant('stmttasks');
  const coordinator = await createStaff(tenant, 'koordinator', ['COORDINATOR']);
  const plans = await createFollowedPersons(tenant, coordinator.id, MANY);
  await addMeetings(tenant, plans[0]!, coordinator.id, 1, 1, { finalised: true });
  const read = async () => {
    const result = await statementsOf(coordinator.username, MY_TASKS);
    return { ...result, tasks: result.data.myTasks.length as number };
  };
  const { one, many } = await countAtOneAndMany('myTasks (action items, persons)', read, async () => {
    for (const plan of plans.slice(1)) await addMeetings(tenant, plan, coordinator.id, 1, 1, { finalised: true });
  });
  expect([one.tasks, many.tasks]).toEqual([1, MANY]);
  expect(many.count).toBe(one.count);
  expect(many.firstRequest).toBeLessThanOrEqual(6);
});
