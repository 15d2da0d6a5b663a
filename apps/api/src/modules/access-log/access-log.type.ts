import { Field, Int, ObjectType } from 'type-graphql';
import { Role } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

/** The reads of one reader, in one role, of one part of the person's data, on one day. */
@ObjectType()
export class AccessLogLine {
  @Field(() => LocalDate, { description: 'The calendar day of the reads in Norway (Europe/Oslo)' })
  day: string;

  @Field(() => String)
  actorName: string;

  @Field(() => String, { nullable: true })
  actorTitle: string | null;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => [String], { description: "The reader's units as they are now, alphabetically" })
  actorUnits: string[];

  @Field(() => String, { description: 'What was read, e.g. plan.read' })
  action: string;

  @Field(() => Int, { description: 'How many times that day' })
  count: number;

  @Field(() => Date)
  firstAt: Date;

  @Field(() => Date)
  lastAt: Date;
}

/** One page of the person's access log, one line per reader, part and day, newest first. */
@ObjectType()
export class AccessLogPage {
  @Field(() => [AccessLogLine])
  entries: AccessLogLine[];

  @Field(() => Int, { description: 'Lines in the whole log (with the same filter)' })
  totalCount: number;

  @Field(() => Boolean)
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextCursor: string | null;
}
