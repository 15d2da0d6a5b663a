// Appointing the coordinator after a grant (DOMAIN.md step 3): KE appoints, or leaves the choice
// to a unit's leader, who appoints from their unit and so reports back; the person's wish is
// weighed and recorded. The person may decline the coordinator or the plan (a change form at
// KE), and the start-up meeting is planned. Every write is one transaction with its history.
import { osloTodayAsDate, translate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { badInput, conflict, forbidden, notFound } from '../../graphql/errors';
import { withScope, type Scoped } from '../../graphql/scope';
import { storedText } from '../../lib/text';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, type AccessScope } from '../auth/policy';
import { recordHistory } from '../history/history.service';
import { toPersonRef, PERSON_REF_SELECT } from '../person/person.mapper';
import type { AppointCoordinatorInput, DelegateAppointmentArgs, PlanStartupMeetingArgs, RegisterDeclineArgs } from './appointment.input';
import { DECLINE_KINDS } from './appointment.input';
import type {
  AppointmentDelegationNode,
  CoordinatorAssignmentNode,
  CoordinatorCandidate,
  DeclineForm,
  PlannedMeeting,
} from './appointment.type';

/** The scope a unit leader sees a case with when KE has asked them to appoint. */
export const APPOINTING_UNIT_LEADER: AccessScope = { relationship: 'appointingUnitLeader', hiddenLifeAreas: [] };

/** The columns of a CoordinatorAssignment node. */
export const ASSIGNMENT_SELECT = {
  id: true,
  personId: true,
  coordinatorId: true,
  unitId: true,
  appointedById: true,
  decisionId: true,
  isChildCoordinator: true,
  startDate: true,
  endDate: true,
  endReason: true,
  personWish: true,
  wishFollowed: true,
  wishDeviationReason: true,
  createdAt: true,
} as const;

/** The columns of an AppointmentDelegation node. */
export const DELEGATION_SELECT = {
  id: true,
  referralId: true,
  decisionId: true,
  personId: true,
  unitId: true,
  requestedById: true,
  assignmentId: true,
  note: true,
  requestedAt: true,
  completedAt: true,
  version: true,
} as const;

/** The columns of a DeclineForm node. */
export const DECLINE_FORM_SELECT = {
  id: true,
  kind: true,
  reason: true,
  effectiveDate: true,
  reportedBy: true,
  reportedByName: true,
  submittedAt: true,
  submittedById: true,
  registeredAt: true,
} as const;

/** A decision in force (not superseded) that grants a coordinator or a child coordinator. */
const grantInForce = (referralId: string) =>
  ({
    referralId,
    supersededAt: null,
    outcome: 'GRANTED',
    OR: [{ grantsCoordinator: true }, { grantsChildCoordinator: true }],
  }) satisfies Prisma.DecisionWhereInput;

/** Assignments that are in force today or start later: not ended before today. */
export const notEnded = (now: Date) => ({ OR: [{ endDate: null }, { endDate: { gte: osloTodayAsDate(now) } }] });


const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

interface Wish {
  wishedCoordinator: string | null;
  wishedUnitId: string | null;
}

/** Whether a choice matches the wish: the wished name when one is given, else the wished unit; null without a wish. */
export function matchesWish(wish: Wish, choice: { name: string; unitId: string }): boolean | null {
  if (wish.wishedCoordinator) return sameName(wish.wishedCoordinator, choice.name);
  if (wish.wishedUnitId) return wish.wishedUnitId === choice.unitId;
  return null;
}

/**
 * Takes the case's row lock for the transaction (and marks the case changed): concurrent
 * appointments, delegations and declines of one case then run one after the other, and each
 * sees what the one before it wrote.
 */
async function lockCase(tx: Transaction, referralId: string) {
  const { count } = await tx.referral.updateMany({ where: { id: referralId }, data: { version: { increment: 1 } } });
  if (count === 0) throw notFound();
  return tx.referral.findUniqueOrThrow({
    where: { id: referralId },
    select: { id: true, personId: true, status: true, wishedCoordinator: true, wishedUnitId: true, wishedUnit: { select: { name: true } } },
  });
}

// ---- reads -----------------------------------------------------------------------------------

/**
 * Municipal staff with the coordinator role in the units the filter names, one entry per unit,
 * each with their caseload today and whether they have had coordinator training.
 */
