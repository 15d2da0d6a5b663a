import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Access, Can, type AccessScope } from '../../graphql/can.decorator';
import { isTenantScope, scopeOf, withScope, type Scoped } from '../../graphql/scope';
import { personRefOf } from '../person/person.loaders';
import { PersonRef } from '../person/person.type';
import { referralTarget } from '../referral/inbox.service';
import { Referral } from '../referral/referral.type';
import { staffById, unitById } from '../unit/unit.loaders';
import { StaffRef, UnitRef } from '../unit/unit.type';
import {
  AppointCoordinatorInput,
  DelegateAppointmentArgs,
  PlanStartupMeetingArgs,
  RegisterDeclineArgs,
} from './appointment.input';
import {
  assignmentsByReferral,
  declinesByPerson,
  delegationsByReferral,
  grantsByDecision,
  grantsByReferral,
  referralById,
  startupMeetingByPerson,
  unitLeaderById,
} from './appointment.loaders';
import {
  appointCoordinator,
  coordinatorCandidates,
  delegateAppointment,
  myAppointmentRequests,
  planStartupMeeting,
  registerDecline,
  unitsWithLeader,
} from './appointment.service';
import {
  AppointmentDelegationNode,
  AppointmentGrants,
  CoordinatorAssignmentNode,
  CoordinatorCandidate,
  DeclineForm,
  PlannedMeeting,
} from './appointment.type';

const caseOf = ({ referralId }: { referralId: string }, ctx: Context) => referralTarget(ctx, referralId);

@Resolver()
export class AppointmentResolver {
  @Query(() => [CoordinatorCandidate], { description: 'Coordinators who could be appointed for the case, with caseload, training and wish' })
  @Can<{ referralId: string }>('appointment.appoint', caseOf)
  coordinatorCandidates(
    @Arg('referralId', () => ID) referralId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | undefined,
    @Access() access: AccessScope,
    @Ctx() ctx: Context,
  ): Promise<CoordinatorCandidate[]> {
    return coordinatorCandidates(ctx, referralId, unitId ?? undefined, access);
  }

  @Query(() => [AppointmentDelegationNode], { description: "The unit leader's open requests from KE to appoint a coordinator, oldest first" })
  @Can('appointment.requests')
  myAppointmentRequests(@Ctx() ctx: Context): Promise<AppointmentDelegationNode[]> {
    return myAppointmentRequests(ctx);
  }

  @Mutation(() => AppointmentDelegationNode, { description: "Leave the choice of coordinator to a unit's leader" })
  @Can<{ referralId: string }>('appointment.delegate', caseOf)
  delegateAppointment(@Args() args: DelegateAppointmentArgs, @Access() access: AccessScope, @Ctx() ctx: Context): Promise<AppointmentDelegationNode> {
    return delegateAppointment(ctx, args, access);
  }

  @Mutation(() => CoordinatorAssignmentNode, { description: 'Appoint the coordinator after a grant' })
  @Can<{ referralId: string }>('appointment.appoint', caseOf)
  appointCoordinator(
    @Arg('referralId', () => ID) referralId: string,
    @Arg('input', () => AppointCoordinatorInput) input: AppointCoordinatorInput,
    @Access() access: AccessScope,
    @Ctx() ctx: Context,
  ): Promise<CoordinatorAssignmentNode> {
    return appointCoordinator(ctx, referralId, input, access);
  }

  @Mutation(() => DeclineForm, { description: 'The person declines the coordinator or the individual plan (a change form)' })
  @Can<{ referralId: string }>('changeForm.decline', caseOf)
  registerDecline(@Args() args: RegisterDeclineArgs, @Ctx() ctx: Context): Promise<DeclineForm> {
    return registerDecline(ctx, args);
  }

  @Mutation(() => PlannedMeeting, { description: 'Plan the start-up meeting with the person' })
  @Can<{ referralId: string }>('meeting.planStartup', caseOf)
  planStartupMeeting(@Args() args: PlanStartupMeetingArgs, @Ctx() ctx: Context): Promise<PlannedMeeting> {
    return planStartupMeeting(ctx, args);
  }
}

/** The case's appointment: what the decision grants, the assignments, the requests, the start-up meeting. */
@Resolver(() => Referral)
export class ReferralAppointmentFieldsResolver {
  @FieldResolver(() => AppointmentGrants, { nullable: true, description: 'What the decision in force grants; null without a grant' })
  appointmentGrants(@Root() referral: Referral, @Ctx() ctx: Context): Promise<AppointmentGrants | null> {
    return grantsByReferral(ctx).load(referral.id);
  }

