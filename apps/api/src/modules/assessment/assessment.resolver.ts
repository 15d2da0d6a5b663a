import { IsOptional, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { isTenantScope, scopeOf, withScope, type Scoped } from '../../graphql/scope';
import { referralTarget } from '../referral/inbox.service';
import { Referral } from '../referral/referral.type';
import { staffById } from '../unit/unit.loaders';
import { StaffRef } from '../unit/unit.type';
import { AssessmentInput } from './assessment.input';
import { assessmentByReferral } from './assessment.loaders';
import { saveAssessment } from './assessment.service';
import { Assessment } from './assessment.type';

@ArgsType()
class SaveAssessmentArgs {
  @Field(() => ID)
  referralId: string;

  @Field(() => AssessmentInput)
  @ValidateNested()
  input: AssessmentInput;

  @Field(() => Int, { nullable: true, description: "The assessment's version; required when it exists" })
  @IsOptional()
  @Min(1, { message: 'validation.invalid' })
  expectedVersion?: number | null;
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Mutation(() => Assessment, { description: "Save KE's assessment of a referral; the first save starts the assessment" })
  @Can<SaveAssessmentArgs>('referral.assess', ({ referralId }, ctx) => referralTarget(ctx, referralId))
  async saveAssessment(
    @Args(() => SaveAssessmentArgs) { referralId, input, expectedVersion }: SaveAssessmentArgs,
    @Access() access: AccessScope,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    return withScope(await saveAssessment(ctx, referralId, input, expectedVersion), access);
  }

  @FieldResolver(() => StaffRef, { nullable: true, description: 'Who saved the assessment last' })
  assessedBy(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<StaffRef | null> {
    return staffById(ctx).load(assessment.assessedById);
  }
}

@Resolver(() => Referral)
export class ReferralAssessmentResolver {
  @FieldResolver(() => Assessment, { nullable: true, description: "KE's assessment; null before one is saved, and outside KE" })
  async assessment(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<Assessment | null> {
    const scope = scopeOf(referral);
    if (!isTenantScope(scope)) return null;
    const assessment = await assessmentByReferral(ctx).load(referral.id);
    return assessment ? withScope({ ...assessment }, scope) : null;
  }
}
