import type { Unmasked } from '@apollo/client';
import { osloToday } from '@samhandling/shared';
import type { AppointmentSectionQuery as SectionData, CoordinatorCandidatesQuery as CandidatesData } from '../../../gql/graphql';
import { mockResult } from '../../../test-utils/render';
import { AppointmentSectionQuery, CoordinatorCandidatesQuery } from '../graphql/appointment';

export type SectionReferral = Unmasked<SectionData>['referral'];
type Candidate = CandidatesData['coordinatorCandidates'][number];

export const REFERRAL_ID = '7f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const UNITS = {
  homeCare: { __typename: 'UnitRef' as const, id: 'unit-home', name: 'Hjemmetjenesten' },
  mentalHealth: { __typename: 'UnitRef' as const, id: 'unit-mental', name: 'Psykisk helse og rus' },
};

/** A granted case for an adult who wishes Ingrid Solberg, with no coordinator yet. */
export function sectionReferral(overrides: Partial<SectionReferral> = {}): SectionReferral {
  return {
    __typename: 'Referral',
    id: REFERRAL_ID,
    status: 'DECIDED',
    wishedCoordinator: 'Ingrid Solberg',
    wishedUnit: null,
    person: { __typename: 'Person', id: 'p-gunnar', firstName: 'Gunnar', isChild: false },
    appointmentGrants: {
      __typename: 'AppointmentGrants',
      decisionId: 'd-1',
      grantsCoordinator: true,
      grantsChildCoordinator: false,
      grantsIndividualPlan: true,
    },
    assignments: [],
    delegations: [],
    startupMeeting: null,
    declines: [],
    delegableUnits: [UNITS.homeCare, UNITS.mentalHealth],
    ...overrides,
  };
}

export const sectionMock = (referral: SectionReferral) =>
  mockResult(AppointmentSectionQuery, { id: REFERRAL_ID }, { __typename: 'Query', referral });

export const ingrid: Candidate = {
  __typename: 'CoordinatorCandidate',
  id: 'u-ingrid',
  name: 'Ingrid Solberg',
  title: 'Sykepleier',
  unit: UNITS.homeCare,
  caseload: 7,
  hasTraining: true,
  matchesWish: true,
};

export const lars: Candidate = {
  __typename: 'CoordinatorCandidate',
  id: 'u-lars',
  name: 'Lars Brekke',
  title: 'Psykiatrisk sykepleier',
  unit: UNITS.mentalHealth,
  caseload: 2,
  hasTraining: false,
  matchesWish: false,
};

export const candidatesMock = (candidates: Candidate[]) =>
  mockResult(CoordinatorCandidatesQuery, { referralId: REFERRAL_ID }, { __typename: 'Query', coordinatorCandidates: candidates });

/** The case after Ingrid was appointed. */
export const appointedIngrid = (overrides: Partial<SectionReferral['assignments'][number]> = {}): SectionReferral['assignments'][number] => ({
  __typename: 'CoordinatorAssignment',
  id: 'a-new',
  isChildCoordinator: false,
  startDate: osloToday(),
  endDate: null,
  personWish: 'Ingrid Solberg',
  wishFollowed: true,
  wishDeviationReason: null,
  coordinator: { __typename: 'StaffRef', id: 'u-ingrid', name: 'Ingrid Solberg', title: 'Sykepleier', phone: '99 88 77 66', email: 'ingrid@fjordvik.kommune.no' },
  unit: UNITS.homeCare,
  appointedBy: { __typename: 'StaffRef', id: 'u-kari', name: 'Kari Nordmann-Berg' },
  ...overrides,
});
