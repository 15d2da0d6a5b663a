// The meetings' root fields: thin, each behind its policy action, each calling one service.
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { requireWellFormedId } from '../../graphql/ids';
import {
  AddActionItemArgs,
  AnswerInvitationArgs,
  CancelMeetingArgs,
  MarkActionItemDoneArgs,
  MeetingInput,
  MeetingVersionArgs,
  RemoveActionItemArgs,
  SaveMinutesArgs,
  SendAgendaArgs,
  SetAgendaArgs,
  UpdateMeetingArgs,
} from './meeting.input';
import { actionItemTarget, meetingTarget } from './meeting.loaders';
import type { MeetingRead } from './meeting.mapper';
import { meetingById, meetingCounts, meetingsOfPerson, myTasks, toLeadersItems } from './meeting.service';
import {
  addActionItem,
  answerInvitation,
  buildAgendaFromPlan,
  cancelMeeting,
  finaliseMinutes,
  markActionItemDone,
  planMeeting,
  removeActionItem,
  saveMinutes,
  sendAgenda,
  setAgenda,
  updateMeeting,
} from './meeting-write.service';
import { ActionItemView, MeetingCount, MeetingView, PersonMeetings, ToLeadersItem } from './meeting.type';

const byMeeting = ({ meetingId }: { meetingId: string }, ctx: Context) => meetingTarget(ctx, meetingId);

@Resolver()
export class MeetingResolver {
  @Query(() => PersonMeetings, { description: "The person's meetings as the viewer may see them" })
  @Can<{ personId: string }>('meeting.read', ({ personId }) => ({ personId }))
  meetings(@Arg('personId', () => ID) personId: string, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<PersonMeetings> {
    return meetingsOfPerson(ctx, personId, access);
  }

  @Query(() => MeetingView)
  @Can<{ id: string }>('meeting.read', ({ id }, ctx) => meetingTarget(ctx, id))
  meeting(@Arg('id', () => ID) id: string, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return meetingById(ctx, id, access);
  }

  @Query(() => [ActionItemView], { description: "The signed-in user's open action items (any role with tasks), due first" })
  @Can('actionItem.mine')
  myTasks(@Ctx() ctx: Context): Promise<ActionItemView[]> {
    return myTasks(ctx);
  }

  @Query(() => [ToLeadersItem], { description: "Coordinator: matters marked for the leaders in own persons' meetings" })
  @Can('meeting.toLeaders')
  toLeadersItems(@Ctx() ctx: Context): Promise<ToLeadersItem[]> {
    return toLeadersItems(ctx);
  }

  @Query(() => [MeetingCount], { description: 'Held meetings per coordinator, year and type (KE: all; coordinator: own)' })
  @Can('meeting.counts')
  meetingCounts(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<MeetingCount[]> {
    return meetingCounts(ctx, year);
  }

  @Mutation(() => MeetingView, { description: 'Writes INVITATION mails with .ics to every invitee with an address' })
  @Can<{ input: MeetingInput }>('meeting.manage', ({ input }) => {
    requireWellFormedId('personId', input.personId);
    return { personId: input.personId };
  })
  planMeeting(@Arg('input', () => MeetingInput) input: MeetingInput, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return planMeeting(ctx, input, access);
  }

  @Mutation(() => MeetingView, { description: 'Raises the .ics SEQUENCE and sends UPDATE mails' })
  @Can('meeting.manage', byMeeting)
  updateMeeting(@Args(() => UpdateMeetingArgs) args: UpdateMeetingArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return updateMeeting(ctx, args.meetingId, args.version, args.input, access);
  }

  @Mutation(() => MeetingView, { description: 'Same UID, raised SEQUENCE, METHOD:CANCEL' })
  @Can('meeting.manage', byMeeting)
  cancelMeeting(@Args(() => CancelMeetingArgs) args: CancelMeetingArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return cancelMeeting(ctx, args.meetingId, args.version, args.reason, access);
  }

  @Mutation(() => MeetingView)
  @Can('meeting.manage', byMeeting)
  setAgenda(@Args(() => SetAgendaArgs) args: SetAgendaArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return setAgenda(ctx, args.meetingId, args.version, args.items, args.setWithPerson, access);
  }

  @Mutation(() => MeetingView, { description: 'Items from the person\'s plan: open action items first, then goals with their measures' })
  @Can('meeting.manage', byMeeting)
  buildAgendaFromPlan(@Args(() => MeetingVersionArgs) args: MeetingVersionArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return buildAgendaFromPlan(ctx, args.meetingId, args.version, access);
  }

  @Mutation(() => MeetingView, { description: 'RESPONSIBILITY_GROUP later than agendaDueBy needs lateReason (else BAD_USER_INPUT naming it); sends AGENDA mails' })
  @Can('meeting.manage', byMeeting)
  sendAgenda(@Args(() => SendAgendaArgs) args: SendAgendaArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return sendAgenda(ctx, args.meetingId, args.version, args.lateReason, access);
  }

  @Mutation(() => MeetingView, { description: "The signed-in invitee's answer" })
  @Can('meeting.answer')
  answerInvitation(@Args(() => AnswerInvitationArgs) args: AnswerInvitationArgs, @Ctx() ctx: Context): Promise<MeetingRead> {
    return answerInvitation(ctx, args.meetingId, args.answer);
  }

  @Mutation(() => MeetingView)
  @Can('meeting.minutes', byMeeting)
  saveMinutes(@Args(() => SaveMinutesArgs) args: SaveMinutesArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return saveMinutes(ctx, args.meetingId, args.version, args.input, access);
  }

  @Mutation(() => MeetingView)
  @Can('meeting.minutes', byMeeting)
  addActionItem(@Args(() => AddActionItemArgs) args: AddActionItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return addActionItem(ctx, args.meetingId, args.version, args.input, access);
  }

  @Mutation(() => MeetingView, { description: "version: the meeting's, as for every edit of its minutes" })
  @Can<{ actionItemId: string }>('meeting.minutes', ({ actionItemId }, ctx) => actionItemTarget(ctx, actionItemId))
  removeActionItem(@Args(() => RemoveActionItemArgs) args: RemoveActionItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return removeActionItem(ctx, args.actionItemId, args.version, access);
  }

  @Mutation(() => MeetingView, { description: 'Refused while a MinutesPart is missing (the message names them); sets HELD, sends MINUTES notices' })
  @Can('meeting.manage', byMeeting)
  finaliseMinutes(@Args(() => MeetingVersionArgs) args: MeetingVersionArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<MeetingRead> {
    return finaliseMinutes(ctx, args.meetingId, args.version, access);
  }

  @Mutation(() => ActionItemView, { description: 'The responsible user or the coordinator' })
  @Can('actionItem.mine')
  markActionItemDone(@Args(() => MarkActionItemDoneArgs) args: MarkActionItemDoneArgs, @Ctx() ctx: Context): Promise<ActionItemView> {
    return markActionItemDone(ctx, args.actionItemId, args.version, args.done);
  }
}
