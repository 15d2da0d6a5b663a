import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { planForPerson } from './plan.service';
import { PlanView } from './plan.type';

@Resolver()
export class PlanResolver {
  @Query(() => PlanView, { nullable: true, description: "The person's current individual plan" })
  @Can<{ personId: string }>('plan.read', ({ personId }) => ({ personId }))
  plan(
    @Arg('personId', () => ID) personId: string,
    @Access() access: AccessScope,
    @Ctx() ctx: Context,
  ): Promise<PlanView | null> {
    return planForPerson(ctx, personId, access);
  }
}
