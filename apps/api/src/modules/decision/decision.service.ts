// KE's individual decisions, their letters and the appeals against them. Every write is one
// transaction with its history rows; edits name the version they started from.
import { osloDate, osloTodayAsDate, translate, type ApiMessageKey } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import type { DecisionOutcome, RequestedService } from '../../generated/prisma/client';
import { badInput, conflict, notFound, type FieldError } from '../../graphql/errors';
import { writtenLanguage, type WrittenLanguage } from '../../lib/pdf';
import { updateVersioned } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import type { PolicyTarget } from '../auth/policy';
import { changedFields, recordHistory } from '../history/history.service';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { refusedItems } from './decision-letter';
import type { AppealInput, DecisionInput, RecordAppealOutcomeArgs, RecordLetterSentArgs } from './decision.input';
import { APPEAL_SELECT, DECISION_SELECT, toAppeal } from './decision.loaders';
import type { Appeal, Decision } from './decision.type';
import { storedText } from '../../lib/text';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The person a decision is about, for the policy; none when there is no such decision. */
export async function decisionTarget(ctx: Context, decisionId: string): Promise<PolicyTarget | undefined> {
  const decision = await ctx.db.decision.findUnique({ where: { id: decisionId }, select: { personId: true } });
  return decision ? { personId: decision.personId } : undefined;
}

/** The person an appeal is about, for the policy; none when there is no such appeal. */
export async function appealTarget(ctx: Context, appealId: string): Promise<PolicyTarget | undefined> {
  const appeal = await ctx.db.appeal.findUnique({ where: { id: appealId }, select: { personId: true } });
  return appeal ? { personId: appeal.personId } : undefined;
}

/** The appeal terms a decision made now gets, from the municipality's settings. */
export interface AppealTerms {
  /** The municipality's own text, or the default one in the letter's language. */
  text: string;
  /** Today in Oslo + the municipality's weeks to appeal. */
  deadline: Date;
  /** The municipality's address for appeals, or the coordinating unit with its postal address. */
  sendTo: string;
}

/** Address lines of a stored address ("Strandvegen 14, 9998 Fjordvik", or one line each). */
export const addressLines = (address: string | null | undefined): string[] =>
  (address ?? '')
    .split(/\n|,/)
    .map((line) => line.trim())
    .filter(Boolean);

type Reader = Pick<Context['db'], 'municipality' | 'unit'>;

/** The coordinating unit (KE) that decides and signs: its name and postal address. */
export async function coordinatingUnit(db: Reader): Promise<{ name: string; addressLines: string[] } | null> {
  const unit = await db.unit.findFirst({ where: { kind: 'COORDINATING_UNIT' }, select: { name: true, postalAddress: true }, orderBy: { name: 'asc' } });
  return unit ? { name: unit.name, addressLines: addressLines(unit.postalAddress) } : null;
}

export async function appealTerms(db: Reader, ctx: Context, language: WrittenLanguage): Promise<AppealTerms> {
  const [municipality, unit] = await Promise.all([
    db.municipality.findUniqueOrThrow({
      where: { id: viewerOf(ctx).municipalityId },
      select: { name: true, appealDeadlineWeeks: true, appealText: true, appealSendTo: true },
    }),
    coordinatingUnit(db),
  ]);
  const today = osloTodayAsDate(ctx.now);
  return {
    text: storedText(municipality.appealText) ?? translate(language, 'case.decision.appealText'),
    deadline: new Date(today.getTime() + municipality.appealDeadlineWeeks * 7 * DAY_MS),
    sendTo: storedText(municipality.appealSendTo) ?? [unit?.name ?? municipality.name, ...(unit?.addressLines ?? [])].join(', '),
  };
}

/** What a decision made now on the referral would say about appeals (KE's form shows it). */
export async function appealPreview(ctx: Context, personId: string): Promise<AppealTerms> {
  const person = await ctx.db.person.findUniqueOrThrow({ where: { id: personId }, select: { preferredLanguage: true } });
  return appealTerms(ctx.db, ctx, writtenLanguage(person.preferredLanguage));
}


interface Grants {
  grantsCoordinator: boolean;
  grantsIndividualPlan: boolean;
  grantsChildCoordinator: boolean;
}

