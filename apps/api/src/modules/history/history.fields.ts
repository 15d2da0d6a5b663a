import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { isTenantScope, scopeOf, type Scoped } from '../../graphql/scope';
import { Referral } from '../referral/referral.type';
import { historyByReferral } from './history.loaders';
import { HistoryEntry } from './history.type';

@Resolver(() => Referral)
export class ReferralHistoryResolver {
  @FieldResolver(() => [HistoryEntry], { description: "The case's history, oldest first: for KE; empty for others" })
  async history(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<HistoryEntry[]> {
    if (!isTenantScope(scopeOf(referral))) return [];
    return historyByReferral(ctx).load(referral.id);
  }
}
