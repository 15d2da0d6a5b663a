import type { Unmasked } from '@apollo/client';
import type { PersonPlanQuery as PersonPlanData, PersonPlanStateQuery as PersonPlanStateData } from '../../../gql/graphql';
import { PERSON_IDS } from '../../../test-utils/fixtures';
import { mockResult } from '../../../test-utils/render';
import { PersonPlanQuery, PersonPlanStateQuery } from '../graphql/plan';

type Plan = NonNullable<Unmasked<PersonPlanData>['plan']>;
type PersonState = Unmasked<PersonPlanStateData>['person'];

/** Ingrid Solberg's card, as a coordinator contact in any plan. */
export const ingridContact: Plan['coordinators'][number] = {
  __typename: 'CoordinatorContact',
  name: 'Ingrid Solberg',
  title: 'Sykepleier',
  unitName: 'Hjemmetjenesten',
  phone: '99 88 77 66',
  email: 'ingrid@fjordvik.kommune.no',
  since: '2024-01-15',
  until: null,
  isChildCoordinator: false,
};

type Finding = Plan['legalContent'][number];
type Comment = Plan['goals'][number]['comments'][number];

const LEGAL_ITEMS = [
  'GOALS_RESOURCES_NEEDS',
  'PARTICIPANTS',
  'COORDINATOR',
  'CONTRIBUTIONS',
  'MEASURES_SCOPE_RESPONSIBLE',
  'HOW_CARRIED_OUT',
  'PERIOD_AND_REVISION',
  'CONSENT',
  'COOPERATION',
] as const;

/** The check of the legal content: every part in place but for the problems given. */
export function legalContent(problems: Partial<Record<Finding['item'], Finding['problems']>> = {}): Finding[] {
  return LEGAL_ITEMS.map((item) => ({ __typename: 'LegalContentFinding', item, satisfied: !problems[item]?.length, problems: problems[item] ?? [] }));
}

export const goalComment = (comment: Partial<Comment> & Pick<Comment, 'id' | 'kind' | 'body'>): Comment => ({
  __typename: 'GoalCommentView',
  author: comment.kind === 'ANSWER' ? 'STAFF' : 'PERSON',
  authorName: comment.kind === 'ANSWER' ? 'Ingrid Solberg' : 'Sofie Berg',
  createdAt: '2025-05-20T18:00:00.000Z',
  answeredAt: null,
  ...comment,
});

/** Sofie's thread on her work trial: a suggestion Ingrid answered, and a newer comment waiting. */
export const sofieThread: Comment[] = [
  goalComment({ id: 'gc-1', kind: 'SUGGESTION', body: 'Kan jeg starte med to hele formiddager?', answeredAt: '2025-05-21T09:00:00.000Z' }),
  goalComment({ id: 'gc-2', kind: 'ANSWER', body: 'Godt forslag. Jeg tar det opp med NAV.', createdAt: '2025-05-21T09:00:00.000Z' }),
  goalComment({ id: 'gc-3', kind: 'COMMENT', body: 'Barnehagen vil vente til etter høstferien.', createdAt: '2025-05-29T18:00:00.000Z' }),
];

