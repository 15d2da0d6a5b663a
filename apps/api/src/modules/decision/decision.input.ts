import { IsIn, IsNotEmpty, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AppealOutcome, DecisionOutcome, LetterChannel } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

const required = { message: 'validation.required' };
const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });
const choice = { message: 'validation.invalidChoice' };

/**
 * An individual decision. The appeal information is not input: it comes from the
 * municipality's settings (its text, the weeks to appeal, where to send it).
 */
@InputType()
export class DecisionInput {
  @Field(() => DecisionOutcome)
  @IsIn(Object.values(DecisionOutcome), choice)
  outcome: DecisionOutcome;

  @Field(() => Boolean, { defaultValue: false })
  grantsCoordinator: boolean;

  @Field(() => Boolean, { defaultValue: false })
  grantsIndividualPlan: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Only for a person under 18 or not yet born' })
  grantsChildCoordinator: boolean;

  @Field(() => Boolean, { nullable: true, description: "Default: the assessment's" })
  @IsOptional()
  longTermNeed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default: the assessment's" })
  @IsOptional()
  coordinatedServices?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when anything asked for is refused' })
  @IsOptional()
  @MaxLength(8000, tooLong(8000))
  reasons?: string | null;
}

@ArgsType()
export class MakeDecisionArgs {
  @Field(() => ID)
  referralId: string;

  @Field(() => DecisionInput)
  @ValidateNested()
  input: DecisionInput;
}

@ArgsType()
export class RecordLetterSentArgs {
  @Field(() => ID)
  decisionId: string;

  @Field(() => LocalDate, { description: 'The day the letter was sent; not in the future' })
  sentAt: Date;

  @Field(() => LetterChannel)
  @IsIn(Object.values(LetterChannel), choice)
  via: LetterChannel;

  @Field(() => Int)
  @Min(1, { message: 'validation.invalid' })
  expectedVersion: number;
}

@InputType()
export class AppealInput {
  @Field(() => LocalDate, { description: 'Not before the decision, not after today' })
  receivedAt: Date;

  @Field(() => String)
  @IsNotEmpty(required)
  @MaxLength(200, tooLong(200))
  appellant: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000, tooLong(8000))
  grounds?: string | null;
}

@ArgsType()
export class RegisterAppealArgs {
  @Field(() => ID)
  decisionId: string;

  @Field(() => AppealInput)
  @ValidateNested()
  input: AppealInput;
}

@ArgsType()
export class RecordAppealOutcomeArgs {
  @Field(() => ID)
  appealId: string;

  @Field(() => AppealOutcome)
  @IsIn(Object.values(AppealOutcome), choice)
  outcome: AppealOutcome;

  @Field(() => LocalDate, { description: 'Not before the appeal was received, not after today' })
  outcomeDate: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, tooLong(4000))
  note?: string | null;

  @Field(() => Int)
  @Min(1, { message: 'validation.invalid' })
  expectedVersion: number;
}
