import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentProposal } from '../../graphql/enums';

/**
 * KE's assessment of a referral: the two criteria of the right to a coordinator and an
 * individual plan (long-term need; coordinated services), each with a note, and a proposal.
 * Only KE (the tenant scope) sees it: `Referral.assessment` is null in any other scope.
 */
@ObjectType()
export class Assessment {
  @Field(() => ID)
  id: string;

  /** Not exposed. */
  referralId: string;

  @Field(() => Boolean, { nullable: true, description: 'Long-term need (no fixed duration); null while not judged' })
  longTermNeed: boolean | null;

  @Field(() => String, { nullable: true })
  longTermNeedNote: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Two or more services from different providers that must be seen together; null while not judged',
  })
  coordinatedServices: boolean | null;

  @Field(() => String, { nullable: true })
  coordinatedServicesNote: string | null;

  @Field(() => AssessmentProposal, { nullable: true })
  proposal: AssessmentProposal | null;

  /** Not exposed: `assessedBy` resolves it. */
  assessedById: string;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'The version an edit starts from (a stale one gets CONFLICT)' })
  version: number;
}
