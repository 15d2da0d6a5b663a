// What the meeting planner and the minutes editor send. Texts left out are not changed; null
// (or empty) empties them.
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AttendanceAnswer, MeetingType, ToLeadersKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { OptionalText } from '../../graphql/text-field';

const choice = { message: 'validation.invalidChoice' };
const anId = { message: 'validation.invalid' };
const version = { message: 'validation.invalid' };
const duration = { message: 'validation.range', context: { min: 15, max: 600 } };

export const LONG_TEXT = 8000;
export const SHORT_TEXT = 200;
/** More invitees or agenda items than any meeting has: a bound on one request's work. */
export const MAX_LIST = 100;

@InputType({ description: 'Exactly one of userId, relativeId, isPerson or externalName' })
export class InviteeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  relativeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isPerson?: boolean | null;

  @OptionalText(SHORT_TEXT)
  externalName?: string | null;

  @OptionalText(SHORT_TEXT)
  externalEmail?: string | null;

  @Field(() => Int, { nullable: true, description: 'Invited to this agenda item only (its position, from 1); null: the whole meeting' })
  @IsOptional()
  @IsInt()
  @Min(1, anId)
  agendaItemPosition?: number | null;
}

@InputType()
export class MeetingInput {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  personId: string;

  @Field(() => MeetingType)
  @IsIn(Object.values(MeetingType), choice)
  type: MeetingType;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Int, { nullable: true, description: "Default: the municipality's groupMeetingMinutes for RESPONSIBILITY_GROUP, else 60" })
  @IsOptional()
  @IsInt()
  @Min(15, duration)
  @Max(600, duration)
  durationMinutes?: number | null;

  @OptionalText(SHORT_TEXT)
  location?: string | null;

  @OptionalText(SHORT_TEXT)
  videoLink?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  chairUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  minuteTakerUserId?: string | null;

  @Field(() => [InviteeInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LIST)
  invitees: InviteeInput[];
}

@InputType()
export class MeetingUpdateInput {
  @Field(() => Date, { nullable: true })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(15, duration)
  @Max(600, duration)
  durationMinutes?: number | null;

  @OptionalText(SHORT_TEXT)
  location?: string | null;

  @OptionalText(SHORT_TEXT)
  videoLink?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  chairUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  minuteTakerUserId?: string | null;

  @Field(() => [InviteeInput], { nullable: true, description: 'The whole list; left out, the invitees stay as they are (answers of those who stay are kept)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LIST)
  invitees?: InviteeInput[] | null;
}

@InputType()
export class AgendaItemInput {
  @Field(() => String)
  @MaxLength(SHORT_TEXT, { message: 'validation.tooLong', context: { max: SHORT_TEXT } })
  title: string;

  @OptionalText(LONG_TEXT)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  goalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  measureId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  fromActionItemId?: string | null;

  @Field(() => [InviteeInput], { nullable: true, description: 'Invited to this item only (agendaItemPosition is ignored here)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LIST)
  invitees?: InviteeInput[] | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  inviteeId: string;

  @Field(() => Boolean)
  @IsBoolean()
  present: boolean;
}

@InputType()
export class AgendaItemMinutesInput {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  agendaItemId: string;

  @OptionalText(LONG_TEXT)
  notes?: string | null;

  @OptionalText(LONG_TEXT)
  conclusion?: string | null;

  @Field(() => ToLeadersKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ToLeadersKind), choice)
  toLeadersKind?: ToLeadersKind | null;
}

@InputType()
export class ActionItemInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  agendaItemId?: string | null;

  @Field(() => String)
  @MaxLength(LONG_TEXT, { message: 'validation.tooLong', context: { max: LONG_TEXT } })
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  responsibleUserId?: string | null;

  @OptionalText(SHORT_TEXT)
  responsibleText?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  dueDate?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  goalId?: string | null;
}

@InputType()
export class MinutesInput {
  @Field(() => [AttendanceInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LIST)
  attendance?: AttendanceInput[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  previousMinutesApproved?: boolean | null;

  @Field(() => [AgendaItemMinutesInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LIST)
  items?: AgendaItemMinutesInput[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  nextMeetingAt?: Date | null;

  @OptionalText(SHORT_TEXT)
  nextMeetingTopic?: string | null;

  @OptionalText(LONG_TEXT, 'Who receives the minutes')
  distribution?: string | null;
}

// --- Arguments of the mutations

@ArgsType()
export class MeetingVersionArgs {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  meetingId: string;

  @Field(() => Int, { description: "The meeting's version the edit started from" })
  @Min(1, version)
  version: number;
}

@ArgsType()
export class UpdateMeetingArgs extends MeetingVersionArgs {
  @Field(() => MeetingUpdateInput)
  @ValidateNested()
  input: MeetingUpdateInput;
}

@ArgsType()
export class CancelMeetingArgs extends MeetingVersionArgs {
  @Field(() => String)
  @MaxLength(LONG_TEXT, { message: 'validation.tooLong', context: { max: LONG_TEXT } })
  reason: string;
}

@ArgsType()
export class SetAgendaArgs extends MeetingVersionArgs {
  @Field(() => [AgendaItemInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_LIST)
  items: AgendaItemInput[];

  @Field(() => Boolean, { description: 'The agenda is set together with the person' })
  @IsBoolean()
  setWithPerson: boolean;
}

@ArgsType()
export class SendAgendaArgs extends MeetingVersionArgs {
  @OptionalText(LONG_TEXT, 'Why the agenda of an ansvarsgruppemøte is sent later than the notice; required then')
  lateReason?: string | null;
}

@ArgsType()
export class AnswerInvitationArgs {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  meetingId: string;

  @Field(() => AttendanceAnswer)
  @IsIn(Object.values(AttendanceAnswer), choice)
  answer: AttendanceAnswer;
}

@ArgsType()
export class SaveMinutesArgs extends MeetingVersionArgs {
  @Field(() => MinutesInput)
  @ValidateNested()
  input: MinutesInput;
}

@ArgsType()
export class AddActionItemArgs extends MeetingVersionArgs {
  @Field(() => ActionItemInput)
  @ValidateNested()
  input: ActionItemInput;
}

@ArgsType()
export class RemoveActionItemArgs {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  actionItemId: string;

  @Field(() => Int, { description: "The meeting's version the edit started from (the minutes are edited as one)" })
  @Min(1, version)
  version: number;
}

@ArgsType()
export class MarkActionItemDoneArgs {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  actionItemId: string;

  @Field(() => Int, { description: "The action item's version" })
  @Min(1, version)
  version: number;

  @Field(() => Boolean)
  @IsBoolean()
  done: boolean;
}
