// The plan's items (goals, measures, participants, and the evaluations, sub-plans and
// transitions of plan-evaluations.service.ts and plan-parts.service.ts): added, edited from the
// version the editor started at, removed (kept, out of the plan, and can be brought back), and
// goals reordered. Each change is one transaction with its history.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, notFound, type FieldError } from '../../graphql/errors';
import type { GoalKind, Prisma } from '../../generated/prisma/client';
import type { Transaction } from '../../lib/versioned';
import { recordHistory } from '../history/history.service';
import type { GoalInput, MeasureInput, ParticipantInput } from './plan-edit.input';
import {
  defined,
  editablePlan,
  inPlanTransaction,
  recordCreated,
  requiredText,
  requiredValue,
  saveVersioned,
  text,
  throwIf,
  unitProblems,
  type PlanRef,
} from './plan-edit';

/** The parts of a plan that are records of their own, edited from a version and removed and restored. */
export type PlanItemKind = 'Goal' | 'Measure' | 'PlanParticipant' | 'Evaluation' | 'SubPlan' | 'PlanTransition';

const GOAL_FIELDS = ['kind', 'lifeArea', 'description', 'status', 'targetDate', 'parentGoalId'] as const;
const MEASURE_FIELDS = [
  'goalId',
  'description',
  'responsibleParticipantId',
  'responsibleUnitId',
  'responsibleText',
  'startDate',
  'dueDate',
  'scope',
  'howCarriedOut',
  'status',
  'ownContribution',
] as const;
const PARTICIPANT_FIELDS = ['kind', 'name', 'role', 'unitId', 'organisation', 'phone', 'email', 'contribution'] as const;

const ACTION_PREFIX: Record<PlanItemKind, string> = {
  Goal: 'goal',
  Measure: 'measure',
  PlanParticipant: 'participant',
  Evaluation: 'evaluation',
  SubPlan: 'subPlan',
  PlanTransition: 'transition',
};

type PlanParts = Pick<Transaction, 'goal' | 'measure' | 'planParticipant' | 'evaluation' | 'subPlan' | 'planTransition'>;

/**
 * The model's client for a kind of item, in a transaction or outside one. Typed as the goal's:
 * what is used of it here (by id, planId, removedAt, version) every one of them has.
 */
export function delegateOf(db: PlanParts, kind: PlanItemKind): PlanParts['goal'] {
  switch (kind) {
    case 'Goal':
      return db.goal;
    case 'Measure':
      return db.measure as unknown as PlanParts['goal'];
    case 'PlanParticipant':
      return db.planParticipant as unknown as PlanParts['goal'];
    case 'Evaluation':
      return db.evaluation as unknown as PlanParts['goal'];
    case 'SubPlan':
      return db.subPlan as unknown as PlanParts['goal'];
    case 'PlanTransition':
      return db.planTransition as unknown as PlanParts['goal'];
  }
}

/** The item's plan, checked to be editable; NOT_FOUND for an item of no plan the tenant has. */
export async function planOfItem(tx: Transaction, kind: PlanItemKind, id: string): Promise<PlanRef> {
  const row = await delegateOf(tx, kind).findUnique({ where: { id }, select: { planId: true } });
  if (!row) throw notFound();
  return editablePlan(tx, row.planId);
}

/** What an edit of an item saves: the fields (undefined: not changed), the columns they may name, the history's action. */
export interface ItemEdit {
  data: Record<string, unknown>;
  columns: readonly string[];
  action: string;
}

/** Saves an edit of one item from the version the editor started at, with its history (saveVersioned). */
export function saveItem(tx: Transaction, ctx: Context, plan: PlanRef, kind: PlanItemKind, id: string, expectedVersion: number, edit: ItemEdit): Promise<number> {
  return saveVersioned(tx, ctx, { plan, delegate: delegateOf(tx, kind), entity: kind, id, expectedVersion, ...edit });
}

/** Edits one item in a transaction of its own: `prepare` checks the input against the item (it may refuse) and gives the edit. */
export function editItem(ctx: Context, kind: PlanItemKind, id: string, expectedVersion: number, prepare: (tx: Transaction, plan: PlanRef) => ItemEdit | Promise<ItemEdit>) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, kind, id);
    await saveItem(tx, ctx, plan, kind, id, expectedVersion, await prepare(tx, plan));
    return { plan, id };
  });
}

