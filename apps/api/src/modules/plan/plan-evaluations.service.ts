// The plan's evaluations (seed 001, "Evaluering og oppfølging"): scheduled for a date, then
// recorded as held with the answers to the four questions and a conclusion. What the
// evaluation decides for the goals and measures is saved in the same transaction: one stale
// goal or measure and nothing of the evaluation is saved.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { conflict, type FieldError } from '../../graphql/errors';
import type { Transaction } from '../../lib/versioned';
import type { EvaluationInput, GoalStatusChange, MeasureStatusChange } from './plan-parts.input';
import { inPlanTransaction, requiredText, requiredValue, text, throwIf, type PlanRef } from './plan-edit';
import { addItem, editItem, planOfItem, saveItem } from './plan-items.service';

const ANSWER_FIELDS = ['goalsReached', 'servicesWork', 'wayOfWorking', 'ownerExperience', 'conclusion'] as const;
const EVALUATION_FIELDS = ['scheduledFor', ...ANSWER_FIELDS] as const;

function evaluationData(input: EvaluationInput): Record<string, unknown> {
  const data: Record<string, unknown> = { scheduledFor: input.scheduledFor };
  for (const field of ANSWER_FIELDS) data[field] = text(input[field]);
  return data;
}

export function scheduleEvaluation(ctx: Context, planId: string, scheduledFor: Date) {
  return addItem(ctx, planId, 'Evaluation', 'evaluation.scheduled', () => ({ data: { scheduledFor } }));
}

/** Records the evaluation as held, by the viewer now, and applies the status changes it decided. */
export function recordEvaluation(
  ctx: Context,
  evaluationId: string,
  expectedVersion: number,
  input: EvaluationInput,
  goalChanges: GoalStatusChange[],
  measureChanges: MeasureStatusChange[],
) {
  return inPlanTransaction(ctx, async (tx) => {
    const plan = await planOfItem(tx, 'Evaluation', evaluationId);
    const current = await tx.evaluation.findUniqueOrThrow({ where: { id: evaluationId }, select: { heldAt: true } });
    if (current.heldAt) throw conflict('plan.error.evaluationHeld');
    throwIf([
      ...requiredValue('scheduledFor', input.scheduledFor, false),
      ...requiredText('conclusion', input.conclusion ?? null),
      ...(await changeProblems(tx, plan, goalChanges, measureChanges)),
    ]);
    await saveItem(tx, ctx, plan, 'Evaluation', evaluationId, expectedVersion, {
      data: { ...evaluationData(input), heldAt: ctx.now, evaluatedById: viewerOf(ctx).userId },
      columns: [...EVALUATION_FIELDS, 'heldAt', 'evaluatedById'],
      action: 'evaluation.held',
    });
    // In turn: one transaction is one connection. A CONFLICT on any of them undoes it all.
    for (const { goalId, expectedVersion: version, status } of goalChanges) {
      await saveItem(tx, ctx, plan, 'Goal', goalId, version, { data: { status }, columns: ['status'], action: 'goal.evaluated' });
    }
    for (const { measureId, expectedVersion: version, status } of measureChanges) {
      await saveItem(tx, ctx, plan, 'Measure', measureId, version, { data: { status }, columns: ['status'], action: 'measure.evaluated' });
    }
    return { plan, id: evaluationId };
  });
}

/** Each goal and measure once, and each of this plan and still in it. */
async function changeProblems(tx: Transaction, plan: PlanRef, goalChanges: GoalStatusChange[], measureChanges: MeasureStatusChange[]): Promise<FieldError[]> {
  const goalIds = goalChanges.map((change) => change.goalId);
  const measureIds = measureChanges.map((change) => change.measureId);
  const inPlan = { planId: plan.id, removedAt: null };
  const goals = goalIds.length ? await tx.goal.findMany({ where: { id: { in: goalIds }, ...inPlan }, select: { id: true } }) : [];
  const measures = measureIds.length ? await tx.measure.findMany({ where: { id: { in: measureIds }, ...inPlan }, select: { id: true } }) : [];
  const problems = (list: string[], known: Array<{ id: string }>, field: string, otherPlan: FieldError['messageKey']): FieldError[] => {
    const ids = new Set(known.map((row) => row.id));
    return list.flatMap((id, index): FieldError[] => {
      if (list.indexOf(id) !== index) return [{ field: `${field}.${index}`, messageKey: 'plan.error.changedTwice' }];
      return ids.has(id) ? [] : [{ field: `${field}.${index}`, messageKey: otherPlan }];
    });
  };
  return [
    ...problems(goalIds, goals, 'goalChanges', 'plan.error.goalInOtherPlan'),
    ...problems(measureIds, measures, 'measureChanges', 'plan.error.measureInOtherPlan'),
  ];
}

/** Edits the date, or a held evaluation's answers; a scheduled one gets its answers when it is recorded. */
export function updateEvaluation(ctx: Context, evaluationId: string, expectedVersion: number, input: EvaluationInput) {
  return editItem(ctx, 'Evaluation', evaluationId, expectedVersion, async (tx) => {
    const current = await tx.evaluation.findUniqueOrThrow({ where: { id: evaluationId }, select: { heldAt: true } });
    const data = evaluationData(input);
    if (!current.heldAt && ANSWER_FIELDS.some((field) => data[field])) throw conflict('plan.error.evaluationNotHeld');
    throwIf([...requiredValue('scheduledFor', input.scheduledFor, false), ...(current.heldAt ? requiredText('conclusion', input.conclusion) : [])]);
    return { data, columns: EVALUATION_FIELDS, action: 'evaluation.updated' };
  });
}
