// Every read of a person's data is appended here: who, in which role, whose data, what.
// The table is append-only (trigger in the migration); the person is shown it grouped.
import { TIME_ZONE, type AccessLogAction } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { Prisma } from '../../generated/prisma/client';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/keyset-cursor';
import type { AccessLogArgs } from './access-log.input';
import type { AccessLogLine, AccessLogPage } from './access-log.type';

/**
 * Appends one entry per person, and returns once they are stored. The time is the request's
 * (Context.now). The process's writer (access-log-writer.ts) shares one statement among concurrent requests.
 */
export async function recordAccess(ctx: Context, personIds: Iterable<string>, action: AccessLogAction, options: { denied?: boolean } = {}): Promise<void> {
  const viewer = viewerOf(ctx);
  const at = ctx.now;
  await ctx.accessLog.append(
    [...new Set(personIds)].map((personId) => ({
      municipalityId: viewer.municipalityId,
      actorId: viewer.userId,
      actorRole: viewer.activeRole,
      personId,
      action,
      denied: options.denied,
      at,
    })),
  );
}

interface LineRow extends Omit<AccessLogLine, 'actorUnits'> {
  actorId: string;
  actorUnits: string[] | null;
}

/** Where a page ends: the sort key of its last line (lines are unique by it). */
type LineKey = [lastAt: string, actorId: string, actorRole: string, action: string];

const encodeCursor = (line: LineRow) => encodeKeysetCursor([line.lastAt.toISOString(), line.actorId, line.actorRole, line.action] satisfies LineKey);
const decodeCursor = (cursor: string) => decodeKeysetCursor<LineKey>(cursor, 4);

// "at" is a UTC timestamp without time zone: read it as UTC, then take the date in Oslo. The zone
// is written into the SQL, not passed as a parameter, so that GROUP BY sees the same expression
// as SELECT (two parameters would be two expressions to PostgreSQL).
const OSLO_DAY = Prisma.raw(`((e."at" AT TIME ZONE 'UTC') AT TIME ZONE '${TIME_ZONE}')::date`);

/**
 * The person's access log as one line per reader, role, part (action) and day in Norway, with
 * the count and the first and last time, newest first. Two statements: the page and the total.
 *
 * Attempts the policy refused are kept in the log (denied) but are not reads, so not listed here.
 *
 * Own reads are the entries written in the CITIZEN role: the policy lets a citizen read only
 * their own data and that of the persons they are guardian of, so these are the reads by the
 * person and by their guardians. They are left out unless asked for.
 *
 * The cursor is the sort key of the page's last line, not an offset: a reader's first read
 * today adds a line at the top, and that must not push a line onto the next page twice.
 *
 * Raw SQL because Prisma's groupBy cannot group by an expression (the day in Oslo). The raw query
 * passes by the tenant client's filters, so it names the municipality itself.
 */
export async function accessLogPage(ctx: Context, args: AccessLogArgs): Promise<AccessLogPage> {
  const municipalityId = viewerOf(ctx).municipalityId;
  const after = args.after ? decodeCursor(args.after) : null;
  const grouped = Prisma.sql`
    FROM "AccessLogEntry" e
    WHERE e."municipalityId" = ${municipalityId}::uuid
      AND e."personId" = ${args.personId}::uuid
      AND NOT e."denied"
      ${args.includeOwnReads ? Prisma.empty : Prisma.sql`AND e."actorRole" <> 'CITIZEN'::"Role"`}
    GROUP BY e."actorId", e."actorRole", e."action", ${OSLO_DAY}`;
  const afterCursor = after
    ? Prisma.sql`HAVING (max(e."at"), e."actorId", e."actorRole"::text, e."action")
        < ((${after[0]}::timestamptz AT TIME ZONE 'UTC'), ${after[1]}::uuid, ${after[2]}, ${after[3]})`
    : Prisma.empty;

  const [rows, [total]] = await Promise.all([
    ctx.db.$queryRaw<LineRow[]>`
      SELECT
        to_char(g."day", 'YYYY-MM-DD') AS "day",
        g."actorId",
        u."name" AS "actorName",
        u."title" AS "actorTitle",
        g."actorRole",
        (SELECT array_agg(un."name" ORDER BY un."name")
           FROM "StaffUnit" su JOIN "Unit" un ON un."id" = su."unitId"
          WHERE su."userId" = u."id") AS "actorUnits",
        g."action",
        g."count",
        g."firstAt",
        g."lastAt"
      FROM (
        SELECT
          e."actorId",
          e."actorRole"::text AS "actorRole",
          e."action",
          ${OSLO_DAY} AS "day",
          count(*)::int AS "count",
          min(e."at") AT TIME ZONE 'UTC' AS "firstAt",
          max(e."at") AT TIME ZONE 'UTC' AS "lastAt"
        ${grouped}
        ${afterCursor}
        ORDER BY "lastAt" DESC, e."actorId" DESC, "actorRole" DESC, e."action" DESC
        LIMIT ${args.first + 1}
      ) g
      JOIN "User" u ON u."id" = g."actorId" AND u."municipalityId" = ${municipalityId}::uuid
      ORDER BY g."lastAt" DESC, g."actorId" DESC, g."actorRole" DESC, g."action" DESC`,
    ctx.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM (SELECT 1 ${grouped}) lines`,
  ]);

  const hasMore = rows.length > args.first;
  const page = rows.slice(0, args.first);
  return {
    entries: page.map(({ actorId: _actorId, actorUnits, ...line }) => ({ ...line, actorUnits: actorUnits ?? [] })),
    totalCount: total?.count ?? 0,
    hasMore,
    nextCursor: hasMore ? encodeCursor(page[page.length - 1]!) : null,
  };
}
