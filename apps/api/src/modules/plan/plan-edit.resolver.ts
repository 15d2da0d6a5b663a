// The coordinator's editor: each mutation names what it changes and, for an edit, the version
// it started from, and answers with the whole plan as the editor shows it, so every part on
// screen is the server's after the save.
import { IsIn, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { LocalDate } from '../../graphql/scalars';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { GoalKind, LifeArea } from '../../graphql/enums';
import { PlanConsentInput } from './plan-create.input';
import { continuePlanPeriod, createPlan, registerPlanConsent } from './plan-create.service';
import { GoalInput, LifeAreaInput, MeasureInput, ParticipantInput, PlanSectionsInput } from './plan-edit.input';
import {
  addGoal,
  addMeasure,
  addParticipant,
  reorderGoals,
  setItemRemoved,
  updateGoal,
  updateMeasure,
  updateParticipant,
  type PlanItemKind,
} from './plan-items.service';
import { planItemTarget, planTarget } from './plan.loaders';
import { saveLifeArea, updatePlanSections } from './plan-sections.service';
import { planAfterWrite as planAfter } from './plan.service';
import { PlanView } from './plan.type';

export const version = { message: 'validation.invalid' };

@ArgsType()
class PersonArgs {
  @Field(() => ID)
  personId: string;
}

@ArgsType()
class RegisterPlanConsentArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => PlanConsentInput)
  @ValidateNested()
  input: PlanConsentInput;
}

@ArgsType()
class ContinuePlanPeriodArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => Int, { description: "The plan's version the decision started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => LocalDate, { description: 'The last day of the new period; it starts the day after the current one ends' })
  periodEnd: Date;
}

@ArgsType()
class UpdatePlanSectionsArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => Int, { description: "The plan's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => PlanSectionsInput)
  @ValidateNested()
  input: PlanSectionsInput;
}

@ArgsType()
class SaveLifeAreaArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => LifeArea)
  @IsIn(Object.values(LifeArea), { message: 'validation.invalidChoice' })
  area: LifeArea;

  @Field(() => Int, { description: "The mapping's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => LifeAreaInput)
  @ValidateNested()
  input: LifeAreaInput;
}

@ArgsType()
class AddGoalArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => GoalInput)
  @ValidateNested()
  input: GoalInput;
}

@ArgsType()
class UpdateGoalArgs {
  @Field(() => ID)
  goalId: string;

  @Field(() => Int, { description: "The goal's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => GoalInput)
  @ValidateNested()
  input: GoalInput;
}

@ArgsType()
class AddMeasureArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => MeasureInput)
  @ValidateNested()
  input: MeasureInput;
}

@ArgsType()
class UpdateMeasureArgs {
  @Field(() => ID)
  measureId: string;

  @Field(() => Int, { description: "The measure's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => MeasureInput)
  @ValidateNested()
  input: MeasureInput;
}

@ArgsType()
class AddParticipantArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => ParticipantInput)
  @ValidateNested()
  input: ParticipantInput;
}

@ArgsType()
class UpdateParticipantArgs {
  @Field(() => ID)
  participantId: string;

  @Field(() => Int, { description: "The participant's version the edit started from" })
  @Min(1, version)
  expectedVersion: number;

  @Field(() => ParticipantInput)
  @ValidateNested()
  input: ParticipantInput;
}

@ArgsType()
export class RemoveItemArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the removal (or restore) started from' })
  @Min(1, version)
  expectedVersion: number;
}

@ArgsType()
class ReorderGoalsArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => GoalKind)
  @IsIn(Object.values(GoalKind), { message: 'validation.invalidChoice' })
  kind: GoalKind;

  @Field(() => [ID], { description: 'Every goal of the kind, in the new order' })
  goalIds: string[];
}

export const itemTarget =
  (kind: PlanItemKind) =>
  ({ id }: RemoveItemArgs, ctx: Context) =>
    planItemTarget(ctx, kind, id);

@Resolver()
export class PlanEditResolver {
  @Mutation(() => PlanView, { description: 'Start the individual plan KE granted, as a draft with the plan period' })
  @Can<PersonArgs>('plan.create', ({ personId }) => ({ personId }))
  async createPlan(@Args(() => PersonArgs) { personId }: PersonArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<PlanView> {
    await createPlan(ctx, personId);
    return planAfter(ctx, personId, access);
  }

  @Mutation(() => PlanView, { description: "Register the person's consent to the plan; the draft becomes active" })
  @Can<RegisterPlanConsentArgs>('plan.consent', ({ planId }, ctx) => planTarget(ctx, planId))
  async registerPlanConsent(@Args(() => RegisterPlanConsentArgs) { planId, input }: RegisterPlanConsentArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await registerPlanConsent(ctx, planId, input)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Continue the plan into a new period; it waits for the consent to that period before it can be edited again' })
  @Can<ContinuePlanPeriodArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async continuePlanPeriod(@Args(() => ContinuePlanPeriodArgs) args: ContinuePlanPeriodArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await continuePlanPeriod(ctx, args.planId, args.expectedVersion, args.periodEnd)).personId, access);
  }

