import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PlanStatus } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { CoordinatorContact } from '../plan/coordinator-contact.type';

/** A person as shown in lists: name and age, never the national id. */
@ObjectType()
export class PersonRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'For texts that name the person, e.g. "Planen til Emil"' })
  firstName: string;

  @Field(() => Int, { nullable: true, description: 'Age in whole years; null before birth' })
  age: number | null;

  @Field(() => Boolean, { description: 'Under 18 (or not yet born)' })
  isChild: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'Set for an unborn child' })
  expectedBirthDate: Date | null;
}

/**
 * A person as a node of the graph, reached only through a field that called the policy
 * (a referral, a case): who they are, and through field resolvers their referrals, decisions,
 * coordinators and plans, filtered by the scope the parent was fetched with.
 */
@ObjectType()
export class Person extends PersonRef {
  @Field(() => LocalDate, { nullable: true })
  dateOfBirth: Date | null;

  @Field(() => String, { description: 'ISO 639-1; the letter and the plan follow it' })
  preferredLanguage: string;

  @Field(() => Boolean)
  needsInterpreter: boolean;

  /** Not exposed: maskedNationalId shows it, to those allowed. */
  nationalId: string | null;
}

/** How the signed-in user is related to a person whose data they read. */
export enum ViewerRelation {
  SELF = 'SELF',
  GUARDIAN = 'GUARDIAN',
  COORDINATOR = 'COORDINATOR',
  GROUP_MEMBER = 'GROUP_MEMBER',
}
registerEnumType(ViewerRelation, { name: 'ViewerRelation' });

/** Where the person stands with an individual plan, and so why there is a plan or not. */
export enum PlanState {
  /** A plan in use. */
  ACTIVE = 'ACTIVE',
  /** A plan being written, not yet in use. */
  DRAFT = 'DRAFT',
  /** The last plan was closed. */
  CLOSED = 'CLOSED',
  /** The person declined the individual plan (change form). */
  DECLINED = 'DECLINED',
  /** The person declined a coordinator; a plan needs one. */
  COORDINATOR_DECLINED = 'COORDINATOR_DECLINED',
  /** Granted a plan, not written yet. */
  NOT_STARTED = 'NOT_STARTED',
  /** The decision granted a coordinator but not a plan. */
  NOT_GRANTED = 'NOT_GRANTED',
  /** The decision denied coordinator and plan. */
  DENIED = 'DENIED',
  /** A referral is received or being assessed by the coordinating unit. */
  IN_ASSESSMENT = 'IN_ASSESSMENT',
  /** The referral was withdrawn. */
  REFERRAL_WITHDRAWN = 'REFERRAL_WITHDRAWN',
  /** No referral of need has been received. */
  NO_REFERRAL = 'NO_REFERRAL',
}
registerEnumType(PlanState, { name: 'PlanState' });

/** One person as the viewer may see them: who they are to the viewer, and their plan's state. */
@ObjectType()
export class PersonView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  firstName: string;

  @Field(() => ViewerRelation)
  relation: ViewerRelation;

  @Field(() => PlanState)
  planState: PlanState;

  @Field(() => Date, {
    nullable: true,
    description: 'When the state began: the plan started or closed, the decline took effect, the decision, the referral received',
  })
  planStateSince: Date | null;

  @Field(() => ID, { nullable: true, description: 'The plan closed last, kept read-only, when the person has no open plan' })
  closedPlanId: string | null;

  @Field(() => [CoordinatorContact], { description: "The person's coordinators in force today and how to reach them, plan or not" })
  coordinators: CoordinatorContact[];
}

/** A period with a coordinator, for the person's history on a case. */
@ObjectType()
export class CoordinatorPeriod {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  coordinatorName: string;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => Boolean)
  isChildCoordinator: boolean;

  @Field(() => LocalDate)
  startDate: Date;

  @Field(() => LocalDate, { nullable: true })
  endDate: Date | null;
}

/** A plan as KE's register holds it: its status and period, not its content. */
@ObjectType()
export class PlanPeriod {
  @Field(() => ID)
  id: string;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => LocalDate, { nullable: true })
  periodStart: Date | null;

  @Field(() => LocalDate, { nullable: true })
  periodEnd: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}
