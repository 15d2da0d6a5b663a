import { Field, ID, ObjectType } from 'type-graphql';
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

/** A change kept in a case's history: who, in which role, when, what. */
@ObjectType()
export class HistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'What was done, e.g. referral.received, decision.made' })
  action: string;

  @Field(() => String, { description: 'The record changed: Referral, Assessment, Decision, Appeal, ...' })
  entity: string;

  @Field(() => String)
  actorName: string;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}
