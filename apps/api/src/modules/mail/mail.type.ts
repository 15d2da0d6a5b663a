import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MailKind, MailStatus } from '../../graphql/enums';

/** A mail of the outbox as its sender and KE see it: what was sent to whom, and how it went. */
@ObjectType()
export class SentMail {
  @Field(() => ID)
  id: string;

  @Field(() => MailKind)
  kind: MailKind;

  @Field(() => MailStatus, { description: 'PENDING until delivered (or given up: FAILED)' })
  status: MailStatus;

  @Field(() => String, { description: "The recipient's address" })
  to: string;

  @Field(() => String, { nullable: true })
  toName: string | null;

  @Field(() => String)
  subject: string;

  @Field(() => String, { description: 'The text the recipient got' })
  textBody: string;

  @Field(() => Int, { description: 'Delivery attempts so far' })
  attempts: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (pending mail only)' })
  nextAttemptAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The last failed attempt's error code (e.g. ESOCKET, EMESSAGE SMTP 550); never the server's text",
  })
  lastError: string | null;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => Boolean, { description: 'It carries a calendar file (.ics): GET /api/mail/:id/ics' })
  hasCalendar: boolean;

  @Field(() => String, { nullable: true, description: 'Where its calendar file is downloaded; null without one' })
  calendarUrl: string | null;

  @Field(() => Int, { nullable: true, description: 'The SEQUENCE of its calendar file' })
  calendarSequence: number | null;

  @Field(() => String, { nullable: true, description: 'Who caused it (shown to KE)' })
  senderName: string | null;
}

/** One page of sent mail, newest first. */
@ObjectType()
export class SentMailPage {
  @Field(() => [SentMail])
  entries: SentMail[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Boolean)
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page' })
  nextCursor: string | null;
}
