import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GoalKind, GoalStatus, LifeArea, LifePhase, MeasureStatus, MeetingStatus, MeetingType, ParticipantKind, PlanStatus, SubPlanKind, TransitionKind } from '../../graphql/enums';
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

/** An evaluation of the plan: scheduled, or held with the answers to the four questions of seed 001. */
@ObjectType()
export class EvaluationView {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate, { description: 'The date it is (or was) held' })
  scheduledFor: Date;

  @Field(() => Date, { nullable: true, description: 'When it was recorded as held; null while it is only scheduled' })
  heldAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it as held' })
  evaluatedByName: string | null;

  @Field(() => String, { nullable: true, description: 'Are the goals reached?' })
  goalsReached: string | null;

  @Field(() => String, { nullable: true, description: 'Do the services work?' })
  servicesWork: string | null;

  @Field(() => String, { nullable: true, description: 'Is the way of working good?' })
  wayOfWorking: string | null;

  @Field(() => String, { nullable: true, description: "The plan owner's experience" })
  ownerExperience: string | null;

  @Field(() => String, { nullable: true, description: 'What changes: new goals and measures' })
  conclusion: string | null;

  @Field(() => Int)
  version: number;
}

/** A sub-plan linked to the plan: a document of its own, kept elsewhere. */
@ObjectType()
export class SubPlanView {
  @Field(() => ID)
  id: string;

  @Field(() => SubPlanKind)
  kind: SubPlanKind;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Who owns it: the unit, or the person named' })
  owner: string;

  @Field(() => ID, { nullable: true })
  ownerUnitId: string | null;

  @Field(() => String, { nullable: true })
  ownerName: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document is' })
  externalReference: string | null;

  @Field(() => LifeArea, { nullable: true })
  lifeArea: LifeArea | null;

  @Field(() => Int)
  version: number;
}

/** A ticked item of a life-phase checklist (the items: LIFE_PHASE_CHECKLISTS in @samhandling/shared). */
@ObjectType()
export class ChecklistTickView {
  @Field(() => String, { description: 'The item; its label is the message checklist.<itemKey>' })
  itemKey: string;

  @Field(() => LifePhase)
  phase: LifePhase;

  @Field(() => Date)
  checkedAt: Date;

  @Field(() => String)
  checkedByName: string;
}

/** A dated change in the person's life (kindergarten, school, adult life, own home, work ...). */
@ObjectType()
export class TransitionView {
  @Field(() => ID)
  id: string;

  @Field(() => TransitionKind)
  kind: TransitionKind;

  @Field(() => LocalDate)
  date: Date;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When the group and the plan were reviewed for it' })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true })
  reviewedByName: string | null;

  @Field(() => Boolean, { description: 'Not reviewed, and the date is near (TRANSITION_REVIEW_DAYS) or has passed' })
  reviewDue: boolean;

  @Field(() => Int)
  version: number;
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

  @Field(() => Boolean, { description: "The person's consent to the plan (to its current period) is registered" })
  hasConsent: boolean;

  @Field(() => Date, { nullable: true, description: 'When the plan was closed (a closed plan is kept, read-only)' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true })
  closedReason: string | null;

  @Field(() => Boolean, { description: 'The plan was continued into a new period: edits wait for the consent to it' })
  awaitingConsent: boolean;

  @Field(() => Boolean, { description: "The viewer may register the person's consent to the plan: its coordinator, while it is not closed" })
  canRegisterConsent: boolean;

  @Field(() => Int, { nullable: true, description: 'Days from today in Oslo to the end of the plan period (negative: past); null without an end' })
  periodEndsInDays: number | null;

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

  @Field(() => [EvaluationView], { description: 'By date; about the plan as a whole, so not hidden by a life area' })
  evaluations: EvaluationView[];

  @Field(() => [SubPlanView], { description: 'The sub-plans the viewer may see' })
  subPlans: SubPlanView[];

  @Field(() => LifePhase, { description: "The phase whose checklist fits the person's age (an unborn child: CHILD)" })
  lifePhase: LifePhase;

  @Field(() => [ChecklistTickView], { description: 'The ticked checklist items the viewer may see, of every phase' })
  checklist: ChecklistTickView[];

  @Field(() => [TransitionView], { description: 'By date; those the viewer may see' })
  transitions: TransitionView[];

  @Field(() => Boolean, { description: "Something of the plan is withheld from the viewer by the person's consent (never what)" })
  partsWithheld: boolean;

  @Field(() => [LifeArea], { description: 'Life areas hidden from the viewer by the consent' })
  hiddenLifeAreas: LifeArea[];
}
