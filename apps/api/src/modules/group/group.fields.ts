// The group's members, read with the scope its GroupView was reached with (graphql/scope.ts):
// the same list for everyone the policy lets in, and the contact addresses only for the
// coordinator, who sends the invitations.
import { FieldResolver, Resolver, Root, Ctx } from 'type-graphql';
import type { Context } from '../../context';
import { scopeOf } from '../../graphql/scope';
import { canManageGroup, closingDay, type GroupRead } from './group-read';
import { membersByGroup, type MemberRow } from './group.loaders';
import { GroupMemberView, GroupView } from './group.type';
import { InviteeKind, inviteeKindOf } from '../meeting/invitee-kind';

export function toMemberView(row: MemberRow, coordinatorIds: readonly string[], showContact: boolean): GroupMemberView {
  const person = row.group.person;
  const name = row.user?.name ?? row.relative?.name ?? (row.isPerson ? `${person.firstName} ${person.lastName}` : (row.externalName ?? ''));
  const email = row.user?.email ?? row.relative?.email ?? (row.isPerson ? person.email : row.externalEmail);
  return {
    id: row.id,
    kind: inviteeKindOf(row),
    name,
    userId: row.userId,
    relativeId: row.relativeId,
    roleInGroup: row.roleInGroup,
    unitId: row.unitId,
    unitName: row.unit?.name ?? null,
    organisation: row.organisation,
    anchoredInOwnUnit: row.anchoredInOwnUnit,
    email: showContact ? (email ?? null) : null,
    joinedAt: row.joinedAt,
    isCoordinator: row.userId !== null && coordinatorIds.includes(row.userId),
  };
}

@Resolver(() => GroupView)
export class GroupFieldsResolver {
  @FieldResolver(() => [GroupMemberView], { description: 'The coordinator first, then the person, then in the order they joined (by name within a day)' })
  async members(@Root() group: GroupRead, @Ctx() ctx: Context): Promise<GroupMemberView[]> {
    const scope = scopeOf(group);
    const closedOn = group.closedAt ? closingDay(group.closedAt).getTime() : null;
    const rows = (await membersByGroup(ctx).load(group.id)).filter(
      (row) => row.leftAt === null || (closedOn !== null && row.leftAt.getTime() >= closedOn),
    );
    const members = rows.map((row) => toMemberView(row, group.coordinatorIds, canManageGroup(scope)));
    const rank = (m: GroupMemberView) => (m.isCoordinator ? 0 : m.kind === InviteeKind.PERSON ? 1 : 2);
    return members.sort((a, b) => rank(a) - rank(b) || a.joinedAt.getTime() - b.joinedAt.getTime() || a.name.localeCompare(b.name, 'nb'));
  }
}
