// The plan's goals, measures and participants: added, edited from the version the editor
// started at, removed (kept, out of the plan, and can be brought back), and goals reordered.
// Each change is one transaction with its history.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, notFound, type FieldError } from '../../graphql/errors';
import type { GoalKind } from '../../generated/prisma/client';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { recordHistory } from '../history/history.service';
import type { GoalInput, MeasureInput, ParticipantInput } from './plan-edit.input';
import { editablePlan, recordCreated, saveVersioned, text, type PlanRef } from './plan-edit';

export type PlanItemKind = 'Goal' | 'Measure' | 'PlanParticipant';

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

const ACTION_PREFIX: Record<PlanItemKind, string> = { Goal: 'goal', Measure: 'measure', PlanParticipant: 'participant' };

function delegateOf(tx: Transaction, kind: PlanItemKind) {
  switch (kind) {
    case 'Goal':
      return tx.goal;
    case 'Measure':
      return tx.measure;
    case 'PlanParticipant':
      return tx.planParticipant;
  }
}

/** The item's plan, checked to be editable; NOT_FOUND for an item of no plan the tenant has. */
async function planOfItem(tx: Transaction, kind: PlanItemKind, id: string): Promise<PlanRef> {
  const row = await (delegateOf(tx, kind) as typeof tx.goal).findUnique({ where: { id }, select: { planId: true } });
  if (!row) throw notFound();
  return editablePlan(tx, row.planId);
}

const requiredText = (field: string, value: string | null | undefined): FieldError[] =>
  value === undefined || text(value) ? [] : [{ field: `input.${field}`, messageKey: 'validation.required' }];

async function unitProblems(tx: Transaction, unitId: string | null | undefined, field: string): Promise<FieldError[]> {
  if (!unitId) return [];
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } });
  return unit ? [] : [{ field: `input.${field}`, messageKey: 'plan.error.unknownUnit' }];
}

function throwIf(problems: FieldError[]): void {
  if (problems.length > 0) throw badInput(problems);
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

const defined = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

async function nextSortOrder(tx: Transaction, kind: PlanItemKind, planId: string, where: Record<string, unknown> = {}): Promise<number> {
  const { _max } = await (delegateOf(tx, kind) as typeof tx.goal).aggregate({ where: { planId, ...where }, _max: { sortOrder: true } });
  return (_max.sortOrder ?? -1) + 1;
}

/** Runs an edit of the plan in one transaction and logs the access; gives the person's id. */
async function inPlanTransaction(ctx: Context, edit: (tx: Transaction) => Promise<{ plan: PlanRef; id: string }>): Promise<{ personId: string; id: string }> {
  const { plan, id } = await ctx.db.$transaction(edit);
  await recordAccess(ctx, [plan.personId], 'plan.edit');
  return { personId: plan.personId, id };
}

export function addGoal(ctx: Context, planId: string, input: GoalInput) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    throwIf([
      ...(input.kind ? [] : [{ field: 'input.kind', messageKey: 'validation.required' } as FieldError]),
      ...requiredText('description', input.description ?? null),
    ]);
    const data = defined(goalData(input));
    const goal = await tx.goal.create({
      data: {
        ...(data as { kind: GoalKind; description: string }),
        planId,
        municipalityId: viewerOf(ctx).municipalityId,
        sortOrder: await nextSortOrder(tx, 'Goal', planId, { kind: input.kind }),
      },
      select: { id: true },
    });
    await recordCreated(tx, ctx, plan, 'Goal', goal.id, 'goal.added', data);
    return { plan, id: goal.id };
  });
}

export function updateGoal(ctx: Context, goalId: string, expectedVersion: number, input: GoalInput) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, 'Goal', goalId);
    throwIf(requiredText('description', input.description));
    await saveVersioned(tx, ctx, {
      plan,
      delegate: tx.goal,
      entity: 'Goal',
      id: goalId,
      expectedVersion,
      data: goalData(input),
      columns: GOAL_FIELDS,
      action: 'goal.updated',
    });
    return { plan, id: goalId };
  });
}

