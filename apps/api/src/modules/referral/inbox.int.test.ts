// KE's inbox and the case: filters, pages, waiting days, and the case's graph with its scope.
import { randomUUID } from 'node:crypto';
import { osloStartOfDay, osloToday } from '@samhandling/shared';
import { DEMO_USERNAMES } from '../../demo/personas';
import { TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
const prisma = () => server().database.prisma;

const INBOX = `query ($filter: ReferralInboxFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount nextCursor nodes { id status waitingDays person { name age } }
  }
}`;

/** A day N days before today in Oslo, at noon there. */
function daysAgo(days: number): Date {
  const day = new Date(`${osloToday()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return new Date(osloStartOfDay(day.toISOString().slice(0, 10)).getTime() + 12 * 3_600_000);
}

function birthDateYearsAgo(years: number, extraDays = 0): Date {
  const day = new Date(`${osloToday()}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() - years);
  day.setUTCDate(day.getUTCDate() - extraDays);
  return day;
}

let unitId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const municipality = await prisma().municipality.findFirstOrThrow({ where: { name: 'Fjordvik kommune' } });
  const municipalityId = municipality.id;
  unitId = (await prisma().unit.create({ data: { municipalityId, name: 'Innboksprøve', kind: 'OTHER' } })).id;
  // Five persons, one per age group, each with a referral from the test unit.
  const cases: Array<[key: string, dateOfBirth: Date | null, receivedDaysAgo: number, status: 'RECEIVED' | 'IN_ASSESSMENT' | 'DECIDED']> = [
    ['unborn', null, 40, 'RECEIVED'],
    ['toddler', birthDateYearsAgo(2), 20, 'IN_ASSESSMENT'],
    ['pupil', birthDateYearsAgo(6), 10, 'RECEIVED'],
    ['adult', birthDateYearsAgo(18), 3, 'RECEIVED'],
    ['senior', birthDateYearsAgo(67), 60, 'DECIDED'],
  ];
  for (const [key, dateOfBirth, received, status] of cases) {
    const person = await prisma().person.create({
      data: {
        municipalityId,
        firstName: key,
        lastName: 'Innboks',
        dateOfBirth,
        expectedBirthDate: dateOfBirth ? null : birthDateYearsAgo(-1),
        nationalId: key === 'adult' ? '01019012345' : null,
      },
    });
    const referral = await prisma().referral.create({
      data: {
        id: randomUUID(),
        municipalityId,
        personId: person.id,
        sourceKind: 'MUNICIPAL_PROVIDER',
        sourceName: 'Prøve',
        sourceUnitId: unitId,
        channel: 'WRITTEN',
        requested: 'BOTH',
        needDescription: 'Sammensatte behov som må ses i sammenheng.',
        consentToRefer: true,
        consentForm: 'WRITTEN',
        receivedAt: daysAgo(received),
        status,
        journalNumber: `1999/${String(Object.keys(ids).length + 1).padStart(4, '0')}`,
      },
    });
    ids[key] = referral.id;
  }
});

const names = (page: { nodes: Array<{ person: { name: string } }> }) => page.nodes.map((node) => node.person.name.split(' ')[0]);

describe(`the inbox (${TEST_DATABASE})`, () => {
  it('lists the longest waiting first, with the days waited, and a decided one without', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const { referrals } = await ke.data(INBOX, { filter: { unitId } });
    expect(names(referrals)).toEqual(['senior', 'unborn', 'toddler', 'pupil', 'adult']);
    expect(referrals.totalCount).toBe(5);
    expect(referrals.nodes.map((node: { waitingDays: number | null }) => node.waitingDays)).toEqual([null, 40, 20, 10, 3]);
  });

  it.each([
    [{ statuses: ['RECEIVED'] }, ['unborn', 'pupil', 'adult']],
    [{ statuses: ['IN_ASSESSMENT', 'DECIDED'] }, ['senior', 'toddler']],
    [{ ageGroup: 'UNBORN' }, ['unborn']],
    [{ ageGroup: 'UNDER_SIX' }, ['toddler']],
    [{ ageGroup: 'SCHOOL_AGE' }, ['pupil']],
    [{ ageGroup: 'ADULT' }, ['adult']],
    [{ ageGroup: 'SENIOR' }, ['senior']],
    [{ minWaitingDays: 10 }, ['unborn', 'toddler', 'pupil']],
    [{ minWaitingDays: 11 }, ['unborn', 'toddler']],
    [{ minWaitingDays: 0 }, ['unborn', 'toddler', 'pupil', 'adult']],
  ])('filters by %j', async (filter, expected) => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const { referrals } = await ke.data(INBOX, { filter: { unitId, ...filter } });
    expect(names(referrals)).toEqual(expected);
    expect(referrals.totalCount).toBe(expected.length);
  });

  it('pages with a cursor, and the total stays the same on every page', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const first = (await ke.data(INBOX, { filter: { unitId }, first: 2 })).referrals;
    expect(names(first)).toEqual(['senior', 'unborn']);
    const second = (await ke.data(INBOX, { filter: { unitId }, first: 2, after: first.nextCursor })).referrals;
    expect(names(second)).toEqual(['toddler', 'pupil']);
    const third = (await ke.data(INBOX, { filter: { unitId }, first: 2, after: second.nextCursor })).referrals;
    expect(names(third)).toEqual(['adult']);
    expect(third.nextCursor).toBeNull();
    expect([first.totalCount, second.totalCount, third.totalCount]).toEqual([5, 5, 5]);
  });

  it('refuses a cursor that is not one, and a page too large, with a field message', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const bad = await ke.gql(INBOX, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: expect.any(String) }]);
    const large = await ke.gql(INBOX, { first: 101 });
    expect(large.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(large.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('first');
  });

  it('logs a read for each person on the page', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const before = await prisma().accessLogEntry.count({ where: { action: 'referral.list' } });
    await ke.data(INBOX, { filter: { unitId }, first: 2 });
    expect(await prisma().accessLogEntry.count({ where: { action: 'referral.list' } })).toBe(before + 2);
  });
});

