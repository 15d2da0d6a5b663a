// Registering a consent, with the rules that need the person, their plan and the municipality:
// - who consented: the person from 16; under 16 a guardian (a child cannot consent alone), and a
//   guardian who consents for someone of 16 or 17 records the young person's own view;
// - an oral consent names who heard it (a staff member; by default the registering user) and when,
//   on the day it was given; a written one has no such fields;
// - a written consent to a responsibility group is given after the person was told the group's
//   composition, way of working and exchange of confidential information (Salangen, seed 002);
// - the period: for the individual plan, the open plan's period unless another is given; no two
//   consents of one kind for the person hold on the same day (the policy would combine them), a
//   consent to a referral aside;
// - restrictions (only on the information-exchange consent, the one the policy reads) name a
//   goal or sub-plan of the person's plan and a unit of the municipality.
// One transaction: the consent, its restrictions and the history entry; the access log after.
import { osloDate, osloToday } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, conflict, type FieldError } from '../../graphql/errors';
import { storedText } from '../../lib/text';
import type { Transaction } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { recordHistory } from '../history/history.service';
import { ageOn } from '../person/person.mapper';
import type { RegisterConsentInput } from './consent-register.input';
import { consentById } from './consent.service';
import type { ConsentView } from './consent.type';

/** From this age a person consents themselves (pasient- og brukerrettighetsloven § 4-3). */
export const AGE_OF_CONSENT = 16;
const AGE_OF_MAJORITY = 18;

const localDay = (date: Date) => date.toISOString().slice(0, 10);

interface Period {
  periodStart: Date | null;
  periodEnd: Date | null;
}

/** The day a consent's period begins: its start, else the day it was given. */
const firstDay = (consent: Period & { givenAt: Date }) => consent.periodStart ?? new Date(`${localDay(consent.givenAt)}T00:00:00.000Z`);

