import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

export const ACCESS_LOG_MAX_PAGE = 100;
const pageRange = { message: 'validation.range', context: { min: 1, max: ACCESS_LOG_MAX_PAGE } };

@ArgsType()
export class AccessLogArgs {
  @Field(() => ID)
  personId: string;

  @Field(() => Int, { defaultValue: 20, description: `Lines per page, 1 to ${ACCESS_LOG_MAX_PAGE}` })
  @Min(1, pageRange)
  @Max(ACCESS_LOG_MAX_PAGE, pageRange)
  first: number;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the page before' })
  after?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also the reads by the person and their guardians (hidden by default)',
  })
  includeOwnReads: boolean;
}

@ArgsType()
export class StaffAccessLogArgs {
  @Field(() => ID, { description: 'The staff member (a user of the municipality)' })
  userId: string;

  @Field(() => Int, { defaultValue: 20, description: `Entries per page, 1 to ${ACCESS_LOG_MAX_PAGE}` })
  @Min(1, pageRange)
  @Max(ACCESS_LOG_MAX_PAGE, pageRange)
  first: number;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the page before' })
  after?: string;
}

export const STAFF_SEARCH_MAX = 100;

@ArgsType()
export class StaffMembersArgs {
  @Field(() => String, { nullable: true, description: 'Words of the name (every word must match); all staff when empty' })
  @IsOptional()
  @MaxLength(STAFF_SEARCH_MAX, { message: 'validation.tooLong', context: { max: STAFF_SEARCH_MAX } })
  search?: string;
}
