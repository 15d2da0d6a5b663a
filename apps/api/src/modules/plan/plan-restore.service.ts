// "Restore this version": an entry of the plan's history names a record (the plan's sections, a
// life area, a goal, a measure, a participant, an evaluation, a sub-plan, a transition) and the version the change made. Restoring it
// sets the record's text fields to what they were at that version and leaves the rest as it is:
// status, dates, kind, links and removal have rules and mutations of their own. The values are
// reconstructed from the record's history: for each field, the value the last change at or
// before that version wrote, else what the first later change found (nothing changed it in
// between), else the value today (it never changed). The restore is an edit like any other,
// from the version the editor started at (so a stale one is CONFLICT unless it merges), and is
// itself a new version in the history.
import type { Context } from '../../context';
import { badInput } from '../../graphql/errors';
import type { Prisma } from '../../generated/prisma/client';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { editablePlan, saveVersioned } from './plan-edit';
import { PLAN_SECTION_FIELDS } from './plan.service';

interface Restorable {
  /** The text fields a restore sets. */
  fields: readonly string[];
  /** Fields that may not be emptied. */
  required: readonly string[];
  action: string;
  delegate: (tx: Transaction) => object;
}

const RESTORABLE: Record<string, Restorable> = {
  IndividualPlan: { fields: PLAN_SECTION_FIELDS, required: [], action: 'plan.versionRestored', delegate: (tx) => tx.individualPlan },
  LifeAreaMapping: {
    fields: ['situation', 'services', 'needs', 'resources', 'wishes'],
    required: [],
    action: 'plan.lifeAreaVersionRestored',
    delegate: (tx) => tx.lifeAreaMapping,
  },
  Goal: { fields: ['description'], required: ['description'], action: 'goal.versionRestored', delegate: (tx) => tx.goal },
  Measure: {
    fields: ['description', 'responsibleText', 'scope', 'howCarriedOut', 'ownContribution'],
    required: ['description'],
    action: 'measure.versionRestored',
    delegate: (tx) => tx.measure,
  },
  PlanParticipant: {
    fields: ['name', 'role', 'organisation', 'phone', 'email', 'contribution'],
    required: ['name'],
    action: 'participant.versionRestored',
    delegate: (tx) => tx.planParticipant,
  },
  // An evaluation held keeps its conclusion: a restore never empties it.
  Evaluation: {
    fields: ['goalsReached', 'servicesWork', 'wayOfWorking', 'ownerExperience', 'conclusion'],
    required: ['conclusion'],
    action: 'evaluation.versionRestored',
    delegate: (tx) => tx.evaluation,
  },
  // The owner is a unit or a named person, a rule of its own: it stays.
  SubPlan: { fields: ['title', 'note', 'externalReference'], required: ['title'], action: 'subPlan.versionRestored', delegate: (tx) => tx.subPlan },
  PlanTransition: { fields: ['note'], required: [], action: 'transition.versionRestored', delegate: (tx) => tx.planTransition },
};

/** The entries that are versions of their record: the goals' order is not a version of the plan. */
const isVersion = (entry: { entityVersion: number | null; action: string }) => entry.entityVersion !== null && entry.action !== 'goal.reordered';

const fieldsOf = (json: Prisma.JsonValue | null): Record<string, Prisma.JsonValue> =>
  json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, Prisma.JsonValue>) : {};

interface Version {
  entityVersion: number;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
}

/** Each field's value at `version`, from the record's versions in order and its values today. */
export function valuesAtVersion(fields: readonly string[], versions: Version[], version: number, current: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const lastWrite = versions.filter((v) => v.entityVersion <= version && field in fieldsOf(v.after)).at(-1);
    const nextChange = versions.find((v) => v.entityVersion > version && field in fieldsOf(v.before));
    values[field] = lastWrite ? fieldsOf(lastWrite.after)[field] : nextChange ? fieldsOf(nextChange.before)[field] : current[field];
  }
  return values;
}

const noSuchVersion = () => badInput([{ field: 'historyEntryId', messageKey: 'plan.error.noSuchVersion' }]);

/** Restores the record an entry names to that version; gives the plan's person. */
export async function restoreVersion(ctx: Context, historyEntryId: string, expectedVersion: number): Promise<string> {
  const plan = await ctx.db.$transaction(async (tx) => {
    const entry = await tx.historyEntry.findUnique({
      where: { id: BigInt(historyEntryId) },
      select: { planId: true, entity: true, entityId: true, entityVersion: true, action: true },
    });
    const restorable = entry && RESTORABLE[entry.entity];
    if (!entry?.planId || !restorable || !isVersion(entry)) throw noSuchVersion();
    const plan = await editablePlan(tx, entry.planId);
    const [history, current] = await Promise.all([
      tx.historyEntry.findMany({
        where: { planId: plan.id, entityId: entry.entityId, entityVersion: { not: null } },
        orderBy: [{ entityVersion: 'asc' }, { id: 'asc' }],
        select: { entityVersion: true, action: true, before: true, after: true },
      }),
      (restorable.delegate(tx) as typeof tx.goal).findUnique({
        where: { id: entry.entityId },
        select: Object.fromEntries(restorable.fields.map((field) => [field, true])),
      }),
    ]);
    if (!current) throw noSuchVersion();
    const versions = history.filter(isVersion) as Version[];
    const values = valuesAtVersion(restorable.fields, versions, entry.entityVersion!, current as Record<string, unknown>);
    // A required text was never empty; should the history not know it, it is left as it is.
    for (const field of restorable.required) if (values[field] === null || values[field] === undefined) delete values[field];
    await saveVersioned(tx, ctx, {
      plan,
      delegate: restorable.delegate(tx),
      entity: entry.entity,
      id: entry.entityId,
      expectedVersion,
      data: values,
      columns: restorable.fields,
      action: restorable.action,
    });
    return plan;
  });
  await recordAccess(ctx, [plan.personId], 'plan.edit');
  return plan.personId;
}

/** The person whose plan an entry of the history belongs to, for the policy; none for a case's entry. */
export async function historyEntryTarget(ctx: Context, historyEntryId: string): Promise<{ personId: string } | undefined> {
  const entry = await ctx.db.historyEntry.findUnique({ where: { id: BigInt(historyEntryId) }, select: { personId: true, planId: true } });
  return entry?.planId ? { personId: entry.personId } : undefined;
}
