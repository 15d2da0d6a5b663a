// Sessions live in the database so any API replica can serve any user. The cookie carries a
// random token; only its SHA-256 is stored. Each replica caches the sessions it has seen
// (session-cache.ts) until the database says they changed.
import { createHash, randomBytes } from 'node:crypto';
import { ROLES } from '@samhandling/shared';
import type { Db } from '../../lib/db';
import type { Role } from '../../generated/prisma/client';
import type { SessionCache } from './session-cache';
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

/** A viewer as the session statement reads it, with what is needed to check the session. */
type SessionRow = Omit<Viewer, 'unitIds'> & { expiresAt: Date; lastSeenAt: Date; active: boolean };

/**
 * The viewer of a request, from the session token: from the cache, or else the session, its user,
 * their municipality and units in one statement. Timestamps are stored as UTC wall time.
 */
export async function resolveSession(
  prisma: Db,
  sessions: SessionCache,
  token: string | undefined,
  ttlHours: number,
): Promise<Viewer | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const now = Date.now();
  const cached = sessions.get(tokenHash);
  // Past its renewal time the session is read again, so the expiry moves on as it always has.
  if (cached && cached.expiresAt > now && now - cached.lastSeenAt <= RENEW_AFTER_MS) return cached.viewer;
  const generation = sessions.generation;
  const [session] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id" AS "sessionId", s."activeRole"::text AS "activeRole",
           s."expiresAt" AT TIME ZONE 'UTC' AS "expiresAt", s."lastSeenAt" AT TIME ZONE 'UTC' AS "lastSeenAt",
           u."id" AS "userId", u."municipalityId", m."name" AS "municipalityName", u."username", u."name",
           u."kind"::text AS "kind", u."roles"::text[] AS "roles", u."active", u."personId", u."organisation",
           coalesce((SELECT json_agg(json_build_object('id', un."id", 'name', un."name"))
                       FROM "StaffUnit" su JOIN "Unit" un ON un."id" = su."unitId"
                      WHERE su."userId" = u."id"), '[]'::json) AS "units"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId"
      JOIN "Municipality" m ON m."id" = u."municipalityId"
     WHERE s."tokenHash" = ${tokenHash}`;
  if (!session) return null;
  if (session.expiresAt.getTime() <= now || !session.active || !session.roles.includes(session.activeRole)) {
    await prisma.session.deleteMany({ where: { id: session.sessionId } });
    return null;
  }
  let { expiresAt, lastSeenAt } = session;
  if (now - lastSeenAt.getTime() > RENEW_AFTER_MS) {
    ({ expiresAt, lastSeenAt } = await prisma.session.update({
      where: { id: session.sessionId },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + ttlHours * 3600_000) },
      select: { expiresAt: true, lastSeenAt: true },
    }));
  }
  const { expiresAt: _expiresAt, lastSeenAt: _lastSeenAt, active: _active, ...row } = session;
  const units = [...row.units].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  // Shared by the requests that hit the cache: frozen, so none can change it for the others.
  const viewer: Viewer = Object.freeze({ ...row, units, unitIds: units.map((unit) => unit.id) });
  sessions.set(tokenHash, { viewer, expiresAt: expiresAt.getTime(), lastSeenAt: lastSeenAt.getTime() }, generation);
  return viewer;
}

// A change to a session returns once every replica's cache has heard of it (SessionCache.sync).

export async function setActiveRole(prisma: Db, sessions: SessionCache, sessionId: string, role: Role): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { activeRole: role } });
  await sessions.sync();
}

export async function deleteSession(prisma: Db, sessions: SessionCache, token: string | undefined): Promise<void> {
  if (!token) return;
  const tokenHash = hashToken(token);
  await prisma.session.deleteMany({ where: { tokenHash } });
  sessions.delete(tokenHash);
  await sessions.sync();
}

/** Removes expired sessions; called now and then by the server. */
export async function purgeExpiredSessions(prisma: Db): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
