// Reading meetings: a person's meetings and one meeting, as the viewer's scope lets them see
// them; the viewer's tasks from minutes; matters for the leaders; the yearly counts. The scope
// decided by the policy rides on each MeetingView to its child fields (meeting.fields.ts).
import { osloStartOfDay, osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { forbidden, notFound } from '../../graphql/errors';
import { withScope, type Scoped } from '../../graphql/scope';
import type { Prisma } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, groupMemberScopes, scopeAlsoGrants, type AccessScope } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { InviteeKind } from './invitee-kind';
import { ACTION_ITEM_WITH_PERSON_SELECT, actionItemGoalVisible, type ActionItemWithPersonRow, MEETING_SELECT, toActionItemView, toMeetingRead, type MeetingRead } from './meeting.mapper';
import type { ActionItemView, MeetingCount, MeetingInviteeCandidate, PersonMeetings, ToLeadersItem } from './meeting.type';

/** Which of the person's meetings the scope reaches: a group member the group's and those they are invited to; an invitee theirs. */
function meetingsInScope(scope: AccessScope, userId: string): Prisma.MeetingWhereInput {
  if (scope.meetingInvitations) return { id: { in: Object.keys(scope.meetingInvitations) } };
  if (scope.relationship === 'groupMemberWithConsent') {
    return { OR: [{ group: { members: { some: { userId, leftAt: null } } } }, { attendance: { some: { userId } } }] };
  }
  return {};
}

const withMeetingPerson = (ctx: Context) =>
  ({
    ...MEETING_SELECT,
    person: { select: { ...PERSON_REF_SELECT, coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: { coordinatorId: true } } } },
  }) as const satisfies Prisma.MeetingSelect;

type MeetingWithPerson = Prisma.MeetingGetPayload<{ select: ReturnType<typeof withMeetingPerson> }>;

function toScopedMeeting(ctx: Context, row: MeetingWithPerson, scope: AccessScope): Scoped<MeetingRead> {
  const viewer = viewerOf(ctx);
  const { person, ...meeting } = row;
  const { coordinatorAssigns, ...ref } = person;
  const read = toMeetingRead(meeting, toPersonRef(ref, ctx.now), coordinatorAssigns.map((a) => a.coordinatorId), scope, viewer);
  return withScope(read, scope);
}

/** The person's meetings as the viewer may see them, with what the planner needs. */
export async function meetingsOfPerson(ctx: Context, personId: string, scope: AccessScope): Promise<PersonMeetings> {
  const viewer = viewerOf(ctx);
  const manager = scope.relationship === 'coordinatorOfPerson';
  const [person, meetings] = await Promise.all([
    ctx.db.person.findUnique({
      where: { id: personId },
      select: {
        ...PERSON_REF_SELECT,
        email: true,
        municipality: { select: { agendaNoticeDays: true, groupMeetingMinutes: true } },
        ...(manager
          ? {
              relatives: { orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } },
              coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: { coordinator: { select: { id: true, name: true, email: true } } } },
              groups: {
                where: { status: 'ACTIVE' },
                select: {
                  members: {
                    where: { leftAt: null },
                    select: {
                      userId: true,
                      relativeId: true,
                      isPerson: true,
                      externalName: true,
                      externalEmail: true,
                      roleInGroup: true,
                      user: { select: { name: true, email: true } },
                      relative: { select: { name: true, email: true } },
                    },
                  },
                },
              },
            }
          : {}),
      },
    }),
    ctx.db.meeting.findMany({
      where: { personId, ...meetingsInScope(scope, viewer.userId) },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      select: withMeetingPerson(ctx),
    }),
    recordAccess(ctx, [personId], 'meeting.read'),
  ]);
  if (!person) throw notFound();
  const views = meetings.map((row) => toScopedMeeting(ctx, row, scope));
  return {
    person: toPersonRef(person, ctx.now),
    upcoming: views.filter((m) => m.status === 'PLANNED'),
    past: views.filter((m) => m.status !== 'PLANNED').reverse(),
    canPlan: manager,
    canReadPlan: scopeAlsoGrants(scope, viewer.activeRole, 'plan.read'),
    inviteeCandidates: manager ? inviteeCandidates(person as unknown as CandidateSource) : [],
    agendaNoticeDays: person.municipality.agendaNoticeDays,
    groupMeetingMinutes: person.municipality.groupMeetingMinutes,
  };
}

