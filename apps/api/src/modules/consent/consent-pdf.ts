// The person's copy of a consent as a PDF: who consented (the person, or a guardian for them),
// what to, oral or written and who heard it, the period, what the person was told, the young
// person's own view, the restrictions in words, whether it still holds, and the municipality.
// Every text is a consent.pdf.* key of the server catalogue (packages/shared/src/i18n/server/consent.ts).
import {
  formatLongDate,
  formatTimeOfDay,
  osloDate,
  osloToday,
  translateServer,
  type ApiMessageKey,
  type Locale,
  type MessageParams,
} from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import type { LifeArea } from '../../generated/prisma/client';
import { askedLanguage, COLORS, PdfWriter, writtenLanguage } from '../../lib/pdf';
import { recordAccess } from '../access-log/access-log.service';
import { authorizeLogged } from '../auth/authorize-logged';
import { CONSENT_INCLUDE, consentOwner, type ConsentRow } from './consent.service';

export interface ConsentCopy {
  language: Locale;
  municipalityName: string;
  /** The day printed, YYYY-MM-DD in Oslo. */
  printedOn: string;
  person: { name: string; dateOfBirth: string | null };
  consent: ConsentRow;
  /** The goals and sub-plans the restrictions name, by id, in words (left out for a reader who may not see them). */
  goals: Map<string, string>;
  subPlans: Map<string, string>;
}

const localDay = (date: Date) => date.toISOString().slice(0, 10);

export async function renderConsentPdf(copy: ConsentCopy): Promise<Buffer> {
  const { language, consent, person } = copy;
  const t = (key: ApiMessageKey, params?: MessageParams) => translateServer(language, key, params);
  const day = (date: Date) => formatLongDate(language, localDay(date));
  const moment = (instant: Date) => ({ date: formatLongDate(language, osloDate(instant)), time: formatTimeOfDay(language, instant) });
  const name = person.name;
  const pdf = new PdfWriter({
    language,
    title: t('consent.pdf.documentSubject', { name }),
    subject: t('consent.pdf.documentSubject', { name }),
    author: copy.municipalityName,
  });

  const period = (() => {
    const { periodStart: from, periodEnd: to } = consent;
    if (from && to) return t('consent.pdf.period', { from: day(from), to: day(to) });
    if (from) return t('consent.pdf.periodFrom', { date: day(from) });
    if (to) return t('consent.pdf.periodUntil', { date: day(to) });
    return t('consent.pdf.periodOpen');
  })();
  const status = (() => {
    if (consent.withdrawnAt) return { text: t('consent.pdf.status.withdrawn', { date: moment(consent.withdrawnAt).date }), alert: true };
    if (consent.periodEnd && localDay(consent.periodEnd) < copy.printedOn) return { text: t('consent.pdf.status.ended', { date: day(consent.periodEnd) }), alert: true };
    if (consent.periodStart && localDay(consent.periodStart) > copy.printedOn) return { text: t('consent.pdf.status.notStarted', { date: day(consent.periodStart) }), alert: false };
    return { text: t('consent.pdf.status.inForce'), alert: false };
  })();
  const heard = consent.form === 'ORAL' && consent.heardAt ? t('consent.pdf.heardBy', { name: consent.heardBy?.name ?? t('consent.pdf.none'), ...moment(consent.heardAt) }) : null;
  const documentText = consent.document
    ? t('consent.pdf.documentStored', { fileName: consent.document.fileName })
    : (consent.documentReference ?? null);

  pdf.text(copy.municipalityName, { size: 12, font: 'bold', color: COLORS.accent, gap: 10 });
  pdf.text(`${t('consent.pdf.title')}: ${t(`consentScope.${consent.scope}`)}`, { size: 20, font: 'bold', gap: 8 });
  pdf.text(t('consent.pdf.intro', { municipality: copy.municipalityName }), { gap: 10 });
  pdf.rows(
    [
      { label: t('consent.pdf.field.person'), value: person.dateOfBirth ? `${name}, ${t('consent.pdf.born', { date: formatLongDate(language, person.dateOfBirth) })}` : name },
      { label: t('consent.pdf.field.scope'), value: t(`consentScope.${consent.scope}`) },
      {
        label: t('consent.pdf.field.givenBy'),
        value: consent.givenByRelative ? t('consent.pdf.givenByGuardian', { guardian: consent.givenByRelative.name, name }) : t('consent.pdf.givenBySelf', { name }),
      },
      { label: t('consent.pdf.field.form'), value: t(`web.consentForm.${consent.form}`) },
      { label: t('consent.pdf.field.givenAt'), value: formatLongDate(language, osloDate(consent.givenAt)) },
      ...(heard ? [{ label: t('consent.pdf.field.heard'), value: heard }] : []),
      { label: t('consent.pdf.field.period'), value: period },
      ...(documentText ? [{ label: t('consent.pdf.field.document'), value: documentText }] : []),
      { label: t('consent.pdf.field.status'), value: status.text, alert: status.alert },
      ...(consent.registeredBy ? [{ label: t('consent.pdf.field.registeredBy'), value: consent.registeredBy.name }] : []),
      { label: t('consent.pdf.field.printed'), value: formatLongDate(language, copy.printedOn) },
    ],
    { shade: 8 },
  );

  if (consent.scope === 'RESPONSIBILITY_GROUP' || consent.scope === 'INFORMATION_EXCHANGE') {
    pdf.heading(t('consent.pdf.heading.informed'), { size: 13, before: 1, color: COLORS.accent, rule: true });
    const told = (value: boolean) => t(value ? 'consent.pdf.informed.yes' : 'consent.pdf.informed.no');
    pdf.rows(
      [
        { label: t('consent.pdf.informed.composition'), value: told(consent.informedOfComposition) },
        { label: t('consent.pdf.informed.wayOfWorking'), value: told(consent.informedOfWayOfWorking) },
        { label: t('consent.pdf.informed.informationExchange'), value: told(consent.informedOfInformationExchange) },
      ],
      { labelWidth: 300 },
    );
  }

  if (consent.youngPersonView || consent.youngPersonAgrees !== null) {
    pdf.heading(t('consent.pdf.heading.youngPerson'), { size: 13, before: 1, color: COLORS.accent, rule: true });
    if (consent.youngPersonView) pdf.text(consent.youngPersonView);
    const agrees = consent.youngPersonAgrees === null ? 'unknown' : consent.youngPersonAgrees ? 'yes' : 'no';
    pdf.text(t('consent.pdf.youngPerson.agrees', { agrees }));
  }

  pdf.heading(t('consent.pdf.heading.restrictions'), { size: 13, before: 1, color: COLORS.accent, rule: true });
  if (consent.restrictions.length === 0) pdf.text(t('consent.pdf.restrictions.none'));
  const area = (lifeArea: LifeArea) => t('consent.pdf.restriction.lifeArea', { area: t(`web.lifeArea.${lifeArea}`).toLocaleLowerCase(language) });
  for (const r of consent.restrictions) {
    const goal = r.goalId ? copy.goals.get(r.goalId) : undefined;
    const subPlan = r.subPlanId ? copy.subPlans.get(r.subPlanId) : undefined;
    const matter = r.lifeArea
      ? area(r.lifeArea)
      : r.goalId
        ? goal ? t('consent.pdf.restriction.goal', { goal }) : t('consent.pdf.restriction.aGoal')
        : r.subPlanId
          ? subPlan ? t('consent.pdf.restriction.subPlan', { title: subPlan }) : t('consent.pdf.restriction.aSubPlan')
          : t('consent.pdf.restriction.everything');
    const environment = r.unit?.name ?? r.organisation ?? t('consent.pdf.restriction.everyone');
    pdf.text(r.description, { font: 'bold', gap: 2 });
    pdf.list([t('consent.pdf.restriction.matter', { matter }), t('consent.pdf.restriction.environment', { environment })]);
  }

  pdf.heading(t('consent.pdf.heading.rights'), { size: 13, before: 1, color: COLORS.accent, rule: true });
  pdf.note(t('consent.pdf.rights'));

  return pdf.finish({
    footer: (page, pages) => t('pdf.page', { page, pages }),
    header: (page) => (page === 1 ? null : { left: t('consent.pdf.header', { name }), right: copy.municipalityName }),
  });
}

