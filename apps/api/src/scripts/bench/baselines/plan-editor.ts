// The coordinator's plan read (the web app's PersonPlan query: `plan(personId)` as PlanDetails
// shows it and the editor edits it: the sections, life areas, participants, goals with their
// comment threads, measures, the person's guardians, the unanswered comments, the check of the
// legal content, and the plan's parts) by hand-written SQL. Obligations: the session, the
// coordinator rule (an assignment in force) and the access-log row `plan.read`.
// The person's coordinator sees every life area (hiddenLifeAreas is empty) and may edit the plan.
// The legal content, which the API works out in code from the plan as read (plan-legal.ts), is
// worked out here in the same statement by the same rules.
// The goal save (goal-save.ts) answers the same plan, with the goal it saved.
import { ADULT_FROM_AGE, TRANSITION_REVIEW_DAYS, YOUTH_FROM_AGE } from '@samhandling/shared';
import { rootFields, type WebOperation } from '../web-documents';
import {
  goalActionItems,
  accessLogInsert,
  ageOf,
  givenViewer,
  handover,
  inForce,
  instant,
  localDate,
  NOW,
  sessionViewer,
  SIGNED_IN_AND_ALLOWED,
  TODAY,
  type BaselineViewer,
  type SqlBaseline,
} from './sql';

/** A text with something in it besides white space (what `has` in plan-legal.ts tests). */
const has = (text: string) => `coalesce(${text} ~ '[^[:space:]]', false)`;

const OPEN_MEASURE = `m."status" IN ('PLANNED', 'ONGOING')`;

/** A goal (`g`) that a measure of the plan serves, as goalsWithoutMeasures has it. */
const served = (g: string) => `EXISTS (SELECT 1 FROM measures sm WHERE sm."goalId" = ${g}."id" AND sm."status" <> 'CANCELLED')`;

/**
 * The plan and its parts as CTEs: plan (the person's current plan, for `viewer`), goals,
 * measures, participants, life_areas, coordinators (in force), and problems (the legal check's
 * findings, numbered in the order legalContentOf gives them). `goals` are the rows of
 * `goalRows`: the table, or for a save the table with the saved row in place of the old one
 * (a statement does not see its own update).
 */
