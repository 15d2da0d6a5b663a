// The editor's mutations for the plan's evaluations, sub-plans, life-phase checklists and
// transitions; like plan-edit.resolver.ts, each answers with the whole plan as the editor shows it.
import { IsBoolean, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { LocalDate } from '../../graphql/scalars';
import { itemTarget, RemoveItemArgs, version } from './plan-edit.resolver';
import { recordEvaluation, scheduleEvaluation, updateEvaluation } from './plan-evaluations.service';
import { setItemRemoved } from './plan-items.service';
import { EvaluationInput, GoalStatusChange, MeasureStatusChange, SubPlanInput, TransitionInput } from './plan-parts.input';
import {
  addSubPlan,
  addTransition,
  markTransitionReviewed,
  tickChecklistItem,
  untickChecklistItem,
  updateSubPlan,
  updateTransition,
} from './plan-parts.service';
import { planAfterWrite as planAfter } from './plan.service';
import { planItemTarget, planTarget } from './plan.loaders';
import { PlanView } from './plan.type';

@ArgsType()
class ScheduleEvaluationArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => LocalDate)
  scheduledFor: Date;
}

@ArgsType()
class RecordEvaluationArgs {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int, { description: "The evaluation's version the editor started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => EvaluationInput)
  @ValidateNested()
  input: EvaluationInput;

  @Field(() => [GoalStatusChange], { defaultValue: [], description: 'Goal statuses the evaluation decided; saved with it or not at all' })
  @ValidateNested({ each: true })
  goalChanges: GoalStatusChange[];

  @Field(() => [MeasureStatusChange], { defaultValue: [], description: 'Measure statuses the evaluation decided; saved with it or not at all' })
  @ValidateNested({ each: true })
  measureChanges: MeasureStatusChange[];
}

@ArgsType()
class UpdateEvaluationArgs {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int, { description: "The evaluation's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => EvaluationInput)
  @ValidateNested()
  input: EvaluationInput;
}

@ArgsType()
class AddSubPlanArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => SubPlanInput)
  @ValidateNested()
  input: SubPlanInput;
}

@ArgsType()
class UpdateSubPlanArgs {
  @Field(() => ID)
  subPlanId: string;

  @Field(() => Int, { description: "The sub-plan's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => SubPlanInput)
  @ValidateNested()
  input: SubPlanInput;
}

@ArgsType()
class ChecklistItemArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => String, { description: 'The item, as LIFE_PHASE_CHECKLISTS in @samhandling/shared names it (e.g. "youth.ownHome")' })
  itemKey: string;
}

@ArgsType()
class AddTransitionArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => TransitionInput)
  @ValidateNested()
  input: TransitionInput;
}

@ArgsType()
class UpdateTransitionArgs {
  @Field(() => ID)
  transitionId: string;

  @Field(() => Int, { description: "The transition's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => TransitionInput)
  @ValidateNested()
  input: TransitionInput;
}

@ArgsType()
class MarkTransitionReviewedArgs {
  @Field(() => ID)
  transitionId: string;

  @Field(() => Int, { description: "The transition's version the editor started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => Boolean, { defaultValue: true, description: 'False takes back a review marked by mistake' })
  @IsBoolean()
  reviewed: boolean;
}

const onPlan = ({ planId }: { planId: string }, ctx: Context) => planTarget(ctx, planId);

@Resolver()
export class PlanPartsResolver {
  // --- evaluations

  @Mutation(() => PlanView, { description: 'Agree on a date for evaluating the plan' })
  @Can<ScheduleEvaluationArgs>('plan.edit', onPlan)
  async scheduleEvaluation(@Args(() => ScheduleEvaluationArgs) args: ScheduleEvaluationArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await scheduleEvaluation(ctx, args.planId, args.scheduledFor)).personId, access);
  }

  @Mutation(() => PlanView, {
    description: 'Record the evaluation as held, with its answers and conclusion, and the goal and measure statuses it decided, all in one',
  })
  @Can<RecordEvaluationArgs>('plan.edit', ({ evaluationId }, ctx) => planItemTarget(ctx, 'Evaluation', evaluationId))
  async recordEvaluation(@Args(() => RecordEvaluationArgs) args: RecordEvaluationArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    const { personId } = await recordEvaluation(ctx, args.evaluationId, args.expectedVersion, args.input, args.goalChanges, args.measureChanges);
    return planAfter(ctx, personId, access);
  }

  @Mutation(() => PlanView, { description: "Move the evaluation's date, or correct a held evaluation's answers" })
  @Can<UpdateEvaluationArgs>('plan.edit', ({ evaluationId }, ctx) => planItemTarget(ctx, 'Evaluation', evaluationId))
  async updateEvaluation(@Args(() => UpdateEvaluationArgs) args: UpdateEvaluationArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await updateEvaluation(ctx, args.evaluationId, args.expectedVersion, args.input)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Take an evaluation out of the plan; it is kept and can be restored' })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('Evaluation'))
  async removeEvaluation(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'Evaluation', args.id, args.expectedVersion, true)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<RemoveItemArgs>('plan.edit', itemTarget('Evaluation'))
  async restoreEvaluation(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'Evaluation', args.id, args.expectedVersion, false)).personId, access);
  }

