/** The roles of the product. Staff hold one or more staff roles; citizens hold CITIZEN. */
export const ROLES = ['SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN'] as const;
export type RoleName = (typeof ROLES)[number];

export const STAFF_ROLES = ROLES.filter((role) => role !== 'CITIZEN');

export function isRole(value: unknown): value is RoleName {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
