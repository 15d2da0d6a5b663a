// KE's referral inbox (the web app's ReferralInbox query: `referrals(filter, first)`, its first
// page: the referrals waiting for a decision, the longest waiting first) by hand-written SQL.
// Obligations: the session, the rule (system coordinator, in the municipality) and one
// access-log row `referral.list` per person listed.
import { instant, listBaseline, osloDay, personRef, TODAY } from './sql';

// $1: the statuses (an array, or null for all); $2: the page's size.
const rows = (viewer: string) => `matching AS (
    SELECT r.*, p."firstName", p."lastName", p."dateOfBirth", p."expectedBirthDate"
    FROM ${viewer} v
    JOIN "Referral" r ON r."municipalityId" = v."municipalityId"
    JOIN "Person" p ON p."id" = r."personId"
    WHERE $1::"ReferralStatus"[] IS NULL OR r."status" = ANY($1::"ReferralStatus"[])
  ),
  rows AS (SELECT * FROM matching ORDER BY "receivedAt", "id" LIMIT $2::int),
  total AS (SELECT count(*)::int AS "count" FROM matching)`;

/** The API's cursor: base64url of the JSON array [receivedAt, id]. */
const cursor = (r: string) =>
  `rtrim(translate(replace(encode(convert_to('["' || ${instant(`${r}."receivedAt"`)} || '","' || ${r}."id" || '"]', 'UTF8'), 'base64'), E'\\n', ''), '+/', '-_'), '=')`;

const DATA = `
  SELECT json_build_object(
    'totalCount', (SELECT "count" FROM total),
    'nextCursor', CASE WHEN (SELECT "count" FROM total) > $2::int
      THEN (SELECT ${cursor('l')} FROM (SELECT * FROM rows ORDER BY "receivedAt" DESC, "id" DESC LIMIT 1) l) END,
    'nodes', coalesce((SELECT json_agg(json_build_object(
      'id', r."id",
      'person', ${personRef('r', 'r."personId"', 'Person')},
      'sourceKind', r."sourceKind",
      'sourceName', r."sourceName",
      'channel', r."channel",
      'requested', r."requested",
      'receivedAt', ${instant('r."receivedAt"')},
      'waitingDays', CASE WHEN r."status" IN ('RECEIVED', 'IN_ASSESSMENT') THEN ${TODAY} - ${osloDay('r."receivedAt"')} END,
      'status', r."status",
      'journalNumber', r."journalNumber",
      '__typename', 'Referral') ORDER BY r."receivedAt", r."id") FROM rows r), '[]'::json),
    '__typename', 'ReferralPage')`;

export const referralsBaseline = listBaseline({
  field: 'referrals',
  role: 'SYSTEM_COORDINATOR',
  action: 'referral.list',
  values: ({ filter, first }) => {
    const statuses = (filter as { statuses?: string[] | null } | null)?.statuses;
    // An array literal: both drivers pass it as text, and PGlite would join a JS array without braces.
    return [statuses ? `{${statuses.join(',')}}` : null, first ?? 25];
  },
  parameterCount: 2,
  rows,
  data: DATA,
});
