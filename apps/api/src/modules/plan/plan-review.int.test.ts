// Reviewing the individual plan over HTTP against a real database: the history of the plan and of
// each goal and measure (newest first, for the coordinator only), restoring an earlier version
// (a new version itself, CONFLICT from a stale one), the check of the plan's legal content (a
// bare plan, a complete one, and the problems that name a goal or measure), and the comments on
// goals (the person and the guardian comment, the coordinator answers; the unanswered counts on
// the plan and the caseload; nobody else).
import { catalogs } from '@samhandling/shared';
import { DEMO_FACTS, DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson } from '../../test-support/cases';
import { asDate, dayFromToday as day } from '../../test-support/dates';
import { useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

let municipalityId: string;
const users = {} as Record<'ingrid', string>;
const clients = {} as Record<'ke' | 'ingrid' | 'lars' | 'sofie' | 'gp', ApiClient>;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  users.ingrid = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } })).id;
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.sofie = await server().signIn(DEMO_USERNAMES.citizen);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
});

let serial = 0;

interface Person {
  id: string;
  /** The person's own citizen user. */
  self: ApiClient;
  /** A guardian's citizen user. */
  guardian: ApiClient;
}

/** A person with a decision granting a plan, Ingrid as coordinator, their own user and a guardian with a user. */
async function makePerson(): Promise<Person> {
  serial += 1;
  const firstName = `Gjennomgang${serial}`;
  const id = await makePlanPerson(prisma(), { firstName, lastName: 'Plansen', age: 16 });
  const self = await prisma().user.create({
    data: { municipalityId, username: `gjennomgang${serial}.borger`, name: `${firstName} Plansen`, kind: 'CITIZEN', roles: ['CITIZEN'], personId: id },
  });
  const guardian = await prisma().user.create({
    data: { municipalityId, username: `gjennomgang${serial}.verge`, name: `Verge${serial} Plansen`, kind: 'CITIZEN', roles: ['CITIZEN'] },
  });
  await prisma().relative.create({
    data: { municipalityId, personId: id, name: guardian.name, relation: 'PARENT', isGuardian: true, userId: guardian.id },
  });
  return { id, self: await server().signIn(self.username), guardian: await server().signIn(guardian.username) };
}

type Change = { field: string; before: string | null; after: string | null };
type Entry = { id: string; action: string; entity: string; entityId: string; entityVersion: number | null; actorName: string; actorRole: string; changes: Change[] };
type Problem = { code: string; goalId: string | null; measureId: string | null };
type Finding = { item: string; satisfied: boolean; problems: Problem[] };
type Comment = { id: string; kind: string; body: string; authorName: string; author: string; answeredAt: string | null };
type Plan = {
  id: string;
  version: number;
  whatIsImportant: string | null;
  dreams: string | null;
  unansweredComments: number;
  lifeAreas: Array<{ id: string; area: string; situation: string | null; version: number }>;
  participants: Array<{ id: string; kind: string; name: string; contribution: string | null; version: number }>;
  goals: Array<{ id: string; kind: string; description: string; status: string; version: number; history: Entry[]; comments: Comment[] }>;
  measures: Array<{ id: string; description: string; scope: string | null; status: string; version: number; history: Entry[] }>;
  history: Entry[];
  legalContent: Finding[];
};

