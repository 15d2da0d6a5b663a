import type { Context } from '../../context';
import type { LifeArea, Prisma } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, type AccessScope } from '../auth/policy';
import { handoverOf } from '../coordinator/coordinator.service';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { MeasureView, PlanView } from './plan.type';

export const MEASURE_INCLUDE = {
  responsibleUser: { select: { name: true } },
  responsibleUnit: { select: { name: true } },
  goal: { select: { lifeArea: true } },
} as const satisfies Prisma.MeasureInclude;

type MeasureRow = Prisma.MeasureGetPayload<{ include: typeof MEASURE_INCLUDE }>;

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

/** The person's current plan (not closed), as the viewer may see it; null when there is none. */
export async function planForPerson(ctx: Context, personId: string, access: AccessScope): Promise<PlanView | null> {
  const plan = await ctx.db.individualPlan.findFirst({
    where: { personId, status: { not: 'CLOSED' } },
    include: {
      person: { select: PERSON_REF_SELECT },
      goals: { orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }] },
      measures: { orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }], include: MEASURE_INCLUDE },
    },
  });
  await recordAccess(ctx, [personId], 'plan.read');
  if (!plan) return null;
  const [assignments, meetings] = await Promise.all([
    ctx.db.coordinatorAssignment.findMany({
      where: { personId, ...activeAssignmentFilter() },
      orderBy: { startDate: 'asc' },
      include: { coordinator: { select: { name: true, phone: true, email: true } }, unit: { select: { name: true } } },
    }),
    ctx.db.meeting.findMany({
      where: { personId, status: 'PLANNED', startsAt: { gte: new Date() } },
      orderBy: { startsAt: 'asc' },
      take: 5,
      select: { id: true, type: true, status: true, startsAt: true, location: true },
    }),
  ]);
  const hidden = access.hiddenLifeAreas;
  return {
    id: plan.id,
    person: toPersonRef(plan.person),
    status: plan.status,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    nextRevisionDate: plan.nextRevisionDate,
    whatIsImportant: plan.whatIsImportant,
    coordinators: assignments.map((a) => ({
      name: a.coordinator.name,
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
