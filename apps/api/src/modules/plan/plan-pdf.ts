// The individual plan as a PDF: the whole plan as its reader may see it, in bokmål, nynorsk or
// English. Pure: the caller gives the plan as planForPerson read it (life areas hidden by the
// person's consent are already left out) and the facts around it. Every fixed text is in the i18n
// catalogues (plan.pdf.*, with the names of statuses, life areas, sub-plan kinds and meeting types).
import { formatLongDate, formatTimeOfDay, osloDate, translateServer, type ApiMessageKey, type Locale, type MessageParams } from '@samhandling/shared';

import { COLORS, PdfWriter, type Row } from '../../lib/pdf';
import type { GoalView, MeasureView, PlanView } from './plan.type';

export interface PlanDocument {
  language: Locale;
  municipalityName: string;
  /** Deliberately no national id: a printed plan never shows it. */
  person: { name: string; dateOfBirth: string | null; expectedBirthDate?: string | null };
  /** The day it is printed, a LocalDate (in Oslo). */
  printedOn: string;
  plan: PlanView;
}

/** The plan's own sections, in the order of the regulation's content list. */
const SECTIONS = ['situation', 'resources', 'dreams', 'needs', 'ownContribution', 'networkContribution', 'cooperationNeeds', 'languageAndCulture'] as const;
const LIFE_AREA_FIELDS = ['situation', 'services', 'needs', 'resources', 'wishes'] as const;

/** Steps of indentation: a short-term goal under its long-term goal, a measure under its goal. */
const STEP = 16;

const filled = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim().length > 0;
const localDate = (date: Date): string => date.toISOString().slice(0, 10);

class PlanPrinter {
  readonly pdf: PdfWriter;
  private readonly t: (key: ApiMessageKey, params?: MessageParams) => string;

  constructor(private readonly input: PlanDocument) {
    const lang = input.language;
    this.t = (key, params) => translateServer(lang, key, params);
    this.pdf = new PdfWriter({
      language: lang,
      title: this.t('plan.pdf.title'),
      subject: this.t('plan.pdf.documentSubject', { name: input.person.name }),
      author: input.municipalityName,
    });
  }

  private date(value: Date | string): string {
    return formatLongDate(this.input.language, typeof value === 'string' ? value : localDate(value));
  }

  /** A period with either end open: "1. mars 2026 – 1. mars 2027", "Fra …", "Innen …". */
  private period(from: Date | null, to: Date | null): string | null {
    if (from && to) return this.t('plan.pdf.period', { from: this.date(from), to: this.date(to) });
    if (from) return this.t('plan.pdf.from', { date: this.date(from) });
    if (to) return this.t('plan.pdf.until', { date: this.date(to) });
    return null;
  }

  private section(key: ApiMessageKey, params?: MessageParams): void {
    this.pdf.heading(this.t(key, params), { size: 13.5, before: 1.2, gap: 6, color: COLORS.accent, rule: true });
  }

  private subheading(text: string, indent = 0): void {
    this.pdf.heading(text, { size: 10.5, before: 0.4, gap: 2, indent });
  }

  async render(): Promise<Buffer> {
    this.titleBlock();
    this.whatIsImportant();
    this.about();
    this.lifeAreas();
    this.coordinators();
    this.participants();
    this.goals();
    this.subPlans();
    this.evaluations();
    this.meetings();
    const { name } = this.input.person;
    return this.pdf.finish({
      footer: (page, pages) => this.t('pdf.page', { page, pages }),
      // The first page names the person in full; the others say whose plan they are part of.
      header: (page) => (page === 1 ? null : { left: this.t('plan.pdf.header', { name }), right: this.input.municipalityName }),
    });
  }