/**
 * The copy for GET /api/consents/:consentId/pdf?lang=nb|nn|en: for those who may list the
 * person's consents ('consent.list'); logged as 'consent.export', a refused attempt too. Without
 * a language asked for, the person's written language. KE keeps registers and does not read the
 * plan, so for KE a restriction on a goal or sub-plan says so without naming it.
 */
export async function consentPdf(ctx: Context, consentId: string, lang: unknown): Promise<{ body: Buffer; fileName: string }> {
  const access = await authorizeLogged(ctx, 'consent.list', () => consentOwner(ctx, consentId), 'consent.export');
  const asked = askedLanguage(lang);
  const consent = await ctx.db.consent.findUniqueOrThrow({
    where: { id: consentId },
    include: { ...CONSENT_INCLUDE, person: { select: { firstName: true, lastName: true, dateOfBirth: true, preferredLanguage: true } } },
  });
  const goalIds = consent.restrictions.flatMap((r) => (r.goalId ? [r.goalId] : []));
  const subPlanIds = consent.restrictions.flatMap((r) => (r.subPlanId ? [r.subPlanId] : []));
  const readsPlan = access.relationship !== 'tenant';
  const [municipality, goals, subPlans] = await Promise.all([
    ctx.db.municipality.findUniqueOrThrow({ where: { id: viewerOf(ctx).municipalityId }, select: { name: true } }),
    readsPlan && goalIds.length > 0 ? ctx.db.goal.findMany({ where: { id: { in: goalIds } }, select: { id: true, description: true } }) : [],
    readsPlan && subPlanIds.length > 0 ? ctx.db.subPlan.findMany({ where: { id: { in: subPlanIds } }, select: { id: true, title: true } }) : [],
  ]);
  const printedOn = osloToday(ctx.now);
  const body = await renderConsentPdf({
    language: asked ?? writtenLanguage(consent.person.preferredLanguage),
    municipalityName: municipality.name,
    printedOn,
    person: { name: `${consent.person.firstName} ${consent.person.lastName}`, dateOfBirth: consent.person.dateOfBirth ? localDay(consent.person.dateOfBirth) : null },
    consent,
    goals: new Map(goals.map((goal) => [goal.id, goal.description])),
    subPlans: new Map(subPlans.map((subPlan) => [subPlan.id, subPlan.title])),
  });
  await recordAccess(ctx, [consent.personId], 'consent.export');
  return { body, fileName: `samtykke-${printedOn}.pdf` };
}
