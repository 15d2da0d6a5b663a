// Sessions live in the database so any API replica can serve any user. The cookie carries a
// random token; only its SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import { ROLES } from '@samhandling/shared';
import type { Db } from '../../lib/db';
import type { Role } from '../../generated/prisma/client';
import type { Viewer } from './viewer';

export const SESSION_COOKIE = 'samhandling_session';
// Renew the expiry at most this often, so reads do not write on every request.
const RENEW_AFTER_MS = 5 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(prisma: Db, userId: string, ttlHours: number): Promise<{ token: string; expiresAt: Date }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId: user.id,
      municipalityId: user.municipalityId,
      activeRole: preferredRole(user.roles),
      expiresAt,
    },
  });
  return { token, expiresAt };
}

/** The role a user starts in: the first in the product's order of roles. */
function preferredRole(roles: Role[]): Role {
  const role = ROLES.find((candidate) => roles.includes(candidate));
  if (!role) throw new Error('user has no role');
  return role;
}

export async function resolveSession(prisma: Db, token: string | undefined, ttlHours: number): Promise<Viewer | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { units: { select: { unitId: true } } } } },
  });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || !session.user.active || !session.user.roles.includes(session.activeRole)) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + ttlHours * 3600_000) },
    });
  }
  const { user } = session;
  return {
    userId: user.id,
    sessionId: session.id,
    municipalityId: user.municipalityId,
    username: user.username,
    name: user.name,
    kind: user.kind,
    roles: user.roles,
    activeRole: session.activeRole,
    personId: user.personId,
    unitIds: user.units.map((unit) => unit.unitId),
  };
}

export async function setActiveRole(prisma: Db, sessionId: string, role: Role): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { activeRole: role } });
}

export async function deleteSession(prisma: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Removes expired sessions; called now and then by the server. */
export async function purgeExpiredSessions(prisma: Db): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
