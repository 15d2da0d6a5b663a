// Change forms (endringsskjema): reported by the coordinator or unit leader, registered at KE.
// A form takes effect when it is submitted (the change has happened); KE's registration is
// the record-keeping, and KE's list of forms not yet registered is its notice of them.
import { addDays, osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, forbidden, notFound, type FieldError } from '../../graphql/errors';
import { storedText } from '../../lib/text';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { coordinatorsIn, DECLINE_FORM_SELECT, notEnded } from '../appointment/appointment.service';
import type { DeclineForm } from '../appointment/appointment.type';
import type { AccessScope } from '../auth/policy';
import { recordHistory, type HistoryChange } from '../history/history.service';
import type { SubmitChangeFormInput, SubmittedKind } from './change-form.input';
import type { ChangeFormAssignment, ChangeFormNode, ChangeFormSubject } from './change-form.type';

/** The person a change form is about, for the policy; none when there is no such form (denied). */
export async function changeFormTarget(ctx: Context, changeFormId: string): Promise<{ personId: string } | undefined> {
  const form = await ctx.db.changeForm.findUnique({ where: { id: changeFormId }, select: { personId: true } });
  return form ?? undefined;
}

/** KE's list of forms not yet registered, the oldest first: this list is KE's notice of them. */
export async function unregisteredChangeForms(ctx: Context): Promise<ChangeFormNode[]> {
  const viewer = viewerOf(ctx);
  const forms = await ctx.db.changeForm.findMany({
    where: { municipalityId: viewer.municipalityId, registeredAt: null },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: { ...DECLINE_FORM_SELECT, personId: true },
  });
  await recordAccess(
    ctx,
    forms.map((form) => form.personId),
    'changeForm.unregistered',
  );
  return forms;
}

/** KE registers a change form a coordinator submitted; a form registered already is a CONFLICT. */
export async function registerChangeForm(ctx: Context, changeFormId: string): Promise<DeclineForm> {
  const viewer = viewerOf(ctx);
  const { personId, node } = await ctx.db.$transaction(async (tx) => {
    // Conditional: of two registrations at once, one goes through.
    const { count } = await tx.changeForm.updateMany({
      where: { id: changeFormId, registeredAt: null },
      data: { registeredAt: ctx.now, registeredById: viewer.userId },
    });
    const form = await tx.changeForm.findUnique({
      where: { id: changeFormId },
      select: { ...DECLINE_FORM_SELECT, personId: true, fromAssignment: { select: { decision: { select: { referralId: true } } } } },
    });
    if (!form) throw notFound();
    if (count === 0) throw conflict('appointment.error.alreadyRegistered');
    await recordHistory(tx, ctx, {
      personId: form.personId,
      referralId: form.fromAssignment?.decision?.referralId ?? null,
      entity: 'ChangeForm',
      entityId: form.id,
      action: 'changeForm.registered',
      before: { registeredAt: null },
      after: { registeredAt: ctx.now },
    });
    const { personId, fromAssignment: _from, ...node } = form;
    return { personId, node };
  });
  await recordAccess(ctx, [personId], 'changeForm.register');
  return node;
}


const ASSIGNMENT_SELECT = {
  id: true,
  coordinatorId: true,
  decisionId: true,
  isChildCoordinator: true,
  startDate: true,
  endDate: true,
  coordinator: { select: { name: true } },
  unit: { select: { name: true, leaderId: true } },
  decision: { select: { referralId: true } },
} as const;

