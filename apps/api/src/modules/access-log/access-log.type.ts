import { Field, ID, Int, ObjectType } from 'type-graphql';
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

/** A staff member of the municipality, for KE to choose whose reads to audit. */
@ObjectType()
export class StaffMember {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => [String], { description: 'Their units as they are now, alphabetically' })
  units: string[];

  @Field(() => Boolean, { description: 'False for an account that is closed (its reads are still in the log)' })
  active: boolean;
}

/** One entry a staff member wrote to the access log: whose data, what, when, refused or not. */
@ObjectType()
export class StaffAccessLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => ID)
  personId: string;

  @Field(() => String)
  personName: string;

  @Field(() => Role, { description: 'The role the staff member acted in' })
  actorRole: Role;

  @Field(() => String, { description: 'What was read or done, e.g. plan.read (its label is accessLog.action.<action>)' })
  action: string;

  @Field(() => Boolean, { description: 'The policy refused the attempt: nothing was read' })
  denied: boolean;
}

/** One page of a staff member's entries, newest first. */
@ObjectType()
export class StaffAccessLogPage {
  @Field(() => [StaffAccessLogEntry])
  entries: StaffAccessLogEntry[];

  @Field(() => Int, { description: "Entries in the staff member's whole log" })
  totalCount: number;

  @Field(() => Boolean)
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextCursor: string | null;
}
