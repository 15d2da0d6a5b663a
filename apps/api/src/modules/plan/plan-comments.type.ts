import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CommentKind } from '../../graphql/enums';

/** Who wrote a comment, as the plan's owner relates to them. */
export enum CommentAuthor {
  /** The person the plan is for. */
  PERSON = 'PERSON',
  /** Their guardian, acting for them. */
  GUARDIAN = 'GUARDIAN',
  /** Staff: the coordinator answering. */
  STAFF = 'STAFF',
}

registerEnumType(CommentAuthor, { name: 'CommentAuthor' });

/** A comment on a goal, a suggested change, or the coordinator's answer. Kept as written. */
@ObjectType()
export class GoalCommentView {
  @Field(() => ID)
  id: string;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field(() => String)
  body: string;

  @Field(() => String)
  authorName: string;

  @Field(() => CommentAuthor)
  author: CommentAuthor;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the coordinator answered it (a comment or suggestion)' })
  answeredAt: Date | null;
}
