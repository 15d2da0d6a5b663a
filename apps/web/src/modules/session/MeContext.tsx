import { createContext, useContext } from 'react';
import type { Role } from '../../gql/graphql';

export interface SessionUser {
  id: string;
  name: string;
  activeRole: Role;
  roles: Role[];
}

export const MeContext = createContext<SessionUser | null>(null);

/** The signed-in user (inside the signed-in layout). */
export function useMe(): SessionUser {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe must be used inside the signed-in layout');
  return me;
}
