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

/** What a HistoryEntry shows of a row. */
const HISTORY_SELECT = {
  id: true,
  at: true,
  action: true,
  entity: true,
  entityId: true,
  entityVersion: true,
  actorRole: true,
  before: true,
  after: true,
  actor: { select: { name: true } },
} as const satisfies Prisma.HistoryEntrySelect;

type HistoryRow = Prisma.HistoryEntryGetPayload<{ select: typeof HISTORY_SELECT }>;

const toHistoryEntry = (row: HistoryRow): HistoryEntry => ({
  id: String(row.id),
  at: row.at,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  entityVersion: row.entityVersion,
  actorName: row.actor.name,
  actorRole: row.actorRole,
  changes: fieldChanges(row.before, row.after),
});

const OLDEST_FIRST = [{ at: 'asc' }, { id: 'asc' }] satisfies Prisma.HistoryEntryOrderByWithRelationInput[];
const NEWEST_FIRST = [{ at: 'desc' }, { id: 'desc' }] satisfies Prisma.HistoryEntryOrderByWithRelationInput[];

/** A case's history, oldest first. */
export const historyByReferral = defineLoader<string, HistoryEntry[]>(async (ctx, referralIds) => {
  const rows = await ctx.db.historyEntry.findMany({
    where: { referralId: { in: [...referralIds] } },
    orderBy: OLDEST_FIRST,
    select: { ...HISTORY_SELECT, referralId: true },
  });
  return groupBy(referralIds, rows, (row) => row.referralId ?? '').map((group) => group.map(toHistoryEntry));
});

/** A loader key for "the newest `first` entries of `id`" (a loader's keys are compared as text). */
export const newestKey = (id: string, first: number): string => `${first}:${id}`;

const parseKey = (key: string) => {
  const colon = key.indexOf(':');
  return { first: Number(key.slice(0, colon)), id: key.slice(colon + 1) };
};

/** Keys by their `first`, so each distinct page size is one query (a request has one, as a rule). */
function byPageSize(keys: readonly string[]): Map<number, string[]> {
  const sizes = new Map<number, string[]>();
  for (const { first, id } of keys.map(parseKey)) sizes.set(first, [...(sizes.get(first) ?? []), id]);
  return sizes;
}

/**
 * A plan's history, newest first, `first` entries (keys from newestKey). The plan's relation
 * takes the newest entries of each plan in the one statement (a lateral join with a limit).
 */
export const historyByPlan = defineLoader<string, HistoryEntry[]>(async (ctx, keys) => {
  const found = new Map<string, HistoryEntry[]>();
  for (const [first, planIds] of byPageSize(keys)) {
    const plans = await ctx.db.individualPlan.findMany({
      where: { id: { in: planIds } },
      select: { id: true, history: { orderBy: NEWEST_FIRST, take: first, select: HISTORY_SELECT } },
    });
    for (const plan of plans) found.set(newestKey(plan.id, first), plan.history.map(toHistoryEntry));
  }
  return keys.map((key) => found.get(key) ?? []);
});

/**
 * The history of one record of a plan (a goal, a measure), newest first, `first` entries (keys
 * from newestKey). The entries name their record by id without a relation, so each record's
 * entries are read and cut here: a record's history is short beside its plan's.
 */
export const historyByPlanRecord = defineLoader<string, HistoryEntry[]>(async (ctx, keys) => {
  const found = new Map<string, HistoryEntry[]>();
  for (const [first, entityIds] of byPageSize(keys)) {
    const rows = await ctx.db.historyEntry.findMany({
      where: { entityId: { in: entityIds }, planId: { not: null } },
      orderBy: NEWEST_FIRST,
      select: HISTORY_SELECT,
    });
    groupBy(entityIds, rows, (row) => row.entityId).forEach((group, index) => {
      found.set(newestKey(entityIds[index]!, first), group.slice(0, first).map(toHistoryEntry));
    });
  }
  return keys.map((key) => found.get(key) ?? []);
});
