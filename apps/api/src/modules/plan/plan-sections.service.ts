// The plan's own sections ("Hva er viktig for deg?", situation, resources, dreams ...), its
// period and revision date, and the mapping of each life area.
import type { Context } from '../../context';
import { badInput, notFound, type FieldError } from '../../graphql/errors';
import type { LifeArea } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import type { LifeAreaInput, PlanSectionsInput } from './plan-edit.input';
import { editablePlan, saveVersioned, text } from './plan-edit';
import { PLAN_SECTION_FIELDS } from './plan.service';

const PLAN_DATE_FIELDS = ['periodStart', 'periodEnd', 'nextRevisionDate'] as const;
const LIFE_AREA_FIELDS = ['situation', 'services', 'needs', 'resources', 'wishes'] as const;

/** The period ends after it starts, and the revision lies within it. */
function periodProblems(dates: { periodStart: Date | null; periodEnd: Date | null; nextRevisionDate: Date | null }): FieldError[] {
  const { periodStart, periodEnd, nextRevisionDate } = dates;
  if (periodStart && periodEnd && periodEnd <= periodStart) return [{ field: 'input.periodEnd', messageKey: 'plan.error.periodOrder' }];
  if (nextRevisionDate && ((periodStart && nextRevisionDate < periodStart) || (periodEnd && nextRevisionDate > periodEnd))) {
    return [{ field: 'input.nextRevisionDate', messageKey: 'plan.error.revisionOutsidePeriod' }];
  }
  return [];
}

export async function updatePlanSections(ctx: Context, planId: string, expectedVersion: number, input: PlanSectionsInput): Promise<string> {
  const plan = await ctx.db.$transaction(async (tx) => {
    const plan = await editablePlan(tx, planId);
    const data: Record<string, unknown> = {};
    for (const field of PLAN_SECTION_FIELDS) data[field] = text(input[field]);
    for (const field of PLAN_DATE_FIELDS) data[field] = input[field];
    const current = await tx.individualPlan.findUniqueOrThrow({ where: { id: planId }, select: { periodStart: true, periodEnd: true, nextRevisionDate: true } });
    // The dates after the save, for the rules that relate them.
    const dates = {
      periodStart: input.periodStart === undefined ? current.periodStart : input.periodStart,
      periodEnd: input.periodEnd === undefined ? current.periodEnd : input.periodEnd,
      nextRevisionDate: input.nextRevisionDate === undefined ? current.nextRevisionDate : input.nextRevisionDate,
    };
    // An active plan has a period (a check in the migration holds it too).
    if (plan.status === 'ACTIVE' && dates.periodStart === null) throw badInput([{ field: 'input.periodStart', messageKey: 'validation.required' }]);
    const problems = periodProblems(dates);
    if (problems.length > 0) throw badInput(problems);
    await saveVersioned(tx, ctx, {
      plan,
      delegate: tx.individualPlan,
      entity: 'IndividualPlan',
      id: planId,
      expectedVersion,
      data,
      columns: [...PLAN_SECTION_FIELDS, ...PLAN_DATE_FIELDS],
      action: 'plan.updated',
    });
    return plan;
  });
  await recordAccess(ctx, [plan.personId], 'plan.edit');
  return plan.personId;
}

/** Saves the mapping of one life area; the editor starts from the mapping's version. */
export async function saveLifeArea(ctx: Context, planId: string, area: LifeArea, expectedVersion: number, input: LifeAreaInput): Promise<string> {
  const plan = await ctx.db.$transaction(async (tx) => {
    const plan = await editablePlan(tx, planId);
    let mapping = await tx.lifeAreaMapping.findUnique({ where: { planId_area: { planId, area } }, select: { id: true } });
    // A life area the plan did not map from the start (e.g. family and network) is added on its first save.
    mapping ??= await tx.lifeAreaMapping.create({ data: { planId, area, municipalityId: ctx.viewer!.municipalityId }, select: { id: true } });
    if (!mapping) throw notFound();
    await saveVersioned(tx, ctx, {
      plan,
      delegate: tx.lifeAreaMapping,
      entity: 'LifeAreaMapping',
      id: mapping.id,
      expectedVersion,
      data: Object.fromEntries(LIFE_AREA_FIELDS.map((field) => [field, text(input[field])])),
      columns: LIFE_AREA_FIELDS,
      action: 'plan.lifeAreaUpdated',
    });
    return plan;
  });
  await recordAccess(ctx, [plan.personId], 'plan.edit');
  return plan.personId;
}
