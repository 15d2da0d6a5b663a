// Rows as the meeting views show them, and the one place that says what of a meeting a reader
// may see: which agenda items (consent, and for one invited to an item, that item only), whether
// the minutes are theirs yet (finalised, or they write them), and what they may do.
import { osloTodayAsDate } from '@samhandling/shared';
import type { LifeArea, Prisma, Role } from '../../generated/prisma/client';
import { scopeAlsoGrants, type AccessScope } from '../auth/policy';
import { goalVisible } from '../plan/plan-visibility';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { PersonRef } from '../person/person.type';
import { inviteeKindOf } from './invitee-kind';
import { MinutesPart, type ActionItemView, type MeetingInvitee, type MeetingView } from './meeting.type';

/** A meeting as MeetingView and its child fields need it. */
export const MEETING_SELECT = {
  id: true,
  personId: true,
  groupId: true,
  type: true,
  status: true,
  startsAt: true,
  durationMinutes: true,
  location: true,
  videoLink: true,
  chairId: true,
  minuteTakerId: true,
  agendaSetWithPerson: true,
  agendaSentAt: true,
  agendaSentLate: true,
  agendaLateReason: true,
  cancelledAt: true,
  cancelReason: true,
  version: true,
  previousMinutesApproved: true,
  nextMeetingAt: true,
  nextMeetingTopic: true,
  distribution: true,
  minutesWrittenAt: true,
  minutesFinalisedAt: true,
  minutesFinalisedById: true,
  createdById: true,
  chair: { select: { name: true } },
  minuteTaker: { select: { name: true } },
  municipality: { select: { agendaNoticeDays: true } },
} as const satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;

/** What the child fields of a meeting read beside its view (not in the schema). */
export interface MeetingFacts {
  personId: string;
  person: PersonRef;
  /** The person's coordinators in force: they manage the meeting. */
  coordinatorIds: string[];
  minuteTakerId: string | null;
  minutesFinalisedAt: Date | null;
  minutesFinalisedById: string | null;
  previousMinutesApproved: boolean | null;
  nextMeetingAt: Date | null;
  nextMeetingTopic: string | null;
  distribution: string | null;
  minutesWrittenAt: Date | null;
  /** The signed-in user, for their own answer and what they may do. */
  viewerUserId: string;
  viewerPersonId: string | null;
}

export type MeetingRead = MeetingView & { facts: MeetingFacts };

export const ACTION_ITEM_SELECT = {
  id: true,
  meetingId: true,
  agendaItemId: true,
  description: true,
  responsibleUserId: true,
  responsibleText: true,
  dueDate: true,
  doneAt: true,
  goalId: true,
  version: true,
  responsibleUser: { select: { name: true } },
  goal: { select: { description: true, lifeArea: true } },
} as const satisfies Prisma.ActionItemSelect;

export type ActionItemRow = Prisma.ActionItemGetPayload<{ select: typeof ACTION_ITEM_SELECT }>;

/** An action item with the person its meeting is about (myTasks, a goal's action items). */
export const ACTION_ITEM_WITH_PERSON_SELECT = {
  ...ACTION_ITEM_SELECT,
  meeting: { select: { personId: true, minutesFinalisedAt: true, status: true, person: { select: PERSON_REF_SELECT } } },
} as const satisfies Prisma.ActionItemSelect;

export type ActionItemWithPersonRow = Prisma.ActionItemGetPayload<{ select: typeof ACTION_ITEM_WITH_PERSON_SELECT }>;

export const ATTENDANCE_SELECT = {
  id: true,
  userId: true,
  relativeId: true,
  isPerson: true,
  externalName: true,
  externalEmail: true,
  agendaItemId: true,
  answer: true,
  answeredAt: true,
  present: true,
  user: { select: { name: true, email: true } },
  relative: { select: { name: true, email: true, userId: true } },
} as const satisfies Prisma.MeetingAttendanceSelect;

export type AttendanceRow = Prisma.MeetingAttendanceGetPayload<{ select: typeof ATTENDANCE_SELECT }>;

export const AGENDA_SELECT = {
  id: true,
  position: true,
  title: true,
  description: true,
  goalId: true,
  measureId: true,
  fromActionItemId: true,
  minutes: true,
  conclusion: true,
  toLeadersKind: true,
} as const satisfies Prisma.AgendaItemSelect;