/** The rules of a lawful decision, as field messages (all problems at once). */
function decisionProblems(
  input: DecisionInput,
  grants: Grants,
  context: { requested: RequestedService; isChild: boolean; longTermNeed: boolean | null; coordinatedServices: boolean | null },
): FieldError[] {
  const problems: FieldError[] = [];
  const grantsAny = grants.grantsCoordinator || grants.grantsIndividualPlan || grants.grantsChildCoordinator;
  if (input.outcome === 'GRANTED' && !grantsAny) problems.push({ field: 'grants', messageKey: 'case.decision.error.grantsNothing' });
  if (input.outcome === 'DENIED' && grantsAny) problems.push({ field: 'grants', messageKey: 'case.decision.error.denialGrants' });
  if (grants.grantsChildCoordinator && !context.isChild) {
    problems.push({ field: 'grantsChildCoordinator', messageKey: 'case.decision.error.childCoordinatorAge' });
  }
  if (context.longTermNeed === null) problems.push({ field: 'longTermNeed', messageKey: 'case.decision.error.criterionRequired' });
  if (context.coordinatedServices === null) problems.push({ field: 'coordinatedServices', messageKey: 'case.decision.error.criterionRequired' });
  const refusesSomething =
    input.outcome === 'DENIED' ||
    refusedItems({
      requested: context.requested,
      grants: { coordinator: grants.grantsCoordinator, individualPlan: grants.grantsIndividualPlan, childCoordinator: grants.grantsChildCoordinator },
    }).length > 0;
  if (refusesSomething && !storedText(input.reasons)) problems.push({ field: 'reasons', messageKey: 'case.decision.error.reasonsRequired' });
  return problems;
}

/**
 * Makes the individual decision on a referral; the referral becomes DECIDED. When a decision is
 * in force already, a new one is made only after an appeal against it was REVERSED: the old one
 * is then superseded, in the same transaction.
 */
export async function makeDecision(ctx: Context, referralId: string, input: DecisionInput): Promise<Decision> {
  const viewer = viewerOf(ctx);
  const decision = await ctx.db.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({
      where: { id: referralId },
      select: {
        id: true,
        personId: true,
        status: true,
        version: true,
        requested: true,
        assessment: { select: { longTermNeed: true, coordinatedServices: true } },
        person: { select: { ...PERSON_REF_SELECT, preferredLanguage: true } },
      },
    });
    if (!referral) throw notFound();
    if (referral.status === 'WITHDRAWN' || referral.status === 'CLOSED') throw conflict('case.decision.error.notOpen', { status: referral.status });
    const inForce = await tx.decision.findFirst({
      where: { referralId, supersededAt: null },
      select: { id: true, version: true, appeals: { where: { outcome: 'REVERSED' }, select: { id: true } } },
    });
    if (inForce && inForce.appeals.length === 0) throw conflict('case.decision.error.inForce');

    const grants: Grants = {
      grantsCoordinator: input.grantsCoordinator,
      grantsIndividualPlan: input.grantsIndividualPlan,
      grantsChildCoordinator: input.grantsChildCoordinator,
    };
    const longTermNeed = input.longTermNeed ?? referral.assessment?.longTermNeed ?? null;
    const coordinatedServices = input.coordinatedServices ?? referral.assessment?.coordinatedServices ?? null;
    const { isChild } = toPersonRef(referral.person, ctx.now);
    const problems = decisionProblems(input, grants, { requested: referral.requested, isChild, longTermNeed, coordinatedServices });
    if (problems.length > 0) throw badInput(problems);

    const appeal = await appealTerms(tx, ctx, writtenLanguage(referral.person.preferredLanguage));
    const facts = {
      outcome: input.outcome as DecisionOutcome,
      ...grants,
      longTermNeed: longTermNeed!,
      coordinatedServices: coordinatedServices!,
      reasons: storedText(input.reasons),
      // Every individual decision tells how to appeal: the municipality's text, or the default one.
      appealInformation: appeal.text,
      appealDeadline: appeal.deadline,
    };
    const history = { personId: referral.personId, referralId };
    if (inForce) {
      await updateVersioned(tx.decision, inForce.id, inForce.version, { supersededAt: ctx.now });
      await recordHistory(tx, ctx, {
        ...history,
        entity: 'Decision',
        entityId: inForce.id,
        action: 'decision.superseded',
        before: { supersededAt: null },
        after: { supersededAt: ctx.now },
      });
    }
    const created = await tx.decision.create({
      data: {
        ...facts,
        municipalityId: viewer.municipalityId,
        referralId,
        personId: referral.personId,
        decidedById: viewer.userId,
        decidedAt: ctx.now,
      },
      select: DECISION_SELECT,
    });
    await recordHistory(tx, ctx, { ...history, entity: 'Decision', entityId: created.id, action: 'decision.made', after: facts });
    if (referral.status !== 'DECIDED') {
      await updateVersioned(tx.referral, referral.id, referral.version, { status: 'DECIDED' });
      await recordHistory(tx, ctx, {
        ...history,
        entity: 'Referral',
        entityId: referral.id,
        action: 'referral.statusChanged',
        before: { status: referral.status },
        after: { status: 'DECIDED' },
      });
    }
    return created;
  });
  await recordAccess(ctx, [decision.personId], 'decision.make');
  return decision;
}

/** A LocalDate (midnight UTC) that is not after today in Oslo and not before `notBefore`. */
function dateProblem(field: string, date: Date, ctx: Context, notBefore: { date: Date; key: ApiMessageKey }): FieldError | null {
  if (date.getTime() > osloTodayAsDate(ctx.now).getTime()) return { field, messageKey: 'case.error.dateInFuture' };
  if (date.getTime() < notBefore.date.getTime()) {
    return { field, messageKey: notBefore.key, params: { date: notBefore.date.toISOString().slice(0, 10) } };
  }
  return null;
}

