// Consent restrictions over HTTP against a real database: a goal or a sub-plan named alone is
// hidden from every group member, named with an environment (a unit, an external organisation)
// only from that environment; an environment named alone gets nothing; a withdrawal shuts out a
// member who is already signed in on their very next request.
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

interface Plan {
  goals: Array<{ id: string }>;
  measures: Array<{ id: string }>;
  subPlans: Array<{ id: string }>;
}
const PLAN_QUERY = `query ($personId: ID!) { plan(personId: $personId) { goals { id } measures { id } subPlans { id } } }`;

let municipalityId: string;
let personId: string;
let consentId: string;
let physioUnitId: string;
const clients = {} as Record<'ingrid' | 'gp' | 'physio', ApiClient>;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  const sofie = await prisma().person.findFirstOrThrow({ where: { firstName: DEMO_PERSONS.citizen.firstName, lastName: DEMO_PERSONS.citizen.lastName } });
  personId = sofie.id;
  consentId = (await prisma().consent.findFirstOrThrow({ where: { personId, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } })).id;
  const physio = await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.physio }, include: { units: true } });
  physioUnitId = physio.units[0]!.unitId;
  await prisma().user.update({ where: { username: DEMO_USERNAMES.gp }, data: { organisation: 'Legesenteret AS' } });
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.physio = await server().signIn(DEMO_USERNAMES.physio);
});

beforeEach(async () => {
  // Each case starts from the demo's own restrictions, minus those of the kinds tested here.
  await prisma().consentRestriction.deleteMany({ where: { consentId, OR: [{ goalId: { not: null } }, { subPlanId: { not: null } }, { organisation: { not: null } }] } });
});

const read = async (client: ApiClient) => (await client.data<{ plan: Plan }>(PLAN_QUERY, { personId })).plan;
const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();

async function restrict(data: { kind: 'MATTER' | 'PROFESSIONAL_ENVIRONMENT'; goalId?: string; subPlanId?: string; unitId?: string; organisation?: string }) {
  await prisma().consentRestriction.create({ data: { municipalityId, consentId, description: 'Test', ...data } });
}

describe('a goal named by the consent', () => {
  it('alone: no group member sees it or its measures; the coordinator still does', async () => {
    const full = await read(clients.ingrid);
    // A goal with a measure the members see, so hiding the goal must hide the measure too.
    const visibleMeasure = await prisma().measure.findFirstOrThrow({ where: { id: { in: ids(full.measures) }, goalId: { in: ids(full.goals) } } });
    const goalId = visibleMeasure.goalId!;
    const goalMeasures = await prisma().measure.findMany({ where: { goalId, id: { in: ids(full.measures) } }, select: { id: true } });
    expect(ids((await read(clients.physio)).measures)).toContain(visibleMeasure.id);
    await restrict({ kind: 'MATTER', goalId });
    for (const member of [clients.gp, clients.physio]) {
      const plan = await read(member);
      expect(ids(plan.goals)).not.toContain(goalId);
      for (const measure of goalMeasures) expect(ids(plan.measures)).not.toContain(measure.id);
    }
    expect(ids((await read(clients.ingrid)).goals)).toContain(goalId);
  });

  it('with an external organisation: hidden from its member only', async () => {
    const goalId = (await read(clients.ingrid)).goals[0]!.id;
    expect(ids((await read(clients.gp)).goals)).toContain(goalId);
    await restrict({ kind: 'MATTER', goalId, organisation: 'Legesenteret AS' });
    expect(ids((await read(clients.gp)).goals)).not.toContain(goalId);
    expect(ids((await read(clients.physio)).goals)).toContain(goalId);
  });
});

describe("the provider's own measures (myParticipation)", () => {
  const MINE = 'query { myParticipation { person { id } myMeasures { id } } }';
  const mine = async (client: ApiClient) =>
    ((await client.data<{ myParticipation: Array<{ person: { id: string }; myMeasures: Array<{ id: string }> }> }>(MINE)).myParticipation.find(
      (entry) => entry.person.id === personId,
    )?.myMeasures ?? []).map((measure) => measure.id);

  it('leave out a measure of a goal named for the provider, and keep it for the others', async () => {
    const physio = await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.physio } });
    const measure = await prisma().measure.findFirstOrThrow({
      where: { plan: { personId }, responsibleUserId: physio.id, removedAt: null, status: { in: ['PLANNED', 'ONGOING'] }, goalId: { not: null } },
    });
    expect(await mine(clients.physio)).toContain(measure.id);
    // Named with another environment: the physiotherapist still has it.
    await restrict({ kind: 'MATTER', goalId: measure.goalId!, organisation: 'Legesenteret AS' });
    expect(await mine(clients.physio)).toContain(measure.id);
    await restrict({ kind: 'MATTER', goalId: measure.goalId!, unitId: physioUnitId });
    expect(await mine(clients.physio)).not.toContain(measure.id);
  });
});

describe('a sub-plan named by the consent', () => {
  it('with a unit: hidden from that unit only', async () => {
    const subPlanId = (await read(clients.physio)).subPlans[0]!.id;
    await restrict({ kind: 'MATTER', subPlanId, unitId: physioUnitId });
    expect(ids((await read(clients.physio)).subPlans)).not.toContain(subPlanId);
    expect(ids((await read(clients.gp)).subPlans)).toContain(subPlanId);
  });
});

describe('an environment named alone', () => {
  it('an external organisation gets nothing of the plan; the others still get it', async () => {
    await restrict({ kind: 'PROFESSIONAL_ENVIRONMENT', organisation: 'legesenteret as' });
    const result = await clients.gp.gql(PLAN_QUERY, { personId });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.plan ?? null).toBeNull();
    expect((await read(clients.physio)).goals.length).toBeGreaterThan(0);
  });
});

describe('a withdrawal', () => {
  it('shuts out a member already signed in on the very next request', async () => {
    expect((await read(clients.physio)).goals.length).toBeGreaterThan(0);
    await prisma().consent.updateMany({ where: { personId, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    const result = await clients.physio.gql(PLAN_QUERY, { personId });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

it("the demo: Emil Dahl's family goal is withheld from his teacher, not from his GP", async () => {
  const emil = await prisma().person.findFirstOrThrow({ where: { firstName: DEMO_PERSONS.guardianChild.firstName, lastName: DEMO_PERSONS.guardianChild.lastName } });
  const family = await prisma().goal.findFirstOrThrow({ where: { plan: { personId: emil.id, status: 'ACTIVE' }, lifeArea: 'FAMILY_NETWORK' } });
  const goalsOf = async (username: string) =>
    (await (await server().signIn(username)).data<{ plan: { goals: { id: string }[]; partsWithheld: boolean } }>('query ($p: ID!) { plan(personId: $p) { goals { id } partsWithheld } }', { p: emil.id })).plan;
  const teacher = await goalsOf(DEMO_USERNAMES.teacher);
  expect(ids(teacher.goals)).not.toContain(family.id);
  expect(teacher.partsWithheld).toBe(true);
  const gp = await goalsOf(DEMO_USERNAMES.gp);
  expect(ids(gp.goals)).toContain(family.id);
  expect(gp.partsWithheld).toBe(false);
});
