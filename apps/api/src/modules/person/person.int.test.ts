// person(personId): who the person is to the viewer, and why they have a plan or not, for the
// viewers the policy lets read the plan. Demo persons cover the common states; the rest are
// set up here by giving the coordinator an assignment for persons at other stages.
import { osloTodayAsDate } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { ApiClient, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
const PERSON = 'query ($p: ID!) { person(personId: $p) { id name firstName relation planState planStateSince } }';
const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

const DAY_MS = 86_400_000;
const today = osloTodayAsDate();
const dayOf = (offset: number) => new Date(today.getTime() + offset * DAY_MS).toISOString().slice(0, 10);

let ingrid: ApiClient;

async function idOf(name: { firstName: string; lastName: string }): Promise<string> {
  return (await server().database.prisma.person.findFirstOrThrow({ where: name })).id;
}

/** Makes Ingrid the person's coordinator from yesterday, so she may read their plan state. */
async function assignToIngrid(personId: string): Promise<void> {
  const prisma = server().database.prisma;
  const person = await prisma.person.findUniqueOrThrow({ where: { id: personId } });
  const user = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  await prisma.coordinatorAssignment.create({
    data: { municipalityId: person.municipalityId, personId, coordinatorId: user.id, startDate: new Date(today.getTime() - DAY_MS) },
  });
}

beforeAll(async () => {
  ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
});

describe('planState for the coordinator', () => {
  it.each([
    ['declinedPlan', 'DECLINED', 'Bjørn'],
    ['coordinatorOnly', 'NOT_STARTED', 'Sigrid'],
    ['draftPlan', 'DRAFT', 'Ragnhild'],
    ['citizen', 'ACTIVE', 'Sofie'],
  ] as const)('%s: %s', async (persona, state, firstName) => {
    const { person } = await ingrid.data(PERSON, { p: await idOf(DEMO_PERSONS[persona]) });
    expect(person).toMatchObject({ firstName, relation: 'COORDINATOR', planState: state });
    expect(person.name).toBe(`${DEMO_PERSONS[persona].firstName} ${DEMO_PERSONS[persona].lastName}`);
  });

  it('dates a decline from the day it took effect', async () => {
    const { person } = await ingrid.data(PERSON, { p: await idOf(DEMO_PERSONS.declinedPlan) });
    expect(person.planStateSince.slice(0, 10)).toBe(dayOf(-70));
  });

  it.each([
    ['deniedShortTerm', 'DENIED'],
    ['closedPlan', 'CLOSED'],
    ['declinedCoordinator', 'COORDINATOR_DECLINED'],
  ] as const)('%s: %s', async (persona, state) => {
    const personId = await idOf(DEMO_PERSONS[persona]);
    expect(codeOf(await ingrid.gql(PERSON, { p: personId }))).toBe('FORBIDDEN');
    await assignToIngrid(personId);
    const { person } = await ingrid.data(PERSON, { p: personId });
    expect(person.planState).toBe(state);
    expect(person.planStateSince).not.toBeNull();
  });

  it('tells a withdrawn referral, a decision without a plan and no referral at all apart', async () => {
    const prisma = server().database.prisma;
    const odd = await idOf({ firstName: 'Odd', lastName: 'Hagen' });
    await assignToIngrid(odd);
    expect((await ingrid.data(PERSON, { p: odd })).person.planState).toBe('REFERRAL_WITHDRAWN');

    const sofie = await prisma.person.findFirstOrThrow({ where: DEMO_PERSONS.citizen });
    const kari = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.systemCoordinator } });
    const newcomer = await prisma.person.create({
      data: { municipalityId: sofie.municipalityId, firstName: 'Nils', lastName: 'Nymann', dateOfBirth: new Date('1970-03-01') },
    });
    await assignToIngrid(newcomer.id);
    expect((await ingrid.data(PERSON, { p: newcomer.id })).person).toMatchObject({ planState: 'NO_REFERRAL', planStateSince: null });

    const referral = await prisma.referral.create({
      data: {
        municipalityId: sofie.municipalityId,
        personId: newcomer.id,
        sourceKind: 'PERSON',
        sourceName: 'Nils Nymann',
        channel: 'WRITTEN',
        requested: 'COORDINATOR',
        needDescription: 'Trenger én å forholde seg til.',
        consentToRefer: true,
        consentForm: 'WRITTEN',
        status: 'IN_ASSESSMENT',
      },
    });
    expect((await ingrid.data(PERSON, { p: newcomer.id })).person.planState).toBe('IN_ASSESSMENT');

    await prisma.referral.update({ where: { id: referral.id }, data: { status: 'DECIDED' } });
    await prisma.decision.create({
      data: {
        municipalityId: sofie.municipalityId,
        referralId: referral.id,
        personId: newcomer.id,
        outcome: 'GRANTED',
        grantsCoordinator: true,
        longTermNeed: true,
        coordinatedServices: true,
        reasons: 'Rett til koordinator.',
        decidedById: kari.id,
      },
    });
    expect((await ingrid.data(PERSON, { p: newcomer.id })).person.planState).toBe('NOT_GRANTED');
  });
});

