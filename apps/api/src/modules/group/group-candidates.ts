import type { Context } from '../../context';
import { recordAccess } from '../access-log/access-log.service';
import { type GroupMemberCandidate } from './group.type';
import { InviteeKind } from '../meeting/invitee-kind';

/**
 * Whom the coordinator can add to the person's group: the municipality's active staff (with
 * their first unit or outside organisation) and the person's relatives; the current members
 * are marked. Three statements whatever the numbers.
 */
export async function groupMemberCandidates(ctx: Context, personId: string): Promise<GroupMemberCandidate[]> {
  const [staff, relatives, members] = await Promise.all([
    ctx.db.user.findMany({
      where: { kind: 'STAFF', active: true },
      select: { id: true, name: true, organisation: true, units: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: 'asc' } }, take: 1 } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),
    ctx.db.relative.findMany({ where: { personId }, select: { id: true, name: true, relation: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    ctx.db.groupMember.findMany({ where: { leftAt: null, group: { personId, status: 'ACTIVE' } }, select: { userId: true, relativeId: true } }),
    recordAccess(ctx, [personId], 'group.manage'),
  ]);
  const memberUsers = new Set(members.map((m) => m.userId));
  const memberRelatives = new Set(members.map((m) => m.relativeId));
  return [
    ...relatives.map((r) => ({
      kind: InviteeKind.RELATIVE,
      name: r.name,
      userId: null,
      relativeId: r.id,
      unitId: null,
      unitName: null,
      organisation: null,
      relation: r.relation,
      isMember: memberRelatives.has(r.id),
    })),
    ...staff.map((u) => ({
      kind: InviteeKind.STAFF,
      name: u.name,
      userId: u.id,
      relativeId: null,
      unitId: u.units[0]?.unit.id ?? null,
      unitName: u.units[0]?.unit.name ?? null,
      organisation: u.organisation,
      relation: null,
      isMember: memberUsers.has(u.id),
    })),
  ];
}