/** A new item: its fields, kept in the history as version 1, and those the history leaves out (its position). */
export interface ItemAdd {
  data: Record<string, unknown>;
  unrecorded?: Record<string, unknown>;
}

/** Adds an item to the plan in a transaction of its own: `prepare` checks the input (it may refuse) and gives the item. */
export function addItem(ctx: Context, planId: string, kind: PlanItemKind, action: string, prepare: (tx: Transaction, plan: PlanRef) => ItemAdd | Promise<ItemAdd>) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    const { data, unrecorded } = await prepare(tx, plan);
    // The checks in `prepare` made sure the model's required fields are there.
    const row = { ...data, ...unrecorded, planId, municipalityId: viewerOf(ctx).municipalityId } as Prisma.GoalUncheckedCreateInput;
    const { id } = await delegateOf(tx, kind).create({ data: row, select: { id: true } });
    await recordCreated(tx, ctx, plan, kind, id, action, data);
    return { plan, id };
  });
}

function goalData(input: GoalInput) {
  return {
    kind: input.kind,
    lifeArea: input.lifeArea,
    description: text(input.description) ?? undefined,
    status: input.status,
    targetDate: input.targetDate,
    // A long-term goal serves no other goal.
    parentGoalId: input.kind === 'LONG_TERM' ? null : input.parentGoalId,
  };
}

function measureData(input: MeasureInput) {
  return {
    goalId: input.goalId,
    description: text(input.description) ?? undefined,
    responsibleParticipantId: input.responsibleParticipantId,
    responsibleUnitId: input.responsibleUnitId,
    responsibleText: text(input.responsibleText),
    startDate: input.startDate,
    dueDate: input.dueDate,
    scope: text(input.scope),
    howCarriedOut: text(input.howCarriedOut),
    status: input.status,
    ownContribution: text(input.ownContribution),
  };
}

function participantData(input: ParticipantInput) {
  return {
    kind: input.kind,
    name: text(input.name) ?? undefined,
    role: text(input.role),
    unitId: input.unitId,
    organisation: text(input.organisation),
    phone: text(input.phone),
    email: text(input.email),
    contribution: text(input.contribution),
  };
}

async function nextSortOrder(tx: Transaction, kind: 'Goal' | 'Measure' | 'PlanParticipant', planId: string, where: Record<string, unknown> = {}): Promise<number> {
  const { _max } = await delegateOf(tx, kind).aggregate({ where: { planId, ...where }, _max: { sortOrder: true } });
  return (_max.sortOrder ?? -1) + 1;
}

export function addGoal(ctx: Context, planId: string, input: GoalInput) {
  return addItem(ctx, planId, 'Goal', 'goal.added', async (tx) => {
    throwIf([...requiredValue('kind', input.kind, true), ...requiredText('description', input.description ?? null)]);
    return { data: defined(goalData(input)), unrecorded: { sortOrder: await nextSortOrder(tx, 'Goal', planId, { kind: input.kind }) } };
  });
}

export function updateGoal(ctx: Context, goalId: string, expectedVersion: number, input: GoalInput) {
  return editItem(ctx, 'Goal', goalId, expectedVersion, () => {
    throwIf(requiredText('description', input.description));
    return { data: goalData(input), columns: GOAL_FIELDS, action: 'goal.updated' };
  });
}

export function addMeasure(ctx: Context, planId: string, input: MeasureInput) {
  return addItem(ctx, planId, 'Measure', 'measure.added', async (tx) => {
    const data = defined(measureData(input));
    throwIf([...requiredText('description', input.description ?? null), ...(await measureProblems(tx, data)), ...(await unitProblems(tx, input.responsibleUnitId, 'responsibleUnitId'))]);
    return { data, unrecorded: { sortOrder: await nextSortOrder(tx, 'Measure', planId, { goalId: input.goalId ?? null }) } };
  });
}

export function updateMeasure(ctx: Context, measureId: string, expectedVersion: number, input: MeasureInput) {
  return editItem(ctx, 'Measure', measureId, expectedVersion, async (tx) => {
    const data = measureData(input);
    const current = await tx.measure.findUniqueOrThrow({ where: { id: measureId }, select: { startDate: true, dueDate: true } });
    throwIf([
      ...requiredText('description', input.description),
      ...(await measureProblems(tx, { startDate: current.startDate, dueDate: current.dueDate, ...defined(data) })),
      ...(await unitProblems(tx, input.responsibleUnitId, 'responsibleUnitId')),
    ]);
    return { data, columns: MEASURE_FIELDS, action: 'measure.updated' };
  });
}