export type AgendaRow = Prisma.AgendaItemGetPayload<{ select: typeof AGENDA_SELECT }>;

export function toMeetingRead(row: MeetingRow, person: PersonRef, coordinatorIds: string[], scope: AccessScope, viewer: { userId: string; personId: string | null; activeRole: Role }): MeetingRead {
  const manager = isManager(scope);
  const minuteTaker = isMinuteTaker(scope, row.minuteTakerId, viewer.userId);
  const open = row.status !== 'CANCELLED' && row.minutesFinalisedAt === null;
  return {
    id: row.id,
    person,
    groupId: row.groupId,
    type: row.type,
    status: row.status,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000),
    location: row.location,
    videoLink: row.videoLink,
    chairUserId: row.chairId,
    chairName: row.chair?.name ?? null,
    minuteTakerUserId: row.minuteTakerId,
    minuteTakerName: row.minuteTaker?.name ?? null,
    agendaSetWithPerson: row.agendaSetWithPerson,
    agendaSentAt: row.agendaSentAt,
    agendaDueBy: agendaDueBy(row.type, row.startsAt, row.municipality.agendaNoticeDays),
    agendaSentLate: row.agendaSentLate,
    agendaLateReason: manager ? row.agendaLateReason : null,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    canManage: manager && row.status !== 'CANCELLED',
    canWriteMinutes: (manager || minuteTaker) && open,
    canReadPlan: scopeAlsoGrants(scope, viewer.activeRole, 'plan.read'),
    version: row.version,
    facts: {
      personId: row.personId,
      person,
      coordinatorIds,
      minuteTakerId: row.minuteTakerId,
      minutesFinalisedAt: row.minutesFinalisedAt,
      minutesFinalisedById: row.minutesFinalisedById,
      previousMinutesApproved: row.previousMinutesApproved,
      nextMeetingAt: row.nextMeetingAt,
      nextMeetingTopic: row.nextMeetingTopic,
      distribution: row.distribution,
      minutesWrittenAt: row.minutesWrittenAt,
      viewerUserId: viewer.userId,
      viewerPersonId: viewer.personId,
    },
  };
}

/** The 14-day rule's deadline (Salangen): only responsibility group meetings have one. */
export function agendaDueBy(type: string, startsAt: Date, noticeDays: number): Date | null {
  return type === 'RESPONSIBILITY_GROUP' ? new Date(startsAt.getTime() - noticeDays * 86_400_000) : null;
}

/** The person's coordinator: plans, changes and cancels the meeting and finalises its minutes. */
export const isManager = (scope: AccessScope): boolean => scope.relationship === 'coordinatorOfPerson';

/** A group member the consent lets in who is the meeting's minute taker. */
export const isMinuteTaker = (scope: AccessScope, minuteTakerId: string | null, userId: string): boolean =>
  scope.relationship === 'groupMemberWithConsent' && minuteTakerId !== null && minuteTakerId === userId;

/** The minutes (notes, conclusions, action items) are the reader's: once finalised, and always for those who write them. */
export const seesMinutes = (scope: AccessScope, meeting: MeetingRead): boolean =>
  isManager(scope) || isMinuteTaker(scope, meeting.facts.minuteTakerId, meeting.facts.viewerUserId) || meeting.facts.minutesFinalisedAt !== null;

/** The goals (with life areas) of the plan that agenda items and action items point to. */
export interface PlanLinks {
  goalArea: Map<string, LifeArea | null>;
  measureGoal: Map<string, string | null>;
}

const goalSeen = (scope: AccessScope, links: PlanLinks, goalId: string | null): boolean => {
  if (!goalId) return true;
  const area = links.goalArea.get(goalId);
  return goalVisible(scope, goalId) && !(area && scope.hiddenLifeAreas.includes(area));
};

/** An agenda item is seen unless it is about a goal or measure the consent hides, or the viewer is invited to other items only. */
export function agendaItemVisible(scope: AccessScope, meetingId: string, links: PlanLinks, item: { id: string; goalId: string | null; measureId: string | null }): boolean {
  const invitations = scope.meetingInvitations;
  if (invitations) {
    if (!invitations[meetingId]?.includes(item.id)) return false;
  }
  const measureGoal = item.measureId ? (links.measureGoal.get(item.measureId) ?? null) : null;
  return goalSeen(scope, links, item.goalId) && goalSeen(scope, links, measureGoal);
}

