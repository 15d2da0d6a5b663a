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

it('stores the row of every concurrent read before its answer', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const [self] = (await citizen.data<{ actingFor: Array<{ id: string }> }>(webDocument('ActingFor'))).actingFor;
  const personId = self!.id;
  const before = await entries({ personId, action: 'plan.read' });
  const READS = 20;

  // Each answer is checked against the table as it arrives: its row must be there already.
  const stored = await Promise.all(
    Array.from({ length: READS }, async () => {
      const result = await citizen.data<{ plan: { id: string } | null }>(webDocument('CitizenPlan'), { personId });
      expect(result.plan).not.toBeNull();
      return entries({ personId, action: 'plan.read' });
    }),
  );
  expect(Math.min(...stored)).toBeGreaterThan(before);
  expect(await entries({ personId, action: 'plan.read' })).toBe(before + READS);
});

it('writes the rows that wait behind a statement together in the next', async () => {
  const { prisma, statements } = server().database;
  const writer = new AccessLogWriter(prisma);
  const { row, action } = await rowsOfTestAction();
  const { statements: sent } = await statements.record(() => Promise.all(Array.from({ length: 5 }, () => writer.append([row()]))));
  expect(sent.filter((sql) => sql.includes('INSERT INTO "AccessLogEntry"'))).toHaveLength(2);
  expect(await entries({ action })).toBe(5);
});

/** Rows by a demo coordinator about a person of theirs, under an action of this test's own. */
async function rowsOfTestAction() {
  const { prisma } = server().database;
  const user = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  const person = await prisma.person.findFirstOrThrow({ where: { municipalityId: user.municipalityId } });
  const action = `test.${randomUUID()}`;
  const row = (personId = person.id): AccessLogRow => ({
    municipalityId: user.municipalityId,
    actorId: user.id,
    actorRole: 'COORDINATOR',
    personId,
    action,
    at: new Date(),
  });
  return { row, action };
}

it('fails only the request whose row cannot be stored', async () => {
  const writer = new AccessLogWriter(server().database.prisma);
  const { row, action } = await rowsOfTestAction();
  // The first goes alone; the next three wait for it and then share a statement, which fails on
  // the unknown person and is written again one request at a time.
  const results = await Promise.allSettled([
    writer.append([row()]),
    writer.append([row()]),
    writer.append([row(randomUUID())]),
    writer.append([row(), row()]),
  ]);
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  expect(await entries({ action })).toBe(4);
});