export async function coordinatorsIn(ctx: Context, units: Prisma.StaffUnitWhereInput): Promise<Omit<CoordinatorCandidate, 'matchesWish'>[]> {
  // The role is filtered here: Prisma's driver adapters send an enum list filter (`has`) as a scalar.
  const memberships = await ctx.db.staffUnit.findMany({
    where: { ...units, user: { kind: 'STAFF', active: true, employer: 'MUNICIPALITY' } },
    select: {
      unit: { select: { id: true, name: true } },
      user: {
        select: {
          id: true,
          roles: true,
          name: true,
          title: true,
          _count: { select: { coordinatorOf: { where: activeAssignmentFilter(ctx.now) } } },
          competenceRecords: { where: { trainingGivenAt: { not: null } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  return memberships
    .filter(({ user }) => user.roles.includes('COORDINATOR'))
    .map(({ unit, user }) => ({
      id: user.id,
      name: user.name,
      title: user.title,
      unit,
      caseload: user._count.coordinatorOf,
      hasTraining: user.competenceRecords.length > 0,
    }));
}

/**
 * The coordinators who could be appointed: staff with the coordinator role in the unit (a unit
 * leader: only the unit the case is delegated to; KE: the unit given, or every unit), each with
 * their caseload today, whether they have had coordinator training, and whether they match the
 * person's wish. One statement whatever the number of candidates.
 */
export async function coordinatorCandidates(
  ctx: Context,
  referralId: string,
  unitId: string | undefined,
  access: AccessScope,
): Promise<CoordinatorCandidate[]> {
  const viewer = viewerOf(ctx);
  const referral = await ctx.db.referral.findUnique({
    where: { id: referralId },
    select: {
      personId: true,
      wishedCoordinator: true,
      wishedUnitId: true,
      delegations: access.relationship === 'appointingUnitLeader'
        ? { where: { completedAt: null, unit: { leaderId: viewer.userId } }, select: { unitId: true } }
        : false,
    },
  });
  if (!referral) throw notFound();
  let unitIds: string[] | undefined = unitId ? [unitId] : undefined;
  if (access.relationship === 'appointingUnitLeader') {
    const delegated = (referral.delegations ?? []).map((d) => d.unitId);
    if (unitId && !delegated.includes(unitId)) throw forbidden();
    unitIds = unitId ? [unitId] : delegated;
  }
  const [coordinators] = await Promise.all([
    coordinatorsIn(ctx, unitIds ? { unitId: { in: unitIds } } : {}),
    recordAccess(ctx, [referral.personId], 'appointment.candidates'),
  ]);
  return coordinators
    .map((candidate) => ({ ...candidate, matchesWish: matchesWish(referral, { name: candidate.name, unitId: candidate.unit.id }) === true }))
    .sort(
      (a, b) =>
        Number(b.matchesWish) - Number(a.matchesWish) ||
        a.unit.name.localeCompare(b.unit.name, 'nb') ||
        a.caseload - b.caseload ||
        a.name.localeCompare(b.name, 'nb'),
    );
}

/** The units that have a leader, by name: those KE may leave an appointment to. */
export function unitsWithLeader(ctx: Context): Promise<Array<{ id: string; name: string }>> {
  return ctx.db.unit.findMany({ where: { leaderId: { not: null } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** The unit leader's open requests from KE, oldest first; each case is theirs to open. */
export async function myAppointmentRequests(ctx: Context): Promise<Array<Scoped<AppointmentDelegationNode>>> {
  const viewer = viewerOf(ctx);
  const rows = await ctx.db.appointmentDelegation.findMany({
    where: { completedAt: null, unit: { leaderId: viewer.userId } },
    orderBy: { requestedAt: 'asc' },
    select: DELEGATION_SELECT,
  });
  await recordAccess(ctx, [...new Set(rows.map((row) => row.personId))], 'appointment.requests');
  return rows.map((row) => withScope(row, APPOINTING_UNIT_LEADER));
}

// ---- writes ----------------------------------------------------------------------------------

/** KE leaves the choice of coordinator to a unit's leader. One open request per case. */
export async function delegateAppointment(ctx: Context, args: DelegateAppointmentArgs, access: AccessScope): Promise<Scoped<AppointmentDelegationNode>> {
  const viewer = viewerOf(ctx);
  const note = storedText(args.note);
  const delegation = await ctx.db.$transaction(async (tx) => {
    const referral = await lockCase(tx, args.referralId);
    if (referral.status === 'CLOSED') throw conflict('appointment.error.caseClosed');
    const decision = await tx.decision.findFirst({ where: grantInForce(referral.id), select: { id: true } });
    if (!decision) throw conflict('appointment.error.noGrant');
    const unit = await tx.unit.findUnique({ where: { id: args.unitId }, select: { id: true, leaderId: true } });
    if (!unit) throw badInput([{ field: 'unitId', messageKey: 'appointment.error.unitNotFound' }]);
    if (!unit.leaderId) throw badInput([{ field: 'unitId', messageKey: 'appointment.error.unitWithoutLeader' }]);
    // One after the other: a transaction's statements share its one connection.
    const open = await tx.appointmentDelegation.count({ where: { referralId: referral.id, completedAt: null } });
    const appointed = await tx.coordinatorAssignment.count({ where: { decisionId: decision.id, ...notEnded(ctx.now) } });
    if (appointed > 0) throw conflict('appointment.error.alreadyAppointed');
    if (open > 0) throw conflict('appointment.error.openDelegation');
    const created = await tx.appointmentDelegation.create({
      data: {
        municipalityId: viewer.municipalityId,
        referralId: referral.id,
        decisionId: decision.id,
        personId: referral.personId,
        unitId: unit.id,
        note,
        requestedById: viewer.userId,
        requestedAt: ctx.now,
      },
      select: DELEGATION_SELECT,
    });
    await recordHistory(tx, ctx, {
      personId: referral.personId,
      referralId: referral.id,
      entity: 'AppointmentDelegation',
      entityId: created.id,
      action: 'appointment.delegated',
      after: { unitId: unit.id, note, decisionId: decision.id },
    });
    return created;
  });
  await recordAccess(ctx, [delegation.personId], 'appointment.delegate');
  return withScope(delegation, access);
}

/**
 * Appoints the coordinator: KE from any unit, or the leader of the unit the case is delegated
 * to, from that unit (which completes the request: the leader's report back).
 */
export async function appointCoordinator(
  ctx: Context,
  referralId: string,
  input: AppointCoordinatorInput,
  access: AccessScope,
): Promise<Scoped<CoordinatorAssignmentNode>> {
  const viewer = viewerOf(ctx);
  const reason = storedText(input.wishDeviationReason);
  const assignment = await ctx.db.$transaction(async (tx) => {
    const referral = await lockCase(tx, referralId);
    if (referral.status === 'CLOSED') throw conflict('appointment.error.caseClosed');
    const openDelegations = await tx.appointmentDelegation.findMany({
      where: { referralId, completedAt: null },
      select: { id: true, unitId: true, version: true, unit: { select: { leaderId: true } } },
    });
    if (access.relationship === 'appointingUnitLeader') {
      const mine = openDelegations.find((d) => d.unit.leaderId === viewer.userId);
      if (!mine) throw forbidden();
      if (input.unitId !== mine.unitId) throw badInput([{ field: 'unitId', messageKey: 'appointment.error.notDelegatedUnit' }]);
    }
    const decision = await tx.decision.findFirst({
      where: grantInForce(referralId),
      select: { id: true, grantsCoordinator: true, grantsChildCoordinator: true },
    });
    if (!decision) throw conflict('appointment.error.noGrant');
    const person = await tx.person.findUniqueOrThrow({ where: { id: referral.personId }, select: PERSON_REF_SELECT });
    const staff = await tx.user.findFirst({
      where: {
        id: input.coordinatorId,
        kind: 'STAFF',
        active: true,
        employer: 'MUNICIPALITY',
        units: { some: { unitId: input.unitId } },
      },
      select: { id: true, name: true, roles: true },
    });
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true } });
    const appointed = await tx.coordinatorAssignment.count({ where: { decisionId: decision.id, ...notEnded(ctx.now) } });
    if (appointed > 0) throw conflict('appointment.error.alreadyAppointed');
    const fields = [];
    if (!unit) fields.push({ field: 'unitId', messageKey: 'appointment.error.unitNotFound' } as const);
    // The role is checked here: Prisma's driver adapters send an enum list filter (`has`) as a scalar.
    const coordinator = staff?.roles.includes('COORDINATOR') ? staff : null;
    if (!coordinator) fields.push({ field: 'coordinatorId', messageKey: 'appointment.error.notCoordinatorInUnit' } as const);
    if (input.isChildCoordinator && !toPersonRef(person, ctx.now).isChild) {
      fields.push({ field: 'isChildCoordinator', messageKey: 'appointment.error.childCoordinatorAge' } as const);
    } else if (!input.isChildCoordinator && !decision.grantsCoordinator) {
      fields.push({ field: 'isChildCoordinator', messageKey: 'appointment.error.childCoordinatorOnly' } as const);
    }
    const followed = coordinator && unit ? matchesWish(referral, { name: coordinator.name, unitId: unit.id }) : null;
    if (followed === false && !reason) fields.push({ field: 'wishDeviationReason', messageKey: 'appointment.error.wishDeviationReason' } as const);
    if (fields.length > 0 || !coordinator || !unit) throw badInput(fields);
    const personWish = [referral.wishedCoordinator, referral.wishedUnit?.name].filter(Boolean).join(', ') || null;
    const created = await tx.coordinatorAssignment.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId: referral.personId,
        coordinatorId: coordinator.id,
        unitId: unit.id,
        decisionId: decision.id,
        isChildCoordinator: input.isChildCoordinator,
        startDate: input.startDate,
        personWish,
        wishFollowed: followed,
        wishDeviationReason: followed === false ? reason : null,
        appointedById: viewer.userId,
        createdAt: ctx.now,
      },
      select: ASSIGNMENT_SELECT,
    });
    const history = [
      {
        personId: referral.personId,
        referralId,
        entity: 'CoordinatorAssignment',
        entityId: created.id,
        action: 'appointment.appointed',
        after: {
          coordinatorId: coordinator.id,
          unitId: unit.id,
          isChildCoordinator: created.isChildCoordinator,
          startDate: created.startDate,
          personWish,
          wishFollowed: followed,
          wishDeviationReason: created.wishDeviationReason,
        },
      },
    ];
    // The appointment answers the open request, whoever makes it.
    for (const delegation of openDelegations) {
      await tx.appointmentDelegation.update({
        where: { id: delegation.id },
        data: { assignmentId: created.id, completedAt: ctx.now, version: { increment: 1 } },
      });
      history.push({
        personId: referral.personId,
        referralId,
        entity: 'AppointmentDelegation',
        entityId: delegation.id,
        action: 'appointment.delegationCompleted',
        after: { assignmentId: created.id, completedAt: ctx.now } as never,
      });
    }
    await recordHistory(tx, ctx, ...history);
    return created;
  });
  await recordAccess(ctx, [assignment.personId], 'appointment.appoint');
  return withScope(assignment, access);
}

/**
 * The person declines the coordinator or the individual plan: a change form registered at KE
 * (at once when KE registers it; a coordinator's waits for KE). Declining the coordinator ends
 * the assignment from this case on the effective date, closes a plan that is not closed (no plan
 * without a coordinator) and closes the case. Declining the plan closes the plan that is not
 * closed; the coordinator goes on.
 */
export async function registerDecline(ctx: Context, args: RegisterDeclineArgs): Promise<DeclineForm> {
  const viewer = viewerOf(ctx);
  if (!(DECLINE_KINDS as readonly string[]).includes(args.kind)) throw badInput([{ field: 'kind', messageKey: 'appointment.error.declineKind' }]);
  const reason = storedText(args.reason);
  const byKe = viewer.activeRole === 'SYSTEM_COORDINATOR';
  let personId = '';
  const form = await ctx.db.$transaction(async (tx) => {
    const referral = await lockCase(tx, args.referralId);
    personId = referral.personId;
    if (referral.status === 'CLOSED') throw conflict('appointment.error.caseClosed');
    const decision = await tx.decision.findFirst({
      where: { referralId: referral.id, supersededAt: null, outcome: 'GRANTED' },
      select: { id: true, grantsCoordinator: true, grantsChildCoordinator: true, grantsIndividualPlan: true },
    });
    const declinesCoordinator = args.kind === 'DECLINED_COORDINATOR';
    if (!decision || (declinesCoordinator && !decision.grantsCoordinator && !decision.grantsChildCoordinator)) {
      throw conflict('appointment.error.noGrant');
    }
    if (!declinesCoordinator && !decision.grantsIndividualPlan) throw conflict('appointment.error.noPlanGranted');
    const assignment = await tx.coordinatorAssignment.findFirst({
      where: { decisionId: decision.id, ...notEnded(ctx.now) },
      orderBy: { startDate: 'desc' },
      select: { id: true, startDate: true, endDate: true },
    });
    const plan = await tx.individualPlan.findFirst({
      where: { personId: referral.personId, status: { not: 'CLOSED' } },
      select: { id: true, status: true },
    });
    if (declinesCoordinator && assignment && args.effectiveDate < assignment.startDate) {
      throw badInput([{ field: 'effectiveDate', messageKey: 'appointment.error.effectiveBeforeStart' }]);
    }
    const history: Parameters<typeof recordHistory>[2][] = [];
    const common = { personId: referral.personId, referralId: referral.id };
    // A plan first: the database allows no open plan without a coordinator in force.
    if (plan) {
      const closedReason =
        reason ?? translate('nb', declinesCoordinator ? 'appointment.planClosed.declinedCoordinator' : 'appointment.planClosed.declinedPlan');
      await tx.individualPlan.update({ where: { id: plan.id }, data: { status: 'CLOSED', closedAt: ctx.now, closedReason } });
      history.push({ ...common, entity: 'IndividualPlan', entityId: plan.id, action: 'plan.closed', before: { status: plan.status }, after: { status: 'CLOSED', closedReason } });
    }
    if (declinesCoordinator) {
      if (assignment) {
        const endReason = reason ?? translate('nb', 'appointment.endReason.declined');
        await tx.coordinatorAssignment.update({ where: { id: assignment.id }, data: { endDate: args.effectiveDate, endReason } });
        history.push({
          ...common,
          entity: 'CoordinatorAssignment',
          entityId: assignment.id,
          action: 'appointment.ended',
          before: { endDate: assignment.endDate },
          after: { endDate: args.effectiveDate, endReason },
        });
      }
      await tx.referral.update({ where: { id: referral.id }, data: { status: 'CLOSED', closedAt: ctx.now } });
      history.push({ ...common, entity: 'Referral', entityId: referral.id, action: 'referral.closed', before: { status: referral.status }, after: { status: 'CLOSED' } });
    }
    const form = await tx.changeForm.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId: referral.personId,
        kind: args.kind,
        reason,
        effectiveDate: args.effectiveDate,
        reportedBy: args.reportedBy,
        reportedByName: storedText(args.reportedByName),
        fromAssignmentId: assignment?.id ?? null,
        planId: plan?.id ?? null,
        submittedById: viewer.userId,
        submittedAt: ctx.now,
        registeredAt: byKe ? ctx.now : null,
        registeredById: byKe ? viewer.userId : null,
      },
      select: DECLINE_FORM_SELECT,
    });
    history.unshift({
      ...common,
      entity: 'ChangeForm',
      entityId: form.id,
      action: 'changeForm.declined',
      after: { kind: form.kind, reason, effectiveDate: form.effectiveDate, reportedBy: form.reportedBy, registeredAt: form.registeredAt },
    });
    await recordHistory(tx, ctx, ...history);
    return form;
  });
  await recordAccess(ctx, [personId], 'changeForm.decline');
  return form;
}

/** Plans the start-up meeting (oppstartsmøte) with the person: in the future. */
export async function planStartupMeeting(ctx: Context, args: PlanStartupMeetingArgs): Promise<PlannedMeeting> {
  const viewer = viewerOf(ctx);
  if (args.startsAt.getTime() <= ctx.now.getTime()) throw badInput([{ field: 'startsAt', messageKey: 'appointment.error.meetingInPast' }]);
  const location = storedText(args.location);
  let personId = '';
  const meeting = await ctx.db.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({ where: { id: args.referralId }, select: { id: true, personId: true, status: true } });
    if (!referral) throw notFound();
    if (referral.status === 'CLOSED') throw conflict('appointment.error.caseClosed');
    const decision = await tx.decision.findFirst({ where: grantInForce(referral.id), select: { id: true } });
    if (!decision) throw conflict('appointment.error.noGrant');
    const meeting = await tx.meeting.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId: referral.personId,
        type: 'STARTUP',
        status: 'PLANNED',
        startsAt: args.startsAt,
        location,
        createdById: viewer.userId,
        createdAt: ctx.now,
      },
      select: { id: true, startsAt: true, location: true },
    });
    await recordHistory(tx, ctx, {
      personId: referral.personId,
      referralId: referral.id,
      entity: 'Meeting',
      entityId: meeting.id,
      action: 'meeting.startupPlanned',
      after: { startsAt: meeting.startsAt, location },
    });
    personId = referral.personId;
    return meeting;
  });
  await recordAccess(ctx, [personId], 'meeting.planStartup');
  return meeting;
}
