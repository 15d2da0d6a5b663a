import type { LifeArea } from '../../generated/prisma/client';
import type { TenantDb } from '../../lib/tenant';
import type { AccessScope } from '../auth/policy';
import { GOAL_COMMENT_ENTITY } from './plan-changes';

// The one place that says which named matters a reader may see; the plan read uses it for goals,
// their measures and sub-plans, the live events for the records they are about. Life areas are
// filtered in the plan read where each part has its area (plan.service.ts).

/** A goal is seen unless the consent names it for this reader. */
export const goalVisible = (scope: AccessScope, goalId: string) => !scope.hiddenGoalIds?.includes(goalId);

/** A measure is seen unless it serves a goal hidden from this reader. */
export const measureVisible = (scope: AccessScope, measure: { goalId: string | null }) =>
  measure.goalId === null || goalVisible(scope, measure.goalId);

/** A sub-plan is seen unless the consent names it for this reader. */
export const subPlanVisible = (scope: AccessScope, subPlanId: string) => !scope.hiddenSubPlanIds?.includes(subPlanId);

/** Nothing of the plan is withheld from this reader: every event and record is theirs to see. */
const seesAll = (scope: AccessScope) => scope.hiddenLifeAreas.length === 0 && !scope.hiddenGoalIds?.length && !scope.hiddenSubPlanIds?.length;

const areaVisible = (scope: AccessScope, area: LifeArea | null | undefined) => !area || !scope.hiddenLifeAreas.includes(area);

/**
 * A live event is heard only by those who may see the record it is about: that a hidden goal,
 * its measure or comment, a hidden sub-plan or a hidden life area's mapping changed is itself
 * something of it. Read only when something is withheld from the reader.
 */
export async function changeVisible(db: TenantDb, scope: AccessScope, change: { entity: string; entityId: string }): Promise<boolean> {
  if (seesAll(scope)) return true;
  const goalSeen = (goal: { id: string; lifeArea: LifeArea | null } | null | undefined) => !goal || (goalVisible(scope, goal.id) && areaVisible(scope, goal.lifeArea));
  const goal = { select: { id: true, lifeArea: true } } as const;
  switch (change.entity) {
    case 'Goal':
      return goalSeen(await db.goal.findUnique({ where: { id: change.entityId }, select: { id: true, lifeArea: true } }));
    case 'Measure':
      return goalSeen((await db.measure.findUnique({ where: { id: change.entityId }, select: { goal } }))?.goal);
    case GOAL_COMMENT_ENTITY:
      return goalSeen((await db.goalComment.findUnique({ where: { id: change.entityId }, select: { goal } }))?.goal);
    case 'SubPlan': {
      const subPlan = await db.subPlan.findUnique({ where: { id: change.entityId }, select: { lifeArea: true } });
      return subPlanVisible(scope, change.entityId) && areaVisible(scope, subPlan?.lifeArea);
    }
    case 'LifeAreaMapping':
      return areaVisible(scope, (await db.lifeAreaMapping.findUnique({ where: { id: change.entityId }, select: { area: true } }))?.area);
    default:
      return true;
  }
}
