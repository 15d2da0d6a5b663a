import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { forbidden } from '../../graphql/errors';
import type { Role } from '../../generated/prisma/client';
import type { Me } from './me.type';
import { setActiveRole } from './session.service';

/** The signed-in user, as the session already holds them: no query of its own. */
export function loadMe(ctx: Context): Me {
  const viewer = viewerOf(ctx);
  return {
    id: viewer.userId,
    username: viewer.username,
    name: viewer.name,
    kind: viewer.kind,
    roles: viewer.roles,
    activeRole: viewer.activeRole,
    municipalityName: viewer.municipalityName,
    units: viewer.units,
    personId: viewer.personId,
  };
}

export async function switchRole(ctx: Context, role: Role): Promise<Me> {
  const viewer = viewerOf(ctx);
  if (!viewer.roles.includes(role)) throw forbidden('error.roleNotHeld', { role });
  await setActiveRole(ctx.prisma, ctx.sessions, viewer.sessionId, role);
  ctx.viewer = { ...viewer, activeRole: role };
  return loadMe(ctx);
}