  @FieldResolver(() => [CoordinatorAssignmentNode], { description: "The coordinator assignments made on this case's decisions" })
  async assignments(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<CoordinatorAssignmentNode[]> {
    const scope = scopeOf(referral);
    return (await assignmentsByReferral(ctx).load(referral.id)).map((row) => withScope({ ...row }, scope));
  }

  @FieldResolver(() => [AppointmentDelegationNode], {
    description: "Requests to unit leaders to appoint; a unit leader sees only those to their units",
  })
  async delegations(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<AppointmentDelegationNode[]> {
    const scope = scopeOf(referral);
    const rows = await delegationsByReferral(ctx).load(referral.id);
    if (isTenantScope(scope)) return rows.map((row) => withScope({ ...row }, scope));
    const leaders = await Promise.all(rows.map((row) => unitLeaderById(ctx).load(row.unitId)));
    return rows.filter((_row, index) => leaders[index] === ctx.viewer?.userId).map((row) => withScope({ ...row }, scope));
  }

  @FieldResolver(() => [UnitRef], { description: 'Units whose leader KE may ask to appoint (those with a leader), by name; empty for others' })
  delegableUnits(@Root() referral: Scoped<Referral>, @Ctx() ctx: Context): Promise<UnitRef[]> | UnitRef[] {
    return isTenantScope(scopeOf(referral)) ? unitsWithLeader(ctx) : [];
  }

  @FieldResolver(() => [DeclineForm], { description: 'The change forms declining the coordinator or the plan since the referral came' })
  async declines(@Root() referral: Referral, @Ctx() ctx: Context): Promise<DeclineForm[]> {
    return (await declinesByPerson(ctx).load(referral.personId)).filter((form) => form.submittedAt >= referral.receivedAt);
  }

  @FieldResolver(() => PlannedMeeting, { nullable: true, description: "The person's planned start-up meeting" })
  startupMeeting(@Root() referral: Referral, @Ctx() ctx: Context): Promise<PlannedMeeting | null> {
    return startupMeetingByPerson(ctx).load(referral.personId);
  }
}

@Resolver(() => CoordinatorAssignmentNode)
export class CoordinatorAssignmentFieldsResolver {
  @FieldResolver(() => StaffRef, { description: 'The coordinator, with how to reach them' })
  async coordinator(@Root() assignment: CoordinatorAssignmentNode, @Ctx() ctx: Context): Promise<StaffRef> {
    const staff = await staffById(ctx).load(assignment.coordinatorId);
    if (!staff) throw new Error(`assignment ${assignment.id} without its coordinator`);
    return staff;
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() assignment: CoordinatorAssignmentNode, @Ctx() ctx: Context): Promise<UnitRef | null> | null {
    return assignment.unitId ? unitById(ctx).load(assignment.unitId) : null;
  }

  @FieldResolver(() => StaffRef, { nullable: true })
  appointedBy(@Root() assignment: CoordinatorAssignmentNode, @Ctx() ctx: Context): Promise<StaffRef | null> | null {
    return assignment.appointedById ? staffById(ctx).load(assignment.appointedById) : null;
  }
}

@Resolver(() => AppointmentDelegationNode)
export class AppointmentDelegationFieldsResolver {
  @FieldResolver(() => Referral, { description: 'The case, as the viewer may see it' })
  async referral(@Root() delegation: Scoped<AppointmentDelegationNode>, @Ctx() ctx: Context): Promise<Referral> {
    const referral = await referralById(ctx).load(delegation.referralId);
    if (!referral) throw new Error(`delegation ${delegation.id} without its referral`);
    return withScope({ ...referral }, scopeOf(delegation));
  }

  @FieldResolver(() => PersonRef)
  async person(@Root() delegation: AppointmentDelegationNode, @Ctx() ctx: Context): Promise<PersonRef> {
    return personRefOf(ctx, delegation.personId, `delegation ${delegation.id}`);
  }

  @FieldResolver(() => UnitRef)
  async unit(@Root() delegation: AppointmentDelegationNode, @Ctx() ctx: Context): Promise<UnitRef> {
    const unit = await unitById(ctx).load(delegation.unitId);
    if (!unit) throw new Error(`delegation ${delegation.id} without its unit`);
    return unit;
  }

  @FieldResolver(() => StaffRef, { nullable: true, description: 'Who at KE asked' })
  requestedBy(@Root() delegation: AppointmentDelegationNode, @Ctx() ctx: Context): Promise<StaffRef | null> {
    return staffById(ctx).load(delegation.requestedById);
  }

  @FieldResolver(() => AppointmentGrants, { description: 'What the decision grants' })
  async grants(@Root() delegation: AppointmentDelegationNode, @Ctx() ctx: Context): Promise<AppointmentGrants> {
    const grants = await grantsByDecision(ctx).load(delegation.decisionId);
    if (!grants) throw new Error(`delegation ${delegation.id} without its decision`);
    return grants;
  }

  @FieldResolver(() => String, { nullable: true, description: "The person's wish for a coordinator, by name" })
  async wishedCoordinator(@Root() delegation: AppointmentDelegationNode, @Ctx() ctx: Context): Promise<string | null> {
    return (await referralById(ctx).load(delegation.referralId))?.wishedCoordinator ?? null;
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit the person wishes their coordinator from' })
  async wishedUnit(@Root() delegation: AppointmentDelegationNode, @Ctx() ctx: Context): Promise<UnitRef | null> {
    const wishedUnitId = (await referralById(ctx).load(delegation.referralId))?.wishedUnitId;
    return wishedUnitId ? unitById(ctx).load(wishedUnitId) : null;
  }
}

@Resolver(() => DeclineForm)
export class DeclineFormFieldsResolver {
  @FieldResolver(() => StaffRef, { nullable: true, description: 'Who submitted it' })
  submittedBy(@Root() form: DeclineForm, @Ctx() ctx: Context): Promise<StaffRef | null> | null {
    return form.submittedById ? staffById(ctx).load(form.submittedById) : null;
  }
}
