import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The parts an individual plan holds by law: (a) to (i) of "The plan's legal content" in DOMAIN.md. */
export enum LegalContentItem {
  /** (a) the person's goals, resources and needs */
  GOALS_RESOURCES_NEEDS = 'GOALS_RESOURCES_NEEDS',
  /** (b) who takes part */
  PARTICIPANTS = 'PARTICIPANTS',
  /** (c) who the coordinator is */
  COORDINATOR = 'COORDINATOR',
  /** (d) what the person, providers, relatives and others contribute */
  CONTRIBUTIONS = 'CONTRIBUTIONS',
  /** (e) measures, their scope and who is responsible */
  MEASURES_SCOPE_RESPONSIBLE = 'MEASURES_SCOPE_RESPONSIBLE',
  /** (f) how the measures are carried out */
  HOW_CARRIED_OUT = 'HOW_CARRIED_OUT',
  /** (g) the plan period and dates for revision */
  PERIOD_AND_REVISION = 'PERIOD_AND_REVISION',
  /** (h) consent to the plan, and to sharing confidential information where relevant */
  CONSENT = 'CONSENT',
  /** (i) needed cooperation with other providers and agencies */
  COOPERATION = 'COOPERATION',
}

/** What is missing or out of date; the web shows `plan.legal.problem.<code>`. */
export enum LegalProblemCode {
  NO_WHAT_IS_IMPORTANT = 'NO_WHAT_IS_IMPORTANT',
  NO_GOALS = 'NO_GOALS',
  NO_RESOURCES = 'NO_RESOURCES',
  NO_NEEDS = 'NO_NEEDS',
  NO_PARTICIPANTS = 'NO_PARTICIPANTS',
  NO_COORDINATOR = 'NO_COORDINATOR',
  NO_OWN_CONTRIBUTION = 'NO_OWN_CONTRIBUTION',
  NO_CONTRIBUTIONS = 'NO_CONTRIBUTIONS',
  NO_MEASURES = 'NO_MEASURES',
  GOAL_WITHOUT_MEASURE = 'GOAL_WITHOUT_MEASURE',
  MEASURE_WITHOUT_RESPONSIBLE = 'MEASURE_WITHOUT_RESPONSIBLE',
  MEASURE_WITHOUT_SCOPE = 'MEASURE_WITHOUT_SCOPE',
  MEASURE_WITHOUT_HOW = 'MEASURE_WITHOUT_HOW',
  MEASURE_WITHOUT_DEADLINE = 'MEASURE_WITHOUT_DEADLINE',
  NO_PERIOD = 'NO_PERIOD',
  PERIOD_ENDED = 'PERIOD_ENDED',
  NO_REVISION_DATE = 'NO_REVISION_DATE',
  REVISION_OVERDUE = 'REVISION_OVERDUE',
  NO_CONSENT = 'NO_CONSENT',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  CONSENT_EXPIRED = 'CONSENT_EXPIRED',
  NO_EXCHANGE_CONSENT = 'NO_EXCHANGE_CONSENT',
  NO_COOPERATION_NOTE = 'NO_COOPERATION_NOTE',
}

registerEnumType(LegalContentItem, { name: 'LegalContentItem', description: "A part of the plan's legal content" });
registerEnumType(LegalProblemCode, { name: 'LegalProblemCode' });

@ObjectType()
export class LegalProblem {
  @Field(() => LegalProblemCode)
  code: LegalProblemCode;

  @Field(() => ID, { nullable: true, description: 'The goal the problem is about' })
  goalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The measure the problem is about' })
  measureId: string | null;
}

/** One part of the legal content: whether the plan holds it, and what is missing. */
@ObjectType()
export class LegalContentFinding {
  @Field(() => LegalContentItem)
  item: LegalContentItem;

  @Field(() => Boolean)
  satisfied: boolean;

  @Field(() => [LegalProblem])
  problems: LegalProblem[];
}
