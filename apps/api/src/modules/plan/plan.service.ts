import { addDays, checklistItem, daysBetween, lifePhaseForAge, osloTodayAsDate, TRANSITION_LIFE_AREA, TRANSITION_REVIEW_DAYS, type AccessLogAction } from '@samhandling/shared';
import { goalVisible, measureVisible, subPlanVisible } from './plan-visibility';
import type { Context } from '../../context';
import { notFound } from '../../graphql/errors';
import type { LifeArea, Prisma } from '../../generated/prisma/client';
import { allWithScope, withScope, type Scoped } from '../../graphql/scope';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter, consentInForceFilter, type AccessScope } from '../auth/policy';
import { handoverOf } from '../coordinator/coordinator.service';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { ChecklistTickView, EvaluationView, MeasureView, PlanView, SubPlanView, TransitionView } from './plan.type';

// Queries select what the views show and nothing more: every column read is also decoded,
// checked and mapped by Prisma on each request.

/** A measure as MeasureView needs it. */
export const MEASURE_SELECT = {
  id: true,
  goalId: true,
  description: true,
  responsibleText: true,
  responsibleUnitId: true,
  responsibleParticipantId: true,
  startDate: true,
  dueDate: true,
  status: true,
  scope: true,
  howCarriedOut: true,
  ownContribution: true,
  sortOrder: true,
  version: true,
  responsibleParticipant: { select: { name: true } },
  responsibleUser: { select: { name: true } },
  responsibleUnit: { select: { name: true } },
  goal: { select: { lifeArea: true } },
} as const satisfies Prisma.MeasureSelect;

