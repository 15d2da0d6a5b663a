import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { AppError } from '../../graphql/errors';
import { recordAccess } from '../access-log/access-log.service';
import { authorize, type AccessScope } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { MEASURE_INCLUDE, toMeasureView, visibleMeasures } from '../plan/plan.service';
import type { ParticipationEntry } from './participation.type';

/** What the policy lets the viewer see of a person's plan; null when nothing. */
async function planAccess(ctx: Context, personId: string): Promise<AccessScope | null> {
  try {
    return await authorize(ctx, 'plan.read', { personId });
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}

/** The groups the viewer is a member of, with their own measures where consent allows. */
export async function myParticipation(ctx: Context): Promise<ParticipationEntry[]> {
  const viewer = viewerOf(ctx);
  const memberships = await ctx.db.groupMember.findMany({
    where: { userId: viewer.userId, leftAt: null, group: { status: 'ACTIVE' } },
    include: { group: { include: { person: { select: PERSON_REF_SELECT } } } },
  });
  const entries: ParticipationEntry[] = [];
  for (const membership of memberships) {
    const { group } = membership;
    const access = await planAccess(ctx, group.personId);
    const [measures, nextMeeting] = access
      ? await Promise.all([
          ctx.db.measure.findMany({
            where: {
              responsibleUserId: viewer.userId,
              status: { in: ['PLANNED', 'ONGOING'] },
              plan: { personId: group.personId, status: { not: 'CLOSED' } },
            },
            orderBy: { dueDate: 'asc' },
            include: MEASURE_INCLUDE,
          }),
          ctx.db.meeting.findFirst({
            where: { groupId: group.id, status: 'PLANNED', startsAt: { gte: new Date() } },
            orderBy: { startsAt: 'asc' },
            select: { startsAt: true },
          }),
        ])
      : [[], null];
    entries.push({
      groupId: group.id,
      person: toPersonRef(group.person),
      roleInGroup: membership.roleInGroup,
      hasAccess: access !== null,
      myMeasures: access ? visibleMeasures(measures, access.hiddenLifeAreas).map(toMeasureView) : [],
      nextMeetingAt: nextMeeting?.startsAt ?? null,
    });
  }
  await recordAccess(ctx, memberships.map((m) => m.group.personId), 'participation.read');
  return entries.sort((a, b) => a.person.name.localeCompare(b.person.name, 'nb'));
}
