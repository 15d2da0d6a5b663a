import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

/** A change of coordinator under way: the old and the new assignment overlap until the old one ends. */
@ObjectType()
export class CoordinatorHandover {
  @Field(() => String, { description: 'The coordinator handing over' })
  fromName: string;

  @Field(() => String, { description: 'The coordinator taking over' })
  toName: string;

  @Field(() => LocalDate, { description: "The last day of the old assignment" })
  overlapUntil: Date;
}