  // --- sub-plans

  @Mutation(() => PlanView, { description: 'Link a sub-plan (IOP, relay log, crisis plan ...) to the plan' })
  @Can<AddSubPlanArgs>('plan.edit', onPlan)
  async addSubPlan(@Args(() => AddSubPlanArgs) args: AddSubPlanArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await addSubPlan(ctx, args.planId, args.input)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<UpdateSubPlanArgs>('plan.edit', ({ subPlanId }, ctx) => planItemTarget(ctx, 'SubPlan', subPlanId))
  async updateSubPlan(@Args(() => UpdateSubPlanArgs) args: UpdateSubPlanArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await updateSubPlan(ctx, args.subPlanId, args.expectedVersion, args.input)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Take a sub-plan out of the plan; it is kept and can be restored' })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('SubPlan'))
  async removeSubPlan(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'SubPlan', args.id, args.expectedVersion, true)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<RemoveItemArgs>('plan.edit', itemTarget('SubPlan'))
  async restoreSubPlan(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'SubPlan', args.id, args.expectedVersion, false)).personId, access);
  }

  // --- life-phase checklists

  @Mutation(() => PlanView, { description: 'Tick an item of a life-phase checklist; ticking it again changes nothing' })
  @Can<ChecklistItemArgs>('plan.edit', onPlan)
  async tickChecklistItem(@Args(() => ChecklistItemArgs) args: ChecklistItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await tickChecklistItem(ctx, args.planId, args.itemKey)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Untick an item; the history keeps who ticked it and when' })
  @Can<ChecklistItemArgs>('plan.edit', onPlan)
  async untickChecklistItem(@Args(() => ChecklistItemArgs) args: ChecklistItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await untickChecklistItem(ctx, args.planId, args.itemKey)).personId, access);
  }

  // --- transitions

  @Mutation(() => PlanView, { description: 'Add a transition (kindergarten, school, adult life, own home, work ...) with its date' })
  @Can<AddTransitionArgs>('plan.edit', onPlan)
  async addTransition(@Args(() => AddTransitionArgs) args: AddTransitionArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await addTransition(ctx, args.planId, args.input)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<UpdateTransitionArgs>('plan.edit', ({ transitionId }, ctx) => planItemTarget(ctx, 'PlanTransition', transitionId))
  async updateTransition(@Args(() => UpdateTransitionArgs) args: UpdateTransitionArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await updateTransition(ctx, args.transitionId, args.expectedVersion, args.input)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Record that the group and the plan were reviewed for the transition' })
  @Can<MarkTransitionReviewedArgs>('plan.edit', ({ transitionId }, ctx) => planItemTarget(ctx, 'PlanTransition', transitionId))
  async markTransitionReviewed(@Args(() => MarkTransitionReviewedArgs) args: MarkTransitionReviewedArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await markTransitionReviewed(ctx, args.transitionId, args.expectedVersion, args.reviewed)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Take a transition out of the plan; it is kept and can be restored' })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('PlanTransition'))
  async removeTransition(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'PlanTransition', args.id, args.expectedVersion, true)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<RemoveItemArgs>('plan.edit', itemTarget('PlanTransition'))
  async restoreTransition(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'PlanTransition', args.id, args.expectedVersion, false)).personId, access);
  }
}
