import { ROLES, type RoleName } from '@samhandling/shared';
import type { DemoUser } from '../../lib/auth-api';

export interface RoleGroup {
  role: RoleName;
  users: DemoUser[];
}

/**
 * Groups demo users by role, in the product's role order. A user with several roles is listed
 * once, under the first of them (e.g. a unit leader who is also a coordinator).
 */
export function groupUsersByRole(users: readonly DemoUser[]): RoleGroup[] {
  const groups = new Map<RoleName, DemoUser[]>();
  for (const user of users) {
    const primary = ROLES.find((role) => user.roles.includes(role));
    if (!primary) continue;
    groups.set(primary, [...(groups.get(primary) ?? []), user]);
  }
  return ROLES.filter((role) => groups.has(role)).map((role) => ({
    role,
    users: [...(groups.get(role) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  }));
}
