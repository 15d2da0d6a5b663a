import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ChangeFormKind, ChangeFormReporter } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

// class-validator messages are message keys; graphql/validation.ts translates them.
const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });

export const NOTE_MAX = 1000;
export const REASON_MAX = 2000;
export const LOCATION_MAX = 200;
export const REPORTER_NAME_MAX = 200;

@ArgsType()
export class DelegateAppointmentArgs {
  @Field(() => ID)
  referralId: string;

  @Field(() => ID, { description: 'The unit whose leader is to appoint' })
  unitId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE_MAX, tooLong(NOTE_MAX))
  note?: string | null;
}

@InputType()
export class AppointCoordinatorInput {
  @Field(() => ID)
  coordinatorId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => Boolean, { defaultValue: false })
  isChildCoordinator: boolean;

  @Field(() => LocalDate)
  startDate: Date;

  @Field(() => String, { nullable: true, description: 'Required when someone other than the wished coordinator is chosen' })
  @IsOptional()
  @MaxLength(REASON_MAX, tooLong(REASON_MAX))
  wishDeviationReason?: string | null;
}

/** The kinds of change form a decline is registered with. */
export const DECLINE_KINDS = ['DECLINED_COORDINATOR', 'DECLINED_INDIVIDUAL_PLAN'] as const;
export type DeclineKind = (typeof DECLINE_KINDS)[number];

@ArgsType()
export class RegisterDeclineArgs {
  @Field(() => ID)
  referralId: string;

  @Field(() => ChangeFormKind, { description: 'DECLINED_COORDINATOR or DECLINED_INDIVIDUAL_PLAN' })
  @IsIn(DECLINE_KINDS, { message: 'appointment.error.declineKind' })
  kind: ChangeFormKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REASON_MAX, tooLong(REASON_MAX))
  reason?: string | null;

  @Field(() => LocalDate)
  effectiveDate: Date;

  @Field(() => ChangeFormReporter, { defaultValue: ChangeFormReporter.PERSON, description: 'Who reported it; the person by default' })
  @IsIn(Object.values(ChangeFormReporter), { message: 'validation.invalidChoice' })
  reportedBy: ChangeFormReporter;

  @Field(() => String, { nullable: true, description: 'Their name, when not the person' })
  @IsOptional()
  @MaxLength(REPORTER_NAME_MAX, tooLong(REPORTER_NAME_MAX))
  reportedByName?: string | null;
}

@ArgsType()
export class PlanStartupMeetingArgs {
  @Field(() => ID)
  referralId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LOCATION_MAX, tooLong(LOCATION_MAX))
  location?: string | null;
}
