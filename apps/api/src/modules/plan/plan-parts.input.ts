// What the editor sends for the plan's evaluations, sub-plans and transitions. As in
// plan-edit.input.ts, a field left out is not changed and null empties it.
import { IsIn, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GoalStatus, LifeArea, MeasureStatus, SubPlanKind, TransitionKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { OptionalText } from '../../graphql/text-field';
import { LONG_TEXT, SHORT_TEXT } from './plan-edit.input';

const choice = { message: 'validation.invalidChoice' };
const anId = { message: 'validation.invalid' };

/** The evaluation's date and its answers to the four questions of seed 001, with what changes. */
@InputType()
export class EvaluationInput {
  @Field(() => LocalDate, { nullable: true, description: 'The date the evaluation is (or was) held' })
  @IsOptional()
  scheduledFor?: Date | null;

  @OptionalText(LONG_TEXT, 'Are the goals reached?')
  goalsReached?: string | null;

  @OptionalText(LONG_TEXT, 'Do the services work?')
  servicesWork?: string | null;

  @OptionalText(LONG_TEXT, 'Is the way of working good?')
  wayOfWorking?: string | null;

  @OptionalText(LONG_TEXT, "The plan owner's experience")
  ownerExperience?: string | null;

  @OptionalText(LONG_TEXT, 'What changes: new goals and measures; required when the evaluation is recorded')
  conclusion?: string | null;
}

@InputType({ description: "A goal's new status, decided in an evaluation" })
export class GoalStatusChange {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  goalId: string;

  @Field(() => Int, { description: "The goal's version the evaluation started from" })
  @Min(1, anId)
  expectedVersion: number;

  @Field(() => GoalStatus)
  @IsIn(Object.values(GoalStatus), choice)
  status: GoalStatus;
}

@InputType({ description: "A measure's new status, decided in an evaluation" })
export class MeasureStatusChange {
  @Field(() => ID)
  @IsUUID(undefined, anId)
  measureId: string;

  @Field(() => Int, { description: "The measure's version the evaluation started from" })
  @Min(1, anId)
  expectedVersion: number;

  @Field(() => MeasureStatus)
  @IsIn(Object.values(MeasureStatus), choice)
  status: MeasureStatus;
}

/** A sub-plan: a document of its own, linked to the plan (never a second individual plan). */
@InputType()
export class SubPlanInput {
  @Field(() => SubPlanKind, { nullable: true, description: 'Required when adding' })
  @IsOptional()
  @IsIn(Object.values(SubPlanKind), choice)
  kind?: SubPlanKind | null;

  @OptionalText(SHORT_TEXT, 'Required when adding')
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit that owns it; or else ownerName' })
  @IsOptional()
  @IsUUID(undefined, anId)
  ownerUnitId?: string | null;

  @OptionalText(SHORT_TEXT, 'The person who owns it, when not a unit')
  ownerName?: string | null;

  @OptionalText(LONG_TEXT)
  note?: string | null;

  @OptionalText(SHORT_TEXT, 'Where the document is: the system, archive or journal reference')
  externalReference?: string | null;

  @Field(() => LifeArea, { nullable: true, description: 'The life area it is about, if one: the consent may hide it' })
  @IsOptional()
  @IsIn(Object.values(LifeArea), choice)
  lifeArea?: LifeArea | null;
}

/** A change in the person's life that calls for a review of the group and the plan. */
@InputType()
export class TransitionInput {
  @Field(() => TransitionKind, { nullable: true, description: 'Required when adding' })
  @IsOptional()
  @IsIn(Object.values(TransitionKind), choice)
  kind?: TransitionKind | null;

  @Field(() => LocalDate, { nullable: true, description: 'When it happens; required when adding' })
  @IsOptional()
  date?: Date | null;

  @OptionalText(LONG_TEXT)
  note?: string | null;
}
