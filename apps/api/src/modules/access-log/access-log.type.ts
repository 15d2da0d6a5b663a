import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../graphql/enums';

/** One read of the person's data, as the person is shown it. */
@ObjectType()
export class AccessLogView {
  @Field(() => Date)
  at: Date;

  @Field(() => String)
  actorName: string;

  @Field(() => String, { nullable: true })
  actorTitle: string | null;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => String, { description: 'What was read, e.g. plan.read' })
  action: string;
}
