// A case's history: every change to a referral, its assessment, decisions, appeals and
// appointments is written here, in the transaction that makes it, with who, in which role,
// when, what, and the fields before and after. The table is append-only (trigger).
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import type { Transaction } from '../../lib/versioned';

export interface HistoryChange {
  personId: string;
  referralId?: string | null;
  planId?: string | null;
  entity: string;
  /** The record's version after the change, for a versioned record. */
  entityVersion?: number | null;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Plain JSON for a history row: dates as ISO strings, undefined left out. */
function toJson(values: Record<string, unknown> | null | undefined): Prisma.InputJsonObject | undefined {
  if (!values) return undefined;
  const json: Record<string, Prisma.InputJsonValue | null> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    json[key] = value instanceof Date ? value.toISOString() : (value as Prisma.InputJsonValue | null);
  }
  return json;
}

/** Only the fields that changed, before and after. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = Object.keys(after).filter((key) => {
    const a = before[key];
    const b = after[key];
    return (a instanceof Date ? a.getTime() : a) !== (b instanceof Date ? b.getTime() : b);
  });
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}

/** Writes the changes inside the caller's transaction, at the request's moment. */
export async function recordHistory(tx: Transaction, ctx: Context, ...changes: HistoryChange[]): Promise<void> {
  const viewer = viewerOf(ctx);
  await tx.historyEntry.createMany({
    data: changes.map((change) => ({
      municipalityId: viewer.municipalityId,
      personId: change.personId,
      referralId: change.referralId ?? null,
      planId: change.planId ?? null,
      entity: change.entity,
      entityVersion: change.entityVersion ?? null,
      entityId: change.entityId,
      action: change.action,
      actorId: viewer.userId,
      actorRole: viewer.activeRole,
      at: ctx.now,
      before: toJson(change.before),
      after: toJson(change.after),
    })),
  });
}