async function measureProblems(_tx: Transaction, data: Record<string, unknown>): Promise<FieldError[]> {
  const start = data.startDate as Date | null | undefined;
  const due = data.dueDate as Date | null | undefined;
  return start && due && due < start ? [{ field: 'input.dueDate', messageKey: 'plan.error.measureDates' }] : [];
}

export function addParticipant(ctx: Context, planId: string, input: ParticipantInput) {
  return addItem(ctx, planId, 'PlanParticipant', 'participant.added', async (tx) => {
    throwIf([...requiredValue('kind', input.kind, true), ...requiredText('name', input.name ?? null), ...(await unitProblems(tx, input.unitId, 'unitId'))]);
    return { data: defined(participantData(input)), unrecorded: { sortOrder: await nextSortOrder(tx, 'PlanParticipant', planId) } };
  });
}

export function updateParticipant(ctx: Context, participantId: string, expectedVersion: number, input: ParticipantInput) {
  return editItem(ctx, 'PlanParticipant', participantId, expectedVersion, async (tx) => {
    throwIf([...requiredText('name', input.name), ...(await unitProblems(tx, input.unitId, 'unitId'))]);
    return { data: participantData(input), columns: PARTICIPANT_FIELDS, action: 'participant.updated' };
  });
}

/**
 * Takes the item out of the plan (or brings it back): it stays in the database with its
 * history. A goal's measures and short-term goals go and come with it.
 */
export function setItemRemoved(ctx: Context, kind: PlanItemKind, id: string, expectedVersion: number, removed: boolean) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, kind, id);
    const current = await delegateOf(tx, kind).findUniqueOrThrow({ where: { id }, select: { removedAt: true } });
    if (!removed && current.removedAt === null) throw conflict('plan.error.notRemoved');
    if (kind === 'PlanParticipant' && removed) {
      const participant = await tx.planParticipant.findUniqueOrThrow({ where: { id }, select: { kind: true } });
      if (participant.kind === 'PERSON') throw conflict('plan.error.lastPersonParticipant');
    }
    const removedAt = removed ? ctx.now : null;
    await saveItem(tx, ctx, plan, kind, id, expectedVersion, {
      data: { removedAt },
      columns: ['removedAt'],
      action: `${ACTION_PREFIX[kind]}.${removed ? 'removed' : 'restored'}`,
    });
    if (kind === 'Goal') {
      // What belonged to the goal follows it, at the same moment, so a restore brings back exactly that.
      const since = current.removedAt;
      await tx.measure.updateMany({ where: { goalId: id, removedAt: removed ? null : since }, data: { removedAt, version: { increment: 1 } } });
      await tx.goal.updateMany({ where: { parentGoalId: id, removedAt: removed ? null : since }, data: { removedAt, version: { increment: 1 } } });
    }
    return { plan, id };
  });
}

/** Puts the plan's goals of one kind in the given order (all of them, each once). */
export function reorderGoals(ctx: Context, planId: string, kind: GoalKind, goalIds: string[]) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    const goals = await tx.goal.findMany({ where: { planId, kind, removedAt: null }, select: { id: true, sortOrder: true, version: true } });
    const known = new Set(goals.map((goal) => goal.id));
    if (goalIds.length !== known.size || new Set(goalIds).size !== goalIds.length || goalIds.some((id) => !known.has(id))) {
      throw badInput([{ field: 'goalIds', messageKey: 'plan.error.reorder' }]);
    }
    const before = new Map(goals.map((goal) => [goal.id, goal.sortOrder]));
    const moved = goalIds.map((id, sortOrder) => ({ id, sortOrder })).filter(({ id, sortOrder }) => before.get(id) !== sortOrder);
    // The order is not text anyone merges, so no version check; nor is it a version of the plan.
    if (moved.length > 0) {
      await Promise.all(moved.map(({ id, sortOrder }) => tx.goal.update({ where: { id }, data: { sortOrder } })));
      await recordHistory(tx, ctx, { personId: plan.personId, planId, entity: 'IndividualPlan', entityId: planId, action: 'goal.reordered', after: { kind, goalIds } });
    }
    return { plan, id: planId };
  });
}
