// The benchmark's hand-written baselines answer exactly the full stack's data for the web app's
// documents, and the obliged variants do the API's work, on both databases; so `pnpm bench`
// compares like with like. Nothing here is timed.
import { loadConfig } from '../../../config/config';
import { DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../../demo/personas';
import { ADMIN_URL, TEST_DATABASE, useTestServer } from '../../../test-support/test-server';
import { HOT_OPERATIONS, operationByKey } from '../operations';
import { baselineMismatches, prepareTargets, type Urls } from '../targets';
import { sessionToken, startBaselines, tokenHash, type BaselineServers } from './servers';

jest.setTimeout(60_000);

const server = useTestServer();
let baselines: BaselineServers;
const urls = (): Urls => ({ apiUrl: server().url, sqlUrl: baselines.sqlUrl, apolloUrl: baselines.apolloUrl });

beforeAll(async () => {
  const { database } = server();
  let databaseUrl: string | undefined;
  if (TEST_DATABASE === 'postgres') {
    const [current] = await database.sql.query<{ name: string }>('SELECT current_database() AS name');
    const url = new URL(ADMIN_URL);
    url.pathname = `/${current!.name}`;
    databaseUrl = url.toString();
  }
  baselines = await startBaselines(database, loadConfig({ DATABASE_URL: databaseUrl, DB_POOL_SIZE: '2' }));
});

afterAll(async () => {
  await baselines?.close();
});

const post = async (url: string, body: string, cookie?: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions: { code: string } }> };
};

/** The full stack's answer to an operation, as its user. */
async function fullStackData(key: string) {
  const prepared = await prepareTargets(urls(), operationByKey(key)!);
  const full = prepared.targets[0]!;
  return (await post(full.url, full.body, full.headers.cookie)).data;
}

it.each(HOT_OPERATIONS.map((operation) => [operation.label, operation] as const))(
  '%s: every baseline answers the full stack’s data',
  async (_label, operation) => {
    const prepared = await prepareTargets(urls(), operation);
    const full = prepared.targets[0]!;
    const { data } = await post(full.url, full.body, full.headers.cookie);
    const answer = data?.[operation.sql.field];
    expect(Array.isArray(answer) ? answer.length : answer).toBeTruthy();
    expect(await baselineMismatches(prepared, async (constant) => baselines.setConstant(constant))).toEqual([]);
  },
);

