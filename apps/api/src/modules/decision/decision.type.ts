import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AppealOutcome, DecisionOutcome, LetterChannel } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

/**
 * KE's individual decision (enkeltvedtak) on the right to a coordinator and an individual plan.
 * A referral keeps every decision: the one in force (supersededAt null) and those an appeal
 * reversed. The outcome and the grants are for every scope that reaches the decision (a unit
 * leader asked to appoint needs them); the reasons, the appeal information and the appeals are
 * KE's only (field resolvers in decision.resolver.ts check the scope).
 */
@ObjectType()
export class Decision {
  @Field(() => ID)
  id: string;

  /** Not exposed. */
  referralId: string;
  personId: string;
  decidedById: string;
  letterSentById: string | null;
  reasons: string | null;
  appealInformation: string | null;

  @Field(() => DecisionOutcome)
  outcome: DecisionOutcome;

  @Field(() => Boolean)
  grantsCoordinator: boolean;

  @Field(() => Boolean)
  grantsIndividualPlan: boolean;

  @Field(() => Boolean)
  grantsChildCoordinator: boolean;

  @Field(() => Boolean, { description: 'The criterion of a long-term need, as decided' })
  longTermNeed: boolean;

  @Field(() => Boolean, { description: 'The criterion of coordinated services, as decided' })
  coordinatedServices: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'The last day to appeal' })
  appealDeadline: Date | null;

  @Field(() => Date)
  decidedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the letter was sent (its date)' })
  letterSentAt: Date | null;

  @Field(() => LetterChannel, { nullable: true })
  letterSentVia: LetterChannel | null;

  @Field(() => Date, { nullable: true, description: 'When a later decision replaced this one' })
  supersededAt: Date | null;

  @Field(() => Int, { description: 'The version an edit starts from (a stale one gets CONFLICT)' })
  version: number;
}

/** An appeal (klage) against a decision: when it came, from whom, and where it ended. */
@ObjectType()
export class Appeal {
  @Field(() => ID)
  id: string;

  /** Not exposed. */
  decisionId: string;
  personId: string;
  registeredById: string;

  @Field(() => LocalDate)
  receivedAt: Date;

  @Field(() => String, { description: 'Who appeals: the person, a guardian, a representative' })
  appellant: string;

  @Field(() => String, { nullable: true })
  grounds: string | null;

  @Field(() => Boolean, { description: "Received after the decision's appeal deadline (KE may still accept it)" })
  late: boolean;

  @Field(() => AppealOutcome, { nullable: true })
  outcome: AppealOutcome | null;

  @Field(() => LocalDate, { nullable: true })
  outcomeDate: Date | null;

  @Field(() => String, { nullable: true })
  outcomeNote: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

/** What a decision made now would say about appeals: the text, the deadline, where to send it. */
@ObjectType()
export class AppealPreview {
  @Field(() => String)
  text: string;

  @Field(() => LocalDate)
  deadline: Date;

  @Field(() => String)
  sendTo: string;
}