interface CandidateSource {
  firstName: string;
  lastName: string;
  email: string | null;
  relatives: Array<{ id: string; name: string; email: string | null }>;
  coordinatorAssigns: Array<{ coordinator: { id: string; name: string; email: string | null } }>;
  groups: Array<{
    members: Array<{
      userId: string | null;
      relativeId: string | null;
      isPerson: boolean;
      externalName: string | null;
      externalEmail: string | null;
      roleInGroup: string | null;
      user: { name: string; email: string | null } | null;
      relative: { name: string; email: string | null } | null;
    }>;
  }>;
}

/** The group's members first, then the coordinators, the person and relatives not in the group. */
function inviteeCandidates(source: CandidateSource): MeetingInviteeCandidate[] {
  const coordinatorIds = new Set(source.coordinatorAssigns.map((a) => a.coordinator.id));
  const personName = `${source.firstName} ${source.lastName}`;
  const candidates: MeetingInviteeCandidate[] = [];
  const members = source.groups[0]?.members ?? [];
  for (const member of members) {
    const kind = member.userId ? InviteeKind.STAFF : member.relativeId ? InviteeKind.RELATIVE : member.isPerson ? InviteeKind.PERSON : InviteeKind.EXTERNAL;
    const email = member.user?.email ?? member.relative?.email ?? (member.isPerson ? source.email : member.externalEmail);
    candidates.push({
      kind,
      name: member.user?.name ?? member.relative?.name ?? (member.isPerson ? personName : (member.externalName ?? '')),
      userId: member.userId,
      relativeId: member.relativeId,
      roleInGroup: member.roleInGroup,
      isMember: true,
      isCoordinator: member.userId !== null && coordinatorIds.has(member.userId),
      hasEmail: !!email,
    });
  }
  const has = (test: (c: MeetingInviteeCandidate) => boolean) => candidates.some(test);
  for (const { coordinator } of source.coordinatorAssigns) {
    if (has((c) => c.userId === coordinator.id)) continue;
    candidates.push({ kind: InviteeKind.STAFF, name: coordinator.name, userId: coordinator.id, relativeId: null, roleInGroup: null, isMember: false, isCoordinator: true, hasEmail: !!coordinator.email });
  }
  if (!has((c) => c.kind === InviteeKind.PERSON)) {
    candidates.push({ kind: InviteeKind.PERSON, name: personName, userId: null, relativeId: null, roleInGroup: null, isMember: false, isCoordinator: false, hasEmail: !!source.email });
  }
  for (const relative of source.relatives) {
    if (has((c) => c.relativeId === relative.id)) continue;
    candidates.push({ kind: InviteeKind.RELATIVE, name: relative.name, userId: null, relativeId: relative.id, roleInGroup: null, isMember: false, isCoordinator: false, hasEmail: !!relative.email });
  }
  return candidates;
}

/** One meeting as the viewer may see it; FORBIDDEN when the scope does not reach it. */
export async function meetingById(ctx: Context, meetingId: string, scope: AccessScope, options: { log?: boolean } = {}): Promise<Scoped<MeetingRead>> {
  const viewer = viewerOf(ctx);
  const row = await ctx.db.meeting.findFirst({ where: { id: meetingId, ...meetingsInScope(scope, viewer.userId) }, select: withMeetingPerson(ctx) });
  if (!row) throw forbidden();
  if (options.log ?? true) await recordAccess(ctx, [row.personId], 'meeting.read');
  return toScopedMeeting(ctx, row, scope);
}

/** The meeting after a write, as the one who wrote may see it (the write logged its own action). */
export function meetingAfterWrite(ctx: Context, meetingId: string, scope: AccessScope): Promise<Scoped<MeetingRead>> {
  return meetingById(ctx, meetingId, scope, { log: false });
}

/**
 * The persons among `personIds` the viewer may still see, each with the scope: as their
 * coordinator, as a group member the consent lets in, or (KE) in the municipality.
 */
async function visiblePersons(ctx: Context, personIds: string[]): Promise<Map<string, AccessScope>> {
  const viewer = viewerOf(ctx);
  const visible = new Map<string, AccessScope>();
  if (personIds.length === 0) return visible;
  if (viewer.activeRole === 'SYSTEM_COORDINATOR') {
    for (const id of personIds) visible.set(id, { relationship: 'tenant', hiddenLifeAreas: [] });
    return visible;
  }
  const [assignments, memberScopes] = await Promise.all([
    ctx.db.coordinatorAssignment.findMany({ where: { coordinatorId: viewer.userId, personId: { in: personIds }, ...activeAssignmentFilter(ctx.now) }, select: { personId: true } }),
    groupMemberScopes(ctx, viewer, personIds),
  ]);
  for (const [personId, scope] of memberScopes) if (scope) visible.set(personId, scope);
  for (const { personId } of assignments) visible.set(personId, { relationship: 'coordinatorOfPerson', hiddenLifeAreas: [] });
  return visible;
}