  private titleBlock(): void {
    const { pdf, t, input } = this;
    const { plan, person } = input;
    pdf.text(input.municipalityName, { size: 12, font: 'bold', color: COLORS.accent, gap: 10 });
    pdf.text(t('plan.pdf.title'), { size: 24, font: 'bold', gap: 8 });
    pdf.text(person.name, { size: 15, font: 'bold', gap: 2 });
    const born = person.dateOfBirth
      ? t('plan.pdf.born', { date: this.date(person.dateOfBirth) })
      : person.expectedBirthDate
        ? t('plan.pdf.unborn', { date: this.date(person.expectedBirthDate) })
        : null;
    if (born) pdf.text(born, { size: 10.5, gap: 2 });
    pdf.doc.moveDown(0.8);

    const overdue = plan.measures.filter((measure) => measure.overdue).length;
    const facts: Row[] = [
      { label: t('plan.pdf.fact.period'), value: this.period(plan.periodStart, plan.periodEnd) ?? t('plan.pdf.notSet') },
      { label: t('plan.pdf.fact.nextRevision'), value: plan.nextRevisionDate ? this.date(plan.nextRevisionDate) : t('plan.pdf.notSet') },
      { label: t('plan.pdf.fact.status'), value: t(`planStatus.${plan.status}`) },
      { label: t('plan.pdf.fact.consent'), value: t('plan.pdf.consent', { given: plan.hasConsent ? 'yes' : 'no' }) },
      ...(overdue > 0 ? [{ label: t('plan.pdf.fact.overdue'), value: String(overdue), alert: true }] : []),
      { label: t('plan.pdf.fact.printed'), value: this.date(input.printedOn) },
    ];
    pdf.rows(facts, { size: 10, shade: 10 });
    pdf.doc.moveDown(0.6);
    // A printout may be passed on: it says that it is not the whole plan.
    if (plan.hiddenLifeAreas.length > 0) {
      pdf.note(t('plan.pdf.hidden', { areas: plan.hiddenLifeAreas.map((area) => t(`web.lifeArea.${area}`)).join(', ') }));
    } else if (plan.partsWithheld) {
      pdf.note(t('plan.pdf.withheld'));
    }
  }

  private whatIsImportant(): void {
    const text = this.input.plan.whatIsImportant;
    if (!filled(text)) return;
    this.section('plan.pdf.section.whatIsImportant');
    this.pdf.text(text.trim(), { size: 11 });
  }

  private about(): void {
    const { plan } = this.input;
    const sections = SECTIONS.filter((field) => filled(plan[field]));
    if (sections.length === 0) return;
    this.section('plan.pdf.section.about');
    for (const field of sections) {
      this.subheading(this.t(`plan.pdf.section.${field}`));
      this.pdf.text(plan[field]!.trim());
    }
  }

  private lifeAreas(): void {
    const mapped = this.input.plan.lifeAreas.filter((mapping) => LIFE_AREA_FIELDS.some((field) => filled(mapping[field])));
    if (mapped.length === 0) return;
    this.section('plan.pdf.section.lifeAreas');
    for (const mapping of mapped) {
      this.subheading(this.t(`web.lifeArea.${mapping.area}`));
      this.pdf.rows(
        LIFE_AREA_FIELDS.filter((field) => filled(mapping[field])).map((field) => ({
          label: this.t(`plan.pdf.lifeArea.${field}`),
          value: mapping[field]!.trim(),
        })),
      );
    }
  }

  private contactRows(contact: { phone: string | null; email: string | null }): Row[] {
    const rows: Row[] = [];
    if (filled(contact.phone)) rows.push({ label: this.t('plan.pdf.contact.phone'), value: contact.phone });
    if (filled(contact.email)) rows.push({ label: this.t('plan.pdf.contact.email'), value: contact.email });
    return rows;
  }

  private coordinators(): void {
    const { coordinators } = this.input.plan;
    if (coordinators.length === 0) return;
    this.section('plan.pdf.section.coordinators', { count: coordinators.length });
    for (const coordinator of coordinators) {
      this.subheading(coordinator.name);
      const about = [coordinator.title, coordinator.isChildCoordinator ? this.t('plan.pdf.coordinator.child') : null].filter(filled);
      if (about.length > 0) this.pdf.text(about.join(' · '), { size: 9.5, color: COLORS.muted, gap: 3 });
      const rows: Row[] = [];
      if (filled(coordinator.unitName)) rows.push({ label: this.t('plan.pdf.contact.unit'), value: coordinator.unitName });
      rows.push(...this.contactRows(coordinator));
      this.pdf.rows(rows);
      if (coordinator.until) this.pdf.text(this.t('plan.pdf.coordinator.until', { date: this.date(coordinator.until) }), { size: 9.5 });
    }
  }

