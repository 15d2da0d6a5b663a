import { registerEnumType } from 'type-graphql';

/** Who a group member (or a meeting invitee) is: a staff user, a relative, the person, or someone outside named in text. */
export enum InviteeKind {
  STAFF = 'STAFF',
  RELATIVE = 'RELATIVE',
  PERSON = 'PERSON',
  EXTERNAL = 'EXTERNAL',
}

registerEnumType(InviteeKind, { name: 'InviteeKind' });
