// The check of the plan's legal content: for each part an individual plan must hold ((a) to (i)
// of "The plan's legal content" in DOMAIN.md), whether this plan holds it and, where not, what
// is missing, naming the goal or measure. It reads only the plan as read for the view, so it
// costs no statement of its own.
import type { PlanConsentFacts } from './plan.service';
import type { GoalView, MeasureView, PlanView } from './plan.type';
import { LegalContentItem, LegalProblemCode, type LegalContentFinding, type LegalProblem } from './plan-legal.type';

export type LegalContentSource = Pick<
  PlanView,
  | 'whatIsImportant'
  | 'resources'
  | 'needs'
  | 'ownContribution'
  | 'networkContribution'
  | 'cooperationNeeds'
  | 'periodStart'
  | 'periodEnd'
  | 'nextRevisionDate'
  | 'hasConsent'
  | 'lifeAreas'
  | 'participants'
  | 'coordinators'
  | 'goals'
  | 'measures'
> & { consentFacts: PlanConsentFacts };

const problem = (code: LegalProblemCode, ids: { goalId?: string; measureId?: string } = {}): LegalProblem => ({
  code,
  goalId: ids.goalId ?? null,
  measureId: ids.measureId ?? null,
});

const has = (text: string | null | undefined): boolean => Boolean(text?.trim());

/** A measure still to be carried out; done and cancelled ones are the plan's past. */
const isOpen = (measure: MeasureView): boolean => measure.status === 'PLANNED' || measure.status === 'ONGOING';

/** A goal still worked towards, which measures should serve. */
const isPursued = (goal: GoalView): boolean => goal.status === 'NOT_STARTED' || goal.status === 'IN_PROGRESS';

/** The goals no measure serves: not directly, and for a long-term goal not through its short-term goals. */
function goalsWithoutMeasures(goals: GoalView[], measures: MeasureView[]): GoalView[] {
  const served = new Set(measures.filter((measure) => measure.status !== 'CANCELLED' && measure.goalId).map((measure) => measure.goalId));
  const servedThroughChild = new Set(goals.filter((goal) => served.has(goal.id) && goal.parentGoalId).map((goal) => goal.parentGoalId));
  return goals.filter((goal) => isPursued(goal) && !served.has(goal.id) && !servedThroughChild.has(goal.id));
}

function check(plan: LegalContentSource, today: Date): Array<[LegalContentItem, LegalProblem[]]> {
  const open = plan.measures.filter(isOpen);
  const others = plan.participants.filter((participant) => participant.kind !== 'PERSON');
  const professionals = plan.participants.filter((participant) => participant.kind === 'PROFESSIONAL');
  const { planConsent, exchangeConsentInForce } = plan.consentFacts;
  const when = <T>(condition: boolean, value: T): T[] => (condition ? [value] : []);
  return [
    [
      LegalContentItem.GOALS_RESOURCES_NEEDS,
      [
        ...when(!has(plan.whatIsImportant), problem(LegalProblemCode.NO_WHAT_IS_IMPORTANT)),
        ...when(plan.goals.length === 0, problem(LegalProblemCode.NO_GOALS)),
        // The mapping of the life areas may say it instead of the plan's own section.
        ...when(!has(plan.resources) && !plan.lifeAreas.some((area) => has(area.resources)), problem(LegalProblemCode.NO_RESOURCES)),
        ...when(!has(plan.needs) && !plan.lifeAreas.some((area) => has(area.needs)), problem(LegalProblemCode.NO_NEEDS)),
      ],
    ],
    [LegalContentItem.PARTICIPANTS, when(others.length === 0, problem(LegalProblemCode.NO_PARTICIPANTS))],
    [LegalContentItem.COORDINATOR, when(plan.coordinators.length === 0, problem(LegalProblemCode.NO_COORDINATOR))],
    [
      LegalContentItem.CONTRIBUTIONS,
      [
        ...when(!has(plan.ownContribution) && !plan.measures.some((measure) => has(measure.ownContribution)), problem(LegalProblemCode.NO_OWN_CONTRIBUTION)),
        ...when(!has(plan.networkContribution) && !others.some((participant) => has(participant.contribution)), problem(LegalProblemCode.NO_CONTRIBUTIONS)),
      ],
    ],
    [
      LegalContentItem.MEASURES_SCOPE_RESPONSIBLE,
      [
        ...when(open.length === 0, problem(LegalProblemCode.NO_MEASURES)),
        ...goalsWithoutMeasures(plan.goals, plan.measures).map((goal) => problem(LegalProblemCode.GOAL_WITHOUT_MEASURE, { goalId: goal.id })),
        ...open.flatMap((measure) => [
          ...when(!has(measure.responsible), problem(LegalProblemCode.MEASURE_WITHOUT_RESPONSIBLE, { measureId: measure.id })),
          ...when(!has(measure.scope), problem(LegalProblemCode.MEASURE_WITHOUT_SCOPE, { measureId: measure.id })),
        ]),
      ],
    ],
    [
      LegalContentItem.HOW_CARRIED_OUT,
      open.flatMap((measure) => [
        ...when(!has(measure.howCarriedOut), problem(LegalProblemCode.MEASURE_WITHOUT_HOW, { measureId: measure.id })),
        ...when(measure.dueDate === null, problem(LegalProblemCode.MEASURE_WITHOUT_DEADLINE, { measureId: measure.id })),
      ]),
    ],
    [
      LegalContentItem.PERIOD_AND_REVISION,
      [
        ...when(plan.periodStart === null || plan.periodEnd === null, problem(LegalProblemCode.NO_PERIOD)),
        ...when(plan.periodEnd !== null && plan.periodEnd < today, problem(LegalProblemCode.PERIOD_ENDED)),
        ...when(plan.nextRevisionDate === null, problem(LegalProblemCode.NO_REVISION_DATE)),
        ...when(plan.nextRevisionDate !== null && plan.nextRevisionDate < today, problem(LegalProblemCode.REVISION_OVERDUE)),
      ],
    ],
    [
      LegalContentItem.CONSENT,
      [
        ...when(!plan.hasConsent, problem(LegalProblemCode.NO_CONSENT)),
        ...when(planConsent?.withdrawnAt != null, problem(LegalProblemCode.CONSENT_WITHDRAWN)),
        ...when(planConsent?.withdrawnAt == null && planConsent?.periodEnd != null && planConsent.periodEnd < today, problem(LegalProblemCode.CONSENT_EXPIRED)),
        // Sharing confidential information is relevant once professionals besides one take part.
        ...when(professionals.length > 1 && !exchangeConsentInForce, problem(LegalProblemCode.NO_EXCHANGE_CONSENT)),
      ],
    ],
    [LegalContentItem.COOPERATION, when(!has(plan.cooperationNeeds), problem(LegalProblemCode.NO_COOPERATION_NOTE))],
  ];
}

/** One finding per part of the legal content, in the order of the law; `today` is the date in Oslo. */
export function legalContentOf(plan: LegalContentSource, today: Date): LegalContentFinding[] {
  return check(plan, today).map(([item, problems]) => ({ item, satisfied: problems.length === 0, problems }));
}
