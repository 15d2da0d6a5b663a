import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Arg, ArgsType, Args, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Can } from '../../graphql/can.decorator';
import { consentAlerts } from './consent-alerts.service';
import { RegisterConsentInput } from './consent-register.input';
import { registerConsent } from './consent-register.service';
import { consentOwner, consentsFor, withdrawConsent } from './consent.service';
import { ConsentAlert, ConsentSubject, ConsentView } from './consent.type';
import { recordAccess } from '../access-log/access-log.service';
import { guardiansByPerson } from '../plan/plan-consent.fields';
import { personRefOf } from '../person/person.loaders';
import { PersonRef } from '../person/person.type';

@ArgsType()
class WithdrawConsentArgs {
  @Field(() => ID)
  consentId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'validation.tooLong', context: { max: 1000 } })
  note?: string;
}

@ArgsType()
class RegisterConsentArgs {
  @Field(() => RegisterConsentInput)
  @ValidateNested()
  input: RegisterConsentInput;
}

@Resolver()
export class ConsentResolver {
  @Query(() => ConsentSubject, { description: 'Who a consent is registered for and who may give it for them (the coordinator, KE)' })
  @Can<{ personId: string }>('consent.register', ({ personId }) => ({ personId }))
  async consentSubject(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<ConsentSubject> {
    const [guardians] = await Promise.all([guardiansByPerson(ctx).load(personId), recordAccess(ctx, [personId], 'consent.subject')]);
    return { personId, guardians };
  }

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

  @Mutation(() => ConsentView, {
    description: "Register the person's (or a guardian's) consent, oral or written; the signed form is uploaded afterwards to its document URL",
  })
  @Can<RegisterConsentArgs>('consent.register', ({ input }) => ({ personId: input.personId }))
  registerConsent(@Args(() => RegisterConsentArgs) { input }: RegisterConsentArgs, @Ctx() ctx: Context): Promise<ConsentView> {
    return registerConsent(ctx, input);
  }

  @Query(() => [ConsentAlert], {
    description: "Persons whose needed consent is missing or about to expire: the coordinator's own persons, all of them for KE",
  })
  @Can('consent.alerts')
  consentAlerts(@Ctx() ctx: Context): Promise<ConsentAlert[]> {
    return consentAlerts(ctx);
  }
}

@Resolver(() => ConsentSubject)
export class ConsentSubjectFieldsResolver {
  @FieldResolver(() => PersonRef)
  person(@Root() subject: ConsentSubject, @Ctx() ctx: Context): Promise<PersonRef> {
    return personRefOf(ctx, subject.personId, 'consent subject');
  }
}
