import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';

/** A unit as other types name it. */
@ObjectType()
export class UnitRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType()
export class UnitCoordinator {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => Int, { description: 'Assignments in force today' })
  activeAssignments: number;

  @Field(() => Int)
  childCoordinatorAssignments: number;
}

@ObjectType()
export class CompetenceNeed {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  trainingNeed: string;

  @Field(() => String, { nullable: true })
  coordinatorName: string | null;

  @Field(() => LocalDate)
  notifiedAt: Date;

  @Field(() => LocalDate, { description: "When KE's offer of training is due (municipality setting)" })
  offerDueBy: Date;

  @Field(() => LocalDate, { nullable: true })
  trainingGivenAt: Date | null;
}

/** A coordinator assignment of the unit in force today, for its leader to report a change on. */
@ObjectType()
export class UnitAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef)
  person: PersonRef;

  @Field(() => String)
  coordinatorName: string;

  @Field(() => LocalDate)
  startDate: Date;

  @Field(() => LocalDate, { nullable: true, description: 'Set when it is ending' })
  endDate: Date | null;
}

@ObjectType()
export class UnitOverview {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [UnitCoordinator])
  coordinators: UnitCoordinator[];

  @Field(() => [CompetenceNeed])
  competenceNeeds: CompetenceNeed[];
}

/** A staff member as other types name them: a decision's maker, an appointed coordinator. */
@ObjectType()
export class StaffRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone, for those the person may reach' })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}
