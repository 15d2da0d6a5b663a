import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const SENT_MAIL_MAX_PAGE = 100;
const pageRange = { message: 'validation.range', context: { min: 1, max: SENT_MAIL_MAX_PAGE } };

@ArgsType()
export class SentMailArgs {
  @Field(() => Int, { defaultValue: 20, description: `Mails per page, 1 to ${SENT_MAIL_MAX_PAGE}` })
  @Min(1, pageRange)
  @Max(SENT_MAIL_MAX_PAGE, pageRange)
  first: number;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the page before' })
  after?: string;
}
