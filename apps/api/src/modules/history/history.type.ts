import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../graphql/enums';

/** One field of a change: its value before and after, as text (dates as ISO strings). */
@ObjectType()
export class FieldChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

/** A change kept in a case's or a plan's history: who, in which role, when, what. */
@ObjectType()
export class HistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'What was done, e.g. referral.received, decision.made' })
  action: string;

  @Field(() => String, { description: 'The record changed: Referral, Assessment, Decision, Appeal, Goal, Measure, ...' })
  entity: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => Int, { nullable: true, description: "The record's version after the change, where the record is versioned" })
  entityVersion: number | null;

  @Field(() => String)
  actorName: string;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}
