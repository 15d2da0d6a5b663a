// The plan's sub-plans, life-phase checklists and transitions. Sub-plans and transitions are
// edited from a version and removed and restored like goals (plan-items.service.ts); a
// checklist item is ticked or not, and ticking twice (or unticking twice) changes nothing.
import { randomUUID } from 'node:crypto';
import { checklistItem } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, type FieldError } from '../../graphql/errors';
import type { Transaction } from '../../lib/versioned';
import { recordHistory } from '../history/history.service';
import type { SubPlanInput, TransitionInput } from './plan-parts.input';
import { defined, editablePlan, inPlanTransaction, recordCreated, requiredText, requiredValue, text, throwIf, unitProblems } from './plan-edit';
import { addItem, editItem } from './plan-items.service';

const SUB_PLAN_FIELDS = ['kind', 'title', 'ownerUnitId', 'ownerName', 'note', 'externalReference', 'lifeArea'] as const;
const TRANSITION_FIELDS = ['kind', 'date', 'note'] as const;

// --- sub-plans

function subPlanData(input: SubPlanInput) {
  return {
    kind: input.kind,
    title: text(input.title),
    ownerUnitId: input.ownerUnitId,
    ownerName: text(input.ownerName),
    note: text(input.note),
    externalReference: text(input.externalReference),
    lifeArea: input.lifeArea,
  };
}

/** One owner, a unit or a named person, as the sub-plan will be after the save. */
async function subPlanProblems(tx: Transaction, owner: { ownerUnitId: unknown; ownerName: unknown }, input: SubPlanInput, adding: boolean): Promise<FieldError[]> {
  return [
    ...requiredValue('kind', input.kind, adding),
    ...requiredText('title', adding ? (input.title ?? null) : input.title),
    ...((owner.ownerUnitId === null) === (owner.ownerName === null) ? [{ field: 'input.ownerName', messageKey: 'plan.error.subPlanOwner' } as FieldError] : []),
    ...(await unitProblems(tx, input.ownerUnitId, 'ownerUnitId')),
  ];
}

export function addSubPlan(ctx: Context, planId: string, input: SubPlanInput) {
  return addItem(ctx, planId, 'SubPlan', 'subPlan.added', async (tx) => {
    const data = subPlanData(input);
    throwIf(await subPlanProblems(tx, { ownerUnitId: data.ownerUnitId ?? null, ownerName: data.ownerName ?? null }, input, true));
    return { data: defined(data) };
  });
}

export function updateSubPlan(ctx: Context, subPlanId: string, expectedVersion: number, input: SubPlanInput) {
  return editItem(ctx, 'SubPlan', subPlanId, expectedVersion, async (tx) => {
    const data = subPlanData(input);
    const current = await tx.subPlan.findUniqueOrThrow({ where: { id: subPlanId }, select: { ownerUnitId: true, ownerName: true } });
    throwIf(await subPlanProblems(tx, { ...current, ...defined({ ownerUnitId: data.ownerUnitId, ownerName: data.ownerName }) }, input, false));
    return { data, columns: SUB_PLAN_FIELDS, action: 'subPlan.updated' };
  });
}

// --- life-phase checklists

function knownItem(itemKey: string) {
  const item = checklistItem(itemKey);
  if (!item) throw badInput([{ field: 'itemKey', messageKey: 'plan.error.unknownChecklistItem' }]);
  return item;
}

/** Ticks the item for the plan, by the viewer now; an item already ticked stays as it was. */
export function tickChecklistItem(ctx: Context, planId: string, itemKey: string) {
  const item = knownItem(itemKey);
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    const id = randomUUID();
    // Two ticks at once: the unique (plan, item) keeps one, and only that one is history.
    const { count } = await tx.planChecklistItem.createMany({
      data: [{ id, planId, municipalityId: viewerOf(ctx).municipalityId, phase: item.phase, itemKey, checkedAt: ctx.now, checkedById: viewerOf(ctx).userId }],
      skipDuplicates: true,
    });
    if (count === 1) await recordCreated(tx, ctx, plan, 'PlanChecklistItem', id, 'checklist.ticked', { itemKey, phase: item.phase });
    return { plan, id: planId };
  });
}

/** Unticks the item; the history keeps who ticked it and when. An item not ticked stays so. */
export function untickChecklistItem(ctx: Context, planId: string, itemKey: string) {
  knownItem(itemKey);
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await editablePlan(tx, planId);
    const ticked = await tx.planChecklistItem.findUnique({
      where: { planId_itemKey: { planId, itemKey } },
      select: { id: true, phase: true, checkedAt: true, checkedById: true },
    });
    const { count } = ticked ? await tx.planChecklistItem.deleteMany({ where: { id: ticked.id } }) : { count: 0 };
    if (ticked && count === 1) {
      await recordHistory(tx, ctx, {
        personId: plan.personId,
        planId,
        entity: 'PlanChecklistItem',
        entityId: ticked.id,
        action: 'checklist.unticked',
        before: { itemKey, phase: ticked.phase, checkedAt: ticked.checkedAt, checkedById: ticked.checkedById },
      });
    }
    return { plan, id: planId };
  });
}

// --- transitions

function transitionData(input: TransitionInput) {
  return { kind: input.kind, date: input.date, note: text(input.note) };
}

const transitionProblems = (input: TransitionInput, adding: boolean): FieldError[] => [
  ...requiredValue('kind', input.kind, adding),
  ...requiredValue('date', input.date, adding),
];

export function addTransition(ctx: Context, planId: string, input: TransitionInput) {
  return addItem(ctx, planId, 'PlanTransition', 'transition.added', () => {
    throwIf(transitionProblems(input, true));
    return { data: defined(transitionData(input)) };
  });
}

export function updateTransition(ctx: Context, transitionId: string, expectedVersion: number, input: TransitionInput) {
  return editItem(ctx, 'PlanTransition', transitionId, expectedVersion, () => {
    throwIf(transitionProblems(input, false));
    return { data: transitionData(input), columns: TRANSITION_FIELDS, action: 'transition.updated' };
  });
}

/**
 * Records that the group and the plan were reviewed for the transition (by the viewer, now), or
 * takes a review marked by mistake back.
 */
export function markTransitionReviewed(ctx: Context, transitionId: string, expectedVersion: number, reviewed: boolean) {
  return editItem(ctx, 'PlanTransition', transitionId, expectedVersion, () => ({
    data: reviewed ? { reviewedAt: ctx.now, reviewedById: viewerOf(ctx).userId } : { reviewedAt: null, reviewedById: null },
    columns: ['reviewedAt', 'reviewedById'],
    action: reviewed ? 'transition.reviewed' : 'transition.reviewUndone',
  }));
}