describe('relation and access', () => {
  it('a guardian sees each child, with the state of the plan', async () => {
    const mona = await server().signIn(DEMO_USERNAMES.guardian);
    const { actingFor } = await mona.data('query { actingFor { id name firstName isSelf } }');
    expect(actingFor).toEqual([
      expect.objectContaining({ name: 'Emil Dahl', firstName: 'Emil', isSelf: false }),
      expect.objectContaining({ name: 'Maja Dahl', firstName: 'Maja', isSelf: false }),
    ]);
    const [emil, maja] = actingFor;
    expect((await mona.data(PERSON, { p: emil.id })).person).toMatchObject({ relation: 'GUARDIAN', planState: 'ACTIVE' });
    const majaView = (await mona.data(PERSON, { p: maja.id })).person;
    expect(majaView).toMatchObject({ relation: 'GUARDIAN', planState: 'IN_ASSESSMENT' });
    expect(majaView.planStateSince.slice(0, 10)).toBe(dayOf(-12));
  });

  it('the citizen is SELF, and is told so in actingFor', async () => {
    const sofie = await server().signIn(DEMO_USERNAMES.citizen);
    const { actingFor } = await sofie.data('query { actingFor { id isSelf } }');
    expect(actingFor).toEqual([{ id: expect.any(String), isSelf: true }]);
    expect((await sofie.data(PERSON, { p: actingFor[0].id })).person.relation).toBe('SELF');
  });

  it('a group member with consent is GROUP_MEMBER; without consent in force, denied', async () => {
    const per = await server().signIn(DEMO_USERNAMES.gp);
    expect((await per.data(PERSON, { p: await idOf(DEMO_PERSONS.citizen) })).person.relation).toBe('GROUP_MEMBER');
    expect(codeOf(await per.gql(PERSON, { p: await idOf(DEMO_PERSONS.withdrawnExchangeConsent) }))).toBe('FORBIDDEN');
  });

  it('answers the same for an unknown person as for one the viewer may not see', async () => {
    const unknown = await ingrid.gql(PERSON, { p: '3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b23' });
    const notMine = await ingrid.gql(PERSON, { p: await idOf(DEMO_PERSONS.guardianChild) });
    expect(codeOf(unknown)).toBe('FORBIDDEN');
    expect(unknown.errors?.[0]?.message).toBe(notMine.errors?.[0]?.message);
    expect(codeOf(await ingrid.gql(PERSON, { p: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
  });

  it('records each read in the person’s access log', async () => {
    const bjorn = await idOf(DEMO_PERSONS.declinedPlan);
    const logged = () =>
      server().database.prisma.accessLogEntry.count({
        where: { personId: bjorn, action: 'person.read', actor: { username: DEMO_USERNAMES.coordinator } },
      });
    const before = await logged();
    await ingrid.data(PERSON, { p: bjorn });
    expect(await logged()).toBe(before + 1);
  });
});
