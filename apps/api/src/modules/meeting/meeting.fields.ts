// The meeting's child fields. Each reads the scope its meeting was reached with (graphql/scope.ts)
// and filters by it: agenda items the consent hides, or that one invited to another item is not
// invited to, are left out; the minutes are null for readers until they are finalised.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { scopeOf, type Scoped } from '../../graphql/scope';
import { AttendanceAnswer } from '../../graphql/enums';
import { GoalView } from '../plan/plan.type';
import { actionItemsByGoal, earlierMeetingHeld, meetingDetails, userNames, type MeetingDetails } from './meeting.loaders';
import {
  actionItemGoalVisible,
  agendaItemVisible,
  isManager,
  isViewersInvitation,
  missingMinutesParts,
  seesMinutes,
  toActionItemView,
  toInvitee,
  type MeetingRead,
} from './meeting.mapper';
import { goalActionItems } from './meeting.service';
import { ActionItemView, AgendaItemView, MeetingInvitee, MeetingView, MinutesView } from './meeting.type';
import type { AccessScope } from '../auth/policy';

/** The agenda items the scope lets the reader see, by id. */
const visibleItemIds = (meeting: MeetingRead, details: MeetingDetails, scope: AccessScope): Set<string> =>
  new Set(details.agenda.filter((item) => agendaItemVisible(scope, meeting.id, details.links, item)).map((item) => item.id));

function visibleActionItems(meeting: MeetingRead, details: MeetingDetails, scope: AccessScope, itemIds: Set<string>, now: Date): ActionItemView[] {
  if (!seesMinutes(scope, meeting)) return [];
  // One invited to an item sees its action items, none of the meeting's others.
  const loose = !scope.meetingInvitations;
  return details.actionItems
    .filter((row) => (row.agendaItemId ? itemIds.has(row.agendaItemId) : loose) && actionItemGoalVisible(scope, row))
    .map((row) => toActionItemView(row, meeting.person, now, isManager(scope) || row.responsibleUserId === meeting.facts.viewerUserId));
}

@Resolver(() => MeetingView)
export class MeetingFieldsResolver {
  @FieldResolver(() => [AgendaItemView], { description: 'The agenda, in order, as consent lets the reader see it' })
  async agenda(@Root() meeting: Scoped<MeetingRead>, @Ctx() ctx: Context): Promise<AgendaItemView[]> {
    const scope = scopeOf(meeting);
    const details = await meetingDetails(ctx).load(meeting.id);
    const itemIds = visibleItemIds(meeting, details, scope);
    const minutes = seesMinutes(scope, meeting);
    const actionItems = visibleActionItems(meeting, details, scope, itemIds, ctx.now);
    return details.agenda
      .filter((item) => itemIds.has(item.id))
      .map((item) => ({
        id: item.id,
        position: item.position,
        title: item.title,
        description: item.description,
        goalId: item.goalId,
        measureId: item.measureId,
        fromActionItemId: item.fromActionItemId,
        notes: minutes ? item.minutes : null,
        conclusion: minutes ? item.conclusion : null,
        toLeadersKind: minutes ? item.toLeadersKind : null,
        invitees: details.attendance.filter((row) => row.agendaItemId === item.id).map((row) => toInvitee(row, meeting, scope)),
        actionItems: actionItems.filter((action) => details.actionItems.find((row) => row.id === action.id)?.agendaItemId === item.id),
      }));
  }

  @FieldResolver(() => [MeetingInvitee], { description: 'Those invited to the whole meeting, and to the agenda items the reader sees' })
  async invitees(@Root() meeting: Scoped<MeetingRead>, @Ctx() ctx: Context): Promise<MeetingInvitee[]> {
    const scope = scopeOf(meeting);
    const details = await meetingDetails(ctx).load(meeting.id);
    const itemIds = visibleItemIds(meeting, details, scope);
    return details.attendance.filter((row) => row.agendaItemId === null || itemIds.has(row.agendaItemId)).map((row) => toInvitee(row, meeting, scope));
  }

  @FieldResolver(() => [ActionItemView], {
    description: "All the meeting's action items the reader may see, also those under no agenda item (the minutes' part: empty for readers until finalised)",
  })
  async actionItems(@Root() meeting: Scoped<MeetingRead>, @Ctx() ctx: Context): Promise<ActionItemView[]> {
    const scope = scopeOf(meeting);
    const details = await meetingDetails(ctx).load(meeting.id);
    return visibleActionItems(meeting, details, scope, visibleItemIds(meeting, details, scope), ctx.now);
  }

  @FieldResolver(() => AttendanceAnswer, { nullable: true, description: "The signed-in user's invitation answer, null when not invited" })
  async myAnswer(@Root() meeting: Scoped<MeetingRead>, @Ctx() ctx: Context): Promise<AttendanceAnswer | null> {
    const details = await meetingDetails(ctx).load(meeting.id);
    return details.attendance.find((row) => isViewersInvitation(row, meeting.facts))?.answer ?? null;
  }

  @FieldResolver(() => MinutesView, { nullable: true, description: 'Null for readers until finalised; always there for the manager and minute writers' })
  async minutes(@Root() meeting: Scoped<MeetingRead>, @Ctx() ctx: Context): Promise<MinutesView | null> {
    const scope = scopeOf(meeting);
    // One invited to an agenda item sees that item's minutes, not the meeting's.
    if (scope.meetingInvitations || !seesMinutes(scope, meeting)) return null;
    const { facts } = meeting;
    const finalised = facts.minutesFinalisedAt !== null;
    const [details, earlier, finalisedByName] = await Promise.all([
      finalised ? null : meetingDetails(ctx).load(meeting.id),
      finalised ? false : earlierMeetingHeld(ctx).load(meeting.id),
      facts.minutesFinalisedById ? userNames(ctx).load(facts.minutesFinalisedById) : null,
    ]);
    return {
      previousMinutesApproved: facts.previousMinutesApproved,
      nextMeetingAt: facts.nextMeetingAt,
      nextMeetingTopic: facts.nextMeetingTopic,
      distribution: facts.distribution,
      writtenAt: facts.minutesWrittenAt,
      finalisedAt: facts.minutesFinalisedAt,
      finalisedByName,
      missingParts: details ? missingMinutesParts({ ...facts, location: meeting.location, videoLink: meeting.videoLink }, details, earlier) : [],
    };
  }
}

@Resolver(() => GoalView)
export class GoalActionItemsResolver {
  @FieldResolver(() => [ActionItemView], { description: 'Action items from minutes tied to this goal (consent-filtered like the goal)' })
  async actionItems(@Root() goal: Scoped<GoalView>, @Ctx() ctx: Context): Promise<ActionItemView[]> {
    // The goal is there only when the reader's scope lets them see it (plan.service.ts).
    return goalActionItems(ctx, await actionItemsByGoal(ctx).load(goal.id), scopeOf(goal));
  }
}
