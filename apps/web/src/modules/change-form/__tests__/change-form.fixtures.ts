import type { Unmasked } from '@apollo/client';
import type { ChangeFormSubjectQuery, UnregisteredChangeFormsQuery as UnregisteredData } from '../../../gql/graphql';
import { mockResult } from '../../../test-utils/render';
import { ChangeFormSubjectQuery as SubjectQuery, UnregisteredChangeFormsQuery } from '../graphql/change-form';

type UnregisteredForm = UnregisteredData['unregisteredChangeForms'][number];

/** KE's list of change forms waiting (none unless given); answers every time it is asked. */
export function mockUnregisteredChangeForms(forms: UnregisteredForm[] = []) {
  return mockResult(UnregisteredChangeFormsQuery, {}, { __typename: 'Query', unregisteredChangeForms: forms }, { maxUsageCount: Number.POSITIVE_INFINITY });
}

export const PERSON_ID = '6f1c7d2e-0000-4c3b-9a55-00000000c001';
export const INGRID_ASSIGNMENT = '6f1c7d2e-0000-4c3b-9a55-00000000c002';

type Subject = Unmasked<ChangeFormSubjectQuery>['changeFormSubject'];

export const subject: Subject = {
  __typename: 'ChangeFormSubject',
  person: { __typename: 'PersonRef', id: PERSON_ID, name: 'Terje Nilsen', firstName: 'Terje' },
  openPlanId: 'plan-1',
  openPlanStatus: 'ACTIVE',
  activeGroupId: null,
  assignments: [
    {
      __typename: 'ChangeFormAssignment',
      id: INGRID_ASSIGNMENT,
      coordinatorId: 'u-ingrid',
      coordinatorName: 'Ingrid Solberg',
      unitName: 'Hjemmetjenesten',
      startDate: '2025-01-02',
      endDate: null,
      isChildCoordinator: false,
      isViewer: true,
    },
  ],
  candidates: [
    { __typename: 'CoordinatorCandidate', id: 'u-ingrid', name: 'Ingrid Solberg', unit: { __typename: 'UnitRef', id: 'unit-home', name: 'Hjemmetjenesten' }, caseload: 7 },
    { __typename: 'CoordinatorCandidate', id: 'u-marte', name: 'Marte Johansen', unit: { __typename: 'UnitRef', id: 'unit-dis', name: 'Tjenester for funksjonshemmede' }, caseload: 2 },
  ],
  forms: [
    {
      __typename: 'ChangeFormNode',
      id: 'f-1',
      kind: 'DECLINED_INDIVIDUAL_PLAN',
      reason: null,
      effectiveDate: '2024-11-01',
      reportedBy: 'PERSON',
      reportedByName: null,
      submittedAt: '2024-11-01T10:00:00.000Z',
      registeredAt: '2024-11-03T10:00:00.000Z',
      submittedBy: { __typename: 'StaffRef', id: 'u-ingrid', name: 'Ingrid Solberg' },
    },
  ],
};

export const subjectMock = (value: Subject = subject) => mockResult(SubjectQuery, { personId: value.person.id }, { __typename: 'Query', changeFormSubject: value });
