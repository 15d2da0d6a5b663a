import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

/** A person as shown in lists: name and age, never the national id. */
@ObjectType()
export class PersonRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { nullable: true, description: 'Age in whole years; null before birth' })
  age: number | null;

  @Field(() => Boolean, { description: 'Under 18 (or not yet born)' })
  isChild: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'Set for an unborn child' })
  expectedBirthDate: Date | null;
}
