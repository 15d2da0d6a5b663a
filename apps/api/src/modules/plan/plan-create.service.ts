// A plan is started where KE's decision in force granted an individual plan and the person has
// a coordinator, as a draft with the municipality's plan period; it becomes active when the
// person's consent to it is registered. One open plan per person: checked here for a clear
// message, and held by a unique index for two attempts at the same moment.
import { addDays, addMonths, osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, notFound } from '../../graphql/errors';
import type { LifeArea } from '../../generated/prisma/client';
import { updateVersioned } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter } from '../auth/policy';
import { recordHistory } from '../history/history.service';
import { whoConsentedProblems } from '../consent/consent-register.service';
import { editablePlan, recordCreated, text } from './plan-edit';
import type { PlanConsentInput } from './plan-create.input';

/** The life areas mapped in every plan (the network is a section of its own). */
export const MAPPED_LIFE_AREAS: LifeArea[] = ['HEALTH', 'EDUCATION', 'HOUSING', 'TRANSPORT', 'LEISURE', 'ECONOMY', 'WORK', 'OTHER'];

export async function createPlan(ctx: Context, personId: string): Promise<{ id: string }> {
  const viewer = viewerOf(ctx);
  const today = osloTodayAsDate(ctx.now);
  const plan = await ctx.db.$transaction(async (tx) => {
    const [person, decision, coordinators, open] = await Promise.all([
      tx.person.findUnique({ where: { id: personId }, select: { id: true, firstName: true, lastName: true } }),
      tx.decision.findFirst({
        where: { personId, supersededAt: null, outcome: 'GRANTED', grantsIndividualPlan: true },
        orderBy: { decidedAt: 'desc' },
        select: { id: true, referralId: true },
      }),
      tx.coordinatorAssignment.findMany({
        where: { personId, ...activeAssignmentFilter(ctx.now) },
        orderBy: { startDate: 'asc' },
        select: { coordinator: { select: { id: true, name: true, title: true, phone: true, email: true } }, unitId: true },
      }),
      tx.individualPlan.count({ where: { personId, status: { not: 'CLOSED' } } }),
    ]);
    if (!person) throw notFound();
    if (open > 0) throw conflict('error.onePlanPerPerson');
    if (!decision) throw conflict('plan.error.noDecision');
    if (coordinators.length === 0) throw conflict('error.planNeedsCoordinator');
    const { defaultPlanPeriodMonths } = await tx.municipality.findUniqueOrThrow({
      where: { id: viewer.municipalityId },
      select: { defaultPlanPeriodMonths: true },
    });
    const periodEnd = addMonths(today, defaultPlanPeriodMonths);
    const created = await tx.individualPlan.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId,
        decisionId: decision.id,
        status: 'DRAFT',
        periodStart: today,
        periodEnd,
        nextRevisionDate: periodEnd,
        createdById: viewer.userId,
        lifeAreas: { create: MAPPED_LIFE_AREAS.map((area) => ({ area, municipalityId: viewer.municipalityId })) },
        // Who takes part from the start: the person and their coordinator.
        participants: {
          create: [
            { municipalityId: viewer.municipalityId, kind: 'PERSON', name: `${person.firstName} ${person.lastName}`, sortOrder: 0 },
            ...coordinators.map(({ coordinator, unitId }, index) => ({
              municipalityId: viewer.municipalityId,
              kind: 'PROFESSIONAL' as const,
              name: coordinator.name,
              role: coordinator.title,
              userId: coordinator.id,
              unitId,
              phone: coordinator.phone,
              email: coordinator.email,
              sortOrder: index + 1,
            })),
          ],
        },
      },
      select: { id: true, personId: true, status: true, periodStart: true, periodEnd: true, nextRevisionDate: true },
    });
    await recordCreated(tx, ctx, created, 'IndividualPlan', created.id, 'plan.created', {
      status: created.status,
      periodStart: created.periodStart,
      periodEnd: created.periodEnd,
      nextRevisionDate: created.nextRevisionDate,
    });
    // The case the plan came from shows it too.
    await recordHistory(tx, ctx, {
      personId,
      referralId: decision.referralId,
      entity: 'IndividualPlan',
      entityId: created.id,
      action: 'plan.created',
    });
    return created;
  });
  await recordAccess(ctx, [personId], 'plan.create');
  return plan;
}

/**
 * Registers the person's consent to the plan, for the plan period, and makes the draft active.
 * A guardian may consent for the person; the coordinator registering it is who heard it.
 */