  private participants(): void {
    const { participants } = this.input.plan;
    if (participants.length === 0) return;
    this.section('plan.pdf.section.participants');
    for (const participant of participants) {
      this.subheading(participant.name);
      const where = [participant.unitName, participant.organisation].filter(filled).join(', ');
      const rows: Row[] = [{ label: this.t('plan.pdf.participant.kind'), value: this.t(`plan.pdf.participantKind.${participant.kind}`) }];
      if (filled(participant.role)) rows.push({ label: this.t('plan.pdf.participant.role'), value: participant.role });
      if (where) rows.push({ label: this.t('plan.pdf.participant.unit'), value: where });
      rows.push(...this.contactRows(participant));
      if (filled(participant.contribution)) rows.push({ label: this.t('plan.pdf.participant.contribution'), value: participant.contribution.trim() });
      this.pdf.rows(rows);
    }
  }

  /**
   * Long-term goals with their short-term goals under them, each with its measures; then
   * short-term goals that serve no long-term goal the reader sees, and measures without a goal.
   */
  private goals(): void {
    const { goals, measures } = this.input.plan;
    const longTerm = goals.filter((goal) => goal.kind === 'LONG_TERM');
    const shown = new Set(longTerm.map((goal) => goal.id));
    const under = (parent: GoalView) => goals.filter((goal) => goal.kind === 'SHORT_TERM' && goal.parentGoalId === parent.id);
    const otherShortTerm = goals.filter((goal) => goal.kind === 'SHORT_TERM' && !(goal.parentGoalId && shown.has(goal.parentGoalId)));
    const goalIds = new Set(goals.map((goal) => goal.id));
    const measuresOf = (goal: GoalView) => measures.filter((measure) => measure.goalId === goal.id);
    const withoutGoal = measures.filter((measure) => !measure.goalId || !goalIds.has(measure.goalId));

    this.section('plan.pdf.section.goals');
    if (goals.length === 0) this.pdf.text(this.t('plan.pdf.noGoals'));
    for (const goal of longTerm) {
      this.goal(goal, 0, measuresOf(goal));
      for (const shortTerm of under(goal)) this.goal(shortTerm, STEP, measuresOf(shortTerm));
    }
    if (otherShortTerm.length > 0) {
      this.pdf.heading(this.t('plan.pdf.section.otherShortTermGoals'), { size: 11.5, before: 0.8, color: COLORS.accent });
      for (const goal of otherShortTerm) this.goal(goal, 0, measuresOf(goal));
    }
    if (withoutGoal.length > 0) {
      this.section('plan.pdf.section.measuresWithoutGoal');
      for (const measure of withoutGoal) this.measure(measure, 0);
    }
  }

  private goal(goal: GoalView, indent: number, measures: MeasureView[]): void {
    const { pdf, t } = this;
    const meta = [
      goal.lifeArea ? t('plan.pdf.goal.lifeArea', { area: t(`web.lifeArea.${goal.lifeArea}`) }) : null,
      t('plan.pdf.goal.status', { status: t(`goalStatus.${goal.status}`) }),
      goal.targetDate ? t('plan.pdf.goal.target', { date: this.date(goal.targetDate) }) : null,
    ].filter(filled);
    pdf.doc.moveDown(goal.kind === 'LONG_TERM' ? 0.8 : 0.4);
    // The goal's kind, its text and its facts start on one page, with room for a line after.
    const textIndent = indent + 9;
    pdf.keepSpace(
      pdf.lineHeight(8.5, 'bold') + pdf.heightOf(goal.description, { indent: textIndent, size: 11, font: 'bold' }) + 3 * pdf.lineHeight(9.5),
    );
    const top = pdf.doc.y;
    const page = pdf.pageBreaks;
    pdf.text(t(`web.goalKind.${goal.kind}`), { indent: textIndent, size: 8.5, font: 'bold', color: COLORS.muted, gap: 1 });
    pdf.text(goal.description.trim(), { indent: textIndent, size: 11, font: 'bold', gap: 2 });
    pdf.text(meta.join(' · '), { indent: textIndent, size: 9.5, color: COLORS.muted, gap: 4 });
    // An accent bar beside the goal, where it stayed on one page.
    if (pdf.pageBreaks === page) {
      pdf.doc
        .save()
        .rect(pdf.left + indent, top, goal.kind === 'LONG_TERM' ? 3 : 1.5, pdf.doc.y - top - 4)
        .fill(COLORS.accent)
        .restore();
    }
    if (measures.length > 0) {
      pdf.text(t('plan.pdf.measures'), { indent: textIndent + STEP, size: 9, font: 'bold', color: COLORS.muted, gap: 2 });
      for (const measure of measures) this.measure(measure, textIndent + STEP);
    }
  }