/** What the coordinator, unit leader or KE needs to fill in a change form for the person. */
export async function changeFormSubject(ctx: Context, personId: string, access: AccessScope): Promise<ChangeFormSubject> {
  const viewer = viewerOf(ctx);
  const [assignments, plan, group, forms, candidates] = await Promise.all([
    ctx.db.coordinatorAssignment.findMany({ where: { personId, ...notEnded(ctx.now) }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }], select: ASSIGNMENT_SELECT }),
    ctx.db.individualPlan.findFirst({ where: { personId, status: { not: 'CLOSED' } }, select: { id: true, status: true } }),
    ctx.db.responsibilityGroup.findFirst({ where: { personId, status: 'ACTIVE' }, select: { id: true } }),
    ctx.db.changeForm.findMany({ where: { personId }, orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }], select: { ...DECLINE_FORM_SELECT, personId: true } }),
    coordinatorsIn(ctx, access.relationship === 'unitLeaderOfCoordinator' ? { unit: { leaderId: viewer.userId } } : {}),
    recordAccess(ctx, [personId], 'changeForm.subject'),
  ]);
  return {
    personId,
    assignments: assignments.map((a): ChangeFormAssignment => ({
      id: a.id,
      coordinatorId: a.coordinatorId,
      coordinatorName: a.coordinator.name,
      unitName: a.unit?.name ?? null,
      startDate: a.startDate,
      endDate: a.endDate,
      isChildCoordinator: a.isChildCoordinator,
      isViewer: a.coordinatorId === viewer.userId,
    })),
    openPlanId: plan?.id ?? null,
    openPlanStatus: plan?.status ?? null,
    activeGroupId: group?.id ?? null,
    forms,
    candidates: candidates
      .map((candidate) => ({ ...candidate, matchesWish: false }))
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'nb') || a.caseload - b.caseload || a.name.localeCompare(b.name, 'nb')),
  };
}

type Assignment = Awaited<ReturnType<typeof assignmentsOf>>[number];
const assignmentsOf = (tx: Transaction, personId: string, now: Date) =>
  tx.coordinatorAssignment.findMany({ where: { personId, ...notEnded(now) }, orderBy: { startDate: 'asc' }, select: ASSIGNMENT_SELECT });

/**
 * The assignment a change or closing of coordinator ends: the one named, else the only one that
 * is not already ending. A coordinator may end only their own; a unit leader only one of their unit.
 */
function endingAssignment(ctx: Context, assignments: Assignment[], input: SubmitChangeFormInput, access: AccessScope): Assignment {
  const viewer = viewerOf(ctx);
  const open = assignments.filter((a) => a.endDate === null);
  const chosen = input.assignmentId ? assignments.find((a) => a.id === input.assignmentId) : open.length === 1 ? open[0] : undefined;
  if (!chosen) throw badInput([{ field: 'assignmentId', messageKey: input.assignmentId ? 'changeForm.error.assignmentNotFound' : 'changeForm.error.chooseAssignment' }]);
  if (access.relationship === 'coordinatorOfPerson' && chosen.coordinatorId !== viewer.userId) throw forbidden('changeForm.error.notYourAssignment');
  if (access.relationship === 'unitLeaderOfCoordinator' && chosen.unit?.leaderId !== viewer.userId) throw forbidden('changeForm.error.notYourUnit');
  if (chosen.endDate !== null) throw conflict('changeForm.error.alreadyEnding');
  if (input.effectiveDate < chosen.startDate) throw badInput([{ field: 'effectiveDate', messageKey: 'changeForm.error.beforeStart' }]);
  return chosen;
}

/**
 * Submits a change form and makes the change it records, in one transaction with its history:
 * - change of coordinator: the new coordinator starts on or before the old one's last day (the
 *   overlap both see), and the plan's history shows both;
 * - closing of the plan: the plan is closed, read-only and kept; the coordinator goes on;
 * - closing of the coordinator: the assignment ends; refused while a plan or a group would be
 *   left without a coordinator (they are closed on their own forms first);
 * - closing of the responsibility group: the group is closed.
 * KE's own form is registered at once; others wait in KE's list.
 */
