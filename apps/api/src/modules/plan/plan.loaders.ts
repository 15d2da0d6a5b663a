import type { PolicyTarget } from '../auth/policy';
import { defineLoader, oneBy } from '../../lib/loaders';
import { delegateOf, type PlanItemKind } from './plan-items.service';

/** The person each plan belongs to, for the policy. */
const planPersonById = defineLoader<string, string | null>(async (ctx, ids) => {
  const rows = await ctx.db.individualPlan.findMany({ where: { id: { in: [...ids] } }, select: { id: true, personId: true } });
  return oneBy(ids, rows, (row) => row.id).map((row) => row?.personId ?? null);
});

export async function planTarget(ctx: Parameters<typeof planPersonById>[0], planId: string): Promise<PolicyTarget | undefined> {
  const personId = await planPersonById(ctx).load(planId);
  return personId ? { personId } : undefined;
}

/** The person whose plan holds a goal, measure, participant, evaluation, sub-plan or transition, for the policy. */
export async function planItemTarget(ctx: Parameters<typeof planPersonById>[0], kind: PlanItemKind, id: string): Promise<PolicyTarget | undefined> {
  const row = await delegateOf(ctx.db, kind).findUnique({ where: { id }, select: { plan: { select: { personId: true } } } });
  return row ? { personId: row.plan.personId } : undefined;
}
