// Restoring an earlier version from the plan's history, and the comments on goals: the person's
// (or guardian's) comments and suggestions, and the coordinator's answers. Each answers with the
// whole plan, as the one who wrote sees it.
import { IsIn, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { CommentKind } from '../../graphql/enums';
import { answerGoalComments, commentOnGoal } from './plan-comments.service';
import { historyEntryTarget, restoreVersion } from './plan-restore.service';
import { planItemTarget } from './plan.loaders';
import { planAfterWrite as planAfter } from './plan.service';
import { PlanView } from './plan.type';

export const COMMENT_MAX_LENGTH = 4000;
const tooLong = { message: 'validation.tooLong', context: { max: COMMENT_MAX_LENGTH } };

@ArgsType()
class RestoreVersionArgs {
  @Field(() => ID, { description: 'The entry of the plan\'s history whose version is restored' })
  historyEntryId: string;

  @Field(() => Int, { description: "The record's version the restore started from" })
  @Min(1, { message: 'validation.invalid' })
  expectedVersion: number;
}

@ArgsType()
class CommentOnGoalArgs {
  @Field(() => ID)
  goalId: string;

  @Field(() => CommentKind, { description: 'COMMENT or SUGGESTION' })
  @IsIn(['COMMENT', 'SUGGESTION'], { message: 'validation.invalidChoice' })
  kind: 'COMMENT' | 'SUGGESTION';

  @Field(() => String)
  @MaxLength(COMMENT_MAX_LENGTH, tooLong)
  body: string;
}

@ArgsType()
class AnswerGoalCommentsArgs {
  @Field(() => ID)
  goalId: string;

  @Field(() => String)
  @MaxLength(COMMENT_MAX_LENGTH, tooLong)
  body: string;
}

@Resolver()
export class PlanReviewResolver {
  @Mutation(() => PlanView, {
    description:
      "Restore the text fields of the record a history entry names (the plan's sections, a life area, a goal, a measure, a participant, an evaluation, a sub-plan, a transition) " +
      'to what they were at that version; status, dates, links and removal stay as they are. A new version in the history.',
  })
  @Can<RestoreVersionArgs>('plan.edit', ({ historyEntryId }, ctx) => historyEntryTarget(ctx, historyEntryId))
  async restoreVersion(@Args(() => RestoreVersionArgs) args: RestoreVersionArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, await restoreVersion(ctx, args.historyEntryId, args.expectedVersion), access);
  }

  @Mutation(() => PlanView, { description: 'The person, or their guardian, comments on a goal of their plan or suggests a change' })
  @Can<CommentOnGoalArgs>('plan.comment', ({ goalId }, ctx) => planItemTarget(ctx, 'Goal', goalId))
  async commentOnGoal(@Args(() => CommentOnGoalArgs) args: CommentOnGoalArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await commentOnGoal(ctx, args.goalId, args.kind, args.body)).personId, access);
  }

  @Mutation(() => PlanView, { description: "The coordinator answers the goal's thread: the comments and suggestions waiting are answered" })
  @Can<AnswerGoalCommentsArgs>('plan.answer', ({ goalId }, ctx) => planItemTarget(ctx, 'Goal', goalId))
  async answerGoalComments(@Args(() => AnswerGoalCommentsArgs) args: AnswerGoalCommentsArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await answerGoalComments(ctx, args.goalId, args.body)).personId, access);
  }
}
