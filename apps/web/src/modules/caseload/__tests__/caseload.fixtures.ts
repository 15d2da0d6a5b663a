import type { Unmasked } from '@apollo/client';
import type { MyCaseloadQuery as MyCaseloadData } from '../../../gql/graphql';
import { PERSON_IDS } from '../../../test-utils/fixtures';
import { mockResult } from '../../../test-utils/render';
import { MyCaseloadQuery } from '../graphql/caseload';

type Entry = Unmasked<MyCaseloadData>['myCaseload'][number];

const sofie: Entry = {
  __typename: 'CaseloadEntry',
  assignmentId: 'a-1',
  person: { __typename: 'PersonRef', id: PERSON_IDS.sofie, name: 'Sofie Berg', age: 34, expectedBirthDate: null },
  isChildCoordinator: false,
  planId: 'plan-1',
  planStatus: 'ACTIVE',
  nextRevisionDate: '2025-09-01',
  openMeasures: 4,
  unansweredComments: 1,
  nextMeetingAt: '2025-06-12T08:00:00.000Z',
  hasResponsibilityGroup: true,
  since: '2024-01-15',
  isNew: false,
  endsOn: null,
  handover: null,
};

const emil: Entry = {
  __typename: 'CaseloadEntry',
  assignmentId: 'a-2',
  person: { __typename: 'PersonRef', id: PERSON_IDS.emil, name: 'Emil Dahl', age: 9, expectedBirthDate: null },
  isChildCoordinator: true,
  planId: null,
  planStatus: null,
  nextRevisionDate: null,
  openMeasures: 0,
  unansweredComments: 0,
  nextMeetingAt: null,
  hasResponsibilityGroup: false,
  since: '2024-05-01',
  isNew: false,
  endsOn: '2025-07-01',
  handover: null,
};

/** Terje Pedersen: Lars Brekke hands over to the signed-in coordinator, who started lately (new, first). */
const terje: Entry = {
  __typename: 'CaseloadEntry',
  assignmentId: 'a-3',
  person: { __typename: 'PersonRef', id: PERSON_IDS.terje, name: 'Terje Pedersen', age: 45, expectedBirthDate: null },
  isChildCoordinator: false,
  planId: 'plan-3',
  planStatus: 'ACTIVE',
  nextRevisionDate: '2025-07-10',
  openMeasures: 2,
  unansweredComments: 0,
  nextMeetingAt: null,
  hasResponsibilityGroup: false,
  since: '2025-06-06',
  isNew: true,
  endsOn: null,
  handover: { __typename: 'CoordinatorHandover', fromName: 'Lars Brekke', toName: 'Ingrid Solberg', overlapUntil: '2025-06-20' },
};

export const caseloadMock = mockResult(MyCaseloadQuery, {}, { __typename: 'Query', myCaseload: [terje, emil, sofie] });
