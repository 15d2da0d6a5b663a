import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

/** A coordinator of the person and how to reach them (the plan, and the person without a plan). */
@ObjectType()
export class CoordinatorContact {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  unitName: string | null;

  @Field(() => Boolean)
  isChildCoordinator: boolean;

  @Field(() => LocalDate)
  since: Date;

  @Field(() => LocalDate, { nullable: true, description: 'Set when the assignment is ending (handover)' })
  until: Date | null;
}