export function addMeasure(ctx: Context, planId: string, input: MeasureInput) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    const data = defined(measureData(input));
    throwIf([...requiredText('description', input.description ?? null), ...(await measureProblems(tx, data)), ...(await unitProblems(tx, input.responsibleUnitId, 'responsibleUnitId'))]);
    const measure = await tx.measure.create({
      data: {
        ...(data as { description: string }),
        planId,
        municipalityId: viewerOf(ctx).municipalityId,
        sortOrder: await nextSortOrder(tx, 'Measure', planId, { goalId: input.goalId ?? null }),
      },
      select: { id: true },
    });
    await recordCreated(tx, ctx, plan, 'Measure', measure.id, 'measure.added', data);
    return { plan, id: measure.id };
  });
}

export function updateMeasure(ctx: Context, measureId: string, expectedVersion: number, input: MeasureInput) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, 'Measure', measureId);
    const data = measureData(input);
    const current = await tx.measure.findUniqueOrThrow({ where: { id: measureId }, select: { startDate: true, dueDate: true } });
    throwIf([
      ...requiredText('description', input.description),
      ...(await measureProblems(tx, { startDate: current.startDate, dueDate: current.dueDate, ...defined(data) })),
      ...(await unitProblems(tx, input.responsibleUnitId, 'responsibleUnitId')),
    ]);
    await saveVersioned(tx, ctx, {
      plan,
      delegate: tx.measure,
      entity: 'Measure',
      id: measureId,
      expectedVersion,
      data,
      columns: MEASURE_FIELDS,
      action: 'measure.updated',
    });
    return { plan, id: measureId };
  });
}

async function measureProblems(_tx: Transaction, data: Record<string, unknown>): Promise<FieldError[]> {
  const start = data.startDate as Date | null | undefined;
  const due = data.dueDate as Date | null | undefined;
  return start && due && due < start ? [{ field: 'input.dueDate', messageKey: 'plan.error.measureDates' }] : [];
}

export function addParticipant(ctx: Context, planId: string, input: ParticipantInput) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    throwIf([
      ...(input.kind ? [] : [{ field: 'input.kind', messageKey: 'validation.required' } as FieldError]),
      ...requiredText('name', input.name ?? null),
      ...(await unitProblems(tx, input.unitId, 'unitId')),
    ]);
    const data = defined(participantData(input));
    const participant = await tx.planParticipant.create({
      data: {
        ...(data as { kind: 'PERSON'; name: string }),
        planId,
        municipalityId: viewerOf(ctx).municipalityId,
        sortOrder: await nextSortOrder(tx, 'PlanParticipant', planId),
      },
      select: { id: true },
    });
    await recordCreated(tx, ctx, plan, 'PlanParticipant', participant.id, 'participant.added', data);
    return { plan, id: participant.id };
  });
}

export function updateParticipant(ctx: Context, participantId: string, expectedVersion: number, input: ParticipantInput) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, 'PlanParticipant', participantId);
    throwIf([...requiredText('name', input.name), ...(await unitProblems(tx, input.unitId, 'unitId'))]);
    await saveVersioned(tx, ctx, {
      plan,
      delegate: tx.planParticipant,
      entity: 'PlanParticipant',
      id: participantId,
      expectedVersion,
      data: participantData(input),
      columns: PARTICIPANT_FIELDS,
      action: 'participant.updated',
    });
    return { plan, id: participantId };
  });
}

/**
 * Takes the item out of the plan (or brings it back): it stays in the database with its
 * history. A goal's measures and short-term goals go and come with it.
 */
export function setItemRemoved(ctx: Context, kind: PlanItemKind, id: string, expectedVersion: number, removed: boolean) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, kind, id);
    const delegate = delegateOf(tx, kind) as typeof tx.goal;
    const current = await delegate.findUniqueOrThrow({ where: { id }, select: { removedAt: true } });
    if (!removed && current.removedAt === null) throw conflict('plan.error.notRemoved');
    if (kind === 'PlanParticipant' && removed) {
      const participant = await tx.planParticipant.findUniqueOrThrow({ where: { id }, select: { kind: true } });
      if (participant.kind === 'PERSON') throw conflict('plan.error.lastPersonParticipant');
    }
    const removedAt = removed ? ctx.now : null;
    await saveVersioned(tx, ctx, {
      plan,
      delegate,
      entity: kind,
      id,
      expectedVersion,
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
