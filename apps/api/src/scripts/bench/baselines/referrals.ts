// KE's referral inbox (the web app's ReferralInbox query: `referrals(status)`, newest first, at
// most 500) by hand-written SQL. Obligations: the session, the rule (system coordinator, in the
// municipality) and one access-log row `referral.list` per person listed.
import { instant, listBaseline, personRef } from './sql';

// $1: the status, or null for all.
const rows = (viewer: string) => `rows AS (
    SELECT r.*, p."firstName", p."lastName", p."dateOfBirth", p."expectedBirthDate"
    FROM ${viewer} v
    JOIN "Referral" r ON r."municipalityId" = v."municipalityId"
    JOIN "Person" p ON p."id" = r."personId"
    WHERE $1::"ReferralStatus" IS NULL OR r."status" = $1::"ReferralStatus"
    ORDER BY r."receivedAt" DESC
    LIMIT 500
  )`;

const DATA = `
  SELECT coalesce(json_agg(json_build_object(
    'id', r."id",
    'person', ${personRef('r', 'r."personId"', 'Person')},
    'sourceKind', r."sourceKind",
    'sourceName', r."sourceName",
    'channel', r."channel",
    'requested', r."requested",
    'receivedAt', ${instant('r."receivedAt"')},
    'status', r."status",
    'journalNumber', r."journalNumber",
    '__typename', 'Referral') ORDER BY r."receivedAt" DESC), '[]'::json)
  FROM rows r`;

export const referralsBaseline = listBaseline({
  field: 'referrals',
  role: 'SYSTEM_COORDINATOR',
  action: 'referral.list',
  values: ({ status }) => [status ?? null],
  parameterCount: 1,
  rows,
  data: DATA,
});
