import type { Prisma } from '../../generated/prisma/client';
import type { AccessScope } from '../auth/policy';
import { defineLoader, groupBy, oneBy } from '../../lib/loaders';
import { CommentAuthor, type GoalCommentView } from './plan-comments.type';

/** A comment or suggestion from the person's side that no answer has closed, on a goal still in the plan. */
export const UNANSWERED_COMMENT = {
  answeredAt: null,
  kind: { in: ['COMMENT', 'SUGGESTION'] },
  goal: { removedAt: null },
} as const satisfies Prisma.GoalCommentWhereInput;

/** Who sees the threads: the person or their guardian, and the coordinator. */
export const seesComments = (scope: AccessScope): boolean => scope.relationship === 'personOrGuardian' || scope.relationship === 'coordinatorOfPerson';

/** Each goal's thread, oldest first. */
export const commentsByGoal = defineLoader<string, GoalCommentView[]>(async (ctx, goalIds) => {
  const rows = await ctx.db.goalComment.findMany({
    where: { goalId: { in: [...goalIds] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      goalId: true,
      kind: true,
      body: true,
      createdAt: true,
      answeredAt: true,
      author: { select: { name: true, kind: true, personId: true } },
      plan: { select: { personId: true } },
    },
  });
  return groupBy(goalIds, rows, (row) => row.goalId).map((thread) =>
    thread.map(({ goalId: _goalId, author, plan, ...comment }) => ({
      ...comment,
      authorName: author.name,
      author: author.kind !== 'CITIZEN' ? CommentAuthor.STAFF : author.personId === plan.personId ? CommentAuthor.PERSON : CommentAuthor.GUARDIAN,
    })),
  );
});

/** The comments on each plan that wait for the coordinator's answer. */
export const unansweredByPlan = defineLoader<string, number>(async (ctx, planIds) => {
  const counts = await ctx.db.goalComment.groupBy({
    by: ['planId'],
    where: { planId: { in: [...planIds] }, ...UNANSWERED_COMMENT },
    _count: { _all: true },
  });
  return oneBy(planIds, counts, (row) => row.planId).map((row) => row?._count._all ?? 0);
});
