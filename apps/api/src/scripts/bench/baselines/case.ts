// KE's case page (the web app's CasePage query: `referral(id)` with its units, its person and
// the person's referrals, coordinators and plans) by hand-written SQL. Obligations: the session,
// the rule (system coordinator; the referral's person in the municipality) and the access-log
// row `referral.read`. KE's scope is the municipality's, so the national id is shown masked and
// the person's referrals and plans are listed.
import { translate } from '@samhandling/shared';
import {
  accessLogInsert,
  ageOf,
  givenViewer,
  instant,
  localDate,
  osloDay,
  sessionViewer,
  SIGNED_IN_AND_ALLOWED,
  TODAY,
  type SqlBaseline,
} from './sql';

/**
 * HOME_VISIT_AGE_LIMIT of referral.fields.ts, which is not imported: it would load type-graphql
 * into the benchmark's driver process.
 */
const HOME_VISIT_AGE_LIMIT = 3;

/** UnitRef of a unit id, among the municipality's units (the tenant client finds no other). */
const unit = (id: string) => `(
      SELECT json_build_object('id', u."id", 'name', u."name", '__typename', 'UnitRef')
      FROM "Unit" u WHERE u."id" = ${id} AND u."municipalityId" = v."municipalityId")`;

// $1: the referral; $2: its journal title in the request's language.
const data = (viewer: string) => `
  SELECT json_build_object(
    'id', r."id",
    'journalNumber', r."journalNumber",
    'title', $2::text,
    'status', r."status",
    'receivedAt', ${instant('r."receivedAt"')},
    'waitingDays', CASE WHEN r."status" IN ('RECEIVED', 'IN_ASSESSMENT') THEN ${TODAY} - ${osloDay('r."receivedAt"')} END,
    'homeVisitRecommended', coalesce(${ageOf('p')} < ${HOME_VISIT_AGE_LIMIT}, true),
    'isInpatient', r."isInpatient",
    'plannedDischargeDate', ${localDate('r."plannedDischargeDate"')},
    'dischargeInDays', CASE WHEN r."isInpatient" THEN r."plannedDischargeDate" - ${TODAY} END,
    'person', json_build_object(
      'id', p."id",
      'name', p."firstName" || ' ' || p."lastName",
      'age', ${ageOf('p')},
      'expectedBirthDate', CASE WHEN p."dateOfBirth" IS NULL THEN ${localDate('p."expectedBirthDate"')} END,
      'maskedNationalId', left(nullif(p."nationalId", ''), 6) || ' *****',
      'needsInterpreter', p."needsInterpreter",
      'preferredLanguage', p."preferredLanguage",
      'firstName', p."firstName",
      'referrals', (
        SELECT coalesce(json_agg(json_build_object(
          'id', o."id", 'journalNumber', o."journalNumber", 'receivedAt', ${instant('o."receivedAt"')},
          'status', o."status", 'requested', o."requested", '__typename', 'Referral') ORDER BY o."receivedAt" DESC), '[]'::json)
        FROM "Referral" o WHERE o."municipalityId" = v."municipalityId" AND o."personId" = p."id"),
      'coordinatorHistory', (
        SELECT coalesce(json_agg(json_build_object(
          'id', a."id", 'coordinatorName', c."name", 'unitName', un."name", 'isChildCoordinator', a."isChildCoordinator",
          'startDate', ${localDate('a."startDate"')}, 'endDate', ${localDate('a."endDate"')},
          '__typename', 'CoordinatorPeriod') ORDER BY a."startDate" DESC, a."createdAt" DESC), '[]'::json)
        FROM "CoordinatorAssignment" a
        JOIN "User" c ON c."id" = a."coordinatorId"
        LEFT JOIN "Unit" un ON un."id" = a."unitId"
        WHERE a."municipalityId" = v."municipalityId" AND a."personId" = p."id"),
      'plans', (
        SELECT coalesce(json_agg(json_build_object(
          'id', ip."id", 'status', ip."status", 'periodStart', ${localDate('ip."periodStart"')},
          'periodEnd', ${localDate('ip."periodEnd"')}, 'createdAt', ${instant('ip."createdAt"')},
          '__typename', 'PlanPeriod') ORDER BY ip."createdAt" DESC), '[]'::json)
        FROM "IndividualPlan" ip WHERE ip."municipalityId" = v."municipalityId" AND ip."personId" = p."id"),
      '__typename', 'Person'),
    'sourceKind', r."sourceKind",
    'sourceName', r."sourceName",
    'sourceOrganisation', r."sourceOrganisation",
    'reporterCapacity', r."reporterCapacity",
    'sourceUnit', ${unit('r."sourceUnitId"')},
    'channel', r."channel",
    'requested', r."requested",
    'needDescription', r."needDescription",
    'consentToRefer', r."consentToRefer",
    'consentForm', r."consentForm",
    'consentDate', ${localDate('r."consentDate"')},
    'consentHeardBy', r."consentHeardBy",
    'wishedCoordinator', r."wishedCoordinator",
    'wishedUnit', ${unit('r."wishedUnitId"')},
    '__typename', 'Referral')
  FROM ${viewer} v
  JOIN "Referral" r ON r."municipalityId" = v."municipalityId" AND r."id" = $1::uuid
  JOIN "Person" p ON p."id" = r."personId"`;

export const caseBaseline: SqlBaseline = {
  field: 'referral',
  values: ({ id }, locale) => [id, translate(locale, 'referral.journalTitle')],
  bare: (viewer) => `WITH ${givenViewer(viewer)} SELECT (${data('viewer')}) AS "data"`,
  // As authorize has it for a tenant rule with a target: a referral of the municipality whose
  // person is of another is refused; a referral not found is let through, and answers null.
  obliged: `WITH ${sessionViewer(3)},
    allowed AS (
      SELECT v.* FROM viewer v
      WHERE v."activeRole" = 'SYSTEM_COORDINATOR' AND NOT EXISTS (
        SELECT 1 FROM "Referral" r JOIN "Person" p ON p."id" = r."personId"
        WHERE r."municipalityId" = v."municipalityId" AND r."id" = $1::uuid AND p."municipalityId" <> v."municipalityId")
    ),
    ${accessLogInsert(`SELECT r."personId" FROM allowed a JOIN "Referral" r ON r."municipalityId" = a."municipalityId" AND r."id" = $1::uuid`, 'referral.read')}
    SELECT ${SIGNED_IN_AND_ALLOWED}, (${data('allowed')}) AS "data"`,
};
