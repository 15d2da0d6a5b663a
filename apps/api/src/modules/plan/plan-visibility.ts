import type { AccessScope } from '../auth/policy';

// The one place that says which named matters a reader may see; the plan read uses it for goals,
// their measures and sub-plans. Life areas are filtered where they are today (plan.service.ts).

/** A goal is seen unless the consent names it for this reader. */
export const goalVisible = (scope: AccessScope, goalId: string) => !scope.hiddenGoalIds?.includes(goalId);

/** A measure is seen unless it serves a goal hidden from this reader. */
export const measureVisible = (scope: AccessScope, measure: { goalId: string | null }) =>
  measure.goalId === null || goalVisible(scope, measure.goalId);

/** A sub-plan is seen unless the consent names it for this reader. */
export const subPlanVisible = (scope: AccessScope, subPlanId: string) => !scope.hiddenSubPlanIds?.includes(subPlanId);
