import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { allWithScope } from '../../graphql/scope';
import { recordAccess } from '../access-log/access-log.service';
import { groupMemberScopes } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { MEASURE_SELECT, toMeasureView, visibleMeasures } from '../plan/plan.service';
import type { ParticipationEntry } from './participation.type';

/** The groups the viewer is a member of, with their own measures where consent allows. */
export async function myParticipation(ctx: Context): Promise<ParticipationEntry[]> {
  const viewer = viewerOf(ctx);
  // Only service providers reach this (the policy), and their plan access is the group rule.
  const memberships = await ctx.db.groupMember.findMany({
    where: { userId: viewer.userId, leftAt: null, group: { status: 'ACTIVE' } },
    include: { group: { include: { person: { select: PERSON_REF_SELECT } } } },
  });
  const personIds = memberships.map((m) => m.group.personId);
  const scopes = await groupMemberScopes(ctx, viewer, personIds);
  const visiblePersonIds = personIds.filter((id) => scopes.get(id));
  const [measures, meetings] = await Promise.all([
    ctx.db.measure.findMany({
      where: {
        responsibleUserId: viewer.userId,
        removedAt: null,
        status: { in: ['PLANNED', 'ONGOING'] },
        plan: { personId: { in: visiblePersonIds }, status: { not: 'CLOSED' } },
      },
      orderBy: { dueDate: 'asc' },
      select: { ...MEASURE_SELECT, plan: { select: { personId: true } } },
    }),
    ctx.db.meeting.findMany({
      where: { groupId: { in: memberships.map((m) => m.groupId) }, personId: { in: visiblePersonIds }, status: 'PLANNED', startsAt: { gte: ctx.now } },
      orderBy: { startsAt: 'asc' },
      select: { groupId: true, startsAt: true },
    }),
  ]);
  await recordAccess(ctx, personIds, 'participation.read');
  return memberships
    .map(({ group, roleInGroup }) => {
      const scope = scopes.get(group.personId) ?? null;
      const mine = measures.filter((m) => m.plan.personId === group.personId);
      return {
        groupId: group.id,
        person: toPersonRef(group.person, ctx.now),
        roleInGroup,
        hasAccess: scope !== null,
        myMeasures: scope ? allWithScope(visibleMeasures(mine, scope).map((measure) => toMeasureView(measure, ctx.now)), scope) : [],
        nextMeetingAt: scope ? (meetings.find((meeting) => meeting.groupId === group.id)?.startsAt ?? null) : null,
      };
    })
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'nb'));
}