  @Mutation(() => PlanView, { description: "Save the plan's sections and dates" })
  @Can<UpdatePlanSectionsArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async updatePlanSections(@Args(() => UpdatePlanSectionsArgs) args: UpdatePlanSectionsArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, await updatePlanSections(ctx, args.planId, args.expectedVersion, args.input), access);
  }

  @Mutation(() => PlanView, { description: 'Save the mapping of one life area' })
  @Can<SaveLifeAreaArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async saveLifeArea(@Args(() => SaveLifeAreaArgs) args: SaveLifeAreaArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, await saveLifeArea(ctx, args.planId, args.area, args.expectedVersion, args.input), access);
  }

  @Mutation(() => PlanView)
  @Can<AddGoalArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async addGoal(@Args(() => AddGoalArgs) args: AddGoalArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await addGoal(ctx, args.planId, args.input)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<UpdateGoalArgs>('plan.edit', ({ goalId }, ctx) => planItemTarget(ctx, 'Goal', goalId))
  async updateGoal(@Args(() => UpdateGoalArgs) args: UpdateGoalArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await updateGoal(ctx, args.goalId, args.expectedVersion, args.input)).personId, access);
  }

  @Mutation(() => PlanView, { description: "Take a goal, with its measures and short-term goals, out of the plan; it is kept and can be restored" })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('Goal'))
  async removeGoal(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'Goal', args.id, args.expectedVersion, true)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Bring a removed goal back, with what was removed with it' })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('Goal'))
  async restoreGoal(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'Goal', args.id, args.expectedVersion, false)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Put the goals of one kind in a new order' })
  @Can<ReorderGoalsArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async reorderGoals(@Args(() => ReorderGoalsArgs) args: ReorderGoalsArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await reorderGoals(ctx, args.planId, args.kind, args.goalIds)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<AddMeasureArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async addMeasure(@Args(() => AddMeasureArgs) args: AddMeasureArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await addMeasure(ctx, args.planId, args.input)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<UpdateMeasureArgs>('plan.edit', ({ measureId }, ctx) => planItemTarget(ctx, 'Measure', measureId))
  async updateMeasure(@Args(() => UpdateMeasureArgs) args: UpdateMeasureArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await updateMeasure(ctx, args.measureId, args.expectedVersion, args.input)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Take a measure out of the plan; it is kept and can be restored' })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('Measure'))
  async removeMeasure(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'Measure', args.id, args.expectedVersion, true)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<RemoveItemArgs>('plan.edit', itemTarget('Measure'))
  async restoreMeasure(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'Measure', args.id, args.expectedVersion, false)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<AddParticipantArgs>('plan.edit', ({ planId }, ctx) => planTarget(ctx, planId))
  async addParticipant(@Args(() => AddParticipantArgs) args: AddParticipantArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await addParticipant(ctx, args.planId, args.input)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<UpdateParticipantArgs>('plan.edit', ({ participantId }, ctx) => planItemTarget(ctx, 'PlanParticipant', participantId))
  async updateParticipant(@Args(() => UpdateParticipantArgs) args: UpdateParticipantArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await updateParticipant(ctx, args.participantId, args.expectedVersion, args.input)).personId, access);
  }

  @Mutation(() => PlanView, { description: 'Take a participant out of the plan; kept, and can be restored' })
  @Can<RemoveItemArgs>('plan.edit', itemTarget('PlanParticipant'))
  async removeParticipant(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'PlanParticipant', args.id, args.expectedVersion, true)).personId, access);
  }

  @Mutation(() => PlanView)
  @Can<RemoveItemArgs>('plan.edit', itemTarget('PlanParticipant'))
  async restoreParticipant(@Args(() => RemoveItemArgs) args: RemoveItemArgs, @Access() access: AccessScope, @Ctx() ctx: Context) {
    return planAfter(ctx, (await setItemRemoved(ctx, 'PlanParticipant', args.id, args.expectedVersion, false)).personId, access);
  }
}
