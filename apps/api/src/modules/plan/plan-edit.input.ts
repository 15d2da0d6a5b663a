// What the coordinator's editor sends. Every text field may be left out (not changed) or null
// (emptied): the editor saves one section at a time, as it is written.
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OptionalText } from '../../graphql/text-field';
import { GoalKind, GoalStatus, LifeArea, MeasureStatus, ParticipantKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

const choice = { message: 'validation.invalidChoice' };
const anId = { message: 'validation.invalid' };

export const LONG_TEXT = 8000;
export const SHORT_TEXT = 200;

/** The plan's own sections and its dates. */
@InputType()
export class PlanSectionsInput {
  @OptionalText(LONG_TEXT, '"Hva er viktig for deg?", in the person\'s own words')
  whatIsImportant?: string | null;

  @OptionalText(LONG_TEXT)
  situation?: string | null;

  @OptionalText(LONG_TEXT)
  resources?: string | null;

  @OptionalText(LONG_TEXT)
  dreams?: string | null;

  @OptionalText(LONG_TEXT)
  needs?: string | null;

  @OptionalText(LONG_TEXT)
  ownContribution?: string | null;

  @OptionalText(LONG_TEXT)
  networkContribution?: string | null;

  @OptionalText(LONG_TEXT)
  cooperationNeeds?: string | null;

  @OptionalText(LONG_TEXT)
  languageAndCulture?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  periodStart?: Date | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  periodEnd?: Date | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  nextRevisionDate?: Date | null;
}

/** The mapping of one life area. */
@InputType()
export class LifeAreaInput {
  @OptionalText(LONG_TEXT)
  situation?: string | null;

  @OptionalText(LONG_TEXT, 'The services today')
  services?: string | null;

  @OptionalText(LONG_TEXT)
  needs?: string | null;

  @OptionalText(LONG_TEXT)
  resources?: string | null;

  @OptionalText(LONG_TEXT)
  wishes?: string | null;
}

@InputType()
export class ParticipantInput {
  @Field(() => ParticipantKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ParticipantKind), choice)
  kind?: ParticipantKind;

  @OptionalText(SHORT_TEXT, 'Required when adding')
  name?: string;

  @OptionalText(SHORT_TEXT)
  role?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  unitId?: string | null;

  @OptionalText(SHORT_TEXT)
  organisation?: string | null;

  @OptionalText(40)
  phone?: string | null;

  @OptionalText(SHORT_TEXT)
  email?: string | null;

  @OptionalText(LONG_TEXT, 'What they contribute')
  contribution?: string | null;
}

@InputType()
export class GoalInput {
  @Field(() => GoalKind, { nullable: true, description: 'Required when adding' })
  @IsOptional()
  @IsIn(Object.values(GoalKind), choice)
  kind?: GoalKind;

  @Field(() => LifeArea, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(LifeArea), choice)
  lifeArea?: LifeArea | null;

  @OptionalText(LONG_TEXT, 'Required when adding')
  description?: string;

  @Field(() => GoalStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(GoalStatus), choice)
  status?: GoalStatus;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  targetDate?: Date | null;

  @Field(() => ID, { nullable: true, description: 'For a short-term goal: the long-term goal it serves' })
  @IsOptional()
  @IsUUID(undefined, anId)
  parentGoalId?: string | null;
}

@InputType()
export class MeasureInput {
  @Field(() => ID, { nullable: true, description: 'The goal the measure serves' })
  @IsOptional()
  @IsUUID(undefined, anId)
  goalId?: string | null;

  @OptionalText(LONG_TEXT, 'What is done; required when adding')
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  responsibleParticipantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, anId)
  responsibleUnitId?: string | null;

  @OptionalText(SHORT_TEXT)
  responsibleText?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  startDate?: Date | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  dueDate?: Date | null;

  @OptionalText(LONG_TEXT)
  scope?: string | null;

  @OptionalText(LONG_TEXT)
  howCarriedOut?: string | null;

  @Field(() => MeasureStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MeasureStatus), choice)
  status?: MeasureStatus;

  @OptionalText(LONG_TEXT)
  ownContribution?: string | null;
}
