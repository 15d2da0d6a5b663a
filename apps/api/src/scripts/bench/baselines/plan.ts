// The citizen's plan read (the web app's CitizenPlan query: `plan(personId)` with goals and the
// comments on each, measures, coordinators, a change of coordinator under way, upcoming
// meetings and, when the document asks for them, sub-plans) by hand-written SQL. Obligations:
// the session, the citizen rule (the person, or their guardian) and the access-log row `plan.read`.
// A citizen sees every life area, so nothing is hidden (hiddenLifeAreas is empty).
import { rootFields } from '../web-documents';
import {
  goalActionItems,
  accessLogInsert,
  givenViewer,
  handover,
  inForce,
  instant,
  localDate,
  NOW,
  sessionViewer,
  SIGNED_IN_AND_ALLOWED,
  TODAY,
  type SqlBaseline,
} from './sql';

/** Parts of the plan the document may select or not, as the citizen's pages grow. */
const OPTIONAL_FIELDS: Record<string, string> = {
  subPlans: `(
      SELECT coalesce(json_agg(json_build_object(
        'id', s."id", 'kind', s."kind", 'title', s."title", 'owner', coalesce(su."name", s."ownerName", ''),
        '__typename', 'SubPlanView') ORDER BY s."createdAt", s."id"), '[]'::json)
      FROM "SubPlan" s LEFT JOIN "Unit" su ON su."id" = s."ownerUnitId"
      WHERE s."planId" = p."id" AND s."removedAt" IS NULL)`,
};

const optional = () => {
  const selected = rootFields('CitizenPlan');
  return Object.entries(OPTIONAL_FIELDS)
    .filter(([field]) => selected.has(field))
    .map(([field, value]) => `'${field}', ${value},`)
    .join('\n    ');
};

// $1: the person.
const data = (viewer: string) => `
  SELECT json_build_object(
    'id', p."id",
    'status', p."status",
    'whatIsImportant', p."whatIsImportant",
    'nextRevisionDate', ${localDate('p."nextRevisionDate"')},
    'periodEnd', ${localDate('p."periodEnd"')},
    'hiddenLifeAreas', '[]'::json,
    'partsWithheld', false,
    'coordinators', (
      SELECT coalesce(json_agg(json_build_object(
        'name', c."name", 'title', c."title", 'unitName', un."name", 'phone', c."phone", 'email', c."email",
        'since', ${localDate('a."startDate"')}, 'until', ${localDate('a."endDate"')}, 'isChildCoordinator', a."isChildCoordinator",
        '__typename', 'CoordinatorContact') ORDER BY a."startDate"), '[]'::json)
      FROM "CoordinatorAssignment" a
      JOIN "User" c ON c."id" = a."coordinatorId"
      LEFT JOIN "Unit" un ON un."id" = a."unitId"
      WHERE a."municipalityId" = v."municipalityId" AND a."personId" = $1::uuid AND ${inForce('a')}),
    'coordinatorHandover', ${handover(`
      SELECT a."id", a."coordinatorId", a."startDate", a."endDate" FROM "CoordinatorAssignment" a
      WHERE a."municipalityId" = v."municipalityId" AND a."personId" = $1::uuid AND ${inForce('a')}`)},
    'goals', (
      SELECT coalesce(json_agg(json_build_object(
        'id', g."id", 'kind', g."kind", 'status', g."status", 'description', g."description",
        'targetDate', ${localDate('g."targetDate"')}, 'lifeArea', g."lifeArea", 'parentGoalId', g."parentGoalId",
        'comments', (
          SELECT coalesce(json_agg(json_build_object(
            'id', gc."id", 'kind', gc."kind", 'body', gc."body", 'authorName', au."name",
            'author', CASE WHEN au."kind" <> 'CITIZEN' THEN 'STAFF' WHEN au."personId" = p."personId" THEN 'PERSON' ELSE 'GUARDIAN' END,
            'createdAt', ${instant('gc."createdAt"')}, 'answeredAt', ${instant('gc."answeredAt"')},
            '__typename', 'GoalCommentView') ORDER BY gc."createdAt", gc."id"), '[]'::json)
          FROM "GoalComment" gc JOIN "User" au ON au."id" = gc."authorId"
          WHERE gc."goalId" = g."id"),
        'actionItems', ${goalActionItems('g."id"', 'p."personId"', 'v."userId"')},
        '__typename', 'GoalView') ORDER BY g."kind", g."sortOrder", g."createdAt"), '[]'::json)
      FROM "Goal" g WHERE g."planId" = p."id" AND g."removedAt" IS NULL),
    'measures', (
      SELECT coalesce(json_agg(json_build_object(
        'id', m."id", 'goalId', m."goalId", 'description', m."description",
        'responsible', concat_ws(', ', nullif(rp."name", ''), nullif(ru."name", ''), nullif(rn."name", ''), nullif(m."responsibleText", '')),
        'dueDate', ${localDate('m."dueDate"')}, 'status', m."status",
        'overdue', m."status" IN ('PLANNED', 'ONGOING') AND m."dueDate" IS NOT NULL AND m."dueDate" < ${TODAY},
        '__typename', 'MeasureView') ORDER BY m."dueDate", m."createdAt"), '[]'::json)
      FROM "Measure" m
      LEFT JOIN "PlanParticipant" rp ON rp."id" = m."responsibleParticipantId"
      LEFT JOIN "User" ru ON ru."id" = m."responsibleUserId"
      LEFT JOIN "Unit" rn ON rn."id" = m."responsibleUnitId"
      WHERE m."planId" = p."id" AND m."removedAt" IS NULL),
    'upcomingMeetings', (
      SELECT coalesce(json_agg(json_build_object(
        'id', mt."id", 'type', mt."type", 'startsAt', ${instant('mt."startsAt"')}, 'location', mt."location",
        'status', mt."status", '__typename', 'MeetingRef') ORDER BY mt."startsAt"), '[]'::json)
      FROM (
        SELECT * FROM "Meeting"
        WHERE "municipalityId" = v."municipalityId" AND "personId" = $1::uuid AND "status" = 'PLANNED' AND "startsAt" >= ${NOW}
        ORDER BY "startsAt" LIMIT 5) mt),
    ${optional()}
    '__typename', 'PlanView')
  FROM ${viewer} v
  JOIN "IndividualPlan" p ON p."municipalityId" = v."municipalityId" AND p."personId" = $1::uuid AND p."status" <> 'CLOSED'`;

let obligedText: string | undefined;
const obliged = () =>
  (obligedText ??= `WITH ${sessionViewer(2)},
    allowed AS (
      SELECT v.* FROM viewer v
      WHERE v."activeRole" = 'CITIZEN' AND (v."personId" = $1::uuid OR EXISTS (
        SELECT 1 FROM "Relative" r
        WHERE r."municipalityId" = v."municipalityId" AND r."userId" = v."userId" AND r."isGuardian" AND r."personId" = $1::uuid))
    ),
    ${accessLogInsert('SELECT $1::uuid AS "personId"', 'plan.read')}
    SELECT ${SIGNED_IN_AND_ALLOWED}, (${data('allowed')}) AS "data"`);

export const planBaseline: SqlBaseline = {
  field: 'plan',
  values: ({ personId }) => [personId],
  bare: (viewer) => `WITH ${givenViewer(viewer)} SELECT (${data('viewer')}) AS "data"`,
  // Built when first asked for: the optional fields come from the web app's generated documents.
  get obliged() {
    return obliged();
  },
};
