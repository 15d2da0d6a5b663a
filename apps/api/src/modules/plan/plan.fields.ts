// The plan's review fields: its history, the check of its legal content and the comments on
// its goals. Each reads the scope its plan, goal or measure was reached with (graphql/scope.ts):
// the history and the legal check are the coordinator's working tools (and KE's, which keeps
// the registers), so the person and group members get empty lists; the comments are between
// the person (or guardian) and the coordinator (plan-comments.service.ts says why).
import { osloTodayAsDate } from '@samhandling/shared';
import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { isTenantScope, scopeOf, type Scoped } from '../../graphql/scope';
import type { AccessScope } from '../auth/policy';
import { historyByPlan, historyByPlanRecord, newestKey } from '../history/history.loaders';
import { HistoryEntry } from '../history/history.type';
import { commentsByGoal, seesComments, unansweredByPlan } from './plan-comments.loaders';
import { GoalCommentView } from './plan-comments.type';
import { legalContentOf } from './plan-legal';
import { LegalContentFinding } from './plan-legal.type';
import type { PlanRead } from './plan.service';
import { GoalView, MeasureView, PlanView } from './plan.type';

export const HISTORY_MAX_PAGE = 200;
const pageRange = { message: 'validation.range', context: { min: 1, max: HISTORY_MAX_PAGE } };

@ArgsType()
class HistoryArgs {
  @Field(() => Int, { defaultValue: 50, description: `The newest entries, 1 to ${HISTORY_MAX_PAGE}` })
  @Min(1, pageRange)
  @Max(HISTORY_MAX_PAGE, pageRange)
  first: number;
}

/** The coordinator of the person, or KE. */
const isCoordinatorOrKe = (scope: AccessScope): boolean => scope.relationship === 'coordinatorOfPerson' || isTenantScope(scope);

/** A goal's or measure's own history, for the coordinator. */
function historyOfRecord(record: Scoped<{ id: string }>, first: number, ctx: Context): Promise<HistoryEntry[]> {
  if (!isCoordinatorOrKe(scopeOf(record))) return Promise.resolve([]);
  return historyByPlanRecord(ctx).load(newestKey(record.id, first));
}

@Resolver(() => PlanView)
export class PlanReviewFieldsResolver {
  @FieldResolver(() => [HistoryEntry], { description: "Every change to the plan and its parts, newest first: for the coordinator; empty for others" })
  async history(@Root() plan: PlanRead, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<HistoryEntry[]> {
    if (!isCoordinatorOrKe(scopeOf(plan))) return [];
    return historyByPlan(ctx).load(newestKey(plan.id, first));
  }

  @FieldResolver(() => [LegalContentFinding], {
    description: 'Whether the plan holds each part of its legal content, and what is missing: for the coordinator; empty for others',
  })
  legalContent(@Root() plan: PlanRead, @Ctx() ctx: Context): LegalContentFinding[] {
    if (!isCoordinatorOrKe(scopeOf(plan))) return [];
    return legalContentOf(plan, osloTodayAsDate(ctx.now));
  }

  @FieldResolver(() => Int, { description: "The person's comments and suggestions on goals that wait for an answer (0 for those who do not see them)" })
  async unansweredComments(@Root() plan: PlanRead, @Ctx() ctx: Context): Promise<number> {
    if (!seesComments(scopeOf(plan))) return 0;
    return unansweredByPlan(ctx).load(plan.id);
  }
}

@Resolver(() => GoalView)
export class GoalReviewFieldsResolver {
  @FieldResolver(() => [HistoryEntry], { description: "The goal's changes, newest first: for the coordinator; empty for others" })
  history(@Root() goal: Scoped<GoalView>, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<HistoryEntry[]> {
    return historyOfRecord(goal, first, ctx);
  }

  @FieldResolver(() => [GoalCommentView], { description: "The thread on the goal, oldest first: for the person, their guardian and the coordinator" })
  async comments(@Root() goal: Scoped<GoalView>, @Ctx() ctx: Context): Promise<GoalCommentView[]> {
    if (!seesComments(scopeOf(goal))) return [];
    return commentsByGoal(ctx).load(goal.id);
  }
}

@Resolver(() => MeasureView)
export class MeasureReviewFieldsResolver {
  @FieldResolver(() => [HistoryEntry], { description: "The measure's changes, newest first: for the coordinator; empty for others" })
  history(@Root() measure: Scoped<MeasureView>, @Args(() => HistoryArgs) { first }: HistoryArgs, @Ctx() ctx: Context): Promise<HistoryEntry[]> {
    return historyOfRecord(measure, first, ctx);
  }
}
