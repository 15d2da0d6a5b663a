// How a change in the plan's history reads: each field by the label the editor gives it, and its
// value as the editor shows it (a status in words, a date as a date, a goal or unit by its name).
import { isMessageKey, type MessageKey } from '@samhandling/shared';
import type { I18nValue } from '../../../i18n/I18nProvider';
import { PLAN_SECTIONS } from '../editor/SectionsEditor';

/** The records of a plan whose text a restore sets, with those text fields (as the API has them). */
export const RESTORABLE_TEXT: Record<string, readonly string[]> = {
  IndividualPlan: PLAN_SECTIONS,
  LifeAreaMapping: ['situation', 'services', 'needs', 'resources', 'wishes'],
  Goal: ['description'],
  Measure: ['description', 'responsibleText', 'scope', 'howCarriedOut', 'ownContribution'],
  PlanParticipant: ['name', 'role', 'organisation', 'phone', 'email', 'contribution'],
  Evaluation: ['goalsReached', 'servicesWork', 'wayOfWorking', 'ownerExperience', 'conclusion'],
  SubPlan: ['title', 'note', 'externalReference'],
  PlanTransition: ['note'],
};

const GOALS = 'web.planEditor.goals';
const MEASURES = 'web.planEditor.measures';
const PEOPLE = 'web.planEditor.participants';
const PARTS = 'web.planParts';

/** Each record's fields by the key of their label; a record's field not here takes the plan's. */
const LABELS: Record<string, Record<string, string>> = {
  IndividualPlan: {
    periodStart: 'web.planEditor.date.periodStart',
    periodEnd: 'web.planEditor.date.periodEnd',
    nextRevisionDate: 'web.planEditor.date.nextRevisionDate',
    status: `${GOALS}.status`,
    kind: `${GOALS}.kind`,
    consentForm: 'web.planEditor.consent.form',
    consentGivenAt: 'web.planEditor.consent.givenAt',
    closedReason: 'web.changeForm.field.closedReason',
  },
  // Change forms and what they change: the coordinators, the group.
  ChangeForm: {
    kind: 'web.changeForm.col.kind',
    reason: 'web.changeForm.reason',
    effectiveDate: 'web.changeForm.col.date',
    reportedBy: 'web.changeForm.reportedBy',
    registeredAt: 'web.changeForm.field.registeredAt',
  },
  CoordinatorAssignment: {
    coordinatorName: 'web.changeForm.field.coordinatorName',
    unitName: 'web.changeForm.field.unitName',
    startDate: 'web.changeForm.field.startDate',
    endDate: 'web.changeForm.field.endDate',
    endReason: 'web.changeForm.field.endReason',
    handedOverBy: 'web.changeForm.field.handedOverBy',
  },
  ResponsibilityGroup: {
    status: 'web.changeForm.group',
  },
  LifeAreaMapping: {
    situation: 'web.planEditor.lifeAreas.situation',
    services: 'web.planEditor.lifeAreas.services',
    needs: 'web.planEditor.lifeAreas.needs',
    wishes: 'web.planEditor.section.dreams',
  },
  Goal: {
    kind: `${GOALS}.kind`,
    lifeArea: `${GOALS}.lifeArea`,
    description: `${GOALS}.description`,
    status: `${GOALS}.status`,
    targetDate: `${GOALS}.targetDate`,
    parentGoalId: `${GOALS}.parent`,
  },
  Measure: {
    goalId: `${MEASURES}.goal`,
    description: `${MEASURES}.description`,
    responsibleParticipantId: `${MEASURES}.responsible`,
    responsibleUnitId: `${MEASURES}.responsible`,
    responsibleText: `${MEASURES}.responsibleText`,
    startDate: `${MEASURES}.startDate`,
    dueDate: `${MEASURES}.dueDate`,
    scope: `${MEASURES}.scope`,
    howCarriedOut: `${MEASURES}.howCarriedOut`,
    status: `${MEASURES}.status`,
    ownContribution: `${MEASURES}.ownContribution`,
  },
  PlanParticipant: {
    kind: `${PEOPLE}.kind`,
    name: `${PEOPLE}.name`,
    role: `${PEOPLE}.role`,
    unitId: `${PEOPLE}.organisation`,
    organisation: `${PEOPLE}.organisation`,
    phone: `${PEOPLE}.phone`,
    email: `${PEOPLE}.email`,
    contribution: `${PEOPLE}.contribution`,
  },
  Evaluation: {
    scheduledFor: `${PARTS}.evaluations.date`,
    heldAt: `${PARTS}.evaluations.held`,
    goalsReached: 'evaluation.question.goalsReached',
    servicesWork: 'evaluation.question.servicesWork',
    wayOfWorking: 'evaluation.question.wayOfWorking',
    ownerExperience: 'evaluation.question.ownerExperience',
    conclusion: 'evaluation.question.conclusion',
  },
  SubPlan: {
    kind: `${PARTS}.subPlans.kind`,
    title: `${PARTS}.subPlans.name`,
    ownerUnitId: `${PARTS}.subPlans.ownerUnit`,
    ownerName: `${PARTS}.subPlans.ownerName`,
    lifeArea: `${GOALS}.lifeArea`,
    externalReference: `${PARTS}.subPlans.externalReference`,
    note: `${PARTS}.note`,
  },
  PlanChecklistItem: {
    itemKey: `${PARTS}.checklist.title`,
  },
  PlanTransition: {
    kind: `${PARTS}.transitions.kind`,
    date: `${PARTS}.transitions.date`,
    note: `${PARTS}.note`,
    reviewedAt: `${PARTS}.transitions.reviewed`,
  },
};

