// The coordinator's caseload (the web app's MyCaseload query) by hand-written SQL: assignments in
// force today with the person, the plan that is not closed, its open measures, the next planned
// meeting, whether there is an active group, a change of coordinator under way and the comments
// waiting for an answer on the plan. Obligations: the session, the rule (coordinator, own
// caseload) and one access-log row `caseload.read` per person. Like the API, assignments of the
// last 14 days come first, newest first, and the rest are sorted by name in Norwegian in code
// (PGlite has no ICU collations).
import { handover, inForce, instant, listBaseline, localDate, NOW, personRef, TODAY } from './sql';

const rows = (viewer: string) => `rows AS (
    SELECT a."id", a."personId", a."isChildCoordinator", a."startDate", a."endDate",
           p."firstName", p."lastName", p."dateOfBirth", p."expectedBirthDate"
    FROM ${viewer} v
    JOIN "CoordinatorAssignment" a ON a."municipalityId" = v."municipalityId" AND a."coordinatorId" = v."userId"
    JOIN "Person" p ON p."id" = a."personId"
    WHERE ${inForce('a')}
  )`;

const DATA = `
  SELECT coalesce(json_agg(json_build_object(
    'assignmentId', r."id",
    'person', ${personRef('r', 'r."personId"')},
    'isChildCoordinator', r."isChildCoordinator",
    'planId', plan."id",
    'planStatus', plan."status",
    'nextRevisionDate', ${localDate('plan."nextRevisionDate"')},
    'openMeasures', coalesce(plan."openMeasures", 0),
    'unansweredComments', coalesce(plan."unansweredComments", 0),
    'nextMeetingAt', (
      SELECT ${instant('min(mt."startsAt")')} FROM "Meeting" mt
      WHERE mt."personId" = r."personId" AND mt."status" = 'PLANNED' AND mt."startsAt" >= ${NOW}),
    'hasResponsibilityGroup', EXISTS (
      SELECT 1 FROM "ResponsibilityGroup" g WHERE g."personId" = r."personId" AND g."status" = 'ACTIVE'),
    'since', ${localDate('r."startDate"')},
    'isNew', r."startDate" > ${TODAY} - 14,
    'endsOn', ${localDate('r."endDate"')},
    'handover', ${handover(`
      SELECT h."id", h."coordinatorId", h."startDate", h."endDate" FROM "CoordinatorAssignment" h
      WHERE h."personId" = r."personId" AND ${inForce('h')}`)},
    '__typename', 'CaseloadEntry') ORDER BY r."startDate" DESC), '[]'::json)
  FROM rows r
  LEFT JOIN LATERAL (
    SELECT ip."id", ip."status", ip."nextRevisionDate",
      (SELECT count(*)::int FROM "Measure" m WHERE m."planId" = ip."id" AND m."status" IN ('PLANNED', 'ONGOING')) AS "openMeasures",
      (SELECT count(*)::int FROM "GoalComment" gc JOIN "Goal" cg ON cg."id" = gc."goalId"
       WHERE gc."planId" = ip."id" AND gc."answeredAt" IS NULL AND gc."kind" IN ('COMMENT', 'SUGGESTION') AND cg."removedAt" IS NULL) AS "unansweredComments"
    FROM "IndividualPlan" ip WHERE ip."personId" = r."personId" AND ip."status" <> 'CLOSED' LIMIT 1
  ) plan ON true`;

interface Entry {
  person: { name: string };
  since: string;
  isNew: boolean;
}

export const caseloadBaseline = listBaseline({
  field: 'myCaseload',
  role: 'COORDINATOR',
  action: 'caseload.read',
  values: () => [],
  parameterCount: 0,
  rows,
  data: DATA,
  finish: (data) =>
    (data as Entry[]).sort(
      (a, b) =>
        Number(b.isNew) - Number(a.isNew) ||
        (a.isNew ? b.since.localeCompare(a.since) : 0) ||
        a.person.name.localeCompare(b.person.name, 'nb'),
    ),
});
