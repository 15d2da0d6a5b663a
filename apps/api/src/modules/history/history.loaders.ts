import type { Prisma } from '../../generated/prisma/client';
import { defineLoader, groupBy } from '../../lib/loaders';
import type { FieldChange, HistoryEntry } from './history.type';

const asText = (value: Prisma.JsonValue | undefined): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

const asObject = (value: Prisma.JsonValue | null): Record<string, Prisma.JsonValue> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};

/** The fields a change names, before and after (a creation has only after, a removal only before). */
export function fieldChanges(before: Prisma.JsonValue | null, after: Prisma.JsonValue | null): FieldChange[] {
  const was = asObject(before);
  const is = asObject(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return fields.map((field) => ({ field, before: asText(was[field]), after: asText(is[field]) }));
}

/** A case's history, oldest first. */
export const historyByReferral = defineLoader<string, HistoryEntry[]>(async (ctx, referralIds) => {
  const rows = await ctx.db.historyEntry.findMany({
    where: { referralId: { in: [...referralIds] } },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { id: true, referralId: true, at: true, action: true, entity: true, actorRole: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return groupBy(referralIds, rows, (row) => row.referralId ?? '').map((group) =>
    group.map((row) => ({
      id: String(row.id),
      at: row.at,
      action: row.action,
      entity: row.entity,
      actorName: row.actor.name,
      actorRole: row.actorRole,
      changes: fieldChanges(row.before, row.after),
    })),
  );
});
