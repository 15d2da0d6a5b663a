import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { CaseloadEntry } from './caseload.type';

/** The viewer's own caseload: persons they coordinate today, with plan status and next steps. */
export async function myCaseload(ctx: Context): Promise<CaseloadEntry[]> {
  const viewer = viewerOf(ctx);
  const now = new Date();
  const assignments = await ctx.db.coordinatorAssignment.findMany({
    where: { coordinatorId: viewer.userId, ...activeAssignmentFilter() },
    orderBy: { startDate: 'desc' },
    include: {
      person: {
        select: {
          ...PERSON_REF_SELECT,
          plans: {
            where: { status: { not: 'CLOSED' } },
            select: {
              id: true,
              status: true,
              nextRevisionDate: true,
              _count: { select: { measures: { where: { status: { in: ['PLANNED', 'ONGOING'] } } } } },
            },
          },
          groups: { where: { status: 'ACTIVE' }, select: { id: true } },
          meetings: {
            where: { status: 'PLANNED', startsAt: { gte: now } },
            orderBy: { startsAt: 'asc' },
            take: 1,
            select: { startsAt: true },
          },
        },
      },
    },
  });
  await recordAccess(ctx, assignments.map((a) => a.personId), 'caseload.read');
  return assignments
    .map(({ person, ...assignment }) => {
      const plan = person.plans[0];
      return {
        assignmentId: assignment.id,
        person: toPersonRef(person),
        isChildCoordinator: assignment.isChildCoordinator,
        since: assignment.startDate,
        endsOn: assignment.endDate,
        planId: plan?.id ?? null,
        planStatus: plan?.status ?? null,
        nextRevisionDate: plan?.nextRevisionDate ?? null,
        openMeasures: plan?._count.measures ?? 0,
        nextMeetingAt: person.meetings[0]?.startsAt ?? null,
        hasResponsibilityGroup: person.groups.length > 0,
      };
    })
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'nb'));
}
