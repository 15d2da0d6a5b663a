// Test data shaped like the demo municipality (fictional people), typed by the generated documents.
import type { Unmasked } from '@apollo/client';
import type { MeQuery, Role } from '../gql/graphql';
import { MeQuery as MeDocument } from '../modules/session/graphql/session';
import { mockResult } from './render';

export type MeData = Unmasked<MeQuery>['me'];

const USERS: Record<Role, { id: string; name: string; kind: 'STAFF' | 'CITIZEN'; personId: string | null }> = {
  SYSTEM_COORDINATOR: { id: 'u-kari', name: 'Kari Nordmann-Berg', kind: 'STAFF', personId: null },
  UNIT_LEADER: { id: 'u-ola', name: 'Ola Fjeld', kind: 'STAFF', personId: null },
  COORDINATOR: { id: 'u-ingrid', name: 'Ingrid Solberg', kind: 'STAFF', personId: null },
  SERVICE_PROVIDER: { id: 'u-per', name: 'Per Aasen', kind: 'STAFF', personId: null },
  CITIZEN: { id: 'u-sofie', name: 'Sofie Berg', kind: 'CITIZEN', personId: 'p-sofie' },
};

export function meData(activeRole: Role, overrides: Partial<MeData> = {}): MeData {
  const user = USERS[activeRole];
  return {
    __typename: 'Me',
    id: user.id,
    name: user.name,
    kind: user.kind,
    personId: user.personId,
    roles: [activeRole],
    activeRole,
    municipalityName: 'Fjordvik kommune',
    ...overrides,
  };
}

export function mockMe(activeRole: Role, overrides: Partial<MeData> = {}) {
  return mockResult(MeDocument, {}, { __typename: 'Query', me: meData(activeRole, overrides) });
}
