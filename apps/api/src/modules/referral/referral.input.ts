import { IsIn, IsNotEmpty, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Channel, ConsentForm, ReferralSourceKind, RequestedService } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { IsNationalId, NotAfterToday } from '../../graphql/validation';

// class-validator messages are message keys; graphql/validation.ts translates them.
const required = { message: 'validation.required' };
const tooLong = (max: number) => ({ message: 'validation.tooLong', context: { max } });

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

  @Field(() => Channel)
  channel: Channel;

  @Field(() => RequestedService)
  requested: RequestedService;

  @Field(() => String)
  @Length(10, 4000, { message: 'validation.needDescription', context: { min: 10, max: 4000 } })
  needDescription: string;

  @Field(() => Boolean)
  consentToRefer: boolean;

  @Field(() => ConsentForm, { nullable: true })
  @IsOptional()
  consentForm?: ConsentForm;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  homeVisitPlanned?: boolean;
}
