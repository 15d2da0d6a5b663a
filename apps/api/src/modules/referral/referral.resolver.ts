import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { ReferralInboxArgs } from './inbox.input';
import { countReferralsByStatus, referralCase, referralInbox, referralTarget } from './inbox.service';
import { CreateReferralInput } from './referral.input';
import { createReferral, referralTarget as newReferralTarget } from './referral.service';
import { Referral, ReferralPage, ReferralStatusCount, SubmittedReferral } from './referral.type';
import { LocalDate } from '../../graphql/scalars';
import { PersonRef } from '../person/person.type';
import { mySubmittedReferrals, searchPersons } from './submitted.service';

@Resolver()
export class ReferralResolver {
  @Query(() => ReferralPage, { description: "KE's referral inbox, the longest waiting first, a page at a time" })
  @Can('referral.list')
  referrals(@Args(() => ReferralInboxArgs) args: ReferralInboxArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<ReferralPage> {
    return referralInbox(ctx, access, args);
  }

  @Query(() => [ReferralStatusCount])
  @Can('referral.list')
  referralCounts(@Ctx() ctx: Context): Promise<ReferralStatusCount[]> {
    return countReferralsByStatus(ctx);
  }

  @Query(() => Referral, { description: 'One case: the referral with its person, assessment, decisions and appointment' })
  @Can<{ id: string }>('referral.read', ({ id }, ctx) => referralTarget(ctx, id))
  referral(@Arg('id', () => ID) id: string, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<Referral> {
    return referralCase(ctx, id, access);
  }

  @Mutation(() => SubmittedReferral, { description: 'Report a need for coordinated services' })
  @Can<{ input: CreateReferralInput }>('referral.create', ({ input }) => newReferralTarget(input))
  createReferral(@Arg('input', () => CreateReferralInput) input: CreateReferralInput, @Ctx() ctx: Context): Promise<SubmittedReferral> {
    return createReferral(ctx, input);
  }

  @Query(() => [SubmittedReferral], { description: 'The referrals the signed-in user submitted, newest first, with their status' })
  @Can('referral.listOwn')
  mySubmittedReferrals(@Ctx() ctx: Context): Promise<SubmittedReferral[]> {
    return mySubmittedReferrals(ctx);
  }

  @Query(() => [PersonRef], {
    description: 'Persons by name (every word) or exact date of birth, at most 20: KE among all, other staff among their own',
  })
  @Can('person.search')
  personSearch(
    @Arg('query', () => String, { nullable: true }) query: string | undefined,
    @Arg('dateOfBirth', () => LocalDate, { nullable: true }) dateOfBirth: Date | undefined,
    @Ctx() ctx: Context,
  ): Promise<PersonRef[]> {
    return searchPersons(ctx, query ?? undefined, dateOfBirth ?? undefined);
  }
}