export async function registerPlanConsent(ctx: Context, planId: string, input: PlanConsentInput): Promise<{ personId: string }> {
  const viewer = viewerOf(ctx);
  const today = osloTodayAsDate(ctx.now);
  const plan = await ctx.db.$transaction(async (tx) => {
    const plan = await editablePlan(tx, planId, { forConsent: true });
    const current = await tx.individualPlan.findUniqueOrThrow({
      where: { id: planId },
      select: { status: true, consentId: true, periodStart: true, periodEnd: true, version: true, awaitingConsentSince: true },
    });
    // A new period needs a new consent; a period with one needs no other.
    if (current.consentId && !current.awaitingConsentSince) throw conflict('plan.error.consentExists');
    if (input.givenAt.getTime() > today.getTime()) throw badInput([{ field: 'input.givenAt', messageKey: 'case.error.dateInFuture' }]);
    if (input.givenByRelativeId) {
      const guardian = await tx.relative.findFirst({ where: { id: input.givenByRelativeId, personId: plan.personId, isGuardian: true }, select: { id: true } });
      if (!guardian) throw conflict('plan.error.notGuardian');
    }
    // The same rules of who may consent as every other consent (under 16 a guardian; from 16 the young person's say).
    const { dateOfBirth } = await tx.person.findUniqueOrThrow({ where: { id: plan.personId }, select: { dateOfBirth: true } });
    const problems = whoConsentedProblems({ dateOfBirth, guardianFound: true, ...input });
    if (problems.length > 0) throw badInput(problems.map(([field, messageKey]) => ({ field: `input.${field}`, messageKey })));
    const consent = await tx.consent.create({
      data: {
        municipalityId: viewer.municipalityId,
        personId: plan.personId,
        scope: 'INDIVIDUAL_PLAN',
        form: input.form,
        givenByRelativeId: input.givenByRelativeId ?? null,
        givenAt: input.givenAt,
        periodStart: current.periodStart,
        periodEnd: current.periodEnd,
        documentReference: text(input.documentReference) ?? null,
        youngPersonView: text(input.youngPersonView) ?? null,
        youngPersonAgrees: input.givenByRelativeId ? (input.youngPersonAgrees ?? null) : null,
        // An oral consent was heard by the coordinator registering it, on the day it was given.
        heardById: input.form === 'ORAL' ? viewer.userId : null,
        heardAt: input.form === 'ORAL' ? input.givenAt : null,
        registeredById: viewer.userId,
      },
      select: { id: true },
    });
    const { count } = await tx.individualPlan.updateMany({
      where: { id: planId, version: current.version },
      data: { consentId: consent.id, status: 'ACTIVE', awaitingConsentSince: null, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict('error.staleVersion');
    await recordHistory(tx, ctx, {
      personId: plan.personId,
      planId,
      entity: 'IndividualPlan',
      entityId: planId,
      entityVersion: current.version + 1,
      action: 'plan.consentRegistered',
      before: { status: current.status },
      after: { status: 'ACTIVE', consentForm: input.form, consentGivenAt: input.givenAt, periodStart: current.periodStart, periodEnd: current.periodEnd },
    });
    return plan;
  });
  await recordAccess(ctx, [plan.personId], 'plan.consent');
  return { personId: plan.personId };
}

/**
 * Near the end of the plan period the coordinator decides to continue or close (closing is a
 * change form). Continuing starts the next period the day after this one ends, and the plan
 * cannot be edited again until the person's consent to the new period is registered.
 */
export async function continuePlanPeriod(ctx: Context, planId: string, expectedVersion: number, periodEnd: Date): Promise<{ personId: string }> {
  const plan = await ctx.db.$transaction(async (tx) => {
    const plan = await editablePlan(tx, planId);
    const current = await tx.individualPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, periodStart: true, periodEnd: true } });
    if (current.status !== 'ACTIVE') throw conflict('plan.error.continueNotActive');
    if (!current.periodEnd) throw conflict('plan.error.continueWithoutEnd');
    const periodStart = addDays(current.periodEnd, 1);
    if (periodEnd.getTime() < periodStart.getTime()) throw badInput([{ field: 'periodEnd', messageKey: 'plan.error.continueEndBeforeStart' }]);
    await updateVersioned(tx.individualPlan, planId, expectedVersion, { periodStart, periodEnd, awaitingConsentSince: ctx.now });
    await recordHistory(tx, ctx, {
      personId: plan.personId,
      planId,
      entity: 'IndividualPlan',
      entityId: planId,
      entityVersion: expectedVersion + 1,
      action: 'plan.periodContinued',
      before: { periodStart: current.periodStart, periodEnd: current.periodEnd },
      after: { periodStart, periodEnd },
    });
    return plan;
  });
  await recordAccess(ctx, [plan.personId], 'plan.edit');
  return { personId: plan.personId };
}
