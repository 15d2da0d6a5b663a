// Live updates of an open plan: a subscription that says what changed, never the plan's data.
// The policy decides at the start and again for every event (with the session, the moment
// and the consents as they are then), so a reader who lost access hears nothing more.
import { Arg, Ctx, Field, ID, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { authorize } from '../auth/policy';
import { GOAL_COMMENT_ENTITY, type PlanChangeEvent } from './plan-changes';
import { seesComments } from './plan-comments.loaders';
import { planTarget } from './plan.loaders';
import { changeVisible } from './plan-visibility';

@ObjectType({ description: 'A saved change to a plan: read the plan again to see it' })
export class PlanChange {
  @Field(() => ID)
  planId: string;

  @Field(() => String, { description: 'The record changed: IndividualPlan, Goal, Measure, ...' })
  entity: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => String, { description: 'What was done, e.g. goal.updated' })
  action: string;

  @Field(() => Int, { nullable: true, description: "The record's version after the change" })
  version: number | null;

  @Field(() => Boolean, { description: 'Saved by the viewer themselves' })
  byMe: boolean;
}

/**
 * The plan's changes, each after the viewer's context is renewed and the policy has decided again;
 * ends when the session does or the viewer may no longer read the plan (a consent withdrawn is an
 * event of its own, so that happens at once; an assignment ended or a group closed, at the next
 * event). A change to what the consent withholds from the viewer is not told to them.
 */
async function* changesFor(ctx: Context, planId: string): AsyncGenerator<PlanChangeEvent> {
  let scope = await authorize(ctx, 'plan.read', () => planTarget(ctx, planId));
  const changes = ctx.planChanges.changes(planId);
  try {
    for await (const change of changes) {
      if (ctx.renew && !(await ctx.renew())) return;
      // Judged again for every event: a consent withdrawn (an event of its own, so at once), an
      // assignment ended or a group closed since the start all end the subscription.
      const renewed = await authorize(ctx, 'plan.read', () => planTarget(ctx, planId)).catch(() => null);
      if (!renewed) return;
      scope = renewed;
      // Even that a comment was written is only for those who see the threads.
      if (change.entity === GOAL_COMMENT_ENTITY && !seesComments(scope)) continue;
      // Nor does a change to what the consent withholds from this reader.
      if (!(await changeVisible(ctx.db, scope, change))) continue;
      yield change;
    }
  } finally {
    await changes.return?.();
  }
}

@Resolver()
export class PlanLiveResolver {
  @Subscription(() => PlanChange, {
    description: 'Changes to the plan as they are saved, by anyone',
    subscribe: ({ args, context }) => changesFor(context as Context, (args as { planId: string }).planId),
  })
  @Can<{ planId: string }>('plan.read', ({ planId }, ctx) => planTarget(ctx, planId))
  planChanged(@Arg('planId', () => ID) planId: string, @Root() change: PlanChangeEvent, @Ctx() ctx: Context): PlanChange {
    return {
      planId,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      version: change.version,
      byMe: change.actorId === viewerOf(ctx).userId,
    };
  }
}
