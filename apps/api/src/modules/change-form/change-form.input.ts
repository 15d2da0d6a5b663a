import { IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ChangeFormKind, ChangeFormReporter } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { REASON_MAX, REPORTER_NAME_MAX } from '../appointment/appointment.input';

const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });

/** The kinds submitted on their own; declines are registered on the case (registerDecline). */
export const SUBMITTED_KINDS = [
  ChangeFormKind.CHANGE_OF_COORDINATOR,
  ChangeFormKind.CLOSING_INDIVIDUAL_PLAN,
  ChangeFormKind.CLOSING_COORDINATOR,
  ChangeFormKind.CLOSING_RESPONSIBILITY_GROUP,
] as const;
export type SubmittedKind = (typeof SUBMITTED_KINDS)[number];

@InputType({ description: 'A change form (endringsskjema) for KE to register' })
export class SubmitChangeFormInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'validation.invalid' })
  personId: string;

  @Field(() => ChangeFormKind, { description: 'CHANGE_OF_COORDINATOR or one of the closings' })
  @IsIn(SUBMITTED_KINDS, { message: 'changeForm.error.kind' })
  kind: ChangeFormKind;

  @Field(() => LocalDate, { description: "The day the change takes effect: for a change of coordinator, the old coordinator's last day" })
  effectiveDate: Date;

  @Field(() => String)
  @IsNotEmpty({ message: 'changeForm.error.reasonRequired' })
  @MaxLength(REASON_MAX, tooLong(REASON_MAX))
  reason: string;

  @Field(() => ChangeFormReporter)
  @IsIn(Object.values(ChangeFormReporter), { message: 'validation.invalidChoice' })
  reportedBy: ChangeFormReporter;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORTER_NAME_MAX, tooLong(REPORTER_NAME_MAX))
  reportedByName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The assignment that ends (change or closing of coordinator); the one in force when there is only one' })
  @IsOptional()
  @IsUUID(undefined, { message: 'validation.invalid' })
  assignmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Change of coordinator: the new coordinator' })
  @IsOptional()
  @IsUUID(undefined, { message: 'validation.invalid' })
  newCoordinatorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Change of coordinator: the new coordinator's unit" })
  @IsOptional()
  @IsUUID(undefined, { message: 'validation.invalid' })
  newUnitId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Change of coordinator: the first day of the new one, on or before the effective date (the overlap)' })
  @IsOptional()
  newStartDate?: Date | null;
}
