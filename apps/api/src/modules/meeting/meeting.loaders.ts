// The meeting's child lists, one query for all the meetings of a response (lib/loaders.ts).
import type { Context } from '../../context';
import { defineLoader, groupBy, oneBy } from '../../lib/loaders';
import type { TenantDb } from '../../lib/tenant';
import type { PolicyTarget } from '../auth/policy';
import {
  ACTION_ITEM_SELECT,
  ACTION_ITEM_WITH_PERSON_SELECT,
  AGENDA_SELECT,
  ATTENDANCE_SELECT,
  type ActionItemRow,
  type ActionItemWithPersonRow,
  type AgendaRow,
  type AttendanceRow,
  type PlanLinks,
} from './meeting.mapper';

export interface MeetingDetails {
  agenda: AgendaRow[];
  attendance: AttendanceRow[];
  actionItems: ActionItemRow[];
  links: PlanLinks;
}

/**
 * The goals and measures agenda items and action items point to, with the goal's life area (the
 * consent may hide a life area): one query, none without any.
 */
export async function planLinksOf(db: TenantDb | Parameters<Parameters<TenantDb['$transaction']>[0]>[0], goalIds: Iterable<string | null>, measureIds: Iterable<string | null>): Promise<PlanLinks> {
  const goals = [...new Set([...goalIds].filter((id): id is string => !!id))];
  const measures = [...new Set([...measureIds].filter((id): id is string => !!id))];
  const links: PlanLinks = { goalArea: new Map(), measureGoal: new Map() };
  if (goals.length + measures.length === 0) return links;
  const rows = await db.goal.findMany({
    where: { OR: [{ id: { in: goals } }, { measures: { some: { id: { in: measures } } } }] },
    select: { id: true, lifeArea: true, measures: { where: { id: { in: measures } }, select: { id: true } } },
  });
  for (const goal of rows) {
    links.goalArea.set(goal.id, goal.lifeArea);
    for (const measure of goal.measures) links.measureGoal.set(measure.id, goal.id);
  }
  // A measure under no goal is hidden by nothing.
  for (const id of measures) if (!links.measureGoal.has(id)) links.measureGoal.set(id, null);
  return links;
}

/** Each meeting's agenda, invitees and action items, in one statement (relation joins), and the plan links they name. */
export const meetingDetails = defineLoader<string, MeetingDetails>(async (ctx, meetingIds) => {
  const meetings = await ctx.db.meeting.findMany({
    where: { id: { in: [...meetingIds] } },
    select: {
      id: true,
      agendaItems: { orderBy: { position: 'asc' }, select: AGENDA_SELECT },
      attendance: { orderBy: [{ agendaItemId: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }], select: ATTENDANCE_SELECT },
      actionItems: { orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }], select: ACTION_ITEM_SELECT },
    },
  });
  const links = await planLinksOf(
    ctx.db,
    meetings.flatMap((m) => [...m.agendaItems.map((i) => i.goalId)]),
    meetings.flatMap((m) => m.agendaItems.map((i) => i.measureId)),
  );
  return oneBy(meetingIds, meetings, (m) => m.id).map((m) => ({
    agenda: m?.agendaItems ?? [],
    attendance: m?.attendance ?? [],
    actionItems: m?.actionItems ?? [],
    links,
  }));
});

/**
 * Whether an earlier meeting of the same series was held: of the group for a group meeting,
 * else of the person. The minutes of a group's first meeting approve no previous minutes.
 */
export const earlierMeetingHeld = defineLoader<string, boolean>(async (ctx, meetingIds) => {
  const meetings = await ctx.db.meeting.findMany({
    where: { id: { in: [...meetingIds] } },
    select: {
      id: true,
      startsAt: true,
      groupId: true,
      person: { select: { meetings: { where: { status: 'HELD' }, select: { id: true, startsAt: true, groupId: true } } } },
    },
  });
  return oneBy(meetingIds, meetings, (m) => m.id).map(
    (m) => !!m && m.person.meetings.some((other) => other.id !== m.id && other.startsAt < m.startsAt && (m.groupId === null || other.groupId === m.groupId)),
  );
});

/** Users' names by id (who finalised minutes). */
export const userNames = defineLoader<string, string | null>(async (ctx, ids) => {
  const rows = await ctx.db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return oneBy(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
});

/** Action items from minutes tied to each goal, due first; of meetings not cancelled. */
export const actionItemsByGoal = defineLoader<string, ActionItemWithPersonRow[]>(async (ctx, goalIds) => {
  const rows = await ctx.db.actionItem.findMany({
    where: { goalId: { in: [...goalIds] }, meeting: { status: { not: 'CANCELLED' } } },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: ACTION_ITEM_WITH_PERSON_SELECT,
  });
  return groupBy(goalIds, rows, (row) => row.goalId ?? '');
});

/** The person a meeting is about, for the policy. */
const meetingPersonById = defineLoader<string, string | null>(async (ctx, ids) => {
  const rows = await ctx.db.meeting.findMany({ where: { id: { in: [...ids] } }, select: { id: true, personId: true } });
  return oneBy(ids, rows, (row) => row.id).map((row) => row?.personId ?? null);
});

export async function meetingTarget(ctx: Context, meetingId: string): Promise<PolicyTarget | undefined> {
  const personId = await meetingPersonById(ctx).load(meetingId);
  return personId ? { personId, meetingId } : undefined;
}

export async function actionItemTarget(ctx: Context, actionItemId: string): Promise<PolicyTarget | undefined> {
  const row = await ctx.db.actionItem.findUnique({ where: { id: actionItemId }, select: { meetingId: true, meeting: { select: { personId: true } } } });
  return row ? { personId: row.meeting.personId, meetingId: row.meetingId } : undefined;
}