it('the obliged plan read needs a session, applies the citizen rule and logs the read', async () => {
  const prepared = await prepareTargets(urls(), operationByKey('plan')!);
  const obliged = prepared.targets.find((target) => target.kind === 'sqlObliged')!;
  const logged = () => server().database.prisma.accessLogEntry.count({ where: { action: 'plan.read' } });
  const before = await logged();
  expect((await post(obliged.url, obliged.body, obliged.headers.cookie)).data?.plan).toBeTruthy();
  expect(await logged()).toBe(before + 1);

  expect((await post(obliged.url, obliged.body)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  const ke = (await server().signIn(DEMO_USERNAMES.systemCoordinator)).cookie;
  expect((await post(obliged.url, obliged.body, ke)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  expect(await logged()).toBe(before + 1);
});

it('the compared caseload holds a change of coordinator, so its handover is compared too', async () => {
  const caseload = (await fullStackData('caseload'))?.myCaseload as Array<{ handover: unknown }>;
  expect(caseload.some((entry) => entry.handover !== null)).toBe(true);
});

it('the compared case is decided and appealed, with a coordinator appointed', async () => {
  const prepared = await prepareTargets(urls(), operationByKey('case')!);
  const { id } = (JSON.parse(prepared.targets[0]!.body) as { variables: { id: string } }).variables;
  const { prisma } = server().database;
  const referral = await prisma.referral.findUniqueOrThrow({ where: { id }, select: { status: true, personId: true } });
  expect(referral.status).toBe('DECIDED');
  expect(await prisma.appeal.count({ where: { decision: { referralId: id } } })).toBe(1);
  expect(await prisma.coordinatorAssignment.count({ where: { personId: referral.personId } })).toBeGreaterThan(0);
});

it('the obliged case page applies KE’s rule and logs the read of the case’s person as the API does', async () => {
  const prepared = await prepareTargets(urls(), operationByKey('case')!);
  const target = (kind: string) => prepared.targets.find((each) => each.kind === kind)!;
  const { id } = (JSON.parse(target('full').body) as { variables: { id: string } }).variables;
  const { prisma } = server().database;
  const [referral, ke] = await Promise.all([
    prisma.referral.findUniqueOrThrow({ where: { id }, select: { personId: true, municipalityId: true } }),
    prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.systemCoordinator } }),
  ]);
  const where = { ...referral, actorId: ke.id, actorRole: 'SYSTEM_COORDINATOR' as const, action: 'referral.read' };
  const logged = () => prisma.accessLogEntry.count({ where });
  const before = await logged();
  for (const kind of ['full', 'sqlObliged']) {
    expect((await post(target(kind).url, target(kind).body, target(kind).headers.cookie)).data?.referral).toBeTruthy();
  }
  expect(await logged()).toBe(before + 2);

  const obliged = target('sqlObliged');
  expect((await post(obliged.url, obliged.body)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  const coordinator = (await server().signIn(DEMO_USERNAMES.coordinator)).cookie;
  expect((await post(obliged.url, obliged.body, coordinator)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  expect(await prisma.accessLogEntry.count({ where: { action: 'referral.read', personId: referral.personId } })).toBe(before + 2);
});

it('the case page baselines answer the full stack’s data for every case, and for one with all its fields set', async () => {
  const { prisma } = server().database;
  const ke = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.systemCoordinator } });
  const { municipalityId } = ke;
  // An earlier, closed case of a person with a case of today: an inpatient, units named, the consent
  // dated, and a closed plan, which no demo case has all of.
  const [sigrid, unit] = await Promise.all([
    prisma.person.findFirstOrThrow({ where: { municipalityId, ...DEMO_PERSONS.coordinatorOnly } }),
    prisma.unit.findFirstOrThrow({ where: { municipalityId, name: DEMO_UNITS.homeCare } }),
  ]);
  await prisma.referral.create({
    data: {
      municipalityId,
      personId: sigrid.id,
      journalNumber: '2024/0007',
      status: 'CLOSED',
      sourceKind: 'HOSPITAL',
      sourceName: 'Camilla Ås',
      sourceOrganisation: 'Helse Fjordvik HF',
      reporterCapacity: 'Sykepleier',
      sourceUnitId: unit.id,
      channel: 'ELECTRONIC',
      requested: 'COORDINATOR',
      needDescription: 'Utskrives etter fall.',
      consentToRefer: true,
      consentForm: 'ORAL',
      consentDate: new Date('2024-03-01'),
      consentHeardBy: 'Camilla Ås',
      wishedCoordinator: 'Ingrid',
      wishedUnitId: unit.id,
      isInpatient: true,
      plannedDischargeDate: new Date('2024-03-10'),
      receivedAt: new Date('2024-03-01T09:30:00.000Z'),
      closedAt: new Date('2024-04-01T09:30:00.000Z'),
    },
  });
  await prisma.individualPlan.create({
    data: {
      municipalityId,
      personId: sigrid.id,
      status: 'CLOSED',
      periodStart: new Date('2024-04-01'),
      periodEnd: new Date('2024-12-31'),
      createdAt: new Date('2024-04-01T10:00:00.000Z'),
      closedAt: new Date('2024-12-31T10:00:00.000Z'),
    },
  });
  const referrals = await prisma.referral.findMany({ where: { municipalityId }, select: { id: true } });
  expect(referrals.length).toBeGreaterThan(30);
  const problems: string[] = [];
  for (const { id } of referrals) {
    const prepared = await prepareTargets(urls(), { ...operationByKey('case')!, variables: async () => ({ id }) });
    problems.push(...(await baselineMismatches(prepared, async () => undefined)).map((problem) => `${id}: ${problem}`));
  }
  expect(problems).toEqual([]);
});

it('the obliged session check is the API’s: an expired session is ended, a valid one renewed after five minutes', async () => {
  const { cookie } = await server().signIn(DEMO_USERNAMES.citizen);
  const where = { tokenHash: tokenHash(sessionToken(cookie)!) };
  const sessions = server().database.prisma.session;
  const meObliged = `${baselines.sqlUrl}/sql-obliged/me`;
  const body = JSON.stringify({ variables: {} });

  const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
  await sessions.update({ where, data: { lastSeenAt: tenMinutesAgo } });
  expect((await post(meObliged, body, cookie)).data?.me).toBeTruthy();
  expect((await sessions.findUniqueOrThrow({ where })).lastSeenAt.getTime()).toBeGreaterThan(tenMinutesAgo.getTime());

  await sessions.update({ where, data: { expiresAt: new Date(Date.now() - 60_000) } });
  expect((await post(meObliged, body, cookie)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  expect(await sessions.count({ where })).toBe(0);
});
