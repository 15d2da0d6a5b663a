// Test data shaped like the demo municipality (fictional people), typed by the generated documents.
import type { Unmasked } from '@apollo/client';
import type { MeQuery, Role } from '../gql/graphql';
import { MeQuery as MeDocument } from '../modules/session/graphql/session';
import { mockGraphQLError, mockResult } from './render';

/** Person ids as the API sends them (UUIDs: the plan page refuses anything else). */
export const PERSON_IDS = {
  sofie: '0b8f3e52-6c1d-4a7e-9f20-5d3c8a1b7e41',
  emil: '5d2a9c84-1e3b-4f6a-8c07-2b9e4d6f1a53',
  maja: '9e4c1b27-7a5d-4c8e-b3f1-6a2d8e0c4b95',
  bjorn: 'c3a7e5d1-2b9f-4e60-a8d4-1f7b3c9e5a26',
  terje: 'e7b2d4f9-8c1a-4d3e-9b5f-3a6c0e2d8f17',
} as const;

export type MeData = Unmasked<MeQuery>['me'];

const USERS: Record<Role, { id: string; name: string; kind: 'STAFF' | 'CITIZEN'}> = {
  SYSTEM_COORDINATOR: { id: 'u-kari', name: 'Kari Nordmann-Berg', kind: 'STAFF' },
  UNIT_LEADER: { id: 'u-ola', name: 'Ola Fjeld', kind: 'STAFF' },
  COORDINATOR: { id: 'u-ingrid', name: 'Ingrid Solberg', kind: 'STAFF' },
  SERVICE_PROVIDER: { id: 'u-per', name: 'Per Aasen', kind: 'STAFF' },
  CITIZEN: { id: 'u-sofie', name: 'Sofie Berg', kind: 'CITIZEN' },
};

export function meData(activeRole: Role, overrides: Partial<MeData> = {}): MeData {
  const user = USERS[activeRole];
  return {
    __typename: 'Me',
    id: user.id,
    name: user.name,
    kind: user.kind,
    roles: [activeRole],
    activeRole,
    municipalityName: 'Fjordvik kommune',
    ...overrides,
  };
}

export function mockMe(activeRole: Role, overrides: Partial<MeData> = {}) {
  return mockResult(MeDocument, {}, { __typename: 'Query', me: meData(activeRole, overrides) });
}

/** No session: `me` answers UNAUTHENTICATED. */
export function mockSignedOut() {
  return mockGraphQLError(MeDocument, {}, { code: 'UNAUTHENTICATED', message: 'Du må logge inn.' });
}
