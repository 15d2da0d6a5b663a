import type { Unmasked } from '@apollo/client';
import type {
  ConsentAlertsQuery as AlertsData,
  ConsentPlanContextQuery as PlanContextData,
  StaffConsentsQuery as StaffConsentsData,
} from '../../../gql/graphql';
import { mockResult } from '../../../test-utils/render';
import { ConsentAlertsQuery, ConsentPersonQuery, ConsentPlanContextQuery, ConsentUnitsQuery, StaffConsentsQuery } from '../graphql/consent';

export type ConsentAlert = AlertsData['consentAlerts'][number];
export type StaffConsent = Unmasked<StaffConsentsData>['consents'][number];
type PlanContext = NonNullable<Unmasked<PlanContextData>['plan']>;

/** The consent alerts of the signed-in coordinator or KE (none unless given); answers every time it is asked. */
export function mockConsentAlerts(alerts: ConsentAlert[] = []) {
  return mockResult(ConsentAlertsQuery, {}, { __typename: 'Query', consentAlerts: alerts }, { maxUsageCount: Number.POSITIVE_INFINITY });
}

export const PERSON_ID = '6f1c7d2e-0000-4c3b-9a55-00000000d001';
export const GUARDIAN_ID = '6f1c7d2e-0000-4c3b-9a55-00000000d002';
export const GOAL_ID = '6f1c7d2e-0000-4c3b-9a55-00000000d003';
export const UNIT_ID = '6f1c7d2e-0000-4c3b-9a55-00000000d004';

export const personMock = (age: number | null = 34, name = 'Linda Sørensen', guardians: Array<{ id: string; name: string }> = []) =>
  mockResult(
    ConsentPersonQuery,
    { personId: PERSON_ID },
    {
      __typename: 'Query',
      consentSubject: {
        __typename: 'ConsentSubject',
        person: { __typename: 'PersonRef', id: PERSON_ID, name, firstName: name.split(' ')[0]!, age },
        guardians: guardians.map((guardian) => ({ __typename: 'GuardianRef', ...guardian, relation: 'PARENT' })),
      },
    },
    { maxUsageCount: Number.POSITIVE_INFINITY },
  );

export const planContext: PlanContext = {
  __typename: 'PlanView',
  id: 'plan-1',
  status: 'ACTIVE',
  goals: [{ __typename: 'GoalView', id: GOAL_ID, description: 'Komme i arbeid', kind: 'LONG_TERM', lifeArea: 'WORK' }],
  subPlans: [],
};

export const planContextMock = (plan: PlanContext | null = planContext) =>
  mockResult(ConsentPlanContextQuery, { personId: PERSON_ID }, { __typename: 'Query', plan }, { maxUsageCount: Number.POSITIVE_INFINITY });

export const unitsMock = mockResult(
  ConsentUnitsQuery,
  {},
  {
    __typename: 'Query',
    units: [
      { __typename: 'UnitRef', id: UNIT_ID, name: 'Fysio- og ergoterapi' },
      { __typename: 'UnitRef', id: '6f1c7d2e-0000-4c3b-9a55-00000000d005', name: 'Hjemmetjenesten' },
    ],
  },
  { maxUsageCount: Number.POSITIVE_INFINITY },
);

export function staffConsent(overrides: Partial<StaffConsent> = {}): StaffConsent {
  return {
    __typename: 'ConsentView',
    id: 'c-1',
    scope: 'INDIVIDUAL_PLAN',
    form: 'WRITTEN',
    givenAt: '2025-01-10T09:00:00.000Z',
    givenByName: null,
    heardAt: null,
    heardByName: null,
    registeredByName: 'Marte Johansen',
    youngPersonView: null,
    youngPersonAgrees: null,
    periodStart: '2025-01-10',
    periodEnd: null,
    informedOfComposition: false,
    informedOfWayOfWorking: false,
    informedOfInformationExchange: false,
    documentReference: null,
    restrictions: [],
    document: null,
    pdfUrl: '/api/consents/c-1/pdf',
    withdrawnAt: null,
    ...overrides,
  };
}

export const consentsMock = (consents: StaffConsent[]) =>
  mockResult(StaffConsentsQuery, { personId: PERSON_ID }, { __typename: 'Query', consents }, { maxUsageCount: Number.POSITIVE_INFINITY });
