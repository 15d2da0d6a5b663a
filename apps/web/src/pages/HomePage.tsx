import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';
import { lazyComponent } from '../lib/lazy-component';
import { useMe } from '../modules/session/MeContext';

const HOME_BY_ROLE: Record<Role, ComponentType> = {
  SYSTEM_COORDINATOR: lazyComponent(() => import('../modules/ke/components/KeHome'), 'KeHome'),
  UNIT_LEADER: lazyComponent(() => import('../modules/unit/components/UnitLeaderHome'), 'UnitLeaderHome'),
  COORDINATOR: lazyComponent(() => import('../modules/caseload/components/CoordinatorHome'), 'CoordinatorHome'),
  SERVICE_PROVIDER: lazyComponent(() => import('../modules/group/components/ProviderHome'), 'ProviderHome'),
  CITIZEN: lazyComponent(() => import('../modules/citizen/components/CitizenHome'), 'CitizenHome'),
};

/** "/": the home view of the active role, each a chunk of its own (loaded on first use). */
export function HomePage() {
  const { activeRole } = useMe();
  const Home = HOME_BY_ROLE[activeRole];
  return <Home key={activeRole} />;
}