const GOAL_SELECT = {
  id: true,
  kind: true,
  lifeArea: true,
  description: true,
  status: true,
  targetDate: true,
  parentGoalId: true,
  sortOrder: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.GoalSelect;

const LIFE_AREA_SELECT = {
  id: true,
  area: true,
  situation: true,
  services: true,
  needs: true,
  resources: true,
  wishes: true,
  version: true,
} as const satisfies Prisma.LifeAreaMappingSelect;

const PARTICIPANT_SELECT = {
  id: true,
  kind: true,
  name: true,
  role: true,
  unitId: true,
  organisation: true,
  phone: true,
  email: true,
  contribution: true,
  version: true,
  unit: { select: { name: true } },
} as const satisfies Prisma.PlanParticipantSelect;

const EVALUATION_SELECT = {
  id: true,
  scheduledFor: true,
  heldAt: true,
  goalsReached: true,
  servicesWork: true,
  wayOfWorking: true,
  ownerExperience: true,
  conclusion: true,
  version: true,
  evaluatedBy: { select: { name: true } },
} as const satisfies Prisma.EvaluationSelect;

const SUB_PLAN_SELECT = {
  id: true,
  kind: true,
  title: true,
  ownerUnitId: true,
  ownerName: true,
  note: true,
  externalReference: true,
  lifeArea: true,
  version: true,
  ownerUnit: { select: { name: true } },
} as const satisfies Prisma.SubPlanSelect;

const CHECKLIST_SELECT = {
  itemKey: true,
  phase: true,
  checkedAt: true,
  checkedBy: { select: { name: true } },
} as const satisfies Prisma.PlanChecklistItemSelect;

const TRANSITION_SELECT = {
  id: true,
  kind: true,
  date: true,
  note: true,
  reviewedAt: true,
  version: true,
  reviewedBy: { select: { name: true } },
} as const satisfies Prisma.PlanTransitionSelect;

/** The sections of the plan the coordinator edits, as they are read and saved. */
const PLAN_SECTIONS_SELECT = {
  whatIsImportant: true,
  situation: true,
  resources: true,
  dreams: true,
  needs: true,
  ownContribution: true,
  networkContribution: true,
  cooperationNeeds: true,
  languageAndCulture: true,
} as const satisfies Prisma.IndividualPlanSelect;

export type PlanSectionField = keyof typeof PLAN_SECTIONS_SELECT;
export const PLAN_SECTION_FIELDS = Object.keys(PLAN_SECTIONS_SELECT) as PlanSectionField[];

/** Parts of the plan that were removed stay in the database, out of the plan. */
const NOT_REMOVED = { removedAt: null };

type MeasureRow = Prisma.MeasureGetPayload<{ select: typeof MEASURE_SELECT }>;

/** Not done or cancelled, and the deadline is before today in Oslo. */
export function isOverdue(measure: { status: string; dueDate: Date | null }, now: Date): boolean {
  return (measure.status === 'PLANNED' || measure.status === 'ONGOING') && measure.dueDate !== null && measure.dueDate < osloTodayAsDate(now);
}

export function toMeasureView(measure: MeasureRow, now: Date): MeasureView {
  const { responsibleParticipant, responsibleUser, responsibleUnit, goal: _goal, ...fields } = measure;
  return {
    ...fields,
    responsible: [responsibleParticipant?.name, responsibleUser?.name, responsibleUnit?.name, measure.responsibleText].filter(Boolean).join(', '),
    overdue: isOverdue(measure, now),
  };
}

/** Seen unless it is about a life area the person refused to share with this viewer. */
const visible = (hidden: LifeArea[], area: LifeArea | null | undefined) => !area || !hidden.includes(area);

/**
 * Measures this viewer may see: not those whose goal lies in a life area the person refused to
 * share with them, nor those of a goal the consent names for them. The plan read and the
 * provider's own measures both filter here.
 */
export function visibleMeasures(measures: MeasureRow[], access: AccessScope): MeasureRow[] {
  return measures.filter((measure) => visible(access.hiddenLifeAreas, measure.goal?.lifeArea) && measureVisible(access, measure));
}

type EvaluationRow = Prisma.EvaluationGetPayload<{ select: typeof EVALUATION_SELECT }>;
type SubPlanRow = Prisma.SubPlanGetPayload<{ select: typeof SUB_PLAN_SELECT }>;
type ChecklistRow = Prisma.PlanChecklistItemGetPayload<{ select: typeof CHECKLIST_SELECT }>;
type TransitionRow = Prisma.PlanTransitionGetPayload<{ select: typeof TRANSITION_SELECT }>;

const toEvaluationView = ({ evaluatedBy, ...evaluation }: EvaluationRow): EvaluationView => ({ ...evaluation, evaluatedByName: evaluatedBy?.name ?? null });

const toSubPlanView = ({ ownerUnit, ...subPlan }: SubPlanRow): SubPlanView => ({ ...subPlan, owner: ownerUnit?.name ?? subPlan.ownerName ?? '' });

const toChecklistTickView = ({ checkedBy, ...tick }: ChecklistRow): ChecklistTickView => ({ ...tick, checkedByName: checkedBy.name });

/** A review is due when it is not done and the date is on or before `horizon` (a passed date included). */
const toTransitionView = ({ reviewedBy, ...transition }: TransitionRow, horizon: Date): TransitionView => ({
  ...transition,
  reviewedByName: reviewedBy?.name ?? null,
  reviewDue: transition.reviewedAt === null && transition.date <= horizon,
});

export interface PlanReadOptions {
  /** Only this plan: null when it is not the person's current one (or, with `includeClosed`, a closed one of theirs). */
  planId?: string;
  /** A closed plan is read too: it is kept, read-only. */
  includeClosed?: boolean;
  /** What the access log calls the read (a download is 'plan.export'). */
  loggedAs?: AccessLogAction;
}

/** What the check of the plan's legal content needs beyond what the plan shows (plan-legal.ts). */
export interface PlanConsentFacts {
  /** The consent to the plan, when one is registered. */
  planConsent: { withdrawnAt: Date | null; periodEnd: Date | null } | null;
  /** A consent to exchange information holds today. */
  exchangeConsentInForce: boolean;
}

/** The plan as read, carrying the viewer's scope (as do its goals and measures) for the child fields. */
export type PlanRead = Scoped<PlanView & { consentFacts: PlanConsentFacts }>;

/**
 * The person's current plan (not closed), as the viewer may see it; null when there is none.
 * One query: the plan with its goals, measures, evaluations, sub-plans, checklist and transitions,
 * and through the person the coordinators in force, the next meetings and an exchange consent in
 * force (with relation joins, one SQL statement).
 */
export async function planForPerson(ctx: Context, personId: string, access: AccessScope, options: PlanReadOptions = {}): Promise<PlanRead | null> {
  const [plan] = await Promise.all([
    ctx.db.individualPlan.findFirst({
      where: { personId, ...(options.includeClosed && options.planId ? {} : { status: { not: 'CLOSED' as const } }), ...(options.planId ? { id: options.planId } : {}) },
      select: {
        id: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        nextRevisionDate: true,
        version: true,
        consentId: true,
        awaitingConsentSince: true,
        closedAt: true,
        closedReason: true,
        consent: { select: { withdrawnAt: true, periodEnd: true } },
        ...PLAN_SECTIONS_SELECT,
        person: {
          select: {
            ...PERSON_REF_SELECT,
            coordinatorAssigns: {
              where: activeAssignmentFilter(ctx.now),
              orderBy: { startDate: 'asc' },
              select: {
                startDate: true,
                endDate: true,
                isChildCoordinator: true,
                coordinator: { select: { name: true, title: true, phone: true, email: true } },
                unit: { select: { name: true } },
              },
            },
            meetings: {
              where: { status: 'PLANNED', startsAt: { gte: ctx.now } },
              orderBy: { startsAt: 'asc' },
              take: 5,
              select: { id: true, type: true, status: true, startsAt: true, location: true },
            },
            consents: { where: consentInForceFilter(ctx.now), take: 1, select: { id: true } },
          },
        },
        goals: { where: NOT_REMOVED, orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }], select: GOAL_SELECT },
        measures: { where: NOT_REMOVED, orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }], select: MEASURE_SELECT },
        lifeAreas: { orderBy: { area: 'asc' }, select: LIFE_AREA_SELECT },
        participants: { where: NOT_REMOVED, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }], select: PARTICIPANT_SELECT },
        evaluations: { where: NOT_REMOVED, orderBy: [{ scheduledFor: 'asc' }, { id: 'asc' }], select: EVALUATION_SELECT },
        subPlans: { where: NOT_REMOVED, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: SUB_PLAN_SELECT },
        checklist: { orderBy: [{ checkedAt: 'asc' }, { itemKey: 'asc' }], select: CHECKLIST_SELECT },
        transitions: { where: NOT_REMOVED, orderBy: [{ date: 'asc' }, { createdAt: 'asc' }], select: TRANSITION_SELECT },
      },
    }),
    recordAccess(ctx, [personId], options.loggedAs ?? 'plan.read'),
  ]);
  if (!plan) return null;
  const { coordinatorAssigns: assignments, meetings, consents: exchangeConsents, ...person } = plan.person;
  const sections = Object.fromEntries(PLAN_SECTION_FIELDS.map((field) => [field, plan[field]])) as Record<PlanSectionField, string | null>;
  const hidden = access.hiddenLifeAreas;
  const personRef = toPersonRef(person, ctx.now);
  const reviewHorizon = addDays(osloTodayAsDate(ctx.now), TRANSITION_REVIEW_DAYS);
  const view = {
    id: plan.id,
    person: personRef,
    status: plan.status,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    nextRevisionDate: plan.nextRevisionDate,
    version: plan.version,
    hasConsent: plan.consentId !== null && plan.awaitingConsentSince === null,
    awaitingConsent: plan.awaitingConsentSince !== null,
    closedAt: plan.closedAt,
    closedReason: plan.closedReason,
    canRegisterConsent: access.relationship === 'coordinatorOfPerson' && plan.status !== 'CLOSED',
    periodEndsInDays: plan.periodEnd ? daysBetween(osloTodayAsDate(ctx.now), plan.periodEnd) : null,
    // The same rule as the policy's 'plan.edit' and editablePlan, so the editor shows only what will be let through.
    canEdit: access.relationship === 'coordinatorOfPerson' && plan.status !== 'CLOSED' && plan.awaitingConsentSince === null,
    ...sections,
    lifeAreas: plan.lifeAreas.filter((mapping) => visible(hidden, mapping.area)),
    participants: plan.participants.map(({ unit, ...participant }) => ({ ...participant, unitName: unit?.name ?? null })),
    coordinators: assignments.map((a) => ({
      name: a.coordinator.name,
      title: a.coordinator.title,
      phone: a.coordinator.phone,
      email: a.coordinator.email,
      unitName: a.unit?.name ?? null,
      isChildCoordinator: a.isChildCoordinator,
      since: a.startDate,
      until: a.endDate,
    })),
    coordinatorHandover: handoverOf(assignments),
    goals: allWithScope(
      plan.goals.filter((goal) => visible(hidden, goal.lifeArea) && goalVisible(access, goal.id)),
      access,
    ),
    measures: allWithScope(
      visibleMeasures(plan.measures, access).map((measure) => toMeasureView(measure, ctx.now)),
      access,
    ),
    upcomingMeetings: meetings,
    // The four questions are about the plan as a whole, not about one life area: every reader of the plan sees them.
    evaluations: plan.evaluations.map(toEvaluationView),
    subPlans: plan.subPlans.filter((subPlan) => visible(hidden, subPlan.lifeArea) && subPlanVisible(access, subPlan.id)).map(toSubPlanView),
    lifePhase: lifePhaseForAge(personRef.age),
    checklist: plan.checklist.filter((tick) => visible(hidden, checklistItem(tick.itemKey)?.lifeArea)).map(toChecklistTickView),
    transitions: plan.transitions.filter((transition) => visible(hidden, TRANSITION_LIFE_AREA[transition.kind])).map((transition) => toTransitionView(transition, reviewHorizon)),
    hiddenLifeAreas: hidden,
    partsWithheld: access.partsWithheld ?? hidden.length > 0,
    consentFacts: { planConsent: plan.consent, exchangeConsentInForce: exchangeConsents.length > 0 },
  };
  return withScope(view, access);
}

/** The plan after a write, as the one who wrote may see it: what every mutation of the plan answers. */
export async function planAfterWrite(ctx: Context, personId: string, access: AccessScope): Promise<PlanRead> {
  const plan = await planForPerson(ctx, personId, access);
  if (!plan) throw notFound();
  return plan;
}
