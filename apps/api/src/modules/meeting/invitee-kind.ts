// Who takes part in a group or a meeting: shared by the meeting and group modules (a member and
// an invitee are each a staff user, a relative, the person, or an outside participant by name).
import { registerEnumType } from 'type-graphql';

export enum InviteeKind {
  STAFF = 'STAFF',
  RELATIVE = 'RELATIVE',
  PERSON = 'PERSON',
  EXTERNAL = 'EXTERNAL',
}

registerEnumType(InviteeKind, { name: 'InviteeKind', description: 'A staff user, a relative, the person, or an outside participant' });

/** The kind of a row that names a user, a relative, the person or an outside name. */
export function inviteeKindOf(row: { userId: string | null; relativeId: string | null; isPerson: boolean }): InviteeKind {
  if (row.userId) return InviteeKind.STAFF;
  if (row.relativeId) return InviteeKind.RELATIVE;
  if (row.isPerson) return InviteeKind.PERSON;
  return InviteeKind.EXTERNAL;
}