/** Fields whose value is a choice, by the prefix of its texts. */
const CHOICES: Record<string, string> = {
  'IndividualPlan.status': 'planStatus',
  'IndividualPlan.kind': 'web.goalKind',
  'IndividualPlan.consentForm': 'web.planEditor.consent',
  'Goal.kind': 'web.goalKind',
  'Goal.status': 'goalStatus',
  'Goal.lifeArea': 'web.lifeArea',
  'Measure.status': 'measureStatus',
  'PlanParticipant.kind': 'web.planEditor.participantKind',
  'SubPlan.kind': 'subPlanKind',
  'SubPlan.lifeArea': 'web.lifeArea',
  'PlanChecklistItem.itemKey': 'checklist',
  'PlanTransition.kind': 'transitionKind',
  'ChangeForm.kind': 'changeForm.kind',
  'ChangeForm.reportedBy': 'changeForm.reporter',
  'ResponsibilityGroup.status': 'web.changeForm.groupStatus',
};

const DATES = new Set([
  'periodStart',
  'periodEnd',
  'nextRevisionDate',
  'consentGivenAt',
  'targetDate',
  'startDate',
  'dueDate',
  'scheduledFor',
  'heldAt',
  'date',
  'reviewedAt',
  'endDate',
  'effectiveDate',
  'registeredAt',
]);
const REFERENCES = new Set(['parentGoalId', 'goalId', 'responsibleParticipantId', 'responsibleUnitId', 'unitId', 'ownerUnitId']);
/** Kept in the history for the API's sake, but said by the action itself (or by who made the change). */
const UNSHOWN = new Set(['removedAt', 'goalIds', 'evaluatedById', 'reviewedById', 'phase']);

const labelKey = (entity: string, field: string): string | undefined =>
  LABELS[entity]?.[field] ?? ((PLAN_SECTIONS as readonly string[]).includes(field) ? `web.planEditor.section.${field}` : undefined);

export const isShownField = (field: string) => !UNSHOWN.has(field);

/** A field's label; a field without one (none today) shows its name. */
export function fieldLabel(t: I18nValue['t'], entity: string, field: string): string {
  const key = labelKey(entity, field);
  return key && isMessageKey(key) ? t(key) : field;
}

/** A value as the editor shows it; null when there is none. */
export function fieldValue(
  { t, formatDate }: Pick<I18nValue, 't' | 'formatDate'>,
  nameOf: (id: string) => string | null,
  entity: string,
  field: string,
  value: string | null,
): string | null {
  if (value === null) return null;
  if (DATES.has(field)) return formatDate(value);
  if (REFERENCES.has(field)) return nameOf(value) ?? value;
  const choice = CHOICES[`${entity}.${field}`];
  const key = `${choice}.${value}`;
  return choice && isMessageKey(key) ? t(key as MessageKey) : value;
}

/** The entry changed text of a record a restore can set (the goals' order is no version). */
export const changedText = (entry: { entity: string; action: string; entityVersion: number | null; changes: ReadonlyArray<{ field: string }> }) =>
  entry.entityVersion !== null &&
  entry.action !== 'goal.reordered' &&
  entry.changes.some((change) => RESTORABLE_TEXT[entry.entity]?.includes(change.field));
