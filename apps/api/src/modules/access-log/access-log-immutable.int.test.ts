// The database itself refuses to change or remove access-log entries, whatever the application does.
import { useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

it('refuses UPDATE, DELETE and TRUNCATE on the access log and keeps the entries', async () => {
  const prisma = server().database.prisma;
  const person = await prisma.person.findFirstOrThrow();
  const actor = await prisma.user.findFirstOrThrow({ where: { municipalityId: person.municipalityId } });
  await prisma.accessLogEntry.create({
    data: { municipalityId: person.municipalityId, actorId: actor.id, actorRole: 'SYSTEM_COORDINATOR', personId: person.id, action: 'plan.read' },
  });
  const before = await prisma.accessLogEntry.count();
  expect(before).toBeGreaterThan(0);

  await expect(prisma.$executeRawUnsafe(`UPDATE "AccessLogEntry" SET "action" = 'x'`)).rejects.toThrow(/append-only/);
  await expect(prisma.$executeRawUnsafe(`DELETE FROM "AccessLogEntry"`)).rejects.toThrow(/append-only/);
  await expect(prisma.$executeRawUnsafe(`TRUNCATE "AccessLogEntry"`)).rejects.toThrow(/append-only/);

  expect(await prisma.accessLogEntry.count()).toBe(before);
  expect(await prisma.accessLogEntry.count({ where: { action: 'x' } })).toBe(0);
});