/** The day (in Oslo) a decision was made, as a LocalDate. */
const decisionDay = (decidedAt: Date) => osloTodayAsDate(decidedAt);

/** Records when and how the decision letter was sent (a correction replaces it). */
export async function recordLetterSent(ctx: Context, { decisionId, sentAt, via, expectedVersion }: RecordLetterSentArgs): Promise<Decision> {
  const viewer = viewerOf(ctx);
  const decision = await ctx.db.$transaction(async (tx) => {
    const before = await tx.decision.findUnique({ where: { id: decisionId }, select: DECISION_SELECT });
    if (!before) throw notFound();
    const problem = dateProblem('sentAt', sentAt, ctx, { date: decisionDay(before.decidedAt), key: 'case.error.dateBeforeDecision' });
    if (problem) throw badInput([problem]);
    const data = { letterSentAt: sentAt, letterSentVia: via, letterSentById: viewer.userId };
    await updateVersioned(tx.decision, decisionId, expectedVersion, data);
    const { before: was, after: is } = changedFields(before, data);
    await recordHistory(tx, ctx, {
      personId: before.personId,
      referralId: before.referralId,
      entity: 'Decision',
      entityId: decisionId,
      action: 'decision.letterSent',
      before: was,
      after: is,
    });
    return tx.decision.findUniqueOrThrow({ where: { id: decisionId }, select: DECISION_SELECT });
  });
  await recordAccess(ctx, [decision.personId], 'decision.letterSent');
  return decision;
}

/**
 * Registers an appeal against a decision in force. A late appeal is registered too (KE may
 * accept it, forvaltningsloven § 31); `Appeal.late` says it came after the deadline.
 */
export async function registerAppeal(ctx: Context, decisionId: string, input: AppealInput): Promise<Appeal> {
  const viewer = viewerOf(ctx);
  const appeal = await ctx.db.$transaction(async (tx) => {
    const decision = await tx.decision.findUnique({
      where: { id: decisionId },
      select: { id: true, personId: true, referralId: true, decidedAt: true, supersededAt: true },
    });
    if (!decision) throw notFound();
    const problem = dateProblem('receivedAt', input.receivedAt, ctx, { date: decisionDay(decision.decidedAt), key: 'case.error.dateBeforeDecision' });
    if (problem) throw badInput([problem]);
    if (decision.supersededAt) throw conflict('case.appeal.error.superseded');
    const facts = { receivedAt: input.receivedAt, appellant: input.appellant.trim(), grounds: storedText(input.grounds) };
    const created = await tx.appeal.create({
      data: { ...facts, municipalityId: viewer.municipalityId, decisionId, personId: decision.personId, registeredById: viewer.userId },
      select: APPEAL_SELECT,
    });
    await recordHistory(tx, ctx, {
      personId: decision.personId,
      referralId: decision.referralId,
      entity: 'Appeal',
      entityId: created.id,
      action: 'appeal.registered',
      after: { decisionId, ...facts },
    });
    return toAppeal(created);
  });
  await recordAccess(ctx, [appeal.personId], 'appeal.register');
  return appeal;
}

/** Where an appeal ended: upheld, reversed (a new decision may then be made), or sent on to Statsforvalteren. */
export async function recordAppealOutcome(ctx: Context, { appealId, outcome, outcomeDate, note, expectedVersion }: RecordAppealOutcomeArgs): Promise<Appeal> {
  const appeal = await ctx.db.$transaction(async (tx) => {
    const before = await tx.appeal.findUnique({ where: { id: appealId }, select: { ...APPEAL_SELECT, decision: { select: { appealDeadline: true, referralId: true } } } });
    if (!before) throw notFound();
    const problem = dateProblem('outcomeDate', outcomeDate, ctx, { date: before.receivedAt, key: 'case.error.dateBeforeAppeal' });
    if (problem) throw badInput([problem]);
    const data = { outcome, outcomeDate, outcomeNote: storedText(note) };
    await updateVersioned(tx.appeal, appealId, expectedVersion, data);
    const { before: was, after: is } = changedFields(before, data);
    await recordHistory(tx, ctx, {
      personId: before.personId,
      referralId: before.decision.referralId,
      entity: 'Appeal',
      entityId: appealId,
      action: 'appeal.outcomeRecorded',
      before: was,
      after: is,
    });
    return toAppeal(await tx.appeal.findUniqueOrThrow({ where: { id: appealId }, select: APPEAL_SELECT }));
  });
  await recordAccess(ctx, [appeal.personId], 'appeal.outcome');
  return appeal;
}

/** The decision date of a letter: the day in Oslo it was made. */
export const decisionDate = (decidedAt: Date): string => osloDate(decidedAt);
