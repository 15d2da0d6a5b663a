import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { forbidden } from '../../graphql/errors';
import type { Role } from '../../generated/prisma/client';
import type { Me } from './me.type';
import { setActiveRole } from './session.service';

export async function loadMe(ctx: Context): Promise<Me> {
  const viewer = viewerOf(ctx);
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    include: { municipality: { select: { name: true } }, units: { include: { unit: { select: { id: true, name: true } } } } },
  });
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    kind: user.kind,
    roles: user.roles,
    activeRole: viewer.activeRole,
    municipalityName: user.municipality.name,
    units: user.units.map(({ unit }) => unit).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    personId: user.personId,
  };
}

export async function switchRole(ctx: Context, role: Role): Promise<Me> {
  const viewer = viewerOf(ctx);
  if (!viewer.roles.includes(role)) throw forbidden('error.roleNotHeld', { role });
  await setActiveRole(ctx.prisma, viewer.sessionId, role);
  viewer.activeRole = role;
  return loadMe(ctx);
}
