import { ArrayMaxSize, IsIn, IsNotEmpty, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Channel, ConsentForm, ReferralSourceKind, RequestedService } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { IsNationalId, NotAfterToday } from '../../graphql/validation';

// class-validator messages are message keys; graphql/validation.ts translates them.
const required = { message: 'validation.required' };
const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });

/** At most this many services today on one referral. */
export const MAX_CURRENT_SERVICES = 20;

@InputType({ description: "An unborn child's parent, stored as a relative with parental responsibility" })
export class ParentInput {
  @Field(() => String)
  @IsNotEmpty(required)
  @MaxLength(200, tooLong(200))
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, tooLong(40))
  phone?: string;
}

@InputType({ description: 'A service the person receives today, and who provides it' })
export class ReferralServiceInput {
  @Field(() => String)
  @IsNotEmpty(required)
  @MaxLength(200, tooLong(200))
  service: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  provider?: string;
}

@InputType({ description: 'A person not yet known to the municipality' })
export class NewPersonInput {
  @Field(() => String)
  @IsNotEmpty(required)
  @MaxLength(100, tooLong(100))
  firstName: string;

  @Field(() => String)
  @IsNotEmpty(required)
  @MaxLength(100, tooLong(100))
  lastName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Fødselsnummer or D-number, 11 digits with valid control digits; agrees with dateOfBirth',
  })
  @IsOptional()
  @IsNationalId('dateOfBirth')
  nationalId?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @NotAfterToday('validation.dateOfBirthInFuture')
  dateOfBirth?: Date;

  @Field(() => LocalDate, { nullable: true, description: 'For an unborn child' })
  @IsOptional()
  expectedBirthDate?: Date;

  @Field(() => ParentInput, { nullable: true, description: 'Required for an unborn child (expectedBirthDate without dateOfBirth)' })
  @IsOptional()
  @ValidateNested()
  parent?: ParentInput;
}

@InputType()
export class CreateReferralInput {
  // Its form is checked with every other id argument (graphql/ids.ts).
  @Field(() => ID, { nullable: true, description: 'An existing person; or give newPerson' })
  personId?: string;

  @Field(() => NewPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  newPerson?: NewPersonInput;

  @Field(() => ReferralSourceKind)
  @IsIn(Object.values(ReferralSourceKind), { message: 'validation.invalidChoice' })
  sourceKind: ReferralSourceKind;

  @Field(() => String)
  @IsNotEmpty(required)
  @MaxLength(200, tooLong(200))
  sourceName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  sourceOrganisation?: string;

  @Field(() => String, { nullable: true, description: 'In what capacity the reporter reports (mother, GP, school nurse)' })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  reporterCapacity?: string;

  @Field(() => ID, { nullable: true, description: "The reporter's municipal unit" })
  sourceUnitId?: string;

  @Field(() => Channel)
  channel: Channel;

  @Field(() => RequestedService)
  requested: RequestedService;

  @Field(() => String)
  @Length(10, 4000, { message: 'validation.needDescription', context: { min: 10, max: 4000 } })
  needDescription: string;

  @Field(() => [ReferralServiceInput], { nullable: true, description: 'Services today, in the order given' })
  @IsOptional()
  @ArrayMaxSize(MAX_CURRENT_SERVICES, { message: 'validation.tooManyServices', context: { max: MAX_CURRENT_SERVICES } })
  @ValidateNested({ each: true })
  currentServices?: ReferralServiceInput[];

  @Field(() => String, { nullable: true, description: "The person's wish for a coordinator, by name" })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  wishedCoordinator?: string;

  @Field(() => ID, { nullable: true, description: 'The unit the person wishes their coordinator from' })
  wishedUnitId?: string;

  @Field(() => Boolean, { description: 'The person (or guardian) consents to the referral; required' })
  consentToRefer: boolean;

  @Field(() => ConsentForm, { nullable: true })
  @IsOptional()
  consentForm?: ConsentForm;

  @Field(() => LocalDate, { nullable: true, description: 'The day the consent was given; not after today' })
  @IsOptional()
  @NotAfterToday('validation.consentDateInFuture')
  consentDate?: Date;

  @Field(() => String, { nullable: true, description: 'Who heard or received the consent' })
  @IsOptional()
  @MaxLength(200, tooLong(200))
  consentHeardBy?: string;

  @Field(() => Boolean, { nullable: true, description: 'A hospital inpatient' })
  @IsOptional()
  isInpatient?: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'Required for an inpatient' })
  @IsOptional()
  plannedDischargeDate?: Date;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  homeVisitPlanned?: boolean;
}
