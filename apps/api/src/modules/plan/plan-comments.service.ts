// The person's comments on the goals of their plan, and the coordinator's answers. A thread is
// between the person (or their guardian) and the coordinator: group members do not see it, even
// with consent, since it is the person's own voice on their plan and not information shared
// to carry out services. Comments are kept as written (a trigger in the migration), so they
// are their own record and write no history; each write is in the access log.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, notFound } from '../../graphql/errors';
import type { CommentKind } from '../../generated/prisma/client';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { UNANSWERED_COMMENT } from './plan-comments.loaders';
import { editablePlan, text, type PlanRef } from './plan-edit';

/** The goal's plan, editable; a goal taken out of the plan takes no comments. */
async function planOfGoal(tx: Transaction, goalId: string): Promise<PlanRef> {
  const goal = await tx.goal.findUnique({ where: { id: goalId }, select: { planId: true, removedAt: true } });
  if (!goal) throw notFound();
  if (goal.removedAt) throw conflict('plan.error.goalRemoved');
  return editablePlan(tx, goal.planId);
}

async function addComment(ctx: Context, goalId: string, kind: CommentKind, body: string, action: 'plan.comment' | 'plan.answer') {
  const written = text(body);
  if (!written) throw badInput([{ field: 'body', messageKey: 'validation.required' }]);
  const plan = await ctx.db.$transaction(async (tx) => {
    const plan = await planOfGoal(tx, goalId);
    if (kind === 'ANSWER') {
      // The answer closes what the person's side asked until now; there must be something asked.
      const { count } = await tx.goalComment.updateMany({ where: { goalId, ...UNANSWERED_COMMENT }, data: { answeredAt: ctx.now } });
      if (count === 0 && (await tx.goalComment.count({ where: { goalId, kind: { not: 'ANSWER' } } })) === 0) {
        throw conflict('plan.error.nothingToAnswer');
      }
    }
    await tx.goalComment.create({
      data: { municipalityId: viewerOf(ctx).municipalityId, planId: plan.id, goalId, kind, body: written, authorId: viewerOf(ctx).userId, createdAt: ctx.now },
    });
    return plan;
  });
  await recordAccess(ctx, [plan.personId], action);
  return { personId: plan.personId };
}

/** The person or their guardian comments on a goal, or suggests a change to it. */
export function commentOnGoal(ctx: Context, goalId: string, kind: 'COMMENT' | 'SUGGESTION', body: string) {
  return addComment(ctx, goalId, kind, body, 'plan.comment');
}

/** The coordinator answers the goal's thread: every comment and suggestion still open is answered by it. */
export function answerGoalComments(ctx: Context, goalId: string, body: string) {
  return addComment(ctx, goalId, 'ANSWER', body, 'plan.answer');
}
