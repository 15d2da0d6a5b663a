// What the hand-written baselines share: the viewer (given, or from the session), the access-log
// rows, and JSON fragments in the shape the GraphQL API answers with. Each baseline is ONE
// statement, written against the current schema; see docs/performance.md.
import type { Locale } from '@samhandling/shared';
import { isWellFormedId } from '../../../graphql/ids';

/** The viewer of a request: what the API's Viewer holds that the baselines use. */
export interface BaselineViewer {
  userId: string;
  municipalityId: string;
  personId: string | null;
  activeRole: string;
}

/**
 * One operation served by hand-written SQL, in two variants that share the operation's
 * parameters ($1 ...):
 * - bare: the data for a viewer known in advance; no session, no rule, no access log;
 * - obliged: the same data, also checking the session by its token hash, applying the access rule
 *   and writing the access-log rows; the session's parameters follow the operation's (see
 *   sessionViewer). It answers the columns signedIn, allowed and data.
 * A write's statements also answer `refused`: the error code the save is refused with, or null.
 */
export interface SqlBaseline {
  /** The root field of the GraphQL operation the data belongs under. */
  field: string;
  /** The operation's parameters, from the GraphQL variables (and the request's locale, for texts). */
  values(variables: Record<string, unknown>, locale: Locale): unknown[];
  bare(viewer: BaselineViewer): string;
  obliged: string;
  /** Work the API does in code after the query (sorting by name in Norwegian). */
  finish?(data: unknown): unknown;
}

/** Now as Prisma stores instants: UTC in a `timestamp` without time zone. */
export const NOW = `(now() AT TIME ZONE 'UTC')`;
/** Today as the API computes it: the date in Oslo (a function in the migrations). */
export const TODAY = `oslo_today()`;

