import { Field, ID, ObjectType } from 'type-graphql';
import { GoalKind, GoalStatus, LifeArea, MeasureStatus, MeetingStatus, MeetingType, PlanStatus } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { CoordinatorHandover } from '../coordinator/handover.type';
import { PersonRef } from '../person/person.type';
import { CoordinatorContact } from './coordinator-contact.type';

export { CoordinatorContact };

@ObjectType()
export class GoalView {
  @Field(() => ID)
  id: string;

  @Field(() => GoalKind)
  kind: GoalKind;

  @Field(() => LifeArea, { nullable: true })
  lifeArea: LifeArea | null;

  @Field(() => String)
  description: string;

  @Field(() => GoalStatus)
  status: GoalStatus;

  @Field(() => LocalDate, { nullable: true })
  targetDate: Date | null;

  @Field(() => ID, { nullable: true })
  parentGoalId: string | null;
}

@ObjectType()
export class MeasureView {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  goalId: string | null;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'Who is responsible: a person, a unit, or as written' })
  responsible: string;

  @Field(() => LocalDate, { nullable: true })
  dueDate: Date | null;

  @Field(() => MeasureStatus)
  status: MeasureStatus;
}

@ObjectType()
export class MeetingRef {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => String, { nullable: true })
  location: string | null;
}

@ObjectType()
export class PlanView {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => LocalDate, { nullable: true })
  periodStart: Date | null;

  @Field(() => LocalDate, { nullable: true })
  periodEnd: Date | null;

  @Field(() => LocalDate, { nullable: true })
  nextRevisionDate: Date | null;

  @Field(() => String, { nullable: true, description: '"Hva er viktig for deg?"' })
  whatIsImportant: string | null;

  @Field(() => [CoordinatorContact])
  coordinators: CoordinatorContact[];

  @Field(() => CoordinatorHandover, { nullable: true, description: 'Set while the coordinator is being changed' })
  coordinatorHandover: CoordinatorHandover | null;

  @Field(() => [GoalView])
  goals: GoalView[];

  @Field(() => [MeasureView])
  measures: MeasureView[];

  @Field(() => [MeetingRef], { description: 'Planned meetings from today on' })
  upcomingMeetings: MeetingRef[];

  @Field(() => [LifeArea], { description: 'Life areas hidden from the viewer by the consent' })
  hiddenLifeAreas: LifeArea[];
}
