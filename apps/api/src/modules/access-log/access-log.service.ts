// Every read of a person's data is appended here: who, in which role, whose data, what.
// The table is append-only (trigger in the migration).
import type { Context } from '../../context';
import { viewerOf } from '../../context';

export async function recordAccess(ctx: Context, personIds: Iterable<string>, action: string): Promise<void> {
  const viewer = viewerOf(ctx);
  const unique = [...new Set(personIds)];
  if (unique.length === 0) return;
  await ctx.db.accessLogEntry.createMany({
    data: unique.map((personId) => ({
      municipalityId: viewer.municipalityId,
      actorId: viewer.userId,
      actorRole: viewer.activeRole,
      personId,
      action,
    })),
  });
}

export async function accessLogFor(ctx: Context, personId: string, take = 100) {
  return ctx.db.accessLogEntry.findMany({
    where: { personId },
    orderBy: { at: 'desc' },
    take,
    include: { actor: { select: { name: true, title: true } } },
  });
}
