import { defineLoader, groupBy } from '../../lib/loaders';

const MEMBER_SELECT = {
  id: true,
  groupId: true,
  userId: true,
  relativeId: true,
  isPerson: true,
  externalName: true,
  externalEmail: true,
  roleInGroup: true,
  unitId: true,
  organisation: true,
  anchoredInOwnUnit: true,
  joinedAt: true,
  leftAt: true,
  user: { select: { name: true, email: true } },
  relative: { select: { name: true, email: true } },
  unit: { select: { name: true } },
  group: { select: { status: true, person: { select: { firstName: true, lastName: true, email: true } } } },
} as const;

export interface MemberRow {
  id: string;
  groupId: string;
  userId: string | null;
  relativeId: string | null;
  isPerson: boolean;
  externalName: string | null;
  externalEmail: string | null;
  roleInGroup: string | null;
  unitId: string | null;
  organisation: string | null;
  anchoredInOwnUnit: boolean;
  joinedAt: Date;
  leftAt: Date | null;
  user: { name: string; email: string | null } | null;
  relative: { name: string; email: string | null } | null;
  unit: { name: string } | null;
  group: { status: 'ACTIVE' | 'CLOSED'; person: { firstName: string; lastName: string; email: string | null } };
}

/**
 * Each group's members, in the order they joined: the current ones of an active group; of a
 * closed group, those who had not left before it closed (the field resolver keeps those).
 */
export const membersByGroup = defineLoader<string, MemberRow[]>(async (ctx, groupIds) => {
  const rows = await ctx.db.groupMember.findMany({
    where: { groupId: { in: [...groupIds] }, OR: [{ leftAt: null }, { group: { status: 'CLOSED' } }] },
    orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
    select: MEMBER_SELECT,
  });
  return groupBy(groupIds, rows, (row) => row.groupId);
});