  private measure(measure: MeasureView, indent: number): void {
    const { pdf, t } = this;
    pdf.keepSpace(pdf.heightOf(measure.description, { indent, font: 'bold' }) + 3 * pdf.lineHeight(9.5));
    pdf.text(measure.description.trim(), { indent, font: 'bold', gap: 2 });
    const rows: Row[] = [];
    // Overdue is said in words (and in bold), not only in colour.
    if (measure.overdue && measure.dueDate) rows.push({ label: '', value: t('plan.pdf.measure.overdue', { date: this.date(measure.dueDate) }), alert: true });
    if (filled(measure.responsible)) rows.push({ label: t('plan.pdf.measure.responsible'), value: measure.responsible });
    const period = this.period(measure.startDate, measure.dueDate);
    if (period) rows.push({ label: t('plan.pdf.measure.period'), value: period });
    if (filled(measure.scope)) rows.push({ label: t('plan.pdf.measure.scope'), value: measure.scope.trim() });
    if (filled(measure.howCarriedOut)) rows.push({ label: t('plan.pdf.measure.how'), value: measure.howCarriedOut.trim() });
    rows.push({ label: t('plan.pdf.measure.status'), value: t(`measureStatus.${measure.status}`) });
    if (filled(measure.ownContribution)) rows.push({ label: t('plan.pdf.measure.ownContribution'), value: measure.ownContribution.trim() });
    pdf.rows(rows, { indent });
    pdf.doc.moveDown(0.4);
  }

  /** The sub-plans linked to the plan: a document each, kept elsewhere. */
  private subPlans(): void {
    const { subPlans } = this.input.plan;
    if (subPlans.length === 0) return;
    this.section('plan.pdf.section.subPlans');
    for (const subPlan of subPlans) {
      this.subheading(subPlan.title.trim());
      const rows: Row[] = [{ label: this.t('plan.pdf.subPlan.kind'), value: this.t(`subPlanKind.${subPlan.kind}`) }];
      if (filled(subPlan.owner)) rows.push({ label: this.t('plan.pdf.subPlan.owner'), value: subPlan.owner });
      this.pdf.rows(rows);
    }
  }

  /** The evaluations held, each with its date and what it concluded (those only scheduled are left out). */
  private evaluations(): void {
    const held = this.input.plan.evaluations.filter((evaluation) => evaluation.heldAt !== null);
    if (held.length === 0) return;
    this.section('plan.pdf.section.evaluations');
    for (const evaluation of held) {
      this.subheading(this.t('plan.pdf.evaluation.held', { date: this.date(evaluation.scheduledFor) }));
      if (filled(evaluation.conclusion)) this.pdf.rows([{ label: this.t('plan.pdf.evaluation.conclusion'), value: evaluation.conclusion.trim() }]);
    }
  }

  private meetings(): void {
    const { pdf, t } = this;
    const meetings = this.input.plan.upcomingMeetings;
    this.section('plan.pdf.section.meetings');
    if (meetings.length === 0) pdf.text(t('plan.pdf.noMeetings'));
    for (const meeting of meetings) {
      const when = t('plan.pdf.meeting.when', {
        date: this.date(osloDate(meeting.startsAt)),
        time: formatTimeOfDay(this.input.language, meeting.startsAt),
      });
      const place = filled(meeting.location) ? ` · ${t('plan.pdf.meeting.location', { location: meeting.location.trim() })}` : '';
      pdf.text(t(`meetingType.${meeting.type}`), { font: 'bold', gap: 1 });
      pdf.text(when + place, { size: 9.5, gap: 6 });
    }
  }
}

/** Renders the plan as a PDF (A4, PDF/A-2b), in the language asked for. */
export function renderPlanPdf(input: PlanDocument): Promise<Buffer> {
  return new PlanPrinter(input).render();
}
