import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangeFormKind, ChangeFormReporter } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { UnitRef } from '../unit/unit.type';

/**
 * A coordinator's assignment to the person, as the case shows it: who, from which unit, from
 * when, and whether the person's wish was followed (or why not). The coordinator, the unit and
 * who appointed are field resolvers (loaders).
 */
@ObjectType('CoordinatorAssignment')
export class CoordinatorAssignmentNode {
  @Field(() => ID)
  id: string;

  /** Not exposed: `coordinator`, `unit` and `appointedBy` resolve them. */
  personId: string;
  coordinatorId: string;
  unitId: string | null;
  appointedById: string | null;
  decisionId: string | null;

  @Field(() => Boolean)
  isChildCoordinator: boolean;

  @Field(() => LocalDate)
  startDate: Date;

  @Field(() => LocalDate, { nullable: true })
  endDate: Date | null;

  @Field(() => String, { nullable: true })
  endReason: string | null;

  @Field(() => String, { nullable: true, description: "The person's wish when appointed (name and/or unit)" })
  personWish: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Null when there was no wish' })
  wishFollowed: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why someone other than the wished coordinator was chosen' })
  wishDeviationReason: string | null;

  @Field(() => Date)
  createdAt: Date;
}

/** What the decision in force grants, as far as appointing needs it. */
@ObjectType()
export class AppointmentGrants {
  @Field(() => ID)
  decisionId: string;

  @Field(() => Boolean)
  grantsCoordinator: boolean;

  @Field(() => Boolean)
  grantsChildCoordinator: boolean;

  @Field(() => Boolean)
  grantsIndividualPlan: boolean;

  @Field(() => Date)
  decidedAt: Date;
}

/**
 * KE's request to a unit's leader to appoint the coordinator ("the system coordinator decides the
 * service area and its leader appoints and reports back", seed 003). Open until the appointment
 * answers it.
 */
@ObjectType('AppointmentDelegation')
export class AppointmentDelegationNode {
  @Field(() => ID)
  id: string;

  /** Not exposed: field resolvers give the referral, person, unit, grants and requester. */
  referralId: string;
  decisionId: string;
  personId: string;
  unitId: string;
  requestedById: string;
  assignmentId: string | null;

  @Field(() => String, { nullable: true, description: "KE's note to the unit leader" })
  note: string | null;

  @Field(() => Date)
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the appointment answered it; null while open' })
  completedAt: Date | null;

  @Field(() => Int)
  version: number;
}

/** A staff member who could be appointed: a municipal coordinator in a unit. */
@ObjectType()
export class CoordinatorCandidate {
  @Field(() => ID, { description: 'The staff user' })
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => UnitRef)
  unit: UnitRef;

  @Field(() => Int, { description: 'Assignments in force today (any unit)' })
  caseload: number;

  @Field(() => Boolean, { description: 'Has had coordinator training (a competence record with training given)' })
  hasTraining: boolean;

  @Field(() => Boolean, { description: "Matches the person's wish: the wished name, or else the wished unit" })
  matchesWish: boolean;
}

/** A meeting as the case shows it. */
@ObjectType()
export class PlannedMeeting {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => String, { nullable: true })
  location: string | null;
}

/** A change form (endringsskjema) as registered for a decline. */
@ObjectType()
export class DeclineForm {
  @Field(() => ID)
  id: string;

  @Field(() => ChangeFormKind)
  kind: ChangeFormKind;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => LocalDate)
  effectiveDate: Date;

  @Field(() => ChangeFormReporter, { description: 'Who reported the change' })
  reportedBy: ChangeFormReporter;

  @Field(() => String, { nullable: true })
  reportedByName: string | null;

  @Field(() => Date)
  submittedAt: Date;

  /** Not exposed: `submittedBy` resolves it. */
  submittedById: string | null;

  @Field(() => Date, { nullable: true, description: 'Registered at KE; null while waiting for KE' })
  registeredAt: Date | null;
}
