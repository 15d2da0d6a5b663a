import { IsOptional, MaxLength } from 'class-validator';
import { Arg, ArgsType, Args, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { consentOwner, consentsFor, withdrawConsent } from './consent.service';
import { ConsentView } from './consent.type';

@ArgsType()
class WithdrawConsentArgs {
  @Field(() => ID)
  consentId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'validation.tooLong', context: { max: 1000 } })
  note?: string;
}

@Resolver()
export class ConsentResolver {
  @Query(() => [ConsentView], { description: "The person's consents, in force first" })
  @Can<{ personId: string }>('consent.list', ({ personId }) => ({ personId }))
  consents(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<ConsentView[]> {
    return consentsFor(ctx, personId);
  }

  @Mutation(() => ConsentView, { description: 'Withdraw a consent; it takes effect at once' })
  @Can<WithdrawConsentArgs>('consent.withdraw', ({ consentId }, ctx) => consentOwner(ctx, consentId))
  withdrawConsent(@Args(() => WithdrawConsentArgs) { consentId, note }: WithdrawConsentArgs, @Ctx() ctx: Context): Promise<ConsentView> {
    return withdrawConsent(ctx, consentId, note);
  }
}
