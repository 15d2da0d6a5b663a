import { Field, ID, ObjectType } from 'type-graphql';
import { Role, UserKind } from '../../graphql/enums';
import { UnitRef } from '../unit/unit.type';

@ObjectType()
export class Me {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  name: string;

  @Field(() => UserKind)
  kind: UserKind;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => Role, { description: 'The role the user acts in now; staff with several roles switch it' })
  activeRole: Role;

  @Field(() => String)
  municipalityName: string;

  @Field(() => [UnitRef])
  units: UnitRef[];

  @Field(() => ID, { nullable: true, description: 'The person a citizen user is; null for staff and for guardians who are not persons here' })
  personId: string | null;
}
