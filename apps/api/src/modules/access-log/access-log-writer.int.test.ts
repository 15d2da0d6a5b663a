// Group commit of the access log: concurrent reads share INSERTs, every read's row is stored
// before its answer, and one bad row fails only its own request.
import { randomUUID } from 'node:crypto';
import { DEMO_USERNAMES } from '../../demo/personas';
import { webDocument } from '../../scripts/bench/web-documents';
import { useTestServer } from '../../test-support/test-server';
import { AccessLogWriter, type AccessLogRow } from './access-log-writer';

jest.setTimeout(60_000);

const server = useTestServer();

const entries = async (where: { personId?: string; action?: string } = {}) => server().database.prisma.accessLogEntry.count({ where });

it('stores the rows of concurrent reads in fewer statements than reads, each before its answer', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const [self] = (await citizen.data<{ actingFor: Array<{ id: string }> }>(webDocument('ActingFor'))).actingFor;
  const personId = self!.id;
  const before = await entries({ personId, action: 'plan.read' });
  const READS = 20;

  const inserts: string[] = [];
  const stop = server().database.statements.listen((sql) => {
    if (sql.includes('INSERT INTO "AccessLogEntry"')) inserts.push(sql);
  });
  try {
    // Each answer is checked against the table as it arrives: its row must be there already.
    const stored = await Promise.all(
      Array.from({ length: READS }, async () => {
        const result = await citizen.data<{ plan: { id: string } | null }>(webDocument('CitizenPlan'), { personId });
        expect(result.plan).not.toBeNull();
        return entries({ personId, action: 'plan.read' });
      }),
    );
    expect(Math.min(...stored)).toBeGreaterThan(before);
  } finally {
    stop();
  }
  expect(await entries({ personId, action: 'plan.read' })).toBe(before + READS);
  expect(inserts.length).toBeGreaterThan(0);
  expect(inserts.length).toBeLessThanOrEqual(READS);
  // PGlite runs a statement to its end in this thread, so no request can queue behind one there.
  if (server().database.kind === 'postgres') expect(inserts.length).toBeLessThan(READS);
});

it('fails only the request whose row cannot be stored', async () => {
  const { prisma } = server().database;
  const writer = new AccessLogWriter(prisma);
  const user = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  const person = await prisma.person.findFirstOrThrow({ where: { municipalityId: user.municipalityId } });
  const row = (personId: string, action: string): AccessLogRow => ({
    municipalityId: user.municipalityId,
    actorId: user.id,
    actorRole: 'COORDINATOR',
    personId,
    action,
    at: new Date(),
  });
  const action = `test.${randomUUID()}`;
  // The first goes alone; the next three wait for it and then share a statement, which fails on
  // the unknown person and is written again one request at a time.
  const results = await Promise.allSettled([
    writer.append([row(person.id, action)]),
    writer.append([row(person.id, action)]),
    writer.append([row(randomUUID(), action)]),
    writer.append([row(person.id, action), row(person.id, action)]),
  ]);
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  expect(await entries({ action })).toBe(4);
});