const ENTRY = 'id action entity entityId entityVersion actorName actorRole at changes { field before after }';
const PLAN_FIELDS = `
  id version whatIsImportant dreams unansweredComments
  lifeAreas { id area situation version }
  participants { id kind name contribution version }
  goals { id kind description status version history { ${ENTRY} } comments { id kind body authorName author createdAt answeredAt } }
  measures { id description scope status version history { ${ENTRY} } }
  history { ${ENTRY} }
  legalContent { item satisfied problems { code goalId measureId } }
`;
const PLAN = `query ($personId: ID!) { plan(personId: $personId) { ${PLAN_FIELDS} } }`;
const PLAN_FIRST = `query ($personId: ID!, $first: Int!) { plan(personId: $personId) { history(first: $first) { action entityVersion } } }`;
const CREATE = `mutation ($personId: ID!) { createPlan(personId: $personId) { ${PLAN_FIELDS} } }`;
const CONSENT = `mutation ($planId: ID!, $on: LocalDate!) { registerPlanConsent(planId: $planId, input: { form: WRITTEN, givenAt: $on }) { ${PLAN_FIELDS} } }`;
const SECTIONS = `mutation ($planId: ID!, $expectedVersion: Int!, $input: PlanSectionsInput!) {
  updatePlanSections(planId: $planId, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const LIFE_AREA = `mutation ($planId: ID!, $expectedVersion: Int!, $input: LifeAreaInput!) {
  saveLifeArea(planId: $planId, area: HEALTH, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const ADD_GOAL = `mutation ($planId: ID!, $input: GoalInput!) { addGoal(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_GOAL = `mutation ($goalId: ID!, $expectedVersion: Int!, $input: GoalInput!) {
  updateGoal(goalId: $goalId, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const REMOVE_GOAL = `mutation ($id: ID!, $expectedVersion: Int!) { removeGoal(id: $id, expectedVersion: $expectedVersion) { id } }`;
const REORDER = `mutation ($planId: ID!, $goalIds: [ID!]!) { reorderGoals(planId: $planId, kind: LONG_TERM, goalIds: $goalIds) { id } }`;
const ADD_MEASURE = `mutation ($planId: ID!, $input: MeasureInput!) { addMeasure(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_MEASURE = `mutation ($measureId: ID!, $expectedVersion: Int!, $input: MeasureInput!) {
  updateMeasure(measureId: $measureId, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const ADD_PARTICIPANT = `mutation ($planId: ID!, $input: ParticipantInput!) { addParticipant(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE_PARTICIPANT = `mutation ($participantId: ID!, $expectedVersion: Int!, $input: ParticipantInput!) {
  updateParticipant(participantId: $participantId, expectedVersion: $expectedVersion, input: $input) { ${PLAN_FIELDS} }
}`;
const RESTORE = `mutation ($historyEntryId: ID!, $expectedVersion: Int!) {
  restoreVersion(historyEntryId: $historyEntryId, expectedVersion: $expectedVersion) { ${PLAN_FIELDS} }
}`;
const COMMENT = `mutation ($goalId: ID!, $kind: CommentKind!, $body: String!) { commentOnGoal(goalId: $goalId, kind: $kind, body: $body) { ${PLAN_FIELDS} } }`;
const ANSWER = `mutation ($goalId: ID!, $body: String!) { answerGoalComments(goalId: $goalId, body: $body) { ${PLAN_FIELDS} } }`;
const CASELOAD = 'query { myCaseload { person { id } unansweredComments } }';

const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

async function startPlan(person?: Person): Promise<{ person: Person; plan: Plan }> {
  const owner = person ?? (await makePerson());
  const { createPlan } = await clients.ingrid.data<{ createPlan: Plan }>(CREATE, { personId: owner.id });
  return { person: owner, plan: createPlan };
}

const readPlan = async (client: ApiClient, personId: string) => (await client.data<{ plan: Plan }>(PLAN, { personId })).plan;

/** Runs a mutation as the coordinator and gives the plan it answers with. */
async function edit(document: string, variables: Record<string, unknown>): Promise<Plan> {
  const data = await clients.ingrid.data<Record<string, Plan>>(document, variables);
  return Object.values(data)[0]!;
}

const sofieId = async () => (await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen })).id;

describe('the history', () => {
  it('lists every change to the plan newest first, and each goal and measure its own, with who, what and the version', async () => {
    const { person, plan } = await startPlan();
    let after = await edit(SECTIONS, { planId: plan.id, expectedVersion: plan.version, input: { whatIsImportant: 'Å gå på skolen.' } });
    after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Fullføre ungdomsskolen' } });
    const goal = after.goals[0]!;
    after = await edit(UPDATE_GOAL, { goalId: goal.id, expectedVersion: goal.version, input: { description: 'Fullføre ungdomsskolen med vitnemål' } });
    after = await edit(ADD_MEASURE, { planId: plan.id, input: { goalId: goal.id, description: 'Leksehjelp', responsibleText: 'Skolen' } });
    const measure = after.measures[0]!;
    after = await edit(UPDATE_MEASURE, { measureId: measure.id, expectedVersion: measure.version, input: { scope: 'To timer i uka' } });

    const read = await readPlan(clients.ingrid, person.id);
    expect(read.history.map((entry) => [entry.action, entry.entityVersion])).toEqual([
      ['measure.updated', 2],
      ['measure.added', 1],
      ['goal.updated', 2],
      ['goal.added', 1],
      ['plan.updated', 2],
      ['plan.created', 1],
    ]);
    expect(new Set(read.history.map((entry) => `${entry.actorName} ${entry.actorRole}`))).toEqual(new Set(['Ingrid Solberg COORDINATOR']));
    expect(read.history[0]).toMatchObject({ entity: 'Measure', entityId: measure.id, changes: [{ field: 'scope', before: null, after: 'To timer i uka' }] });
    expect(read.history[2]!.changes).toEqual([{ field: 'description', before: 'Fullføre ungdomsskolen', after: 'Fullføre ungdomsskolen med vitnemål' }]);
    expect(read.goals[0]!.history.map((entry) => entry.action)).toEqual(['goal.updated', 'goal.added']);
    expect(read.measures[0]!.history.map((entry) => entry.action)).toEqual(['measure.updated', 'measure.added']);
    // The newest first, as many as asked for.
    const { plan: page } = await clients.ingrid.data<{ plan: { history: Entry[] } }>(PLAN_FIRST, { personId: person.id, first: 2 });
    expect(page.history).toEqual([
      { action: 'measure.updated', entityVersion: 2 },
      { action: 'measure.added', entityVersion: 1 },
    ]);
    const tooMany = await clients.ingrid.gql(PLAN_FIRST, { personId: person.id, first: 1000 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('is empty for the person, their guardian and group members; KE does not read the plan', async () => {
    const { person, plan } = await startPlan();
    await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Egen hybel' } });
    for (const client of [person.self, person.guardian]) {
      const read = await readPlan(client, person.id);
      expect(read.goals).toHaveLength(1);
      expect([read.history, read.goals[0]!.history]).toEqual([[], []]);
    }
    // Per Aasen is in Sofie's group with her consent: he reads the plan, not its history.
    const sofie = await sofieId();
    const sofiePlan = await readPlan(clients.ingrid, sofie);
    const first = sofiePlan.goals[0]!;
    await edit(UPDATE_GOAL, { goalId: first.id, expectedVersion: first.version, input: { description: `${first.description} Gjerne før jul.` } });
    expect((await readPlan(clients.ingrid, sofie)).history.length).toBeGreaterThan(0);
    const gp = await readPlan(clients.gp, sofie);
    expect(gp.goals.length).toBeGreaterThan(0);
    expect([gp.history, gp.goals.flatMap((g) => g.history), gp.measures.flatMap((m) => m.history)]).toEqual([[], [], []]);
    expect(codeOf(await clients.ke.gql(PLAN, { personId: person.id }))).toBe('FORBIDDEN');
  });
});

describe('restoring a version', () => {
  it("restores a goal's text as it was at a version, as a new version with its history; status stays", async () => {
    const { person, plan } = await startPlan();
    let after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Første tekst' } });
    const goalId = after.goals[0]!.id;
    after = await edit(UPDATE_GOAL, { goalId, expectedVersion: 1, input: { description: 'Andre tekst' } });
    after = await edit(UPDATE_GOAL, { goalId, expectedVersion: 2, input: { description: 'Tredje tekst', status: 'IN_PROGRESS' } });
    const versions = Object.fromEntries(after.goals[0]!.history.map((entry) => [entry.entityVersion, entry.id]));

    after = await edit(RESTORE, { historyEntryId: versions[2], expectedVersion: 3 });
    expect(after.goals[0]).toMatchObject({ description: 'Andre tekst', status: 'IN_PROGRESS', version: 4 });
    expect(after.goals[0]!.history[0]).toMatchObject({
      action: 'goal.versionRestored',
      entityVersion: 4,
      changes: [{ field: 'description', before: 'Tredje tekst', after: 'Andre tekst' }],
    });
    // The first version, as the goal was added.
    after = await edit(RESTORE, { historyEntryId: versions[1], expectedVersion: 4 });
    expect(after.goals[0]).toMatchObject({ description: 'Første tekst', status: 'IN_PROGRESS', version: 5 });
    // Restoring what it already holds changes nothing.
    after = await edit(RESTORE, { historyEntryId: versions[1], expectedVersion: 5 });
    expect(after.goals[0]!.version).toBe(5);
    expect(await prisma().historyEntry.count({ where: { entityId: goalId } })).toBe(5);
    const logged = await prisma().accessLogEntry.count({ where: { personId: person.id, action: 'plan.edit', actorId: users.ingrid } });
    expect(logged).toBeGreaterThanOrEqual(6);
  });

  it('is CONFLICT from a stale version when a field it restores changed since, and merges when none did', async () => {
    const { plan } = await startPlan();
    let after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Mål' } });
    const goalId = after.goals[0]!.id;
    after = await edit(UPDATE_GOAL, { goalId, expectedVersion: 1, input: { description: 'Mål endret' } });
    after = await edit(UPDATE_GOAL, { goalId, expectedVersion: 2, input: { description: 'Mål endret igjen' } });
    const first = after.goals[0]!.history.find((entry) => entry.entityVersion === 1)!;
    // Started at version 2: the description changed at version 3, which the editor did not see.
    const stale = await clients.ingrid.gql(RESTORE, { historyEntryId: first.id, expectedVersion: 2 });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goalId } })).description).toBe('Mål endret igjen');

    // A measure whose text changed at 2 and status at 3: a restore of version 1 from 2 touches only the text.
    after = await edit(ADD_MEASURE, { planId: plan.id, input: { goalId, description: 'Tiltak først', responsibleText: 'Familien' } });
    const measureId = after.measures[0]!.id;
    after = await edit(UPDATE_MEASURE, { measureId, expectedVersion: 1, input: { description: 'Tiltak etterpå' } });
    after = await edit(UPDATE_MEASURE, { measureId, expectedVersion: 2, input: { status: 'ONGOING' } });
    const added = after.measures[0]!.history.find((entry) => entry.action === 'measure.added')!;
    after = await edit(RESTORE, { historyEntryId: added.id, expectedVersion: 2 });
    expect(after.measures[0]).toMatchObject({ description: 'Tiltak først', status: 'ONGOING', version: 4 });
  });

  it("restores the plan's sections, a life area's mapping and a participant, each with its own action", async () => {
    const { plan } = await startPlan();
    let after = await edit(SECTIONS, { planId: plan.id, expectedVersion: 1, input: { whatIsImportant: 'Venner', dreams: 'Reise' } });
    after = await edit(SECTIONS, { planId: plan.id, expectedVersion: 2, input: { whatIsImportant: 'Skole' } });
    const sectionsV2 = after.history.find((entry) => entry.entity === 'IndividualPlan' && entry.entityVersion === 2)!;
    after = await edit(RESTORE, { historyEntryId: sectionsV2.id, expectedVersion: 3 });
    expect(after).toMatchObject({ whatIsImportant: 'Venner', dreams: 'Reise', version: 4 });
    // Version 1 is the plan as it was started: no sections yet.
    const created = after.history.find((entry) => entry.action === 'plan.created')!;
    after = await edit(RESTORE, { historyEntryId: created.id, expectedVersion: 4 });
    expect(after).toMatchObject({ whatIsImportant: null, dreams: null, version: 5 });

    const health = after.lifeAreas.find((area) => area.area === 'HEALTH')!;
    after = await edit(LIFE_AREA, { planId: plan.id, expectedVersion: health.version, input: { situation: 'Astma' } });
    after = await edit(LIFE_AREA, { planId: plan.id, expectedVersion: health.version + 1, input: { situation: 'Astma, godt regulert' } });
    const mapped = after.history.find((entry) => entry.action === 'plan.lifeAreaUpdated' && entry.entityVersion === 2)!;
    after = await edit(RESTORE, { historyEntryId: mapped.id, expectedVersion: 3 });
    expect(after.lifeAreas.find((area) => area.area === 'HEALTH')).toMatchObject({ situation: 'Astma', version: 4 });

    after = await edit(ADD_PARTICIPANT, { planId: plan.id, input: { kind: 'RELATIVE', name: 'Mor Plansen', contribution: 'Følger til timer' } });
    const mother = after.participants.find((participant) => participant.name === 'Mor Plansen')!;
    after = await edit(UPDATE_PARTICIPANT, { participantId: mother.id, expectedVersion: 1, input: { contribution: 'Handler' } });
    const joined = after.history.find((entry) => entry.action === 'participant.added')!;
    after = await edit(RESTORE, { historyEntryId: joined.id, expectedVersion: 2 });
    expect(after.participants.find((participant) => participant.id === mother.id)).toMatchObject({ contribution: 'Følger til timer', version: 3 });

    expect(after.history.slice(0, 1).map((entry) => entry.action)).toEqual(['participant.versionRestored']);
    expect(after.history.filter((entry) => entry.action.endsWith('ersionRestored')).map((entry) => entry.action)).toEqual([
      'participant.versionRestored',
      'plan.lifeAreaVersionRestored',
      'plan.versionRestored',
      'plan.versionRestored',
    ]);
  });

  it("refuses what is no version of a plan's record: the goals' order, a case's entry, a malformed id", async () => {
    const { person, plan } = await startPlan();
    await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'En' } });
    const after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'To' } });
    await clients.ingrid.data(REORDER, { planId: plan.id, goalIds: after.goals.map((goal) => goal.id).reverse() });
    const reordered = (await readPlan(clients.ingrid, person.id)).history[0]!;
    expect(reordered).toMatchObject({ action: 'goal.reordered', entityVersion: null });
    const order = await clients.ingrid.gql(RESTORE, { historyEntryId: reordered.id, expectedVersion: 1 });
    expect(codeOf(order)).toBe('BAD_USER_INPUT');
    expect(order.errors![0]!.extensions!.fields![0]).toEqual({ field: 'historyEntryId', message: 'Den versjonen finnes ikke i historikken.' });
    // The case's own entries belong to no plan: nobody's plan to edit.
    const caseEntry = await prisma().historyEntry.findFirstOrThrow({ where: { planId: null, referralId: { not: null } } });
    expect(codeOf(await clients.ingrid.gql(RESTORE, { historyEntryId: String(caseEntry.id), expectedVersion: 1 }))).toBe('FORBIDDEN');
    for (const malformed of ['not-a-number', '0', '-3', '1.5', '99999999999999999999']) {
      const result = await clients.ingrid.gql(RESTORE, { historyEntryId: malformed, expectedVersion: 1 });
      expect({ malformed, code: codeOf(result) }).toEqual({ malformed, code: 'BAD_USER_INPUT' });
    }
  });

  it('is for the coordinator of the person only; a refused coordinator is logged', async () => {
    const { person, plan } = await startPlan();
    const created = (await readPlan(clients.ingrid, person.id)).history[0]!;
    for (const client of [person.self, person.guardian, clients.lars, clients.gp, clients.ke]) {
      expect(codeOf(await client.gql(RESTORE, { historyEntryId: created.id, expectedVersion: plan.version }))).toBe('FORBIDDEN');
    }
    // Roles without the action are refused before anyone's data is looked up; Lars is refused the person.
    const denied = await prisma().accessLogEntry.findMany({ where: { personId: person.id, denied: true, action: 'plan.edit' } });
    expect(denied.map((entry) => entry.actorRole)).toEqual(['COORDINATOR']);
  });
});

describe('the legal content', () => {
  const ITEMS = [
    'GOALS_RESOURCES_NEEDS',
    'PARTICIPANTS',
    'COORDINATOR',
    'CONTRIBUTIONS',
    'MEASURES_SCOPE_RESPONSIBLE',
    'HOW_CARRIED_OUT',
    'PERIOD_AND_REVISION',
    'CONSENT',
    'COOPERATION',
  ];
  const problems = (plan: Plan) => Object.fromEntries(plan.legalContent.map((finding) => [finding.item, finding.problems.map((p) => p.code)]));

  it('finds a bare new plan missing most parts, one finding per part in the order of the law', async () => {
    const { plan } = await startPlan();
    expect(plan.legalContent.map((finding) => finding.item)).toEqual(ITEMS);
    expect(problems(plan)).toEqual({
      GOALS_RESOURCES_NEEDS: ['NO_WHAT_IS_IMPORTANT', 'NO_GOALS', 'NO_RESOURCES', 'NO_NEEDS'],
      // The person and the coordinator take part from the start.
      PARTICIPANTS: [],
      COORDINATOR: [],
      CONTRIBUTIONS: ['NO_OWN_CONTRIBUTION', 'NO_CONTRIBUTIONS'],
      MEASURES_SCOPE_RESPONSIBLE: ['NO_MEASURES'],
      HOW_CARRIED_OUT: [],
      // Started with the municipality's plan period, revised at its end.
      PERIOD_AND_REVISION: [],
      CONSENT: ['NO_CONSENT'],
      COOPERATION: ['NO_COOPERATION_NOTE'],
    });
    expect(plan.legalContent.filter((finding) => finding.satisfied).map((finding) => finding.item)).toEqual([
      'PARTICIPANTS',
      'COORDINATOR',
      'HOW_CARRIED_OUT',
      'PERIOD_AND_REVISION',
    ]);
  });

  it('finds a complete plan holding every part', async () => {
    const { plan } = await startPlan();
    let after = await edit(SECTIONS, {
      planId: plan.id,
      expectedVersion: plan.version,
      input: {
        whatIsImportant: 'Å være med venner.',
        resources: 'Blid og sta.',
        needs: 'Hjelp med lekser.',
        ownContribution: 'Gjør lekser hver dag.',
        cooperationNeeds: 'Skolen og helsestasjonen.',
      },
    });
    after = await edit(ADD_PARTICIPANT, { planId: plan.id, input: { kind: 'RELATIVE', name: 'Far Plansen', contribution: 'Følger til skolen' } });
    after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Trives på skolen' } });
    after = await edit(ADD_MEASURE, {
      planId: plan.id,
      input: { goalId: after.goals[0]!.id, description: 'Leksehjelp', responsibleText: 'Skolen', scope: 'To timer i uka', howCarriedOut: 'Etter skoletid', dueDate: day(90) },
    });
    after = await edit(CONSENT, { planId: plan.id, on: day(0) });
    expect(after.legalContent.map((finding) => [finding.item, finding.satisfied, finding.problems])).toEqual(ITEMS.map((item) => [item, true, []]));
  });

  it('names the goal or measure a problem is about, and finds dates and consents out of date', async () => {
    const { person, plan } = await startPlan();
    let after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Langsiktig' } });
    const long = after.goals[0]!;
    after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Uten tiltak' } });
    const bare = after.goals.find((goal) => goal.description === 'Uten tiltak')!;
    after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'SHORT_TERM', description: 'Kortsiktig', parentGoalId: long.id } });
    const short = after.goals.find((goal) => goal.kind === 'SHORT_TERM')!;
    // The short-term goal's measure serves the long-term goal too.
    after = await edit(ADD_MEASURE, { planId: plan.id, input: { goalId: short.id, description: 'Uten ansvarlig og omfang' } });
    const measure = after.measures[0]!;
    const measuresFinding = after.legalContent.find((finding) => finding.item === 'MEASURES_SCOPE_RESPONSIBLE')!;
    expect(measuresFinding.satisfied).toBe(false);
    expect(measuresFinding.problems).toEqual([
      { code: 'GOAL_WITHOUT_MEASURE', goalId: bare.id, measureId: null },
      { code: 'MEASURE_WITHOUT_RESPONSIBLE', goalId: null, measureId: measure.id },
      { code: 'MEASURE_WITHOUT_SCOPE', goalId: null, measureId: measure.id },
    ]);
    expect(after.legalContent.find((finding) => finding.item === 'HOW_CARRIED_OUT')!.problems).toEqual([
      { code: 'MEASURE_WITHOUT_HOW', goalId: null, measureId: measure.id },
      { code: 'MEASURE_WITHOUT_DEADLINE', goalId: null, measureId: measure.id },
    ]);
    // A measure carried out is the plan's past: it is not checked.
    after = await edit(UPDATE_MEASURE, { measureId: measure.id, expectedVersion: measure.version, input: { status: 'DONE' } });
    expect(problems(after).HOW_CARRIED_OUT).toEqual([]);
    expect(problems(after).MEASURES_SCOPE_RESPONSIBLE).toEqual(['NO_MEASURES', 'GOAL_WITHOUT_MEASURE']);

    // A second professional takes part: sharing confidential information needs a consent.
    after = await edit(ADD_PARTICIPANT, { planId: plan.id, input: { kind: 'PROFESSIONAL', name: 'Lege Legesen', organisation: 'Legesenteret' } });
    after = await edit(CONSENT, { planId: plan.id, on: day(0) });
    expect(problems(after).CONSENT).toEqual(['NO_EXCHANGE_CONSENT']);
    await prisma().consent.create({
      data: { municipalityId, personId: person.id, scope: 'INFORMATION_EXCHANGE', form: 'WRITTEN', givenAt: asDate(day(0)), registeredById: users.ingrid },
    });
    expect(problems(await readPlan(clients.ingrid, person.id)).CONSENT).toEqual([]);

    // Time has passed: the period, the revision date and the consent's period are behind.
    await prisma().individualPlan.update({
      where: { id: plan.id },
      data: { periodStart: asDate(day(-400)), periodEnd: asDate(day(-10)), nextRevisionDate: asDate(day(-30)) },
    });
    const consent = await prisma().consent.findFirstOrThrow({ where: { plans: { some: { id: plan.id } } } });
    await prisma().consent.update({ where: { id: consent.id }, data: { periodStart: asDate(day(-400)), periodEnd: asDate(day(-10)) } });
    let read = await readPlan(clients.ingrid, person.id);
    expect(problems(read).PERIOD_AND_REVISION).toEqual(['PERIOD_ENDED', 'REVISION_OVERDUE']);
    expect(problems(read).CONSENT).toEqual(['CONSENT_EXPIRED']);
    await prisma().consent.update({ where: { id: consent.id }, data: { withdrawnAt: new Date() } });
    await prisma().individualPlan.update({ where: { id: plan.id }, data: { nextRevisionDate: null } });
    read = await readPlan(clients.ingrid, person.id);
    expect(problems(read).CONSENT).toEqual(['CONSENT_WITHDRAWN']);
    expect(problems(read).PERIOD_AND_REVISION).toEqual(['PERIOD_ENDED', 'NO_REVISION_DATE']);
  });

  it("finds Sofie Berg's plan complete, for her coordinator only", async () => {
    const sofie = await sofieId();
    const ingrid = await readPlan(clients.ingrid, sofie);
    expect(ingrid.legalContent.filter((finding) => !finding.satisfied)).toEqual([]);
    expect(ingrid.legalContent).toHaveLength(ITEMS.length);
    expect((await readPlan(clients.sofie, sofie)).legalContent).toEqual([]);
    expect((await readPlan(clients.gp, sofie)).legalContent).toEqual([]);
  });

  it('has a message for every part and problem in nb, nn and en, without paragraph numbers', async () => {
    const { plan } = await startPlan();
    const codes = new Set([...plan.legalContent.flatMap((finding) => finding.problems.map((p) => p.code))]);
    const schema = await clients.ingrid.data<{ __type: { enumValues: Array<{ name: string }> } }>('query { __type(name: "LegalProblemCode") { enumValues { name } } }');
    for (const code of schema.__type.enumValues.map((value) => value.name)) codes.add(code);
    for (const catalog of Object.values(catalogs)) {
      const messages = catalog as Record<string, string>;
      for (const key of [...ITEMS.map((item) => `plan.legal.item.${item}`), ...[...codes].map((code) => `plan.legal.problem.${code}`)]) {
        expect({ key, message: messages[key] }).toEqual({ key, message: expect.any(String) });
        expect(messages[key]).not.toMatch(/§/);
      }
    }
  });
});

describe('comments on goals', () => {
  it('the person and the guardian comment, the coordinator answers what waited; the counts follow', async () => {
    const { person, plan } = await startPlan();
    const goal = (await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Gå på fotballtrening' } })).goals[0]!;
    await person.self.data(COMMENT, { goalId: goal.id, kind: 'COMMENT', body: '  Jeg vil gjerne spille på laget.  ' });
    const byGuardian = (await person.guardian.data<{ commentOnGoal: Plan }>(COMMENT, { goalId: goal.id, kind: 'SUGGESTION', body: 'Kan treningen være på tirsdager?' })).commentOnGoal;
    // The guardian sees the thread, oldest first, with who wrote each.
    expect(byGuardian.goals[0]!.comments.map(({ kind, body, author, authorName, answeredAt }) => ({ kind, body, author, authorName, answeredAt }))).toEqual([
      { kind: 'COMMENT', body: 'Jeg vil gjerne spille på laget.', author: 'PERSON', authorName: `Gjennomgang${serial} Plansen`, answeredAt: null },
      { kind: 'SUGGESTION', body: 'Kan treningen være på tirsdager?', author: 'GUARDIAN', authorName: `Verge${serial} Plansen`, answeredAt: null },
    ]);
    expect(byGuardian.unansweredComments).toBe(2);
    expect((await readPlan(clients.ingrid, person.id)).unansweredComments).toBe(2);
    const caseload = async () => (await clients.ingrid.data<{ myCaseload: Array<{ person: { id: string }; unansweredComments: number }> }>(CASELOAD)).myCaseload.find((entry) => entry.person.id === person.id)!.unansweredComments;
    expect(await caseload()).toBe(2);

    const answered = (await clients.ingrid.data<{ answerGoalComments: Plan }>(ANSWER, { goalId: goal.id, body: 'Tirsdag passer. Jeg snakker med klubben.' })).answerGoalComments;
    const thread = answered.goals[0]!.comments;
    expect(thread.map((comment) => [comment.kind, comment.author])).toEqual([
      ['COMMENT', 'PERSON'],
      ['SUGGESTION', 'GUARDIAN'],
      ['ANSWER', 'STAFF'],
    ]);
    expect(thread[2]!.authorName).toBe('Ingrid Solberg');
    expect(thread.slice(0, 2).every((comment) => comment.answeredAt !== null)).toBe(true);
    expect(thread[2]!.answeredAt).toBeNull();
    expect(answered.unansweredComments).toBe(0);
    expect(await caseload()).toBe(0);

    // A new comment waits again; a comment on a goal taken out of the plan does not count.
    await person.self.data(COMMENT, { goalId: goal.id, kind: 'COMMENT', body: 'Takk!' });
    expect(await caseload()).toBe(1);
    expect((await readPlan(person.self, person.id)).unansweredComments).toBe(1);
    await clients.ingrid.data(REMOVE_GOAL, { id: goal.id, expectedVersion: goal.version });
    expect(await caseload()).toBe(0);

    // Comments keep no history of the plan; each write is in the access log.
    expect(await prisma().historyEntry.count({ where: { planId: plan.id, entity: 'GoalComment' } })).toBe(0);
    const logged = await prisma().accessLogEntry.findMany({ where: { personId: person.id, action: { in: ['plan.comment', 'plan.answer'] }, denied: false } });
    expect(logged.map((entry) => entry.action).sort()).toEqual(['plan.answer', 'plan.comment', 'plan.comment', 'plan.comment']);
  });

  it('keeps the rules: a text, a comment or a suggestion, a goal in the plan, something to answer', async () => {
    const { person, plan } = await startPlan();
    const after = await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Mål' } });
    const goal = after.goals[0]!;
    const empty = await person.self.gql(COMMENT, { goalId: goal.id, kind: 'COMMENT', body: '   ' });
    expect(empty.errors?.[0]?.extensions?.fields?.[0]).toEqual({ field: 'body', message: 'Feltet må fylles ut.' });
    const long = await person.self.gql(COMMENT, { goalId: goal.id, kind: 'COMMENT', body: 'x'.repeat(4001) });
    expect(long.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('body');
    expect(codeOf(await person.self.gql(COMMENT, { goalId: goal.id, kind: 'ANSWER', body: 'Svar' }))).toBe('BAD_USER_INPUT');
    const nothing = await clients.ingrid.gql(ANSWER, { goalId: goal.id, body: 'Svar på ingenting' });
    expect(codeOf(nothing)).toBe('CONFLICT');
    expect(nothing.errors![0]!.message).toBe('Ingen har kommentert dette målet ennå, så det er ingenting å svare på.');
    await clients.ingrid.data(REMOVE_GOAL, { id: goal.id, expectedVersion: goal.version });
    const removed = await person.self.gql(COMMENT, { goalId: goal.id, kind: 'COMMENT', body: 'Hei' });
    expect(codeOf(removed)).toBe('CONFLICT');
    expect(await prisma().goalComment.count({ where: { goalId: goal.id } })).toBe(0);
  });

  it('lets only the person or guardian comment and only the coordinator answer; refusals of the person are logged', async () => {
    const { person, plan } = await startPlan();
    const goal = (await edit(ADD_GOAL, { planId: plan.id, input: { kind: 'LONG_TERM', description: 'Mål' } })).goals[0]!;
    for (const client of [clients.ingrid, clients.sofie, clients.lars, clients.gp, clients.ke]) {
      expect(codeOf(await client.gql(COMMENT, { goalId: goal.id, kind: 'COMMENT', body: 'Nei' }))).toBe('FORBIDDEN');
    }
    await person.self.data(COMMENT, { goalId: goal.id, kind: 'SUGGESTION', body: 'Forslag' });
    for (const client of [person.self, person.guardian, clients.lars, clients.gp, clients.ke]) {
      expect(codeOf(await client.gql(ANSWER, { goalId: goal.id, body: 'Nei' }))).toBe('FORBIDDEN');
    }
    expect(await prisma().goalComment.count({ where: { goalId: goal.id } })).toBe(1);
    // Sofie (a citizen, not this person) and Lars (a coordinator, not theirs) were refused this person.
    const denied = await prisma().accessLogEntry.findMany({ where: { personId: person.id, denied: true } });
    expect(denied.map((entry) => [entry.action, entry.actorRole]).sort()).toEqual([
      ['plan.answer', 'COORDINATOR'],
      ['plan.comment', 'CITIZEN'],
    ]);
  });

  it("shows Sofie Berg's thread to her and Ingrid, not to the group", async () => {
    const sofie = await sofieId();
    const thread = (plan: Plan) => plan.goals.find((goal) => goal.description === DEMO_FACTS.sofieCommentGoal)!.comments;
    for (const client of [clients.sofie, clients.ingrid]) {
      const plan = await readPlan(client, sofie);
      expect(thread(plan).map((comment) => comment.kind)).toEqual(DEMO_FACTS.sofieCommentThread);
      expect(thread(plan).map((comment) => comment.author)).toEqual(['PERSON', 'STAFF', 'PERSON']);
      expect(plan.unansweredComments).toBe(1);
    }
    const gp = await readPlan(clients.gp, sofie);
    expect(gp.goals.flatMap((goal) => goal.comments)).toEqual([]);
    expect(gp.unansweredComments).toBe(0);
    const { myCaseload } = await clients.ingrid.data<{ myCaseload: Array<{ person: { id: string }; unansweredComments: number }> }>(CASELOAD);
    expect(myCaseload.find((entry) => entry.person.id === sofie)!.unansweredComments).toBe(1);
  });
});

it("names every action in a plan's history in nb, nn and en", async () => {
  const actions = await prisma().historyEntry.findMany({ where: { planId: { not: null } }, distinct: ['action'], select: { action: true } });
  expect(actions.length).toBeGreaterThanOrEqual(15);
  for (const catalog of Object.values(catalogs)) {
    const messages = catalog as Record<string, string>;
    for (const { action } of actions) expect({ action, label: messages[`plan.history.action.${action}`] }).toEqual({ action, label: expect.any(String) });
  }
});
