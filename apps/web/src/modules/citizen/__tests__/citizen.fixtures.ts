import type { Unmasked } from '@apollo/client';
import type {
  AccessLogQuery as AccessLogData,
  CitizenPlanQuery as CitizenPlanData,
  PersonConsentsQuery as PersonConsentsData,
} from '../../../gql/graphql';
import { PERSON_IDS } from '../../../test-utils/fixtures';
import { mockResult } from '../../../test-utils/render';
import { ingridContact, sofieThread } from '../../plan/__tests__/plan.fixtures';
import { AccessLogQuery } from '../../access-log/graphql';
import { ActingForQuery, CitizenPlanQuery, PersonConsentsQuery } from '../graphql/citizen';

export type Consent = Unmasked<PersonConsentsData>['consents'][number];

export const SOFIE_ID = PERSON_IDS.sofie;
export const EMIL_ID = PERSON_IDS.emil;
export const MAJA_ID = PERSON_IDS.maja;

export const actingForSofie = mockResult(
  ActingForQuery,
  {},
  {
    __typename: 'Query',
    actingFor: [{ __typename: 'PersonRef', id: SOFIE_ID, name: 'Sofie Berg', firstName: 'Sofie', isSelf: true, age: 34, expectedBirthDate: null }],
  },
);

/** Mona Dahl acts for her two children. */
export const actingForMona = mockResult(
  ActingForQuery,
  {},
  {
    __typename: 'Query',
    actingFor: [
      { __typename: 'PersonRef', id: EMIL_ID, name: 'Emil Dahl', firstName: 'Emil', isSelf: false, age: 9, expectedBirthDate: null },
      { __typename: 'PersonRef', id: MAJA_ID, name: 'Maja Dahl', firstName: 'Maja', isSelf: false, age: 5, expectedBirthDate: null },
    ],
  },
);

export type CitizenPlanView = NonNullable<Unmasked<CitizenPlanData>['plan']>;

export const sofiePlanView: CitizenPlanView = {
  __typename: 'PlanView',
  id: 'plan-1',
  status: 'ACTIVE',
  whatIsImportant: 'Å bo hjemme og komme tilbake i jobb.',
  nextRevisionDate: '2025-09-01',
  periodEnd: '2026-01-31',
  hiddenLifeAreas: [],
  partsWithheld: false,
  coordinators: [ingridContact],
  coordinatorHandover: null,
  goals: [
    {
      __typename: 'GoalView',
      id: 'g-1',
      kind: 'LONG_TERM',
      status: 'IN_PROGRESS',
      description: 'Komme tilbake i arbeid',
      targetDate: null,
      lifeArea: 'WORK',
      parentGoalId: null,
      comments: sofieThread.slice(0, 2),
      actionItems: [],
    },
  ],
  measures: [
    {
      __typename: 'MeasureView',
      id: 'm-1',
      description: 'avklare arbeidstrening',
      responsible: 'NAV Fjordvik',
      dueDate: '2025-08-15',
      status: 'ONGOING',
      goalId: 'g-1',
      overdue: true,
    },
    {
      __typename: 'MeasureView',
      id: 'm-2',
      description: 'øve på å ta bussen alene',
      responsible: 'Sofie',
      dueDate: null,
      status: 'PLANNED',
      goalId: 'g-1',
      overdue: false,
    },
  ],
  upcomingMeetings: [
    { __typename: 'MeetingRef', id: 'mt-1', type: 'EVALUATION', startsAt: '2025-09-01T10:00:00.000Z', location: null, status: 'PLANNED' },
  ],
  subPlans: [{ __typename: 'SubPlanView', id: 'sp-1', kind: 'CRISIS_PLAN', title: 'Kriseplan ved sterk hodepine', owner: 'Per Aasen, fastlege' }],
};

export const sofiePlan = mockResult(CitizenPlanQuery, { personId: SOFIE_ID }, { __typename: 'Query', plan: sofiePlanView });

export const emilPlan = mockResult(
  CitizenPlanQuery,
  { personId: EMIL_ID },
  {
    __typename: 'Query',
    plan: {
      ...sofiePlanView,
      id: 'plan-emil',
      whatIsImportant: 'Emil: «Lego, og at friminuttet ikke er så bråkete.»',
      subPlans: [],
      coordinators: [{ ...ingridContact, name: 'Jonas Lie', email: 'jonas@fjordvik.kommune.no', isChildCoordinator: true }],
    },
  },
);

