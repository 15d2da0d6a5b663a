import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GoalKind, GoalStatus, LifeArea, MeasureStatus, MeetingStatus, MeetingType, ParticipantKind, PlanStatus } from '../../graphql/enums';
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

  @Field(() => Int, { description: 'Position among the goals of its kind' })
  sortOrder: number;

  @Field(() => Int, { description: 'The version an edit starts from' })
  version: number;

  @Field(() => Date)
  updatedAt: Date;
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

  @Field(() => ID, { nullable: true, description: 'The participant of the plan who is responsible' })
  responsibleParticipantId: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit that is responsible' })
  responsibleUnitId: string | null;

  @Field(() => String, { nullable: true, description: 'Someone responsible named in text' })
  responsibleText: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'From' })
  startDate: Date | null;

  @Field(() => LocalDate, { nullable: true, description: 'To: the deadline' })
  dueDate: Date | null;

  @Field(() => MeasureStatus)
  status: MeasureStatus;

  @Field(() => Boolean, { description: 'Not done or cancelled, and its deadline has passed (in Oslo)' })
  overdue: boolean;

  @Field(() => String, { nullable: true, description: 'How much: hours, frequency, extent' })
  scope: string | null;

  @Field(() => String, { nullable: true })
  howCarriedOut: string | null;

  @Field(() => String, { nullable: true, description: 'What the person does themselves' })
  ownContribution: string | null;

  @Field(() => Int)
  sortOrder: number;

  @Field(() => Int, { description: 'The version an edit starts from' })
  version: number;
}

/** The mapping of one life area: how things are, the services today, the needs. */
@ObjectType()
export class LifeAreaView {
  @Field(() => ID)
  id: string;

  @Field(() => LifeArea)
  area: LifeArea;

  @Field(() => String, { nullable: true })
  situation: string | null;

  @Field(() => String, { nullable: true, description: 'The services the person has today in this area' })
  services: string | null;

  @Field(() => String, { nullable: true })
  needs: string | null;

  @Field(() => String, { nullable: true })
  resources: string | null;

  @Field(() => String, { nullable: true })
  wishes: string | null;

  @Field(() => Int)
  version: number;
}

/** Who takes part in the plan, and what they contribute. */
@ObjectType()
export class ParticipantView {
  @Field(() => ID)
  id: string;

  @Field(() => ParticipantKind)
  kind: ParticipantKind;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'The part they play: mother, physiotherapist, teacher ...' })
  role: string | null;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  contribution: string | null;

  @Field(() => Int)
  version: number;
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

  @Field(() => Int, { description: 'The version an edit of the sections starts from' })
  version: number;

  @Field(() => Boolean, { description: "The person's consent to the plan is registered" })
  hasConsent: boolean;

  @Field(() => Boolean, { description: 'The viewer may edit the plan: its coordinator, while it is not closed' })
  canEdit: boolean;

  @Field(() => String, { nullable: true, description: '"Hva er viktig for deg?", in the person\'s own words' })
  whatIsImportant: string | null;

  @Field(() => String, { nullable: true })
  situation: string | null;

  @Field(() => String, { nullable: true })
  resources: string | null;

  @Field(() => String, { nullable: true })
  dreams: string | null;

  @Field(() => String, { nullable: true })
  needs: string | null;

  @Field(() => String, { nullable: true, description: 'What the person contributes' })
  ownContribution: string | null;

  @Field(() => String, { nullable: true, description: 'What family and network contribute' })
  networkContribution: string | null;

  @Field(() => String, { nullable: true, description: 'Needed cooperation with other providers and agencies' })
  cooperationNeeds: string | null;

  @Field(() => String, { nullable: true })
  languageAndCulture: string | null;

  @Field(() => [LifeAreaView], { description: 'The mapping of life areas the viewer may see' })
  lifeAreas: LifeAreaView[];

  @Field(() => [ParticipantView])
  participants: ParticipantView[];

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
