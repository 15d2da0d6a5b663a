// Test data shaped like the demo municipality (fictional people), typed by the generated documents.
import type { Unmasked } from '@apollo/client';
import type { MeQuery, Role } from '../gql/graphql';
import { MeQuery as MeDocument } from '../modules/session/graphql/session';
import { mockResult } from './render';

export type MeData = Unmasked<MeQuery>['me'];

const USERS: Record<Role, { id: string; name: string; kind: 'STAFF' | 'CITIZEN' }> = {
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
