import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { ReferralStatus } from '../../graphql/enums';
import { CreateReferralInput } from './referral.input';
import { countReferralsByStatus, createReferral, listReferrals, referralTarget } from './referral.service';
import { ReferralStatusCount, ReferralSummary } from './referral.type';

@Resolver()
export class ReferralResolver {
  @Query(() => [ReferralSummary], { description: "KE's referral inbox, newest first" })
  @Can('referral.list')
  referrals(
    @Arg('status', () => ReferralStatus, { nullable: true }) status: ReferralStatus | undefined,
    @Ctx() ctx: Context,
  ): Promise<ReferralSummary[]> {
    return listReferrals(ctx, status);
  }

  @Query(() => [ReferralStatusCount])
  @Can('referral.list')
  referralCounts(@Ctx() ctx: Context): Promise<ReferralStatusCount[]> {
    return countReferralsByStatus(ctx);
  }

  @Mutation(() => ReferralSummary, { description: 'Report a need for coordinated services' })
  @Can<{ input: CreateReferralInput }>('referral.create', ({ input }) => referralTarget(input))
  createReferral(@Arg('input', () => CreateReferralInput) input: CreateReferralInput, @Ctx() ctx: Context): Promise<ReferralSummary> {
    return createReferral(ctx, input);
  }
}
