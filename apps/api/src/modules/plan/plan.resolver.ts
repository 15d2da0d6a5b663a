import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { requireWellFormedId } from '../../graphql/ids';
import { planForPerson } from './plan.service';
import { PlanView } from './plan.type';

@Resolver()
export class PlanResolver {
  @Query(() => PlanView, { nullable: true, description: "The person's current individual plan, or with planId one of their closed plans (kept, read-only)" })
  @Can<{ personId: string }>('plan.read', ({ personId }) => ({ personId }))
  plan(
    @Arg('personId', () => ID) personId: string,
    @Arg('planId', () => ID, { nullable: true, description: 'A plan of the person, closed or not; null when it is not theirs' }) planId: string | null,
    @Access() access: AccessScope,
    @Ctx() ctx: Context,
  ): Promise<PlanView | null> {
    if (planId) requireWellFormedId('planId', planId);
    return planForPerson(ctx, personId, access, planId ? { planId, includeClosed: true } : {});
  }
}
