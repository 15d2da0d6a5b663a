import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ReferralStatus } from '../../graphql/enums';

/** Age groups of the inbox filter, by age today in Oslo. */
export enum AgeGroup {
  /** Not yet born (an expected birth date). */
  UNBORN = 'UNBORN',
  /** 0 to 5 years. */
  UNDER_SIX = 'UNDER_SIX',
  /** 6 to 17 years. */
  SCHOOL_AGE = 'SCHOOL_AGE',
  /** 18 to 66 years. */
  ADULT = 'ADULT',
  /** 67 years and older. */
  SENIOR = 'SENIOR',
}
registerEnumType(AgeGroup, { name: 'AgeGroup' });

export const INBOX_MAX_PAGE = 100;
const pageRange = { message: 'validation.range', context: { min: 1, max: INBOX_MAX_PAGE } };
const waitingRange = { message: 'validation.range', context: { min: 0, max: 3650 } };

@InputType()
export class ReferralInboxFilter {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Any of these statuses; all when not given' })
  @IsOptional()
  statuses?: ReferralStatus[];

  @Field(() => ID, { nullable: true, description: "The reporter's unit, the wished unit, or the unit asked to appoint" })
  @IsOptional()
  unitId?: string;

  @Field(() => AgeGroup, { nullable: true })
  @IsOptional()
  ageGroup?: AgeGroup;

  @Field(() => Int, { nullable: true, description: 'Only referrals waiting for a decision at least this many days' })
  @IsOptional()
  @Min(0, waitingRange)
  @Max(3650, waitingRange)
  minWaitingDays?: number;
}

@ArgsType()
export class ReferralInboxArgs {
  @Field(() => ReferralInboxFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ReferralInboxFilter;

  @Field(() => Int, { defaultValue: 25, description: `Referrals per page, 1 to ${INBOX_MAX_PAGE}` })
  @Min(1, pageRange)
  @Max(INBOX_MAX_PAGE, pageRange)
  first: number;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the page before' })
  after?: string;
}