/** LocalDate: YYYY-MM-DD. */
export const localDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
/** DateTimeISO: what Date.toISOString() gives. */
export const instant = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The day in Oslo of an instant (Prisma's UTC `timestamp`). */
export const osloDay = (column: string) => `((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Oslo')::date`;

/** A person's age in whole years today, null before birth (of a row with the person's columns). */
export const ageOf = (p: string) =>
  `CASE WHEN ${p}."dateOfBirth" IS NULL THEN NULL ELSE date_part('year', age(${TODAY}, ${p}."dateOfBirth"))::int END`;

/** PersonRef as the web app selects it: id, name, age, expectedBirthDate (of a row with the person's columns). */
export const personRef = (p: string, id = `${p}."id"`, typename = 'PersonRef') => `json_build_object(
  'id', ${id},
  'name', ${p}."firstName" || ' ' || ${p}."lastName",
  'age', ${ageOf(p)},
  'expectedBirthDate', CASE WHEN ${p}."dateOfBirth" IS NULL THEN ${localDate(`${p}."expectedBirthDate"`)} END,
  '__typename', '${typename}')`;

/** The viewer CTE for the bare variant: literals, checked to be ids. */
export function givenViewer(viewer: BaselineViewer): string {
  const ids = [viewer.userId, viewer.municipalityId, viewer.personId].filter((id) => id !== null);
  if (!ids.every(isWellFormedId) || !/^[A-Z_]+$/.test(viewer.activeRole)) throw new Error('not a viewer');
  const personId = viewer.personId ? `'${viewer.personId}'::uuid` : 'NULL::uuid';
  return `viewer AS (
    SELECT '${viewer.userId}'::uuid AS "userId", '${viewer.activeRole}'::"Role" AS "activeRole",
           '${viewer.municipalityId}'::uuid AS "municipalityId", ${personId} AS "personId")`;
}

/**
 * The viewer CTE for the obliged variant, as resolveSession resolves a session: by the hash of
 * the cookie's token ($n, right after the operation's parameters), with the user, their
 * municipality's name and their units in one go; a session that has expired, whose user is no
 * longer active or no longer holds the role is deleted; the expiry of a valid one is renewed
 * after five minutes (TTL in hours: $n+1). The viewer has the columns of the API's Viewer.
 */
export function sessionViewer(tokenParam: number): string {
  const token = `$${tokenParam}`;
  const ttl = `$${tokenParam + 1}`;
  return `session AS (
    SELECT s."id" AS "sessionId", s."activeRole", s."expiresAt", s."lastSeenAt",
           u."id" AS "userId", u."municipalityId", m."name" AS "municipalityName", u."username", u."name",
           u."kind", u."roles", u."active", u."personId",
           coalesce((SELECT json_agg(json_build_object('id', un."id", 'name', un."name"))
                       FROM "StaffUnit" su JOIN "Unit" un ON un."id" = su."unitId"
                      WHERE su."userId" = u."id"), '[]'::json) AS "units"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    JOIN "Municipality" m ON m."id" = u."municipalityId"
    WHERE s."tokenHash" = ${token}
  ),
  viewer AS (
    SELECT * FROM session WHERE "expiresAt" > ${NOW} AND "active" AND "activeRole" = ANY ("roles")
  ),
  ended AS (
    DELETE FROM "Session" WHERE "id" IN (SELECT "sessionId" FROM session) AND NOT EXISTS (SELECT 1 FROM viewer)
  ),
  renewed AS (
    UPDATE "Session" SET "lastSeenAt" = ${NOW}, "expiresAt" = ${NOW} + make_interval(hours => ${ttl}::int)
    WHERE "id" IN (SELECT "sessionId" FROM viewer WHERE "lastSeenAt" < ${NOW} - interval '5 minutes')
  )`;
}

/** Whether an assignment (alias `a`) is in force today, as activeAssignmentFilter has it. */
export const inForce = (a: string) => `${a}."startDate" <= ${TODAY} AND (${a}."endDate" IS NULL OR ${a}."endDate" >= ${TODAY})`;

/**
 * CoordinatorHandover as handoverOf finds it among a person's assignments in force (`assignments`:
 * a query with their id, coordinatorId, startDate and endDate): the one that ends first, and the
 * newest that starts no earlier and goes on after it; null when there is no such pair.
 */
export const handover = (assignments: string) => `(
    SELECT json_build_object(
      'fromName', fc."name", 'toName', tc."name", 'overlapUntil', ${localDate('e."endDate"')},
      '__typename', 'CoordinatorHandover')
    FROM (SELECT * FROM (${assignments}) f WHERE f."endDate" IS NOT NULL ORDER BY f."endDate", f."startDate" LIMIT 1) e
    CROSS JOIN LATERAL (
      SELECT * FROM (${assignments}) s
      WHERE s."id" <> e."id" AND s."startDate" >= e."startDate" AND (s."endDate" IS NULL OR s."endDate" > e."endDate")
      ORDER BY s."startDate" DESC LIMIT 1) t
    JOIN "User" fc ON fc."id" = e."coordinatorId"
    JOIN "User" tc ON tc."id" = t."coordinatorId")`;

/**
 * The access-log rows: one per person id that `persons` (a query over `allowed`, without
 * repeats) returns, in one INSERT ... SELECT as recordAccess writes them.
 */
export const accessLogInsert = (persons: string, action: string) => `logged AS (
    INSERT INTO "AccessLogEntry" ("municipalityId", "actorId", "actorRole", "personId", "action", "at")
    SELECT a."municipalityId", a."userId", a."activeRole", read."personId", '${action}', ${NOW}
    FROM allowed a, (${persons}) read
  )`;

/** The obliged statement's answer: whether there is a session, whether the rule lets it in. */
export const SIGNED_IN_AND_ALLOWED = `EXISTS (SELECT 1 FROM viewer) AS "signedIn", EXISTS (SELECT 1 FROM allowed) AS "allowed"`;

/**
 * A list that one role reads in its municipality (the KE inbox, the caseload): `rows(viewer)`
 * is a CTE named rows over the viewer, with a "personId" column; `data` turns rows into the
 * JSON list. The obliged variant logs one access-log row per person listed.
 */
export function listBaseline(list: {
  field: string;
  role: string;
  action: string;
  values: SqlBaseline['values'];
  /** How many parameters `values` gives (the session's follow them). */
  parameterCount: number;
  rows(viewer: string): string;
  data: string;
  finish?: SqlBaseline['finish'];
}): SqlBaseline {
  return {
    field: list.field,
    values: list.values,
    finish: list.finish,
    bare: (viewer) => `WITH ${givenViewer(viewer)}, ${list.rows('viewer')} SELECT (${list.data}) AS "data"`,
    obliged: `WITH ${sessionViewer(list.parameterCount + 1)},
    allowed AS (SELECT * FROM viewer WHERE "activeRole" = '${list.role}'),
    ${list.rows('allowed')},
    ${accessLogInsert('SELECT DISTINCT "personId" FROM rows', list.action)}
    SELECT ${SIGNED_IN_AND_ALLOWED}, CASE WHEN EXISTS (SELECT 1 FROM allowed) THEN (${list.data}) END AS "data"`,
  };
}

/**
 * A goal's tasks from meetings (`GoalView.actionItems`), as the plan documents select them: the
 * person's coordinator sees every one, others those of finalised minutes; due first. `viewerId`
 * is the viewer's user id, `goal` and `person` the goal's id and person's id columns.
 */
export const goalActionItems = (goal: string, person: string, viewerId: string) => `(
  SELECT coalesce(json_agg(json_build_object(
    'id', ai."id", 'meetingId', ai."meetingId", 'description', ai."description",
    'responsibleName', coalesce(ru."name", ai."responsibleText", ''), 'dueDate', ${localDate('ai."dueDate"')},
    'overdue', ai."doneAt" IS NULL AND ai."dueDate" IS NOT NULL AND ai."dueDate" < ${TODAY},
    'doneAt', ${instant('ai."doneAt"')}, '__typename', 'ActionItemView')
    ORDER BY ai."dueDate" ASC NULLS LAST, ai."id"), '[]'::json)
  FROM "ActionItem" ai
  JOIN "Meeting" am ON am."id" = ai."meetingId"
  LEFT JOIN "User" ru ON ru."id" = ai."responsibleUserId"
  WHERE ai."goalId" = ${goal} AND (am."minutesFinalisedAt" IS NOT NULL OR EXISTS (
    SELECT 1 FROM "CoordinatorAssignment" ca
    WHERE ca."personId" = ${person} AND ca."coordinatorId" = ${viewerId} AND ${inForce('ca')})))`;
