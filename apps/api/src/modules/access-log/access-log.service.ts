// Every read of a person's data is appended here: who, in which role, whose data, what.
// The table is append-only (trigger in the migration); the person is shown it grouped.
import { TIME_ZONE, type AccessLogAction } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { notFound } from '../../graphql/errors';
import { isWellFormedSequenceId } from '../../graphql/ids';
import { Prisma } from '../../generated/prisma/client';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/keyset-cursor';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { AccessLogArgs, StaffAccessLogArgs } from './access-log.input';
import type { AccessLogLine, AccessLogPage, StaffAccessLogPage, StaffMember } from './access-log.type';

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

/** The municipality's staff by name (every word of the search in it), with their roles and units. */
export async function staffMembers(ctx: Context, search: string | undefined): Promise<StaffMember[]> {
  const words = (search ?? '').normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const users = await ctx.db.user.findMany({
    where: { kind: 'STAFF', AND: words.map((word) => ({ name: { contains: word, mode: 'insensitive' as const } })) },
    select: { id: true, name: true, title: true, roles: true, active: true, units: { select: { unit: { select: { name: true } } } } },
  });
  // Sorted in Norwegian here: PGlite has no ICU collations.
  const byName = (a: string, b: string) => a.localeCompare(b, 'nb');
  return users
    .map(({ units, ...user }) => ({ ...user, units: units.map(({ unit }) => unit.name).sort(byName) }))
    .sort((a, b) => byName(a.name, b.name));
}

/** Where a page of a staff member's entries ends: the last entry's time and id (ids are a sequence). */
type EntryKey = [at: string, id: string];

/**
 * What a staff member wrote to the access log, newest first, a page at a time: whose data, what,
 * when, and whether the policy refused it. The names on the page are persons' data, so KE's
 * viewing of them is logged in turn ('accessLog.staffAudit') for each person shown.
 */
export async function staffAccessLogPage(ctx: Context, args: StaffAccessLogArgs): Promise<StaffAccessLogPage> {
  const staff = await ctx.db.user.findUnique({ where: { id: args.userId }, select: { kind: true } });
  if (staff?.kind !== 'STAFF') throw notFound();
  const after = args.after ? decodeKeysetCursor<EntryKey>(args.after, 2, isWellFormedSequenceId) : null;
  const before = after
    ? { OR: [{ at: { lt: new Date(after[0]) } }, { at: new Date(after[0]), id: { lt: BigInt(after[1]) } }] }
    : {};
  const [rows, totalCount] = await Promise.all([
    ctx.db.accessLogEntry.findMany({
      where: { actorId: args.userId, ...before },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: args.first + 1,
      select: { id: true, at: true, actorRole: true, action: true, denied: true, person: { select: PERSON_REF_SELECT } },
    }),
    ctx.db.accessLogEntry.count({ where: { actorId: args.userId } }),
  ]);
  const hasMore = rows.length > args.first;
  const page = rows.slice(0, args.first);
  await recordAccess(ctx, page.map((row) => row.person.id), 'accessLog.staffAudit');
  const last = page[page.length - 1];
  return {
    entries: page.map(({ id, person, ...entry }) => ({ ...entry, id: id.toString(), personId: person.id, personName: toPersonRef(person, ctx.now).name })),
    totalCount,
    hasMore,
    nextCursor: hasMore && last ? encodeKeysetCursor([last.at.toISOString(), last.id.toString()] satisfies EntryKey) : null,
  };
}