function planCtes(viewer: string, person: string, goalRows: string): string {
  const problem = (n: number, o1: number, code: string, from: string, where: string, o2 = '0', o3 = 0, goalId = 'NULL', measureId = 'NULL') =>
    `SELECT ${n}, ${o1}, ${o2}, ${o3}, '${code}', ${goalId}, ${measureId} FROM ${from} WHERE ${where}`;
  const fromPlan = 'plan p';
  return `plan AS (
    SELECT p.* FROM ${viewer} v
    JOIN "IndividualPlan" p ON p."municipalityId" = v."municipalityId" AND p."personId" = ${person} AND p."status" <> 'CLOSED'
  ),
  goals AS (
    SELECT g.*, row_number() OVER (ORDER BY g."kind", g."sortOrder", g."createdAt") AS "ord"
    FROM ${goalRows} g JOIN plan p ON g."planId" = p."id" WHERE g."removedAt" IS NULL
  ),
  measures AS (
    SELECT m.*,
      concat_ws(', ', nullif(rp."name", ''), nullif(ru."name", ''), nullif(rn."name", ''), nullif(m."responsibleText", '')) AS "responsible",
      row_number() OVER (ORDER BY m."dueDate", m."createdAt") AS "ord"
    FROM "Measure" m JOIN plan p ON m."planId" = p."id"
    LEFT JOIN "PlanParticipant" rp ON rp."id" = m."responsibleParticipantId"
    LEFT JOIN "User" ru ON ru."id" = m."responsibleUserId"
    LEFT JOIN "Unit" rn ON rn."id" = m."responsibleUnitId"
    WHERE m."removedAt" IS NULL
  ),
  participants AS (
    SELECT pp.*, un."name" AS "unitName", row_number() OVER (ORDER BY pp."sortOrder", pp."createdAt") AS "ord"
    FROM "PlanParticipant" pp JOIN plan p ON pp."planId" = p."id"
    LEFT JOIN "Unit" un ON un."id" = pp."unitId"
    WHERE pp."removedAt" IS NULL
  ),
  life_areas AS (SELECT la.* FROM "LifeAreaMapping" la JOIN plan p ON la."planId" = p."id"),
  coordinators AS (
    SELECT a.* FROM plan p
    JOIN "CoordinatorAssignment" a ON a."municipalityId" = p."municipalityId" AND a."personId" = p."personId" AND ${inForce('a')}
  ),
  problems (n, o1, o2, o3, code, "goalId", "measureId") AS (
    SELECT 1, 1, 0::bigint, 0, 'NO_WHAT_IS_IMPORTANT'::text, NULL::uuid, NULL::uuid FROM plan p WHERE NOT ${has('p."whatIsImportant"')}
    UNION ALL ${problem(1, 2, 'NO_GOALS', fromPlan, 'NOT EXISTS (SELECT 1 FROM goals)')}
    UNION ALL ${problem(1, 3, 'NO_RESOURCES', fromPlan, `NOT ${has('p."resources"')} AND NOT EXISTS (SELECT 1 FROM life_areas la WHERE ${has('la."resources"')})`)}
    UNION ALL ${problem(1, 4, 'NO_NEEDS', fromPlan, `NOT ${has('p."needs"')} AND NOT EXISTS (SELECT 1 FROM life_areas la WHERE ${has('la."needs"')})`)}
    UNION ALL ${problem(2, 1, 'NO_PARTICIPANTS', fromPlan, `NOT EXISTS (SELECT 1 FROM participants pp WHERE pp."kind" <> 'PERSON')`)}
    UNION ALL ${problem(3, 1, 'NO_COORDINATOR', fromPlan, 'NOT EXISTS (SELECT 1 FROM coordinators)')}
    UNION ALL ${problem(4, 1, 'NO_OWN_CONTRIBUTION', fromPlan, `NOT ${has('p."ownContribution"')} AND NOT EXISTS (SELECT 1 FROM measures m WHERE ${has('m."ownContribution"')})`)}
    UNION ALL ${problem(4, 2, 'NO_CONTRIBUTIONS', fromPlan, `NOT ${has('p."networkContribution"')} AND NOT EXISTS (SELECT 1 FROM participants pp WHERE pp."kind" <> 'PERSON' AND ${has('pp."contribution"')})`)}
    UNION ALL ${problem(5, 1, 'NO_MEASURES', fromPlan, `NOT EXISTS (SELECT 1 FROM measures m WHERE ${OPEN_MEASURE})`)}
    UNION ALL ${problem(5, 2, 'GOAL_WITHOUT_MEASURE', 'goals g', `g."status" IN ('NOT_STARTED', 'IN_PROGRESS') AND NOT ${served('g')} AND NOT EXISTS (SELECT 1 FROM goals c WHERE c."parentGoalId" = g."id" AND ${served('c')})`, 'g."ord"', 0, 'g."id"')}
    UNION ALL ${problem(5, 3, 'MEASURE_WITHOUT_RESPONSIBLE', 'measures m', `${OPEN_MEASURE} AND NOT ${has('m."responsible"')}`, 'm."ord"', 0, 'NULL', 'm."id"')}
    UNION ALL ${problem(5, 3, 'MEASURE_WITHOUT_SCOPE', 'measures m', `${OPEN_MEASURE} AND NOT ${has('m."scope"')}`, 'm."ord"', 1, 'NULL', 'm."id"')}
    UNION ALL ${problem(6, 1, 'MEASURE_WITHOUT_HOW', 'measures m', `${OPEN_MEASURE} AND NOT ${has('m."howCarriedOut"')}`, 'm."ord"', 0, 'NULL', 'm."id"')}
    UNION ALL ${problem(6, 1, 'MEASURE_WITHOUT_DEADLINE', 'measures m', `${OPEN_MEASURE} AND m."dueDate" IS NULL`, 'm."ord"', 1, 'NULL', 'm."id"')}
    UNION ALL ${problem(7, 1, 'NO_PERIOD', fromPlan, 'p."periodStart" IS NULL OR p."periodEnd" IS NULL')}
    UNION ALL ${problem(7, 2, 'PERIOD_ENDED', fromPlan, `p."periodEnd" < ${TODAY}`)}
    UNION ALL ${problem(7, 3, 'NO_REVISION_DATE', fromPlan, 'p."nextRevisionDate" IS NULL')}
    UNION ALL ${problem(7, 4, 'REVISION_OVERDUE', fromPlan, `p."nextRevisionDate" < ${TODAY}`)}
    UNION ALL ${problem(8, 1, 'NO_CONSENT', fromPlan, 'p."consentId" IS NULL')}
    UNION ALL ${problem(8, 2, 'CONSENT_WITHDRAWN', 'plan p JOIN "Consent" c ON c."id" = p."consentId"', 'c."withdrawnAt" IS NOT NULL')}
    UNION ALL ${problem(8, 3, 'CONSENT_EXPIRED', 'plan p JOIN "Consent" c ON c."id" = p."consentId"', `c."withdrawnAt" IS NULL AND c."periodEnd" < ${TODAY}`)}
    UNION ALL ${problem(8, 4, 'NO_EXCHANGE_CONSENT', fromPlan, `(SELECT count(*) FROM participants pp WHERE pp."kind" = 'PROFESSIONAL') > 1 AND NOT EXISTS (
      SELECT 1 FROM "Consent" c
      WHERE c."personId" = p."personId" AND c."scope" = 'INFORMATION_EXCHANGE' AND c."withdrawnAt" IS NULL
        AND (c."periodEnd" IS NULL OR c."periodEnd" >= ${TODAY}))`)}
    UNION ALL ${problem(9, 1, 'NO_COOPERATION_NOTE', fromPlan, `NOT ${has('p."cooperationNeeds"')}`)}
  )`;
}

