import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AttendanceAnswer, MeetingStatus, MeetingType, ToLeadersKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';
import { InviteeKind } from './invitee-kind';

/** The parts the meeting checklist requires in minutes; finalising names the missing ones. */
export enum MinutesPart {
  TIME_AND_PLACE = 'TIME_AND_PLACE',
  ATTENDANCE = 'ATTENDANCE',
  PREVIOUS_MINUTES = 'PREVIOUS_MINUTES',
  ITEM_NOTES = 'ITEM_NOTES',
  CONCLUSIONS = 'CONCLUSIONS',
  NEXT_MEETING = 'NEXT_MEETING',
  RECIPIENTS = 'RECIPIENTS',
}

registerEnumType(MinutesPart, { name: 'MinutesPart', description: 'The parts the meeting checklist requires in minutes; finalising names the missing ones' });

@ObjectType()
export class MeetingInvitee {
  @Field(() => ID)
  id: string;

  @Field(() => InviteeKind)
  kind: InviteeKind;

  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  relativeId: string | null;

  @Field(() => ID, { nullable: true, description: 'Invited to this agenda item only (a non-member); null: the whole meeting' })
  agendaItemId: string | null;

  @Field(() => AttendanceAnswer)
  answer: AttendanceAnswer;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'From the minutes; null until recorded' })
  present: boolean | null;

  @Field(() => Boolean)
  isCoordinator: boolean;

  @Field(() => String, { nullable: true, description: "Only for the meeting's manager" })
  email: string | null;
}

@ObjectType()
export class ActionItemView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => String)
  description: string;

  @Field(() => ID, { nullable: true })
  responsibleUserId: string | null;

  @Field(() => String, { description: "The responsible user's name, or the free text" })
  responsibleName: string;

  @Field(() => LocalDate, { nullable: true })
  dueDate: Date | null;

  @Field(() => Boolean, { description: 'Not done, and the due date is before today in Oslo' })
  overdue: boolean;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => ID, { nullable: true })
  goalId: string | null;

  @Field(() => String, { nullable: true })
  goalDescription: string | null;

  @Field(() => Boolean, { description: 'The viewer is the responsible user or the coordinator' })
  canMarkDone: boolean;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class AgendaItemView {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true })
  goalId: string | null;

  @Field(() => ID, { nullable: true })
  measureId: string | null;

  @Field(() => ID, { nullable: true })
  fromActionItemId: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes for the item; null for readers before finalising' })
  notes: string | null;

  @Field(() => String, { nullable: true })
  conclusion: string | null;

  @Field(() => ToLeadersKind, { nullable: true })
  toLeadersKind: ToLeadersKind | null;

  @Field(() => [MeetingInvitee], { description: 'Those invited to this item only' })
  invitees: MeetingInvitee[];

  @Field(() => [ActionItemView])
  actionItems: ActionItemView[];
}

@ObjectType()
export class MinutesView {
  @Field(() => Boolean, { nullable: true })
  previousMinutesApproved: boolean | null;

  @Field(() => Date, { nullable: true })
  nextMeetingAt: Date | null;

  @Field(() => String, { nullable: true })
  nextMeetingTopic: string | null;

  @Field(() => String, { nullable: true, description: 'Who receives the minutes' })
  distribution: string | null;

  @Field(() => Date, { nullable: true })
  writtenAt: Date | null;

  @Field(() => Date, { nullable: true })
  finalisedAt: Date | null;

  @Field(() => String, { nullable: true })
  finalisedByName: string | null;

  @Field(() => [MinutesPart], { description: 'Empty when the minutes can be finalised' })
  missingParts: MinutesPart[];
}

/** A meeting as the viewer may see it; agenda, invitees and minutes are child fields filtered by the meeting's scope. */
@ObjectType()
export class MeetingView {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  videoLink: string | null;

  @Field(() => ID, { nullable: true })
  chairUserId: string | null;

  @Field(() => String, { nullable: true })
  chairName: string | null;

  @Field(() => ID, { nullable: true })
  minuteTakerUserId: string | null;

  @Field(() => String, { nullable: true })
  minuteTakerName: string | null;

  @Field(() => Boolean)
  agendaSetWithPerson: boolean;

  @Field(() => Date, { nullable: true })
  agendaSentAt: Date | null;

  @Field(() => Date, { nullable: true, description: "RESPONSIBILITY_GROUP only: startsAt minus the municipality's agendaNoticeDays" })
  agendaDueBy: Date | null;

  @Field(() => Boolean)
  agendaSentLate: boolean;

  @Field(() => String, { nullable: true })
  agendaLateReason: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => Boolean)
  canManage: boolean;

  @Field(() => Boolean)
  canWriteMinutes: boolean;

  @Field(() => Boolean, { description: "The viewer may open the person's plan (not one invited to an agenda item, not KE)" })
  canReadPlan: boolean;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class MeetingInviteeCandidate {
  @Field(() => InviteeKind)
  kind: InviteeKind;

  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  relativeId: string | null;

  @Field(() => String, { nullable: true })
  roleInGroup: string | null;

  @Field(() => Boolean)
  isMember: boolean;

  @Field(() => Boolean)
  isCoordinator: boolean;

  @Field(() => Boolean)
  hasEmail: boolean;
}

@ObjectType()
export class PersonMeetings {
  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => [MeetingView], { description: 'Planned meetings (also those held but not yet minuted), soonest first' })
  upcoming: MeetingView[];

  @Field(() => [MeetingView], { description: 'Held and cancelled meetings, newest first' })
  past: MeetingView[];

  @Field(() => Boolean)
  canPlan: boolean;

  @Field(() => Boolean, { description: "The viewer may open the person's plan (not one invited to an agenda item, not KE)" })
  canReadPlan: boolean;

  @Field(() => [MeetingInviteeCandidate], { description: "The group's members, the coordinator, the person and relatives (for the planner; empty for others)" })
  inviteeCandidates: MeetingInviteeCandidate[];

  @Field(() => Int, { description: "The municipality's notice for agendas of ansvarsgruppemøter, in days" })
  agendaNoticeDays: number;

  @Field(() => Int, { description: "The municipality's default length of an ansvarsgruppemøte" })
  groupMeetingMinutes: number;
}

@ObjectType()
export class ToLeadersItem {
  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => Date)
  meetingStartsAt: Date;

  @Field(() => String)
  title: string;

  @Field(() => ToLeadersKind)
  kind: ToLeadersKind;

  @Field(() => String, { nullable: true })
  conclusion: string | null;
}

@ObjectType()
export class MeetingCount {
  @Field(() => ID)
  coordinatorUserId: string;

  @Field(() => String)
  coordinatorName: string;

  @Field(() => Int)
  year: number;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => Int)
  held: number;
}