/** An action item is seen where its goal is (its agenda item is checked by the caller). */
export const actionItemGoalVisible = (scope: AccessScope, item: { goalId: string | null; goal: { lifeArea: LifeArea | null } | null }): boolean =>
  !item.goalId || (goalVisible(scope, item.goalId) && !(item.goal?.lifeArea && scope.hiddenLifeAreas.includes(item.goal.lifeArea)));

export function toActionItemView(row: ActionItemRow, person: PersonRef, now: Date, canMarkDone: boolean): ActionItemView {
  return {
    id: row.id,
    meetingId: row.meetingId,
    person,
    description: row.description,
    responsibleUserId: row.responsibleUserId,
    responsibleName: row.responsibleUser?.name ?? row.responsibleText ?? '',
    dueDate: row.dueDate,
    overdue: row.doneAt === null && row.dueDate !== null && row.dueDate < osloTodayAsDate(now),
    doneAt: row.doneAt,
    goalId: row.goalId,
    goalDescription: row.goal?.description ?? null,
    canMarkDone,
    version: row.version,
  };
}

export function inviteeName(row: AttendanceRow, personName: string): string {
  return row.user?.name ?? row.relative?.name ?? (row.isPerson ? personName : (row.externalName ?? ''));
}

export function toInvitee(row: AttendanceRow, meeting: MeetingRead, scope: AccessScope): MeetingInvitee {
  return {
    id: row.id,
    kind: inviteeKindOf(row),
    name: inviteeName(row, meeting.facts.person.name),
    userId: row.userId,
    relativeId: row.relativeId,
    agendaItemId: row.agendaItemId,
    answer: row.answer,
    answeredAt: row.answeredAt,
    present: row.present,
    isCoordinator: row.userId !== null && meeting.facts.coordinatorIds.includes(row.userId),
    email: isManager(scope) ? (row.user?.email ?? row.relative?.email ?? row.externalEmail ?? null) : null,
  };
}

/** The invitation rows that are the viewer's own: as staff, as the person, or as a relative with an account. */
export const isViewersInvitation = (row: AttendanceRow, facts: Pick<MeetingFacts, 'viewerUserId' | 'viewerPersonId' | 'personId'>): boolean =>
  row.userId === facts.viewerUserId ||
  row.relative?.userId === facts.viewerUserId ||
  (row.isPerson && facts.viewerPersonId !== null && facts.viewerPersonId === facts.personId);

export { toPersonRef };

/** What the minutes' checklist still lacks (Salangen's guideline for responsibility groups). */
export function missingMinutesParts(
  meeting: { location: string | null; videoLink: string | null; previousMinutesApproved: boolean | null; nextMeetingAt: Date | null; nextMeetingTopic: string | null; distribution: string | null },
  details: { agenda: Array<{ minutes: string | null; conclusion: string | null }>; attendance: Array<{ present: boolean | null }> },
  earlierMeetingHeld: boolean,
): MinutesPart[] {
  const missing: MinutesPart[] = [];
  if (!meeting.location && !meeting.videoLink) missing.push(MinutesPart.TIME_AND_PLACE);
  if (details.attendance.length === 0 || details.attendance.some((row) => row.present === null)) missing.push(MinutesPart.ATTENDANCE);
  if (earlierMeetingHeld && meeting.previousMinutesApproved === null) missing.push(MinutesPart.PREVIOUS_MINUTES);
  if (details.agenda.length === 0 || details.agenda.some((item) => !item.minutes)) missing.push(MinutesPart.ITEM_NOTES);
  if (details.agenda.length === 0 || details.agenda.some((item) => !item.conclusion)) missing.push(MinutesPart.CONCLUSIONS);
  if (!meeting.nextMeetingAt || !meeting.nextMeetingTopic) missing.push(MinutesPart.NEXT_MEETING);
  if (!meeting.distribution) missing.push(MinutesPart.RECIPIENTS);
  return missing;
}