/** Two consents' periods (an end left open: until withdrawn) share a day. */
function overlaps(a: Period & { givenAt: Date }, b: Period & { givenAt: Date }): boolean {
  const startsBeforeEnd = (x: typeof a, y: typeof b) => y.periodEnd === null || firstDay(x).getTime() <= y.periodEnd.getTime();
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

export async function registerConsent(ctx: Context, input: RegisterConsentInput): Promise<ConsentView> {
  const viewer = viewerOf(ctx);
  const consentId = await ctx.db.$transaction(async (tx) => {
    // One registration for the person at a time, so two cannot both pass the overlap check.
    await tx.$queryRaw`SELECT 1 FROM "Person" WHERE "id" = ${input.personId}::uuid AND "municipalityId" = ${viewer.municipalityId}::uuid FOR UPDATE`;
    const { period, problems } = await checkRules(tx, ctx, input);
    if (problems.length > 0) throw badInput(problems);

    // Consents that access or a plan rests on: no two of a kind hold on the same day. (A consent
    // to a referral goes with its referral; a person may have several.)
    if (input.scope !== 'REFERRAL') {
      const others = await tx.consent.findMany({
        where: { personId: input.personId, scope: input.scope, withdrawnAt: null },
        select: { givenAt: true, periodStart: true, periodEnd: true },
        orderBy: { givenAt: 'desc' },
      });
      const clash = others.find((other) => overlaps(other, { ...period, givenAt: input.givenAt }));
      if (clash) throw conflict('consent.error.overlaps', { date: localDay(clash.givenAt) });
    }

    const oral = input.form === 'ORAL';
    const data = {
      municipalityId: viewer.municipalityId,
      personId: input.personId,
      scope: input.scope,
      form: input.form,
      givenByRelativeId: input.givenByRelativeId ?? null,
      givenAt: input.givenAt,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      informedOfComposition: input.informedOfComposition,
      informedOfWayOfWorking: input.informedOfWayOfWorking,
      informedOfInformationExchange: input.informedOfInformationExchange,
      documentReference: storedText(input.documentReference),
      heardById: oral ? (input.heardById ?? viewer.userId) : null,
      heardAt: oral ? input.heardAt! : null,
      youngPersonView: storedText(input.youngPersonView),
      youngPersonAgrees: input.youngPersonAgrees ?? null,
      registeredById: viewer.userId,
    };
    const restrictions = input.restrictions.map((r) => ({
      municipalityId: viewer.municipalityId,
      kind: r.kind,
      description: r.description.trim(),
      lifeArea: r.lifeArea ?? null,
      goalId: r.goalId ?? null,
      subPlanId: r.subPlanId ?? null,
      unitId: r.unitId ?? null,
      organisation: storedText(r.organisation),
    }));
    const consent = await tx.consent.create({
      data: { ...data, restrictions: { create: restrictions } },
      select: { id: true },
    });
    await recordHistory(tx, ctx, {
      personId: input.personId,
      entity: 'Consent',
      entityId: consent.id,
      action: 'consent.registered',
      after: { ...data, municipalityId: undefined, personId: undefined, restrictions: restrictions.map(({ municipalityId: _m, ...r }) => r) },
    });
    return consent.id;
  });
  await recordAccess(ctx, [input.personId], 'consent.register');
  return consentById(ctx, consentId);
}

/** Every rule of the input that needs data, as field errors; and the period the consent will cover. */
/**
 * Who may consent: the person from 16; under 16 (or not yet born: no date of birth) a guardian;
 * a guardian who consents for someone of 16 or 17 records the young person's own view, which is
 * recorded only then. The plan's own consent (registerPlanConsent) keeps the same rules.
 */
export function whoConsentedProblems(input: {
  dateOfBirth: Date | null;
  givenAt: Date;
  givenByRelativeId?: string | null;
  guardianFound: boolean;
  youngPersonView?: string | null;
  youngPersonAgrees?: boolean | null;
}): Array<[field: string, messageKey: FieldError['messageKey']]> {
  const problems: Array<[string, FieldError['messageKey']]> = [];
  const age = input.dateOfBirth ? ageOn(input.dateOfBirth, input.givenAt) : null;
  if (input.givenByRelativeId) {
    if (!input.guardianFound) problems.push(['givenByRelativeId', 'consent.error.notGuardian']);
  } else if (age === null || age < AGE_OF_CONSENT) {
    problems.push(['givenByRelativeId', 'consent.error.childNeedsGuardian']);
  }
  const hasView = !!storedText(input.youngPersonView);
  if (!input.givenByRelativeId) {
    if (hasView) problems.push(['youngPersonView', 'consent.error.youngPersonViewOnlyGuardian']);
    else if (input.youngPersonAgrees !== undefined && input.youngPersonAgrees !== null) problems.push(['youngPersonAgrees', 'consent.error.youngPersonViewOnlyGuardian']);
  } else if (age !== null && age >= AGE_OF_CONSENT && age < AGE_OF_MAJORITY && !hasView) {
    problems.push(['youngPersonView', 'consent.error.youngPersonViewRequired']);
  }
  return problems;
}

async function checkRules(tx: Transaction, ctx: Context, input: RegisterConsentInput): Promise<{ period: Period; problems: FieldError[] }> {
  const problems: FieldError[] = [];
  const problem = (field: string, messageKey: FieldError['messageKey']) => problems.push({ field: `input.${field}`, messageKey });
  const goalIds = input.restrictions.flatMap((r) => (r.goalId ? [r.goalId] : []));
  const subPlanIds = input.restrictions.flatMap((r) => (r.subPlanId ? [r.subPlanId] : []));
  const unitIds = input.restrictions.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const oral = input.form === 'ORAL';
  const heardById = oral ? input.heardById : null;

  const [person, guardian, openPlan, goals, subPlans, units, heardBy] = await Promise.all([
    tx.person.findUniqueOrThrow({ where: { id: input.personId }, select: { dateOfBirth: true } }),
    input.givenByRelativeId
      ? tx.relative.findFirst({ where: { id: input.givenByRelativeId, personId: input.personId, isGuardian: true }, select: { id: true } })
      : null,
    tx.individualPlan.findFirst({ where: { personId: input.personId, status: { not: 'CLOSED' } }, select: { periodStart: true, periodEnd: true } }),
    goalIds.length > 0 ? tx.goal.findMany({ where: { id: { in: goalIds }, removedAt: null, plan: { personId: input.personId } }, select: { id: true } }) : [],
    subPlanIds.length > 0
      ? tx.subPlan.findMany({ where: { id: { in: subPlanIds }, removedAt: null, plan: { personId: input.personId } }, select: { id: true } })
      : [],
    unitIds.length > 0 ? tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true } }) : [],
    heardById ? tx.user.findFirst({ where: { id: heardById, kind: 'STAFF', active: true }, select: { id: true } }) : null,
  ]);

  for (const [field, messageKey] of whoConsentedProblems({ dateOfBirth: person.dateOfBirth, guardianFound: !!guardian, ...input })) problem(field, messageKey);

  // Who heard it, and when.
  if (oral) {
    if (heardById && !heardBy) problem('heardById', 'consent.error.heardByNotStaff');
    if (input.heardAt && osloDate(input.heardAt) !== localDay(input.givenAt)) problem('heardAt', 'consent.error.heardOnGivenDay');
    if (input.heardAt && input.heardAt.getTime() > ctx.now.getTime()) problem('heardAt', 'consent.error.heardInFuture');
  } else {
    if (input.heardAt) problem('heardAt', 'consent.error.heardOnlyOral');
    if (input.heardById) problem('heardById', 'consent.error.heardOnlyOral');
  }
  if (localDay(input.givenAt) > osloToday(ctx.now)) problem('givenAt', 'consent.error.givenInFuture');

  // What the person was told (Salangen's form for the responsibility group).
  if (input.scope === 'RESPONSIBILITY_GROUP' && input.form === 'WRITTEN') {
    if (!input.informedOfComposition) problem('informedOfComposition', 'consent.error.groupNeedsInformed');
    if (!input.informedOfWayOfWorking) problem('informedOfWayOfWorking', 'consent.error.groupNeedsInformed');
    if (!input.informedOfInformationExchange) problem('informedOfInformationExchange', 'consent.error.groupNeedsInformed');
  }

  // The period: the open plan's for a plan consent given without one.
  const noPeriodGiven = !input.periodStart && !input.periodEnd;
  const period: Period =
    input.scope === 'INDIVIDUAL_PLAN' && noPeriodGiven && openPlan
      ? { periodStart: openPlan.periodStart, periodEnd: openPlan.periodEnd }
      : { periodStart: input.periodStart ?? null, periodEnd: input.periodEnd ?? null };
  if (period.periodStart && period.periodEnd && period.periodEnd.getTime() < period.periodStart.getTime()) {
    problem('periodEnd', 'consent.error.periodEndBeforeStart');
  }

  // Restrictions.
  if (input.restrictions.length > 0 && input.scope !== 'INFORMATION_EXCHANGE') problem('restrictions', 'consent.error.restrictionsOnlyExchange');
  const found = (rows: Array<{ id: string }>) => new Set(rows.map((row) => row.id));
  const [goalsFound, subPlansFound, unitsFound] = [found(goals), found(subPlans), found(units)];
  input.restrictions.forEach((r, index) => {
    if (r.goalId && !goalsFound.has(r.goalId)) problem(`restrictions.${index}.goalId`, 'consent.error.goalNotInPlan');
    if (r.subPlanId && !subPlansFound.has(r.subPlanId)) problem(`restrictions.${index}.subPlanId`, 'consent.error.subPlanNotInPlan');
    if (r.unitId && !unitsFound.has(r.unitId)) problem(`restrictions.${index}.unitId`, 'consent.error.unitNotFound');
  });

  return { period, problems };
}