/** The parts of the legal content, in the order of the law (LegalContentItem). */
const LEGAL_ITEMS = [
  'GOALS_RESOURCES_NEEDS',
  'PARTICIPANTS',
  'COORDINATOR',
  'CONTRIBUTIONS',
  'MEASURES_SCOPE_RESPONSIBLE',
  'HOW_CARRIED_OUT',
  'PERIOD_AND_REVISION',
  'CONSENT',
  'COOPERATION',
];

/** Each PlanView field these baselines answer, over the CTEs of planCtes (plan `p`, person `pe`). */
const PLAN_FIELDS: Record<string, string> = {
  id: 'p."id"',
  // The viewer is the person's coordinator (the rule), and the plan read is never closed.
  canEdit: `p."status" <> 'CLOSED' AND p."awaitingConsentSince" IS NULL`,
  canRegisterConsent: `p."status" <> 'CLOSED'`,
  awaitingConsent: 'p."awaitingConsentSince" IS NOT NULL',
  periodEndsInDays: `(p."periodEnd" - ${TODAY})`,
  partsWithheld: 'false',
  person: `json_build_object('id', pe."id", 'name', pe."firstName" || ' ' || pe."lastName", '__typename', 'PersonRef')`,
  status: 'p."status"',
  version: 'p."version"',
  hasConsent: 'p."consentId" IS NOT NULL AND p."awaitingConsentSince" IS NULL',
  periodStart: localDate('p."periodStart"'),
  periodEnd: localDate('p."periodEnd"'),
  nextRevisionDate: localDate('p."nextRevisionDate"'),
  ...Object.fromEntries(
    ['whatIsImportant', 'situation', 'resources', 'dreams', 'needs', 'ownContribution', 'networkContribution', 'cooperationNeeds', 'languageAndCulture'].map(
      (section) => [section, `p."${section}"`],
    ),
  ),
  hiddenLifeAreas: `'[]'::json`,
  unansweredComments: `(
    SELECT count(*)::int FROM "GoalComment" gc JOIN "Goal" g ON g."id" = gc."goalId"
    WHERE gc."municipalityId" = p."municipalityId" AND gc."planId" = p."id" AND gc."answeredAt" IS NULL
      AND gc."kind" IN ('COMMENT', 'SUGGESTION') AND g."removedAt" IS NULL)`,
  legalContent: `(
    SELECT json_agg(json_build_object(
      'item', i."item", 'satisfied', f."problems" IS NULL, 'problems', coalesce(f."problems", '[]'::json),
      '__typename', 'LegalContentFinding') ORDER BY i."n")
    FROM unnest(ARRAY[${LEGAL_ITEMS.map((item) => `'${item}'`).join(', ')}]) WITH ORDINALITY i("item", "n")
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('code', x."code", 'goalId', x."goalId", 'measureId', x."measureId", '__typename', 'LegalProblem')
                      ORDER BY x."o1", x."o2", x."o3") AS "problems"
      FROM problems x WHERE x."n" = i."n") f ON true)`,
  guardians: `(
    SELECT coalesce(json_agg(json_build_object('id', r."id", 'name', r."name", '__typename', 'GuardianRef') ORDER BY r."name"), '[]'::json)
    FROM "Relative" r WHERE r."municipalityId" = p."municipalityId" AND r."personId" = p."personId" AND r."isGuardian")`,
  lifeAreas: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', la."id", 'area', la."area", 'situation', la."situation", 'services', la."services", 'needs', la."needs",
      'version', la."version", '__typename', 'LifeAreaView') ORDER BY la."area"), '[]'::json)
    FROM life_areas la)`,
  participants: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', pp."id", 'kind', pp."kind", 'name', pp."name", 'role', pp."role", 'unitId', pp."unitId", 'unitName', pp."unitName",
      'organisation', pp."organisation", 'phone', pp."phone", 'email', pp."email", 'contribution', pp."contribution",
      'version', pp."version", '__typename', 'ParticipantView') ORDER BY pp."ord"), '[]'::json)
    FROM participants pp)`,
  goals: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', g."id", 'kind', g."kind", 'lifeArea', g."lifeArea", 'description', g."description", 'status', g."status",
      'targetDate', ${localDate('g."targetDate"')}, 'parentGoalId', g."parentGoalId", 'sortOrder', g."sortOrder", 'version', g."version",
      'comments', (
        SELECT coalesce(json_agg(json_build_object(
          'id', gc."id", 'kind', gc."kind", 'body', gc."body", 'authorName', au."name",
          'author', CASE WHEN au."kind" <> 'CITIZEN' THEN 'STAFF' WHEN au."personId" = p."personId" THEN 'PERSON' ELSE 'GUARDIAN' END,
          'createdAt', ${instant('gc."createdAt"')}, 'answeredAt', ${instant('gc."answeredAt"')},
          '__typename', 'GoalCommentView') ORDER BY gc."createdAt", gc."id"), '[]'::json)
        FROM "GoalComment" gc JOIN "User" au ON au."id" = gc."authorId"
        WHERE gc."municipalityId" = p."municipalityId" AND gc."goalId" = g."id"),
      'actionItems', ${goalActionItems('g."id"', 'p."personId"', '(SELECT "userId" FROM viewer)')},
      '__typename', 'GoalView') ORDER BY g."ord"), '[]'::json)
    FROM goals g)`,
  measures: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', m."id", 'goalId', m."goalId", 'description', m."description", 'responsible', m."responsible",
      'responsibleParticipantId', m."responsibleParticipantId", 'responsibleUnitId', m."responsibleUnitId",
      'responsibleText', m."responsibleText", 'startDate', ${localDate('m."startDate"')}, 'dueDate', ${localDate('m."dueDate"')},
      'status', m."status", 'overdue', ${OPEN_MEASURE} AND m."dueDate" IS NOT NULL AND m."dueDate" < ${TODAY},
      'scope', m."scope", 'howCarriedOut', m."howCarriedOut", 'ownContribution', m."ownContribution",
      'sortOrder', m."sortOrder", 'version', m."version", '__typename', 'MeasureView') ORDER BY m."ord"), '[]'::json)
    FROM measures m)`,
  coordinators: `(
    SELECT coalesce(json_agg(json_build_object(
      'name', c."name", 'title', c."title", 'unitName', un."name", 'phone', c."phone", 'email', c."email",
      'since', ${localDate('a."startDate"')}, 'until', ${localDate('a."endDate"')}, 'isChildCoordinator', a."isChildCoordinator",
      '__typename', 'CoordinatorContact') ORDER BY a."startDate"), '[]'::json)
    FROM coordinators a JOIN "User" c ON c."id" = a."coordinatorId" LEFT JOIN "Unit" un ON un."id" = a."unitId")`,
  coordinatorHandover: handover(`SELECT a."id", a."coordinatorId", a."startDate", a."endDate" FROM coordinators a`),
  upcomingMeetings: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', mt."id", 'type', mt."type", 'startsAt', ${instant('mt."startsAt"')}, 'location', mt."location",
      'status', mt."status", '__typename', 'MeetingRef') ORDER BY mt."startsAt"), '[]'::json)
    FROM (
      SELECT * FROM "Meeting"
      WHERE "municipalityId" = p."municipalityId" AND "personId" = p."personId" AND "status" = 'PLANNED' AND "startsAt" >= ${NOW}
      ORDER BY "startsAt" LIMIT 5) mt)`,
  evaluations: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', e."id", 'scheduledFor', ${localDate('e."scheduledFor"')}, 'heldAt', ${instant('e."heldAt"')}, 'evaluatedByName', eu."name",
      'goalsReached', e."goalsReached", 'servicesWork', e."servicesWork", 'wayOfWorking', e."wayOfWorking",
      'ownerExperience', e."ownerExperience", 'conclusion', e."conclusion", 'version', e."version",
      '__typename', 'EvaluationView') ORDER BY e."scheduledFor", e."id"), '[]'::json)
    FROM "Evaluation" e LEFT JOIN "User" eu ON eu."id" = e."evaluatedById"
    WHERE e."planId" = p."id" AND e."removedAt" IS NULL)`,
  subPlans: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', s."id", 'kind', s."kind", 'title', s."title", 'owner', coalesce(su."name", s."ownerName", ''), 'ownerName', s."ownerName",
      'ownerUnitId', s."ownerUnitId", 'lifeArea', s."lifeArea", 'externalReference', s."externalReference", 'note', s."note",
      'version', s."version", '__typename', 'SubPlanView') ORDER BY s."createdAt", s."id"), '[]'::json)
    FROM "SubPlan" s LEFT JOIN "Unit" su ON su."id" = s."ownerUnitId"
    WHERE s."planId" = p."id" AND s."removedAt" IS NULL)`,
  // lifePhaseForAge: an unborn child is a child.
  lifePhase: `CASE WHEN ${ageOf('pe')} IS NULL OR ${ageOf('pe')} < ${YOUTH_FROM_AGE} THEN 'CHILD'
    WHEN ${ageOf('pe')} < ${ADULT_FROM_AGE} THEN 'YOUTH' ELSE 'ADULT' END`,
  checklist: `(
    SELECT coalesce(json_agg(json_build_object(
      'itemKey', ci."itemKey", 'phase', ci."phase", 'checkedAt', ${instant('ci."checkedAt"')}, 'checkedByName', cu."name",
      '__typename', 'ChecklistTickView') ORDER BY ci."checkedAt", ci."itemKey"), '[]'::json)
    FROM "PlanChecklistItem" ci JOIN "User" cu ON cu."id" = ci."checkedById"
    WHERE ci."planId" = p."id")`,
  transitions: `(
    SELECT coalesce(json_agg(json_build_object(
      'id', t."id", 'kind', t."kind", 'date', ${localDate('t."date"')}, 'note', t."note",
      'reviewDue', t."reviewedAt" IS NULL AND t."date" <= ${TODAY} + ${TRANSITION_REVIEW_DAYS},
      'reviewedAt', ${instant('t."reviewedAt"')}, 'reviewedByName', tu."name", 'version', t."version",
      '__typename', 'TransitionView') ORDER BY t."date", t."createdAt"), '[]'::json)
    FROM "PlanTransition" t LEFT JOIN "User" tu ON tu."id" = t."reviewedById"
    WHERE t."planId" = p."id" AND t."removedAt" IS NULL)`,
  __typename: `'PlanView'`,
};

/**
 * The plan as `document`'s root field selects it (the fields of PlanView it asks for, whichever
 * fragments they come from), over planCtes; null when the person has no current plan.
 */
function planJson(document: WebOperation): string {
  const pairs = [...rootFields(document)].map((field) => {
    const value = PLAN_FIELDS[field];
    if (!value) throw new Error(`${document} asks for PlanView.${field}, which the plan editor's baseline does not answer yet`);
    return `'${field}', ${value}`;
  });
  return `(SELECT json_build_object(${pairs.join(',\n    ')})
  FROM plan p JOIN "Person" pe ON pe."id" = p."personId")`;
}