export const sofiePlan: Plan = {
  __typename: 'PlanView',
  id: 'plan-1',
  status: 'ACTIVE',
  periodStart: '2024-02-01',
  periodEnd: '2026-01-31',
  nextRevisionDate: '2025-09-01',
  whatIsImportant: 'Å bo hjemme og komme tilbake i jobb.',
  version: 3,
  hasConsent: true,
  awaitingConsent: false,
  canRegisterConsent: false,
  periodEndsInDays: 200,
  guardians: [],
  canEdit: false,
  situation: 'Bor alene i egen leilighet.',
  resources: null,
  dreams: null,
  needs: null,
  ownContribution: null,
  networkContribution: null,
  cooperationNeeds: null,
  languageAndCulture: null,
  lifeAreas: [
    { __typename: 'LifeAreaView', id: 'la-1', area: 'HEALTH', situation: 'Diabetes.', services: 'Hjemmesykepleie', needs: null, version: 1 },
    { __typename: 'LifeAreaView', id: 'la-2', area: 'WORK', situation: null, services: null, needs: null, version: 1 },
  ],
  participants: [
    {
      __typename: 'ParticipantView',
      id: 'pp-1',
      kind: 'PERSON',
      name: 'Sofie Berg',
      role: null,
      unitId: null,
      unitName: null,
      organisation: null,
      phone: null,
      email: null,
      contribution: null,
      version: 1,
    },
  ],
  hiddenLifeAreas: [],
  partsWithheld: false,
  unansweredComments: 1,
  legalContent: legalContent({
    MEASURES_SCOPE_RESPONSIBLE: [{ __typename: 'LegalProblem', code: 'MEASURE_WITHOUT_SCOPE', goalId: null, measureId: 'm-1' }],
  }),
  person: { __typename: 'PersonRef', id: PERSON_IDS.sofie, name: 'Sofie Berg' },
  coordinators: [ingridContact],
  coordinatorHandover: null,
  goals: [
    {
      __typename: 'GoalView',
      id: 'g-1',
      kind: 'LONG_TERM',
      status: 'IN_PROGRESS',
      description: 'Komme tilbake i arbeid',
      targetDate: '2026-01-01',
      lifeArea: 'WORK',
      parentGoalId: null,
      sortOrder: 0,
      version: 2,
      comments: [],
      actionItems: [],
    },
    {
      __typename: 'GoalView',
      id: 'g-2',
      kind: 'SHORT_TERM',
      status: 'NOT_STARTED',
      description: 'Arbeidstrening to dager i uka',
      targetDate: null,
      lifeArea: 'WORK',
      parentGoalId: 'g-1',
      sortOrder: 0,
      version: 1,
      comments: sofieThread,
      actionItems: [],
    },
  ],
  measures: [
    {
      __typename: 'MeasureView',
      id: 'm-1',
      description: 'Avklare arbeidstrening med NAV',
      responsible: 'NAV Fjordvik',
      dueDate: '2025-08-15',
      status: 'ONGOING',
      goalId: 'g-2',
      responsibleParticipantId: null,
      responsibleUnitId: 'unit-nav',
      responsibleText: null,
      startDate: null,
      overdue: false,
      scope: null,
      howCarriedOut: null,
      ownContribution: null,
      sortOrder: 0,
      version: 1,
    },
  ],
  upcomingMeetings: [
    { __typename: 'MeetingRef', id: 'mt-1', type: 'RESPONSIBILITY_GROUP', startsAt: '2025-06-12T08:00:00.000Z', location: 'Fjordvik rådhus', status: 'PLANNED' },
  ],
  // The plan's parts: an evaluation held and one agreed, her crisis plan, the adult checklist
  // begun, and the work trial coming up without a review yet.
  evaluations: [
    {
      __typename: 'EvaluationView',
      id: 'ev-1',
      scheduledFor: '2025-02-03',
      heldAt: '2025-02-03T13:00:00.000Z',
      evaluatedByName: 'Ingrid Solberg',
      goalsReached: 'Delvis: hun bor fortsatt hjemme, jobben venter.',
      servicesWork: 'Hjemmesykepleien fungerer godt.',
      wayOfWorking: null,
      ownerExperience: 'Sofie vil ha færre møter.',
      conclusion: 'Nytt delmål om arbeidstrening.',
      version: 2,
    },
    {
      __typename: 'EvaluationView',
      id: 'ev-2',
      scheduledFor: '2025-08-20',
      heldAt: null,
      evaluatedByName: null,
      goalsReached: null,
      servicesWork: null,
      wayOfWorking: null,
      ownerExperience: null,
      conclusion: null,
      version: 1,
    },
  ],
  subPlans: [
    {
      __typename: 'SubPlanView',
      id: 'sp-1',
      kind: 'CRISIS_PLAN',
      title: 'Kriseplan ved sterk hodepine',
      owner: 'Per Aasen, fastlege',
      ownerName: 'Per Aasen, fastlege',
      ownerUnitId: null,
      lifeArea: 'HEALTH',
      externalReference: 'Journal hos Fjordvik legesenter',
      note: null,
      version: 1,
    },
  ],
  lifePhase: 'ADULT',
  checklist: [
    { __typename: 'ChecklistTickView', itemKey: 'adult.municipalServices', phase: 'ADULT', checkedAt: '2025-01-10T09:00:00.000Z', checkedByName: 'Ingrid Solberg' },
  ],
  transitions: [
    {
      __typename: 'TransitionView',
      id: 'tr-1',
      kind: 'WORK',
      date: '2025-07-15',
      note: 'Arbeidsutprøving i Fjordvik barnehage.',
      reviewDue: true,
      reviewedAt: null,
      reviewedByName: null,
      version: 1,
    },
  ],
};

/** Terje Pedersen's plan during the change of coordinator: both cards, and who hands over to whom. */
export const terjePlan: Plan = {
  ...sofiePlan,
  id: 'plan-3',
  person: { __typename: 'PersonRef', id: PERSON_IDS.terje, name: 'Terje Pedersen' },
  coordinators: [
    { ...ingridContact, name: 'Lars Brekke', unitName: 'Psykisk helse og rus', phone: null, email: 'lars@fjordvik.kommune.no', since: '2023-10-01', until: '2025-06-20' },
    { ...ingridContact, since: '2025-06-06' },
  ],
  coordinatorHandover: { __typename: 'CoordinatorHandover', fromName: 'Lars Brekke', toName: 'Ingrid Solberg', overlapUntil: '2025-06-20' },
};

export const planMock = (plan: Plan) => mockResult(PersonPlanQuery, { personId: plan.person.id }, { __typename: 'Query', plan });

export const noPlanMock = (personId: string) => mockResult(PersonPlanQuery, { personId }, { __typename: 'Query', plan: null });

/** Bjørn Hansen declined the plan; the viewer is his coordinator. */
export const bjornDeclined: PersonState = {
  __typename: 'PersonView',
  id: PERSON_IDS.bjorn,
  name: 'Bjørn Hansen',
  firstName: 'Bjørn',
  relation: 'COORDINATOR',
  planState: 'DECLINED',
  planStateSince: '2025-03-01T00:00:00.000Z',
  closedPlanId: null,
  coordinators: [ingridContact],
};

export const personStateMock = (person: PersonState) =>
  mockResult(PersonPlanStateQuery, { personId: person.id }, { __typename: 'Query', person });
