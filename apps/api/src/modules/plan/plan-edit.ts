// How every part of a plan is edited: inside one transaction, on a plan that is not closed,
// from the version the editor started at, with the change kept in the plan's history (which
// also tells every open editor and reader, by a trigger in the migration `plan_editor`).
//
// A save against an older version is not refused outright: when none of the fields it changes
// were changed since that version (two people working on different sections), it goes
// through. When one was, it is CONFLICT and the editor shows both versions.
import type { Context } from '../../context';
import { badInput, conflict, notFound, type FieldError } from '../../graphql/errors';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { changedFields, recordHistory } from '../history/history.service';
import { storedText } from '../../lib/text';

export interface PlanRef {
  id: string;
  personId: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
}

/**
 * The plan, for this transaction's edit. A closed plan is read-only; a plan continued into a new
 * period waits for the consent to it (`forConsent`: the registration of that consent).
 */
export async function editablePlan(tx: Transaction, planId: string, options: { forConsent?: boolean } = {}): Promise<PlanRef> {
  const plan = await tx.individualPlan.findUnique({ where: { id: planId }, select: { id: true, personId: true, status: true, awaitingConsentSince: true } });
  if (!plan) throw notFound();
  if (plan.status === 'CLOSED') throw conflict('plan.error.closed');
  if (plan.awaitingConsentSince && !options.forConsent) throw conflict('plan.error.awaitingConsent');
  const { awaitingConsentSince: _awaiting, ...ref } = plan;
  return ref;
}

/** What saveVersioned uses of a Prisma model (its own types differ per model). */
interface VersionedDelegate {
  findUnique(args: { where: { id: string }; select: Record<string, boolean> }): Promise<Record<string, unknown> | null>;
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
}

export interface VersionedEdit {
  plan: PlanRef;
  /** The model's client in the transaction, e.g. tx.goal. */
  delegate: object;
  /** The model's name in the history (Goal, Measure, ...). */
  entity: string;
  id: string;
  expectedVersion: number;
  /** The fields to set; undefined leaves a field as it is. */
  data: Record<string, unknown>;
  /** The columns `data` may name, read to compare before and after. */
  columns: readonly string[];
  action: string;
}

/**
 * Applies an edit to a versioned record of the plan and keeps it in the history. Gives the
 * record's new version (the same when nothing changed).
 */
export async function saveVersioned(tx: Transaction, ctx: Context, edit: VersionedEdit): Promise<number> {
  const delegate = edit.delegate as VersionedDelegate;
  const select = Object.fromEntries([...edit.columns, 'id', 'version'].map((column) => [column, true]));
  const current = (await delegate.findUnique({ where: { id: edit.id }, select })) as ({ version: number } & Record<string, unknown>) | null;
  if (!current) throw notFound();
  const data = Object.fromEntries(Object.entries(edit.data).filter(([, value]) => value !== undefined));
  const { before, after } = changedFields(current, data);
  if (Object.keys(after).length === 0) return current.version;
  if (current.version !== edit.expectedVersion) await requireUntouchedSince(tx, edit.id, edit.expectedVersion, Object.keys(after));
  const { count } = await delegate.updateMany({
    where: { id: edit.id, version: current.version },
    data: { ...after, version: { increment: 1 } },
  });
  // Another save of the same record committed between our read and our write.
  if (count !== 1) throw conflict('error.staleVersion');
  const version = current.version + 1;
  await recordHistory(tx, ctx, {
    personId: edit.plan.personId,
    planId: edit.plan.id,
    entity: edit.entity,
    entityId: edit.id,
    entityVersion: version,
    action: edit.action,
    before,
    after,
  });
  return version;
}

/** CONFLICT unless none of `fields` was changed after `version`. */
async function requireUntouchedSince(tx: Transaction, entityId: string, version: number, fields: string[]): Promise<void> {
  if (version < 1) throw conflict('error.staleVersion');
  const later = await tx.historyEntry.findMany({
    where: { entityId, entityVersion: { gt: version } },
    select: { after: true, before: true },
  });
  const touched = new Set(later.flatMap((entry) => [...keysOf(entry.after), ...keysOf(entry.before)]));
  // A version newer than the history knows (or a record without history) cannot be merged.
  if (later.length === 0 || fields.some((field) => touched.has(field))) throw conflict('error.staleVersion');
}

const keysOf = (json: unknown): string[] => (json && typeof json === 'object' && !Array.isArray(json) ? Object.keys(json) : []);

/** Keeps a new record of the plan in the history, as version 1. */
export function recordCreated(
  tx: Transaction,
  ctx: Context,
  plan: PlanRef,
  entity: string,
  entityId: string,
  action: string,
  after: Record<string, unknown>,
): Promise<void> {
  return recordHistory(tx, ctx, { personId: plan.personId, planId: plan.id, entity, entityId, entityVersion: 1, action, after });
}

/** Text as stored (lib/text.ts), and a field left out (undefined) is left as it is. */
export const text = (value: string | null | undefined): string | null | undefined => (value === undefined ? undefined : storedText(value));

/** The fields given, without those left out. */
export const defined = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/** A text that may be left out, but not emptied (or, when adding, must be given: pass null for missing). */
export const requiredText = (field: string, value: string | null | undefined): FieldError[] =>
  value === undefined || text(value) ? [] : [{ field: `input.${field}`, messageKey: 'validation.required' }];

/** A value that must be given: null (or, when adding, missing) is refused. */
export const requiredValue = (field: string, value: unknown, adding: boolean): FieldError[] =>
  value === null || (adding && value === undefined) ? [{ field: `input.${field}`, messageKey: 'validation.required' }] : [];

export async function unitProblems(tx: Transaction, unitId: string | null | undefined, field: string): Promise<FieldError[]> {
  if (!unitId) return [];
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } });
  return unit ? [] : [{ field: `input.${field}`, messageKey: 'plan.error.unknownUnit' }];
}

export function throwIf(problems: FieldError[]): void {
  if (problems.length > 0) throw badInput(problems);
}

/** Runs an edit of the plan in one transaction and logs the access; gives the person's id. */
export async function inPlanTransaction(
  ctx: Context,
  edit: (tx: Transaction) => Promise<{ plan: PlanRef; id: string }>,
): Promise<{ personId: string; id: string }> {
  const { plan, id } = await ctx.db.$transaction(edit);
  await recordAccess(ctx, [plan.personId], 'plan.edit');
  return { personId: plan.personId, id };
}