export async function submitChangeForm(ctx: Context, input: SubmitChangeFormInput, access: AccessScope): Promise<ChangeFormNode> {
  const viewer = viewerOf(ctx);
  const kind = input.kind as SubmittedKind;
  const reason = storedText(input.reason);
  if (!reason) throw badInput([{ field: 'reason', messageKey: 'changeForm.error.reasonRequired' }]);
  const today = osloTodayAsDate(ctx.now);
  const byKe = viewer.activeRole === 'SYSTEM_COORDINATOR';
  const personId = input.personId;
  const form = await ctx.db.$transaction(async (tx) => {
    // One change form for a person at a time: the checks below see what the last one did.
    await tx.$queryRaw`SELECT 1 FROM "Person" WHERE "id" = ${personId}::uuid FOR UPDATE`;
    // One after the other: a transaction's statements share its one connection.
    const assignments = await assignmentsOf(tx, personId, ctx.now);
    const plan = await tx.individualPlan.findFirst({ where: { personId, status: { not: 'CLOSED' } }, select: { id: true, status: true } });
    const group = await tx.responsibilityGroup.findFirst({ where: { personId, status: 'ACTIVE' }, select: { id: true } });
    const history: HistoryChange[] = [];
    const links: { fromAssignmentId?: string; toAssignmentId?: string; planId?: string; groupId?: string } = { planId: plan?.id };
    let referralId: string | null = null;

    if (kind === 'CHANGE_OF_COORDINATOR' || kind === 'CLOSING_COORDINATOR') {
      const from = endingAssignment(ctx, assignments, input, access);
      referralId = from.decision?.referralId ?? null;
      links.fromAssignmentId = from.id;
      const common = { personId, referralId, planId: plan?.id ?? null, entity: 'CoordinatorAssignment' };
      if (kind === 'CHANGE_OF_COORDINATOR') {
        const successor = await newCoordinator(tx, ctx, input, from, access);
        const created = await tx.coordinatorAssignment.create({
          data: {
            municipalityId: viewer.municipalityId,
            personId,
            coordinatorId: successor.coordinatorId,
            unitId: successor.unitId,
            decisionId: from.decisionId,
            isChildCoordinator: from.isChildCoordinator,
            startDate: successor.startDate,
            appointedById: viewer.userId,
          },
          select: { id: true },
        });
        links.toAssignmentId = created.id;
        history.push({
          ...common,
          entityId: created.id,
          action: 'appointment.handedOver',
          after: { coordinatorName: successor.name, unitName: successor.unitName, startDate: successor.startDate, handedOverBy: from.coordinator.name },
        });
      } else {
        // Someone else must go on as coordinator after the last day while a plan or group is open.
        const dayAfter = addDays(input.effectiveDate, 1);
        const goesOn = assignments.some((a) => a.id !== from.id && a.startDate <= dayAfter && (a.endDate === null || a.endDate > input.effectiveDate));
        if (!goesOn && plan) throw conflict('changeForm.error.planNeedsCoordinator');
        if (!goesOn && group) throw conflict('changeForm.error.groupNeedsCoordinator');
      }
      const { count } = await tx.coordinatorAssignment.updateMany({ where: { id: from.id, endDate: null }, data: { endDate: input.effectiveDate, endReason: reason } });
      if (count === 0) throw conflict('changeForm.error.alreadyEnding');
      history.push({
        ...common,
        entityId: from.id,
        action: 'appointment.ended',
        before: { coordinatorName: from.coordinator.name, endDate: null },
        after: { coordinatorName: from.coordinator.name, endDate: input.effectiveDate, endReason: reason },
      });
    } else if (kind === 'CLOSING_INDIVIDUAL_PLAN') {
      if (input.effectiveDate > today) throw badInput([{ field: 'effectiveDate', messageKey: 'changeForm.error.closingInFuture' }]);
      if (!plan) throw conflict('changeForm.error.noOpenPlan');
      const { count } = await tx.individualPlan.updateMany({
        where: { id: plan.id, status: { not: 'CLOSED' } },
        data: { status: 'CLOSED', closedAt: ctx.now, closedReason: reason, version: { increment: 1 } },
      });
      if (count === 0) throw conflict('changeForm.error.noOpenPlan');
      history.push({ personId, planId: plan.id, entity: 'IndividualPlan', entityId: plan.id, action: 'plan.closed', before: { status: plan.status }, after: { status: 'CLOSED', closedReason: reason } });
    } else {
      if (input.effectiveDate > today) throw badInput([{ field: 'effectiveDate', messageKey: 'changeForm.error.closingInFuture' }]);
      if (!group) throw conflict('changeForm.error.noActiveGroup');
      const { count } = await tx.responsibilityGroup.updateMany({ where: { id: group.id, status: 'ACTIVE' }, data: { status: 'CLOSED', closedAt: ctx.now, version: { increment: 1 } } });
      if (count === 0) throw conflict('changeForm.error.noActiveGroup');
      links.groupId = group.id;
      history.push({ personId, planId: plan?.id ?? null, entity: 'ResponsibilityGroup', entityId: group.id, action: 'group.closed', before: { status: 'ACTIVE' }, after: { status: 'CLOSED' } });
    }

    const created = await tx.changeForm.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId,
        kind,
        reason,
        effectiveDate: input.effectiveDate,
        reportedBy: input.reportedBy,
        reportedByName: storedText(input.reportedByName),
        ...links,
        submittedById: viewer.userId,
        submittedAt: ctx.now,
        registeredAt: byKe ? ctx.now : null,
        registeredById: byKe ? viewer.userId : null,
      },
      select: { ...DECLINE_FORM_SELECT, personId: true },
    });
    history.unshift({
      personId,
      referralId,
      planId: plan?.id ?? null,
      entity: 'ChangeForm',
      entityId: created.id,
      action: 'changeForm.submitted',
      after: { kind, reason, effectiveDate: input.effectiveDate, reportedBy: input.reportedBy, registeredAt: created.registeredAt },
    });
    await recordHistory(tx, ctx, ...history);
    return created;
  });
  await recordAccess(ctx, [personId], 'changeForm.submit');
  return form;
}

