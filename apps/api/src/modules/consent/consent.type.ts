import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentForm, ConsentScope, LifeArea, RestrictionKind } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';

@ObjectType()
export class ConsentRestrictionView {
  @Field(() => RestrictionKind)
  kind: RestrictionKind;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true, description: 'The professional environment that gets nothing' })
  unitName: string | null;

  @Field(() => LifeArea, { nullable: true })
  lifeArea: LifeArea | null;
}

@ObjectType()
export class ConsentView {
  @Field(() => ID)
  id: string;

  @Field(() => ConsentScope)
  scope: ConsentScope;

  @Field(() => ConsentForm)
  form: ConsentForm;

  @Field(() => Date)
  givenAt: Date;

  @Field(() => String, { nullable: true, description: 'The guardian who gave it, when not the person' })
  givenByName: string | null;

  @Field(() => LocalDate, { nullable: true })
  periodEnd: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => [ConsentRestrictionView])
  restrictions: ConsentRestrictionView[];
}