/**
 * The plan for `viewer` as `document` selects it: CTEs to follow the viewer's (and the caller's),
 * and the JSON over them. `person` is the person's id in SQL; `goalRows` see planCtes.
 */
export function planEditorQuery(document: WebOperation, viewer: string, person: string, goalRows = '"Goal"'): { ctes: string; data: string } {
  return { ctes: planCtes(viewer, person, goalRows), data: planJson(document) };
}

/** The coordinator rule: an assignment to the person (`person`, in SQL) in force today. */
export const coordinatorOf = (person: string) => `allowed AS (
    SELECT v.* FROM viewer v
    WHERE v."activeRole" = 'COORDINATOR' AND EXISTS (
      SELECT 1 FROM "CoordinatorAssignment" a
      WHERE a."municipalityId" = v."municipalityId" AND a."personId" = ${person} AND a."coordinatorId" = v."userId" AND ${inForce('a')}))`;

// Built when first asked for: the fields come from the web app's generated documents.
let built: { bare(viewer: BaselineViewer): string; obliged: string } | undefined;

function build() {
  const person = '$1::uuid';
  const bare = planEditorQuery('PersonPlan', 'viewer', person);
  const obliged = planEditorQuery('PersonPlan', 'allowed', person);
  return {
    bare: (viewer: BaselineViewer) => `WITH ${givenViewer(viewer)}, ${bare.ctes} SELECT ${bare.data} AS "data"`,
    obliged: `WITH ${sessionViewer(2)},
    ${coordinatorOf(person)},
    ${accessLogInsert(`SELECT ${person} AS "personId"`, 'plan.read')},
    ${obliged.ctes}
    SELECT ${SIGNED_IN_AND_ALLOWED}, ${obliged.data} AS "data"`,
  };
}

// $1: the person.
export const planEditorBaseline: SqlBaseline = {
  field: 'plan',
  values: ({ personId }) => [personId],
  bare: (viewer) => (built ??= build()).bare(viewer),
  get obliged() {
    return (built ??= build()).obliged;
  },
};
