import { Field, ID, ObjectType } from 'type-graphql';
import { PlanStatus } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { CoordinatorCandidate, DeclineForm } from '../appointment/appointment.type';

/** A change form waiting in KE's list; `person` resolves the person it is about. */
@ObjectType()
export class ChangeFormNode extends DeclineForm {
  /** Not exposed: `person` resolves it. */
  personId: string;
}

/** A coordinator assignment of the person that a change form can end or hand over. */
@ObjectType()
export class ChangeFormAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The coordinator (a staff user)' })
  coordinatorId: string;

  @Field(() => String)
  coordinatorName: string;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => LocalDate)
  startDate: Date;

  @Field(() => LocalDate, { nullable: true, description: 'Set when it is ending (a handover or a closing)' })
  endDate: Date | null;

  @Field(() => Boolean)
  isChildCoordinator: boolean;

  @Field(() => Boolean, { description: 'The viewer is this coordinator' })
  isViewer: boolean;
}

/** What a change form for the person can be about today: their coordinators, plan and group, and the forms so far. */
@ObjectType()
export class ChangeFormSubject {
  /** Not exposed: `person` resolves it. */
  personId: string;

  @Field(() => [ChangeFormAssignment], { description: 'Assignments in force or starting later, the oldest first' })
  assignments: ChangeFormAssignment[];

  @Field(() => ID, { nullable: true, description: 'The plan that is not closed, if any' })
  openPlanId: string | null;

  @Field(() => PlanStatus, { nullable: true })
  openPlanStatus: PlanStatus | null;

  @Field(() => ID, { nullable: true, description: 'The active responsibility group, if any' })
  activeGroupId: string | null;

  @Field(() => [ChangeFormNode], { description: "The person's change forms, the newest first" })
  forms: ChangeFormNode[];

  @Field(() => [CoordinatorCandidate], { description: 'Who can take over as coordinator (a unit leader: from the units they lead)' })
  candidates: CoordinatorCandidate[];
}