/** The viewer's open action items from meetings of persons they may still see, due first. */
export async function myTasks(ctx: Context): Promise<ActionItemView[]> {
  const viewer = viewerOf(ctx);
  const rows = await ctx.db.actionItem.findMany({
    where: { responsibleUserId: viewer.userId, doneAt: null, meeting: { status: { not: 'CANCELLED' } } },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: ACTION_ITEM_WITH_PERSON_SELECT,
  });
  const scopes = await visiblePersons(ctx, [...new Set(rows.map((row) => row.meeting.personId))]);
  const shown = rows.filter((row) => {
    const scope = scopes.get(row.meeting.personId);
    // A task of minutes not yet finalised is the coordinator's to see, not yet the others'.
    const final = row.meeting.minutesFinalisedAt !== null || scope?.relationship === 'coordinatorOfPerson';
    return !!scope && final && actionItemGoalVisible(scope, row);
  });
  await recordAccess(ctx, shown.map((row) => row.meeting.personId), 'actionItem.mine');
  return shown.map((row) => toActionItemView(row, toPersonRef(row.meeting.person, ctx.now), ctx.now, true));
}

/** A goal's action items, as the goal's reader may see them: those of minutes not finalised only for the coordinator. */
export function goalActionItems(ctx: Context, rows: ActionItemWithPersonRow[], scope: AccessScope): ActionItemView[] {
  const viewer = viewerOf(ctx);
  const manager = scope.relationship === 'coordinatorOfPerson';
  return rows
    .filter((row) => manager || row.meeting.minutesFinalisedAt !== null)
    .map((row) => toActionItemView(row, toPersonRef(row.meeting.person, ctx.now), ctx.now, manager || row.responsibleUserId === viewer.userId));
}

/** Matters for the leaders in the meetings of the coordinator's own persons, newest meeting first. */
export async function toLeadersItems(ctx: Context): Promise<ToLeadersItem[]> {
  const viewer = viewerOf(ctx);
  const rows = await ctx.db.agendaItem.findMany({
    where: {
      toLeadersKind: { not: null },
      meeting: { status: { not: 'CANCELLED' }, person: { coordinatorAssigns: { some: { coordinatorId: viewer.userId, ...activeAssignmentFilter(ctx.now) } } } },
    },
    orderBy: [{ meeting: { startsAt: 'desc' } }, { position: 'asc' }],
    select: {
      id: true,
      title: true,
      toLeadersKind: true,
      conclusion: true,
      meeting: { select: { id: true, startsAt: true, personId: true, person: { select: PERSON_REF_SELECT } } },
    },
  });
  await recordAccess(ctx, rows.map((row) => row.meeting.personId), 'meeting.toLeaders');
  return rows.map((row) => ({
    agendaItemId: row.id,
    meetingId: row.meeting.id,
    person: toPersonRef(row.meeting.person, ctx.now),
    meetingStartsAt: row.meeting.startsAt,
    title: row.title,
    kind: row.toLeadersKind!,
    conclusion: row.conclusion,
  }));
}

/**
 * Held meetings per coordinator, year (in Oslo) and type: the coordinator who planned the
 * meeting, else the person's coordinator on its day. KE counts all; a coordinator their own.
 */
export async function meetingCounts(ctx: Context, year: number): Promise<MeetingCount[]> {
  const viewer = viewerOf(ctx);
  const from = osloStartOfDay(`${year}-01-01`);
  const until = osloStartOfDay(`${year + 1}-01-01`);
  const rows = await ctx.db.meeting.findMany({
    where: { status: 'HELD', startsAt: { gte: from, lt: until } },
    select: {
      type: true,
      startsAt: true,
      createdBy: { select: { id: true, name: true } },
      person: { select: { coordinatorAssigns: { select: { startDate: true, endDate: true, coordinator: { select: { id: true, name: true } } } } } },
    },
  });
  const counts = new Map<string, MeetingCount>();
  for (const row of rows) {
    const day = osloTodayAsDate(row.startsAt);
    const coordinator =
      row.createdBy ?? row.person.coordinatorAssigns.find((a) => a.startDate <= day && (a.endDate === null || a.endDate >= day))?.coordinator ?? null;
    if (!coordinator) continue;
    if (viewer.activeRole !== 'SYSTEM_COORDINATOR' && coordinator.id !== viewer.userId) continue;
    const key = `${coordinator.id}:${row.type}`;
    const count = counts.get(key) ?? { coordinatorUserId: coordinator.id, coordinatorName: coordinator.name, year, type: row.type, held: 0 };
    count.held += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => a.coordinatorName.localeCompare(b.coordinatorName, 'nb') || a.type.localeCompare(b.type));
}