const CASE = `query ($id: ID!) {
  referral(id: $id) {
    id journalNumber title status homeVisitRecommended
    person { name maskedNationalId referrals { id } coordinatorHistory { coordinatorName } plans { status } }
    history { action }
  }
}`;

describe(`the case (${TEST_DATABASE})`, () => {
  it('shows KE the referral, the person with the national id masked, and their other referrals', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const { referral } = await ke.data(CASE, { id: ids.adult });
    expect(referral).toMatchObject({ title: 'Melding – behov for koordinerte tjenester', status: 'RECEIVED', homeVisitRecommended: false });
    expect(referral.person.maskedNationalId).toMatch(/^\d{6} \*{5}$/);
    expect(referral.person.referrals.map((r: { id: string }) => r.id)).toEqual([ids.adult]);
    expect(JSON.stringify(referral)).not.toMatch(/\d{11}/);
  });

  it('recommends a home visit for a small or unborn child', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    for (const key of ['unborn', 'toddler']) expect((await ke.data(CASE, { id: ids[key] })).referral.homeVisitRecommended).toBe(true);
    expect((await ke.data(CASE, { id: ids.pupil })).referral.homeVisitRecommended).toBe(false);
  });

  it('gives the demo person with a coordinator and a plan their history', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const sofie = await prisma().person.findFirstOrThrow({ where: { firstName: 'Sofie', lastName: 'Berg' } });
    const sofieReferral = await prisma().referral.findFirstOrThrow({ where: { personId: sofie.id } });
    const { referral } = await ke.data(CASE, { id: sofieReferral.id });
    expect(referral.person.coordinatorHistory.map((c: { coordinatorName: string }) => c.coordinatorName)).toContain('Ingrid Solberg');
    expect(referral.person.plans.map((p: { status: string }) => p.status)).toContain('ACTIVE');
  });

  it('logs the read and answers NOT_FOUND for a referral that does not exist', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const before = await prisma().accessLogEntry.count({ where: { action: 'referral.read' } });
    await ke.data(CASE, { id: ids.pupil });
    expect(await prisma().accessLogEntry.count({ where: { action: 'referral.read' } })).toBe(before + 1);
    const missing = await ke.gql(CASE, { id: randomUUID() });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is not for a unit leader who was not asked to appoint, nor for other roles', async () => {
    for (const username of [DEMO_USERNAMES.unitLeader, DEMO_USERNAMES.coordinator, DEMO_USERNAMES.gp, DEMO_USERNAMES.citizen]) {
      const client = await server().signIn(username);
      const result = await client.gql(CASE, { id: ids.adult });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('reaches no referral of another municipality', async () => {
    const other = await prisma().municipality.create({ data: { name: 'Nabokommune', number: '9899' } });
    const person = await prisma().person.create({ data: { municipalityId: other.id, firstName: 'Nabo', lastName: 'Person', dateOfBirth: new Date('1990-01-01') } });
    const referral = await prisma().referral.create({
      data: {
        municipalityId: other.id,
        personId: person.id,
        sourceKind: 'PERSON',
        sourceName: 'Nabo',
        channel: 'WRITTEN',
        requested: 'COORDINATOR',
        needDescription: 'Behov i nabokommunen.',
        consentToRefer: true,
        consentForm: 'WRITTEN',
      },
    });
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const result = await ke.gql(CASE, { id: referral.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