export const planConsent: Consent = {
  __typename: 'ConsentView',
  id: 'c-plan',
  scope: 'INDIVIDUAL_PLAN',
  form: 'WRITTEN',
  givenAt: '2024-02-01T09:00:00.000Z',
  givenByName: null,
  heardAt: null,
  heardByName: null,
  periodStart: '2024-02-01',
  periodEnd: null,
  withdrawnAt: null,
  pdfUrl: '/api/consents/c-plan/pdf',
  restrictions: [],
};

export const exchangeConsent: Consent = {
  __typename: 'ConsentView',
  id: 'c-exchange',
  scope: 'INFORMATION_EXCHANGE',
  form: 'ORAL',
  givenAt: '2024-02-01T09:00:00.000Z',
  givenByName: null,
  heardAt: '2024-02-01T09:00:00.000Z',
  heardByName: 'Ingrid Solberg',
  periodStart: null,
  periodEnd: null,
  withdrawnAt: null,
  pdfUrl: '/api/consents/c-exchange/pdf',
  restrictions: [
    {
      __typename: 'ConsentRestrictionView',
      kind: 'PROFESSIONAL_ENVIRONMENT',
      description: 'Gjelder alt.',
      lifeArea: null,
      goalId: null,
      subPlanId: null,
      unitName: 'Fysio- og ergoterapi',
      organisation: null,
    },
    {
      __typename: 'ConsentRestrictionView',
      kind: 'MATTER',
      description: 'Vil ikke at banken skal vite om gjelden.',
      lifeArea: 'ECONOMY',
      goalId: null,
      subPlanId: null,
      unitName: null,
      organisation: 'NAV Fjordvik',
    },
  ],
};

export const oldGroupConsent: Consent = {
  __typename: 'ConsentView',
  id: 'c-old',
  scope: 'RESPONSIBILITY_GROUP',
  form: 'WRITTEN',
  givenAt: '2022-01-01T09:00:00.000Z',
  givenByName: null,
  heardAt: null,
  heardByName: null,
  periodStart: '2022-01-01',
  periodEnd: '2022-12-31',
  withdrawnAt: '2023-01-01T09:00:00.000Z',
  pdfUrl: '/api/consents/c-old/pdf',
  restrictions: [],
};

export const sofieConsents = mockResult(
  PersonConsentsQuery,
  { personId: SOFIE_ID },
  { __typename: 'Query', consents: [planConsent, exchangeConsent, oldGroupConsent] },
);

export type AccessLogPage = Unmasked<AccessLogData>['accessLog'];
export type AccessLogLine = AccessLogPage['entries'][number];

export function accessLogLine(overrides: Partial<AccessLogLine> = {}): AccessLogLine {
  return {
    __typename: 'AccessLogLine',
    day: '2025-05-02',
    actorName: 'Per Aasen',
    actorTitle: 'Fastlege',
    actorRole: 'SERVICE_PROVIDER',
    actorUnits: ['Fjordvik legesenter'],
    action: 'plan.read',
    count: 1,
    lastAt: '2025-05-02T07:15:00.000Z',
    ...overrides,
  };
}

/** The access log query for a person, as the web app asks for it (first page unless `after`). */
export function mockAccessLog(
  personId: string,
  page: { entries: AccessLogLine[]; totalCount?: number; nextCursor?: string | null },
  request: { after?: string; includeOwnReads?: boolean } = {},
) {
  const nextCursor = page.nextCursor ?? null;
  return mockResult(
    AccessLogQuery,
    { personId, first: 20, includeOwnReads: request.includeOwnReads ?? false, ...(request.after ? { after: request.after } : {}) },
    {
      __typename: 'Query',
      accessLog: {
        __typename: 'AccessLogPage',
        entries: page.entries,
        totalCount: page.totalCount ?? page.entries.length,
        hasMore: nextCursor !== null,
        nextCursor,
      },
    },
  );
}

export const sofieAccessLog = mockAccessLog(SOFIE_ID, {
  entries: [
    accessLogLine({ count: 3 }),
    accessLogLine({
      day: '2025-05-01',
      actorName: 'Ingrid Solberg',
      actorTitle: null,
      actorRole: 'COORDINATOR',
      actorUnits: ['Hjemmetjenesten'],
      action: 'caseload.read',
      lastAt: '2025-05-01T12:00:00.000Z',
    }),
  ],
});
