// consentAlerts over HTTP against a real database: persons whose needed consent is missing (an
// open plan without a consent to it in force, an active group without a consent to the group or
// to information exchange) or about to expire within the municipality's notice
// (consentExpiryNoticeDays, 30 by default), unless a consent follows it; the coordinator sees
// their own persons and KE all; every role of the policy; the access log; and as many SQL
// statements for 50 persons as for one.
import { randomUUID } from 'node:crypto';
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson } from '../../test-support/cases';
import { asDate, dayFromToday as day } from '../../test-support/dates';
import { countStatements } from '../../test-support/statements';
import { useTestServer, type ApiClient, type GraphQLResponse } from '../../test-support/test-server';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const ALERTS = 'query { consentAlerts { person { id name age } kind scope consentId periodEnd daysLeft planId groupId } }';

interface Alert {
  person: { id: string; name: string; age: number | null };
  kind: string;
  scope: string;
  consentId: string | null;
  periodEnd: string | null;
  daysLeft: number | null;
  planId: string | null;
  groupId: string | null;
}

const clients = {} as Record<'ingrid' | 'jonas' | 'ke' | 'unitLeader' | 'gp' | 'citizen', ApiClient>;
let municipalityId: string;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.unitLeader = await server().signIn(DEMO_USERNAMES.unitLeader);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
});

