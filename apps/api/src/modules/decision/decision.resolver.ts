import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { allWithScope, isTenantScope, scopeOf, withScope, type Scoped } from '../../graphql/scope';
import { Referral } from '../referral/referral.type';
import { staffById } from '../unit/unit.loaders';
import { StaffRef } from '../unit/unit.type';
import { letterUrl } from './decision-letter.route';
import { MakeDecisionArgs, RecordAppealOutcomeArgs, RecordLetterSentArgs, RegisterAppealArgs } from './decision.input';
import { appealsByDecision, decisionsByReferral } from './decision.loaders';
import { appealPreview, appealTarget, decisionTarget, makeDecision, recordAppealOutcome, recordLetterSent, registerAppeal } from './decision.service';
import { referralTarget } from '../referral/inbox.service';
import { Appeal, AppealPreview, Decision } from './decision.type';

@Resolver(() => Decision)
export class DecisionResolver {
  @Mutation(() => Decision, { description: 'Make the individual decision on a referral; it cannot be edited afterwards' })
  @Can<MakeDecisionArgs>('decision.make', ({ referralId }, ctx) => referralTarget(ctx, referralId))
  async makeDecision(@Args(() => MakeDecisionArgs) { referralId, input }: MakeDecisionArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<Decision> {
    return withScope(await makeDecision(ctx, referralId, input), access);
  }

  @Mutation(() => Decision, { description: 'Record when and how the decision letter was sent' })
  @Can<RecordLetterSentArgs>('decision.letter', ({ decisionId }, ctx) => decisionTarget(ctx, decisionId))
  async recordLetterSent(@Args(() => RecordLetterSentArgs) args: RecordLetterSentArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<Decision> {
    return withScope(await recordLetterSent(ctx, args), access);
  }

  @FieldResolver(() => Boolean, { description: 'Not replaced by a later decision' })
  inForce(@Root() decision: Decision): boolean {
    return decision.supersededAt === null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The reasons; for KE only' })
  reasons(@Root() decision: Scoped<Decision>): string | null {
    return isTenantScope(scopeOf(decision)) ? decision.reasons : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The appeal text of the letter; for KE only" })
  appealInformation(@Root() decision: Scoped<Decision>): string | null {
    return isTenantScope(scopeOf(decision)) ? decision.appealInformation : null;
  }

  @FieldResolver(() => [Appeal], { description: 'Appeals against the decision, in the order they came; for KE only (empty otherwise)' })
  async appeals(@Root() decision: Scoped<Decision>, @Ctx() ctx: Context): Promise<Appeal[]> {
    const scope = scopeOf(decision);
    if (!isTenantScope(scope)) return [];
    return allWithScope(await appealsByDecision(ctx).load(decision.id), scope);
  }

  @FieldResolver(() => StaffRef, { nullable: true })
  decidedBy(@Root() decision: Decision, @Ctx() ctx: Context): Promise<StaffRef | null> {
    return staffById(ctx).load(decision.decidedById);
  }

  @FieldResolver(() => StaffRef, { nullable: true, description: 'Who recorded the letter as sent' })
  letterSentBy(@Root() decision: Decision, @Ctx() ctx: Context): Promise<StaffRef | null> | null {
    return decision.letterSentById ? staffById(ctx).load(decision.letterSentById) : null;
  }

  @FieldResolver(() => String, { description: 'Where the decision letter (PDF) is downloaded' })
  letterUrl(@Root() decision: Decision): string {
    return letterUrl(decision.id);
  }
}

@Resolver(() => Appeal)
export class AppealResolver {
  @Mutation(() => Appeal, { description: 'Register an appeal against a decision in force (a late one too)' })
  @Can<RegisterAppealArgs>('appeal.register', ({ decisionId }, ctx) => decisionTarget(ctx, decisionId))
  async registerAppeal(@Args(() => RegisterAppealArgs) { decisionId, input }: RegisterAppealArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<Appeal> {
    return withScope(await registerAppeal(ctx, decisionId, input), access);
  }

  @Mutation(() => Appeal, { description: 'Record where an appeal ended' })
  @Can<RecordAppealOutcomeArgs>('appeal.register', ({ appealId }, ctx) => appealTarget(ctx, appealId))
  async recordAppealOutcome(@Args(() => RecordAppealOutcomeArgs) args: RecordAppealOutcomeArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<Appeal> {
    return withScope(await recordAppealOutcome(ctx, args), access);
  }

  @FieldResolver(() => StaffRef, { nullable: true })
  registeredBy(@Root() appeal: Appeal, @Ctx() ctx: Context): Promise<StaffRef | null> {
    return staffById(ctx).load(appeal.registeredById);
  }
}

@Resolver(() => Referral)
export class ReferralDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true, description: 'The decision in force; null before the decision' })
  async decision(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<Decision | null> {
    const decisions = await decisionsByReferral(ctx).load(referral.id);
    const inForce = decisions.find((decision) => decision.supersededAt === null);
    return inForce ? withScope({ ...inForce }, scopeOf(referral)) : null;
  }

  @FieldResolver(() => AppealPreview, {
    nullable: true,
    description: "The appeal information a decision made now would carry (the municipality's settings); for KE only",
  })
  appealPreview(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<AppealPreview> | null {
    return isTenantScope(scopeOf(referral)) ? appealPreview(ctx, referral.personId) : null;
  }

  @FieldResolver(() => [Decision], { description: 'Every decision on the referral, newest first' })
  async decisions(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<Decision[]> {
    const decisions = await decisionsByReferral(ctx).load(referral.id);
    return allWithScope(decisions.map((decision) => ({ ...decision })), scopeOf(referral));
  }
}
