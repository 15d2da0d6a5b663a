import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';
import { CitizenHome } from '../modules/citizen/components/CitizenHome';
import { CoordinatorHome } from '../modules/caseload/components/CoordinatorHome';
import { ProviderHome } from '../modules/group/components/ProviderHome';
import { KeHome } from '../modules/ke/components/KeHome';
import { useMe } from '../modules/session/MeContext';
import { UnitLeaderHome } from '../modules/unit/components/UnitLeaderHome';

const HOME_BY_ROLE: Record<Role, ComponentType> = {
  SYSTEM_COORDINATOR: KeHome,
  UNIT_LEADER: UnitLeaderHome,
  COORDINATOR: CoordinatorHome,
  SERVICE_PROVIDER: ProviderHome,
  CITIZEN: CitizenHome,
};

/** "/": the home view of the active role. */
export function HomePage() {
  const { activeRole } = useMe();
  const Home = HOME_BY_ROLE[activeRole];
  return <Home key={activeRole} />;
}
