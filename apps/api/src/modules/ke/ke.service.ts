import type { Context } from '../../context';
import { activeAssignmentFilter } from '../auth/policy';
import { countReferralsByStatus } from '../referral/inbox.service';
import type { KeOverview } from './ke.type';

export async function keOverview(ctx: Context): Promise<KeOverview> {
  const [referralCounts, assignments, activePlans, draftPlans, activeGroups, unregisteredChangeForms, openTrainingNeeds] =
    await Promise.all([
      countReferralsByStatus(ctx),
      ctx.db.coordinatorAssignment.findMany({
        where: activeAssignmentFilter(ctx.now),
        select: { personId: true, coordinatorId: true },
      }),
      ctx.db.individualPlan.count({ where: { status: 'ACTIVE' } }),
      ctx.db.individualPlan.count({ where: { status: 'DRAFT' } }),
      ctx.db.responsibilityGroup.count({ where: { status: 'ACTIVE' } }),
      ctx.db.changeForm.count({ where: { registeredAt: null } }),
      ctx.db.competenceRecord.count({ where: { trainingGivenAt: null } }),
    ]);
  return {
    referralCounts,
    personsWithCoordinator: new Set(assignments.map((a) => a.personId)).size,
    activeCoordinators: new Set(assignments.map((a) => a.coordinatorId)).size,
    activePlans,
    draftPlans,
    activeGroups,
    unregisteredChangeForms,
    openTrainingNeeds,
  };
}
