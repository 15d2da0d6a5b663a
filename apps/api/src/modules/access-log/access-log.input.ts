import { Max, Min } from 'class-validator';
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