/** The new coordinator of a change: a municipal coordinator of the unit (a unit leader's own unit), starting within the old one's time. */
async function newCoordinator(tx: Transaction, ctx: Context, input: SubmitChangeFormInput, from: Assignment, access: AccessScope) {
  const viewer = viewerOf(ctx);
  const errors: FieldError[] = [];
  if (!input.newCoordinatorId) errors.push({ field: 'newCoordinatorId', messageKey: 'changeForm.error.newCoordinatorRequired' });
  if (!input.newUnitId) errors.push({ field: 'newUnitId', messageKey: 'changeForm.error.newUnitRequired' });
  if (!input.newStartDate) errors.push({ field: 'newStartDate', messageKey: 'changeForm.error.newStartRequired' });
  else if (input.newStartDate > input.effectiveDate) errors.push({ field: 'newStartDate', messageKey: 'changeForm.error.noOverlap' });
  else if (input.newStartDate < from.startDate) errors.push({ field: 'newStartDate', messageKey: 'changeForm.error.beforeStart' });
  if (errors.length > 0 || !input.newCoordinatorId || !input.newUnitId || !input.newStartDate) throw badInput(errors);
  const membership = await tx.staffUnit.findUnique({
    where: { userId_unitId: { userId: input.newCoordinatorId, unitId: input.newUnitId } },
    select: {
      unit: { select: { id: true, name: true, leaderId: true } },
      user: { select: { id: true, name: true, roles: true, kind: true, active: true, employer: true } },
    },
  });
  const user = membership?.user;
  if (!membership || !user || user.kind !== 'STAFF' || !user.active || user.employer !== 'MUNICIPALITY' || !user.roles.includes('COORDINATOR')) {
    throw badInput([{ field: 'newCoordinatorId', messageKey: 'changeForm.error.notACoordinator' }]);
  }
  if (access.relationship === 'unitLeaderOfCoordinator' && membership.unit.leaderId !== viewer.userId) {
    throw badInput([{ field: 'newUnitId', messageKey: 'changeForm.error.notYourUnit' }]);
  }
  if (user.id === from.coordinatorId) throw badInput([{ field: 'newCoordinatorId', messageKey: 'changeForm.error.sameCoordinator' }]);
  const already = await tx.coordinatorAssignment.count({ where: { personId: input.personId, coordinatorId: user.id, ...notEnded(ctx.now) } });
  if (already > 0) throw conflict('changeForm.error.alreadyCoordinator');
  return { coordinatorId: user.id, name: user.name, unitId: membership.unit.id, unitName: membership.unit.name, startDate: input.newStartDate };
}