const alertsOf = async (client: ApiClient) => (await client.data<{ consentAlerts: Alert[] }>(ALERTS)).consentAlerts;
const personOf = (names: { firstName: string; lastName: string }) => prisma().person.findFirstOrThrow({ where: names });
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('in the demo municipality', () => {
  it("KE sees Kjell Andersen's consents running out within 30 days and Kristoffer Lund's withdrawn exchange consent", async () => {
    const alerts = await alertsOf(clients.ke);
    const kjell = await personOf(DEMO_PERSONS.renewalDue);
    const kjellAlerts = alerts.filter((alert) => alert.person.id === kjell.id);
    expect(kjellAlerts.map((alert) => [alert.kind, alert.scope, alert.daysLeft, alert.periodEnd]).sort()).toEqual([
      ['CONSENT_EXPIRING', 'INDIVIDUAL_PLAN', 20, day(20)],
      ['CONSENT_EXPIRING', 'INFORMATION_EXCHANGE', 20, day(20)],
      ['CONSENT_EXPIRING', 'RESPONSIBILITY_GROUP', 20, day(20)],
    ]);
    const planConsent = await prisma().consent.findFirstOrThrow({ where: { personId: kjell.id, scope: 'INDIVIDUAL_PLAN' } });
    expect(kjellAlerts.find((alert) => alert.scope === 'INDIVIDUAL_PLAN')).toMatchObject({ consentId: planConsent.id, person: { name: 'Kjell Andersen' } });
    const kristoffer = await personOf(DEMO_PERSONS.withdrawnExchangeConsent);
    const group = await prisma().responsibilityGroup.findFirstOrThrow({ where: { personId: kristoffer.id, status: 'ACTIVE' } });
    expect(alerts.filter((alert) => alert.person.id === kristoffer.id)).toEqual([
      expect.objectContaining({ kind: 'EXCHANGE_CONSENT_MISSING', scope: 'INFORMATION_EXCHANGE', consentId: null, groupId: group.id }),
    ]);
    // Sofie's consents hold until long after the notice: she is not listed.
    const sofie = await personOf(DEMO_PERSONS.citizen);
    expect(alerts.some((alert) => alert.person.id === sofie.id)).toBe(false);
    // Missing consents come first, then those expiring soonest.
    const kinds = alerts.map((alert) => alert.kind);
    expect(kinds.indexOf('CONSENT_EXPIRING')).toBeGreaterThan(kinds.lastIndexOf('EXCHANGE_CONSENT_MISSING'));
  });

  it('a coordinator sees only the persons they coordinate', async () => {
    const [ke, ingrid, jonas] = await Promise.all([alertsOf(clients.ke), alertsOf(clients.ingrid), alertsOf(clients.jonas)]);
    const kjell = await personOf(DEMO_PERSONS.renewalDue);
    expect(ingrid.some((alert) => alert.person.id === kjell.id)).toBe(true);
    expect(jonas.some((alert) => alert.person.id === kjell.id)).toBe(false);
    const coordinated = async (username: string) =>
      new Set(
        (await prisma().coordinatorAssignment.findMany({ where: { coordinator: { username }, OR: [{ endDate: null }, { endDate: { gte: asDate(day(0)) } }] } })).map(
          (a) => a.personId,
        ),
      );
    const ingridsPersons = await coordinated(DEMO_USERNAMES.coordinator);
    expect(ingrid.every((alert) => ingridsPersons.has(alert.person.id))).toBe(true);
    // KE sees them all.
    for (const alert of [...ingrid, ...jonas]) expect(ke).toContainEqual(alert);
  });

  it('is for coordinators and KE; other roles are FORBIDDEN, the signed-out UNAUTHENTICATED', async () => {
    for (const client of [clients.unitLeader, clients.gp, clients.citizen]) {
      const result = await client.gql(ALERTS);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
    expect(codeOf(await server().anonymous().gql(ALERTS))).toBe('UNAUTHENTICATED');
  });

  it('logs access for each person listed', async () => {
    const kjell = await personOf(DEMO_PERSONS.renewalDue);
    const count = () => prisma().accessLogEntry.count({ where: { personId: kjell.id, action: 'consent.alerts', actor: { username: DEMO_USERNAMES.coordinator } } });
    const before = await count();
    await alertsOf(clients.ingrid);
    expect(await count()).toBe(before + 1);
  });
});

describe('the rules', () => {
  const REGISTER = 'mutation ($input: RegisterConsentInput!) { registerConsent(input: $input) { id } }';
  const alertsFor = async (personId: string) => (await alertsOf(clients.ingrid)).filter((alert) => alert.person.id === personId);

  it('an open plan needs a consent to it in force; a consent for a later period does not count yet', async () => {
    const personId = await makePlanPerson(prisma());
    const plan = await prisma().individualPlan.create({ data: { municipalityId, personId, status: 'DRAFT', periodStart: asDate(day(0)), periodEnd: asDate(day(365)) } });
    expect(await alertsFor(personId)).toEqual([expect.objectContaining({ kind: 'PLAN_CONSENT_MISSING', scope: 'INDIVIDUAL_PLAN', planId: plan.id })]);
    const input = { personId, scope: 'INDIVIDUAL_PLAN', form: 'WRITTEN', givenAt: day(0) };
    await clients.ingrid.data(REGISTER, { input: { ...input, periodStart: day(5), periodEnd: day(365) } });
    expect((await alertsFor(personId)).map((alert) => alert.kind)).toEqual(['PLAN_CONSENT_MISSING']);
    await clients.ingrid.data(REGISTER, { input: { ...input, periodStart: day(0), periodEnd: day(4) } });
    // In force now, and followed by the one from day 5: nothing to see to.
    expect(await alertsFor(personId)).toEqual([]);
  });

  it('a consent ending within the notice alerts until a new one follows it; the notice is a municipality setting', async () => {
    const personId = await makePlanPerson(prisma());
    await prisma().individualPlan.create({ data: { municipalityId, personId, status: 'ACTIVE', periodStart: asDate(day(-300)), periodEnd: asDate(day(12)) } });
    const input = { personId, scope: 'INDIVIDUAL_PLAN', form: 'WRITTEN', givenAt: day(0) };
    const { registerConsent } = await clients.ingrid.data<{ registerConsent: { id: string } }>(REGISTER, { input });
    expect(await alertsFor(personId)).toEqual([
      expect.objectContaining({ kind: 'CONSENT_EXPIRING', consentId: registerConsent.id, periodEnd: day(12), daysLeft: 12 }),
    ]);
    await prisma().municipality.update({ where: { id: municipalityId }, data: { consentExpiryNoticeDays: 10 } });
    try {
      expect(await alertsFor(personId)).toEqual([]);
    } finally {
      await prisma().municipality.update({ where: { id: municipalityId }, data: { consentExpiryNoticeDays: 30 } });
    }
    await clients.ingrid.data(REGISTER, { input: { ...input, periodStart: day(13), periodEnd: day(400) } });
    expect(await alertsFor(personId)).toEqual([]);
  });

  it('an active group needs consents to the group and to information exchange; a withdrawal shows at once', async () => {
    const personId = await makePlanPerson(prisma());
    const input = { personId, form: 'WRITTEN', givenAt: day(0) };
    const told = { informedOfComposition: true, informedOfWayOfWorking: true, informedOfInformationExchange: true };
    const group = await clients.ingrid.data<{ registerConsent: { id: string } }>(REGISTER, { input: { ...input, scope: 'RESPONSIBILITY_GROUP', ...told } });
    const groupRow = await prisma().responsibilityGroup.create({
      data: { municipalityId, personId, consentId: group.registerConsent.id, establishedAt: asDate(day(0)) },
    });
    expect(await alertsFor(personId)).toEqual([expect.objectContaining({ kind: 'EXCHANGE_CONSENT_MISSING', groupId: groupRow.id })]);
    await clients.ingrid.data(REGISTER, { input: { ...input, scope: 'INFORMATION_EXCHANGE', ...told } });
    expect(await alertsFor(personId)).toEqual([]);
    await clients.ingrid.data('mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', { id: group.registerConsent.id });
    expect(await alertsFor(personId)).toEqual([expect.objectContaining({ kind: 'GROUP_CONSENT_MISSING', scope: 'RESPONSIBILITY_GROUP' })]);
  });
});

describe('SQL statements', () => {
  const MANY = 50;
  let serial = 9700;

  /** A municipality of its own with a KE user, a coordinator, and `count` persons the coordinator follows. */
  async function tenant() {
    serial += 1;
    const municipality = await prisma().municipality.create({ data: { name: `Telling ${serial}`, number: String(serial) } });
    const unit = await prisma().unit.create({ data: { municipalityId: municipality.id, name: 'Hjemmetjenesten', kind: 'HOME_CARE' } });
    const staff = async (name: string, roles: Array<'SYSTEM_COORDINATOR' | 'COORDINATOR'>) =>
      prisma().user.create({ data: { municipalityId: municipality.id, username: `${name}.${serial}`, name, kind: 'STAFF', roles } });
    const [ke, coordinator] = await Promise.all([staff('ke', ['SYSTEM_COORDINATOR']), staff('koordinator', ['COORDINATOR'])]);
    const addPersons = async (count: number) => {
      const ids = Array.from({ length: count }, () => randomUUID());
      const m = municipality.id;
      await prisma().person.createMany({ data: ids.map((id, i) => ({ id, municipalityId: m, firstName: `P${i}`, lastName: 'Telling', dateOfBirth: asDate('1970-01-01') })) });
      await prisma().coordinatorAssignment.createMany({
        data: ids.map((personId) => ({ municipalityId: m, personId, coordinatorId: coordinator.id, unitId: unit.id, startDate: asDate(day(-30)) })),
      });
      const consent = (personId: string, scope: 'INDIVIDUAL_PLAN' | 'RESPONSIBILITY_GROUP', periodEnd: string) => ({
        id: randomUUID(),
        municipalityId: m,
        personId,
        scope,
        form: 'WRITTEN' as const,
        givenAt: asDate(day(-30)),
        periodStart: asDate(day(-30)),
        periodEnd: asDate(periodEnd),
        informedOfComposition: true,
        informedOfWayOfWorking: true,
        informedOfInformationExchange: true,
      });
      const planConsents = ids.map((personId) => consent(personId, 'INDIVIDUAL_PLAN', day(10)));
      const groupConsents = ids.map((personId) => consent(personId, 'RESPONSIBILITY_GROUP', day(300)));
      await prisma().consent.createMany({ data: [...planConsents, ...groupConsents] });
      await prisma().individualPlan.createMany({
        data: ids.map((personId) => ({ municipalityId: m, personId, status: 'ACTIVE' as const, periodStart: asDate(day(-30)), periodEnd: asDate(day(10)) })),
      });
      await prisma().responsibilityGroup.createMany({
        data: ids.map((personId, i) => ({ municipalityId: m, personId, consentId: groupConsents[i]!.id, establishedAt: asDate(day(-30)) })),
      });
    };
    return { ke, coordinator, addPersons };
  }

  it.each(['ke', 'koordinator'] as const)('as %s: the same number for 50 persons as for one', async (who) => {
    const { ke, coordinator, addPersons } = await tenant();
    const client = await server().signIn((who === 'ke' ? ke : coordinator).username);
    const count = async () => {
      const result = await countStatements<{ consentAlerts: Alert[] }>(server(), client.cookie, ALERTS);
      if (result.response.errors) throw new Error(JSON.stringify(result.response.errors));
      return result;
    };
    await addPersons(1);
    await count(); // the session's first request reads the session
    const one = await count();
    expect(one.response.data!.consentAlerts.map((alert) => alert.kind)).toEqual(['EXCHANGE_CONSENT_MISSING', 'CONSENT_EXPIRING']);
    await addPersons(MANY - 1);
    const many = await count();
    expect(many.response.data!.consentAlerts).toHaveLength(2 * MANY);
    expect(many.count).toBe(one.count);
    // The setting, the persons with their plans, groups and consents, and the access log.
    expect(one.count).toBeLessThanOrEqual(3);
  });
});
