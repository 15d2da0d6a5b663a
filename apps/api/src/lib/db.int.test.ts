// The database layer under concurrency. PGlite has a single connection: concurrent requests and
// interactive transactions must be serialized so that no transaction sees another's statements.
// The same test runs on PostgreSQL (TEST_DATABASE=postgres), where row locks do the work.
import pg from 'pg';
import { TEST_DATABASE, useTestServer } from '../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();



it(`serializes concurrent read-modify-write transactions and plain queries (${TEST_DATABASE})`, async () => {
  const prisma = server().database.prisma;
  const municipality = await prisma.municipality.findFirstOrThrow();
  const start = municipality.agendaNoticeDays;
  const rounds = 25;
  const transactions = Array.from({ length: rounds }, () =>
    prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<Array<{ agendaNoticeDays: number }>>`
        SELECT "agendaNoticeDays" FROM "Municipality" WHERE id = ${municipality.id}::uuid FOR UPDATE`;
      // Yield to the event loop between read and write, so other work gets the chance to interleave.
      await new Promise((resolve) => setTimeout(resolve, 2));
      await tx.municipality.update({ where: { id: municipality.id }, data: { agendaNoticeDays: row!.agendaNoticeDays + 1 } });
    }),
  );
  const reads = Array.from({ length: rounds }, () => prisma.person.count());
  const results = await Promise.allSettled([...transactions, ...reads]);
  expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  const after = await prisma.municipality.findUniqueOrThrow({ where: { id: municipality.id } });
  expect(after.agendaNoticeDays).toBe(start + rounds);
});

it('rolls back a failed transaction completely while other requests go on', async () => {
  const prisma = server().database.prisma;
  const before = await prisma.person.count();
  const failing = prisma.$transaction(async (tx) => {
    const municipality = await tx.municipality.findFirstOrThrow();
    await tx.person.create({ data: { municipalityId: municipality.id, firstName: 'Rull', lastName: 'Tilbake', dateOfBirth: new Date('1990-01-01') } });
    throw new Error('abort on purpose');
  });
  const client = await server().signIn('kari.ke');
  const [outcome, overview] = await Promise.allSettled([failing, client.data('query { keOverview { activePlans } }')]);
  expect(outcome.status).toBe('rejected');
  expect(overview.status).toBe('fulfilled');
  expect(await prisma.person.count()).toBe(before);
});

it('answers many concurrent HTTP requests correctly', async () => {
  const clients = await Promise.all(['kari.ke', 'ingrid.koordinator', 'per.lege', 'sofie.borger'].map((u) => server().signIn(u)));
  const queries = ['query { keOverview { activePlans } }', 'query { myCaseload { person { name } } }', 'query { myParticipation { groupId } }', 'query { actingFor { name } }'];
  const expected = await Promise.all(clients.map((client, i) => client.data(queries[i]!)));
  const runs = await Promise.all(Array.from({ length: 40 }, (_, n) => clients[n % 4]!.data(queries[n % 4]!)));
  runs.forEach((result, n) => expect(result).toEqual(expected[n % 4]));
});

// Only PostgreSQL has a server that can drop connections; the PGlite run has nothing to test here.
if (TEST_DATABASE === 'postgres') {
  it('keeps serving after the database server drops its idle connections (restart, failover)', async () => {
    const client = await server().signIn('kari.ke');
    await client.data('query { keOverview { activePlans } }');
    const [current] = await server().database.sql.query<{ db: string }>('SELECT current_database() AS db');
    const db = current!.db;
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ killed: boolean }>(
        'SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [db],
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { keOverview } = await client.data('query { keOverview { activePlans } }');
    expect(keOverview.activePlans).toBeGreaterThan(0);
    expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
  });
}
