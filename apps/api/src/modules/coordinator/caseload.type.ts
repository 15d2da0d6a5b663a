import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlanStatus } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';
import { CoordinatorHandover } from './handover.type';

/** One person the coordinator follows. */
@ObjectType()
export class CaseloadEntry {
  @Field(() => ID, { description: 'The coordinator assignment' })
  assignmentId: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => Boolean)
  isChildCoordinator: boolean;

  @Field(() => LocalDate)
  since: Date;

  @Field(() => Boolean, { description: 'Started within the last 14 days (today in Oslo): shown first, marked new' })
  isNew: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'Set when the assignment is ending (handover)' })
  endsOn: Date | null;

  @Field(() => CoordinatorHandover, { nullable: true, description: "Set while the person's coordinator is being changed" })
  handover: CoordinatorHandover | null;

  @Field(() => ID, { nullable: true })
  planId: string | null;

  @Field(() => PlanStatus, { nullable: true, description: 'Null when the person has no plan (coordinator only)' })
  planStatus: PlanStatus | null;

  @Field(() => LocalDate, { nullable: true })
  nextRevisionDate: Date | null;

  @Field(() => Int)
  openMeasures: number;

  @Field(() => Int, { description: "The person's comments and suggestions on goals that wait for an answer" })
  unansweredComments: number;

  @Field(() => Date, { nullable: true })
  nextMeetingAt: Date | null;

  @Field(() => Boolean)
  hasResponsibilityGroup: boolean;
}
