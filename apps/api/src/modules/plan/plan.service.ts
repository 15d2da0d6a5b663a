import type { Context } from '../../context';
import type { LifeArea, Prisma } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, type AccessScope } from '../auth/policy';
import { handoverOf } from '../coordinator/coordinator.service';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { MeasureView, PlanView } from './plan.type';

// Queries select what the views show and nothing more: every column read is also decoded,
// checked and mapped by Prisma on each request.

/** A measure as MeasureView needs it. */
export const MEASURE_SELECT = {
  id: true,
  goalId: true,
  description: true,
  responsibleText: true,
  dueDate: true,
  status: true,
  responsibleUser: { select: { name: true } },
  responsibleUnit: { select: { name: true } },
  goal: { select: { lifeArea: true } },
} as const satisfies Prisma.MeasureSelect;

const GOAL_SELECT = {
  id: true,
  kind: true,
  lifeArea: true,
  description: true,
  status: true,
  targetDate: true,
  parentGoalId: true,
} as const satisfies Prisma.GoalSelect;

type MeasureRow = Prisma.MeasureGetPayload<{ select: typeof MEASURE_SELECT }>;

export function toMeasureView(measure: MeasureRow): MeasureView {
  return {
    id: measure.id,
    goalId: measure.goalId,
    description: measure.description,
    responsible: [measure.responsibleUser?.name, measure.responsibleUnit?.name, measure.responsibleText]
      .filter(Boolean)
      .join(', '),
    dueDate: measure.dueDate,
    status: measure.status,
  };
}

/** Measures whose goal lies in a life area the person refused to share with this viewer are left out. */
export function visibleMeasures(measures: MeasureRow[], hidden: LifeArea[]): MeasureRow[] {
  return measures.filter((measure) => !measure.goal?.lifeArea || !hidden.includes(measure.goal.lifeArea));
}

/**
 * The person's current plan (not closed), as the viewer may see it; null when there is none.
 * One query: the plan with its goals and measures, and through the person the coordinators in
 * force and the next meetings (with relation joins, one SQL statement).
 */
export async function planForPerson(ctx: Context, personId: string, access: AccessScope): Promise<PlanView | null> {
  const [plan] = await Promise.all([
    ctx.db.individualPlan.findFirst({
      where: { personId, status: { not: 'CLOSED' } },
      select: {
        id: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        nextRevisionDate: true,
        whatIsImportant: true,
        person: {
          select: {
            ...PERSON_REF_SELECT,
            coordinatorAssigns: {
              where: activeAssignmentFilter(ctx.now),
              orderBy: { startDate: 'asc' },
              select: {
                startDate: true,
                endDate: true,
                isChildCoordinator: true,
                coordinator: { select: { name: true, title: true, phone: true, email: true } },
                unit: { select: { name: true } },
              },
            },
            meetings: {
              where: { status: 'PLANNED', startsAt: { gte: ctx.now } },
              orderBy: { startsAt: 'asc' },
              take: 5,
              select: { id: true, type: true, status: true, startsAt: true, location: true },
            },
          },
        },
        goals: { orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }], select: GOAL_SELECT },
        measures: { orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }], select: MEASURE_SELECT },
      },
    }),
    recordAccess(ctx, [personId], 'plan.read'),
  ]);
  if (!plan) return null;
  const { coordinatorAssigns: assignments, meetings, ...person } = plan.person;
  const hidden = access.hiddenLifeAreas;
  return {
    id: plan.id,
    person: toPersonRef(person, ctx.now),
    status: plan.status,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    nextRevisionDate: plan.nextRevisionDate,
    whatIsImportant: plan.whatIsImportant,
    coordinators: assignments.map((a) => ({
      name: a.coordinator.name,
      title: a.coordinator.title,
      phone: a.coordinator.phone,
      email: a.coordinator.email,
      unitName: a.unit?.name ?? null,
      isChildCoordinator: a.isChildCoordinator,
      since: a.startDate,
      until: a.endDate,
    })),
    coordinatorHandover: handoverOf(assignments),
    goals: plan.goals.filter((goal) => !goal.lifeArea || !hidden.includes(goal.lifeArea)),
    measures: visibleMeasures(plan.measures, hidden).map(toMeasureView),
    upcomingMeetings: meetings,
    hiddenLifeAreas: hidden,
  };
}
