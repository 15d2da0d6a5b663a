import type { Role, UserKind } from '../../generated/prisma/client';

/** The signed-in user of a request, with the role they act in now. */
export interface Viewer {
  userId: string;
  sessionId: string;
  municipalityId: string;
  municipalityName: string;
  username: string;
  name: string;
  kind: UserKind;
  roles: Role[];
  activeRole: Role;
  /** The person a citizen user is (null for staff and for guardians who are not persons here). */
  personId: string | null;
  /** The units the user works in, by name. */
  units: Array<{ id: string; name: string }>;
  unitIds: string[];
  /** The external organisation the user works for, if any: consent restrictions may exclude it. */
  organisation?: string | null;
}
