import { daysBetween, osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { UNANSWERED_COMMENT } from '../plan/plan-comments.loaders';
import type { CaseloadEntry } from './caseload.type';
import type { CoordinatorHandover } from './handover.type';

/** What handoverOf needs of each assignment in force. */
export const HANDOVER_ASSIGNMENT_SELECT = {
  startDate: true,
  endDate: true,
  coordinator: { select: { name: true } },
} as const;

interface AssignmentInForce {
  startDate: Date;
  endDate: Date | null;
  coordinator: { name: string };
}

/**
 * The change of coordinator under way among a person's assignments in force today: an assignment
 * with an end date, and a newer one that goes on after it. Null when there is none.
 */
export function handoverOf(assignments: readonly AssignmentInForce[]): CoordinatorHandover | null {
  const ending = assignments
    .filter((a): a is AssignmentInForce & { endDate: Date } => a.endDate !== null)
    .sort((a, b) => a.endDate.getTime() - b.endDate.getTime())[0];
  if (!ending) return null;
  const successor = assignments
    .filter((a) => a !== ending && a.startDate >= ending.startDate && (a.endDate === null || a.endDate > ending.endDate))
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0];
  if (!successor) return null;
  return { fromName: ending.coordinator.name, toName: successor.coordinator.name, overlapUntil: ending.endDate };
}

/** An assignment that started this many days ago or fewer is new: it leads the caseload, marked. */
export const NEW_ASSIGNMENT_DAYS = 14;

/**
 * The viewer's own caseload: persons they coordinate today, with plan status and next steps.
 * Assignments started within the last 14 days (today in Oslo) come first, newest first, marked
 * new; the rest by name.
 */
export async function myCaseload(ctx: Context): Promise<CaseloadEntry[]> {
  const viewer = viewerOf(ctx);
  const assignments = await ctx.db.coordinatorAssignment.findMany({
    where: { coordinatorId: viewer.userId, ...activeAssignmentFilter(ctx.now) },
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
              _count: {
                select: {
                  measures: { where: { status: { in: ['PLANNED', 'ONGOING'] } } },
                  comments: { where: UNANSWERED_COMMENT },
                },
              },
            },
          },
          groups: { where: { status: 'ACTIVE' }, select: { id: true } },
          coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: HANDOVER_ASSIGNMENT_SELECT },
          meetings: {
            where: { status: 'PLANNED', startsAt: { gte: ctx.now } },
            orderBy: { startsAt: 'asc' },
            take: 1,
            select: { startsAt: true },
          },
        },
      },
    },
  });
  await recordAccess(ctx, assignments.map((a) => a.personId), 'caseload.read');
  const today = osloTodayAsDate(ctx.now);
  return assignments
    .map(({ person, ...assignment }) => {
      const plan = person.plans[0];
      return {
        assignmentId: assignment.id,
        person: toPersonRef(person, ctx.now),
        isChildCoordinator: assignment.isChildCoordinator,
        since: assignment.startDate,
        isNew: daysBetween(assignment.startDate, today) < NEW_ASSIGNMENT_DAYS,
        endsOn: assignment.endDate,
        handover: handoverOf(person.coordinatorAssigns),
        planId: plan?.id ?? null,
        planStatus: plan?.status ?? null,
        nextRevisionDate: plan?.nextRevisionDate ?? null,
        openMeasures: plan?._count.measures ?? 0,
        unansweredComments: plan?._count.comments ?? 0,
        nextMeetingAt: person.meetings[0]?.startsAt ?? null,
        hasResponsibilityGroup: person.groups.length > 0,
      };
    })
    .sort(
      (a, b) =>
        Number(b.isNew) - Number(a.isNew) ||
        (a.isNew ? b.since.getTime() - a.since.getTime() : 0) ||
        a.person.name.localeCompare(b.person.name, 'nb'),
    );
}
