// The coordinator's save of a goal (the web app's UpdateGoal mutation: `updateGoal(goalId,
// expectedVersion, input)`, answered with the plan as the editor shows it) by hand-written SQL,
// in one statement, so in one transaction, doing the service's work (plan-items.service.ts
// updateGoal, plan-edit.ts saveVersioned):
// - the goal, of a plan of the municipality that is not closed (NOT_FOUND, CONFLICT);
// - the fields given that differ from the goal's; none: nothing is written (and the version is
//   not checked);
// - the version check: the goal is at the version the edit started from, or none of the fields
//   was changed since (the history says so), else CONFLICT; then the update, version + 1, only
//   if the goal is still at the version read (a concurrent save: CONFLICT);
// - the history entry, whose trigger notifies the plan's live channel (NOTIFY at commit);
// - the answer: the plan as the editor shows it (plan-editor.ts), with the saved goal.
// Obligations: the session, the coordinator rule (an assignment in force to the goal's person)
// and the access-log rows `plan.edit` and `plan.read`, as the API writes them after the save.
// The input is read as goalData reads it (text trimmed, a long-term goal serves none), in code.
// The checks GraphQL makes of the variables (enums, ids, the version's minimum) and the texts'
// lengths are not repeated. The update sets each of the goal's fields (to itself when not
// changed), so the trigger that checks a goal's parent runs on every save; Prisma's sets only
// those that changed.
import { storedText } from '../../../lib/text';
import { coordinatorOf, planEditorQuery } from './plan-editor';
import { givenViewer, NOW, sessionViewer, SIGNED_IN_AND_ALLOWED, type BaselineViewer, type SqlBaseline } from './sql';

/** GOAL_FIELDS of plan-items.service.ts: their types, and how the history keeps a value (dates as Date.toISOString()). */
const GOAL_FIELDS: Array<{ name: string; type: string; json?: (value: string) => string }> = [
  { name: 'kind', type: '"GoalKind"' },
  { name: 'lifeArea', type: '"LifeArea"' },
  { name: 'description', type: 'text' },
  { name: 'status', type: '"GoalStatus"' },
  { name: 'targetDate', type: 'date', json: (value) => `to_char(${value}, 'YYYY-MM-DD"T"00:00:00.000"Z"')` },
  { name: 'parentGoalId', type: 'uuid' },
];

// $1: the goal; $2: the version the edit started from; $3: the fields given (JSON); $4: the
// description was emptied (refused).
const given = (field: string) => `($3::jsonb ? '${field}')`;
const newValue = (field: (typeof GOAL_FIELDS)[number]) => `($3::jsonb ->> '${field.name}')::${field.type}`;
const changed = (field: (typeof GOAL_FIELDS)[number]) => `(${given(field.name)} AND ${newValue(field)} IS DISTINCT FROM g."${field.name}")`;
const asJson = (field: (typeof GOAL_FIELDS)[number], value: string) => `to_jsonb(${field.json ? field.json(value) : value})`;
/** The changed fields, before or after (what changedFields gives), as jsonb. */
const changes = (side: 'before' | 'after') =>
  GOAL_FIELDS.map(
    (field) =>
      `CASE WHEN ${changed(field)} THEN jsonb_build_object('${field.name}', ${asJson(field, side === 'after' ? newValue(field) : `g."${field.name}"`)}) ELSE '{}'::jsonb END`,
  ).join(' || ');

/** The goal, with its plan's person and status, of the viewer's municipality. */
const GOAL = `goal AS (
    SELECT g.*, p."personId", p."status" AS "planStatus"
    FROM viewer v
    JOIN "Goal" g ON g."id" = $1::uuid AND g."municipalityId" = v."municipalityId"
    JOIN "IndividualPlan" p ON p."id" = g."planId" AND p."municipalityId" = v."municipalityId"
  )`;

/** The save's CTEs after GOAL: `actor` (the viewer, or those the rule allows) saves the goal. */
function saveCtes(actor: string): string {
  return `change AS (
    SELECT g."id", g."version", g."municipalityId", g."planId", g."personId", ${changes('after')} AS "after", ${changes('before')} AS "before"
    FROM goal g
    WHERE g."planStatus" <> 'CLOSED' AND NOT $4::boolean AND EXISTS (SELECT 1 FROM ${actor})
  ),
  saved AS (
    UPDATE "Goal" g SET
      ${GOAL_FIELDS.map((field) => `"${field.name}" = CASE WHEN c."after" ? '${field.name}' THEN ${newValue(field)} ELSE g."${field.name}" END`).join(',\n      ')},
      "version" = g."version" + 1,
      "updatedAt" = ${NOW}
    FROM change c
    WHERE g."id" = c."id" AND g."version" = c."version" AND c."after" <> '{}'::jsonb
      AND (c."version" = $2::int OR ($2::int >= 1
        AND EXISTS (
          SELECT 1 FROM "HistoryEntry" h
          WHERE h."municipalityId" = c."municipalityId" AND h."entityId" = c."id" AND h."entityVersion" > $2::int)
        AND NOT EXISTS (
          SELECT 1 FROM "HistoryEntry" h
          WHERE h."municipalityId" = c."municipalityId" AND h."entityId" = c."id" AND h."entityVersion" > $2::int
            AND (h."after" ?| ARRAY(SELECT jsonb_object_keys(c."after")) OR h."before" ?| ARRAY(SELECT jsonb_object_keys(c."after"))))))
    RETURNING g.*
  ),
  history AS (
    INSERT INTO "HistoryEntry" ("municipalityId", "personId", "planId", "entity", "entityVersion", "entityId", "action", "actorId", "actorRole", "at", "before", "after")
    SELECT a."municipalityId", c."personId", c."planId", 'Goal', s."version", s."id", 'goal.updated', a."userId", a."activeRole", ${NOW}, c."before", c."after"
    FROM saved s JOIN change c ON c."id" = s."id" CROSS JOIN ${actor} a
  )`;
}

/** The error code the save is refused with (null: saved, or nothing to save), as the service checks in turn. */
const REFUSED = `CASE
    WHEN NOT EXISTS (SELECT 1 FROM goal) THEN 'NOT_FOUND'
    WHEN EXISTS (SELECT 1 FROM goal WHERE "planStatus" = 'CLOSED') THEN 'CONFLICT'
    WHEN $4::boolean THEN 'BAD_USER_INPUT'
    WHEN EXISTS (SELECT 1 FROM change WHERE "after" = '{}'::jsonb) THEN NULL
    WHEN NOT EXISTS (SELECT 1 FROM saved) THEN 'CONFLICT'
  END AS "refused"`;

/** The goals as the statement answers them: the saved row in place of the one it replaced. */
const GOALS_AFTER_SAVE = `(SELECT * FROM "Goal" WHERE "id" NOT IN (SELECT "id" FROM saved) UNION ALL SELECT * FROM saved)`;
const PERSON = `(SELECT "personId" FROM goal)`;

let built: { bare(viewer: BaselineViewer): string; obliged: string } | undefined;

function build() {
  const bare = planEditorQuery('UpdateGoal', 'viewer', PERSON, GOALS_AFTER_SAVE);
  const obliged = planEditorQuery('UpdateGoal', 'allowed', PERSON, GOALS_AFTER_SAVE);
  return {
    bare: (viewer: BaselineViewer) => `WITH ${givenViewer(viewer)}, ${GOAL}, ${saveCtes('viewer')}, ${bare.ctes}
    SELECT ${REFUSED}, ${bare.data} AS "data"`,
    // The rule needs the goal's person, so the goal is found for the session's viewer first.
    obliged: `WITH ${sessionViewer(5)},
    ${GOAL},
    ${coordinatorOf(PERSON)},
    ${saveCtes('allowed')},
    logged AS (
      INSERT INTO "AccessLogEntry" ("municipalityId", "actorId", "actorRole", "personId", "action", "at")
      SELECT a."municipalityId", a."userId", a."activeRole", c."personId", x."action", ${NOW}
      FROM allowed a CROSS JOIN change c CROSS JOIN (VALUES ('plan.edit'), ('plan.read')) x("action")
      WHERE c."after" = '{}'::jsonb OR EXISTS (SELECT 1 FROM saved)
    ),
    ${obliged.ctes}
    SELECT ${SIGNED_IN_AND_ALLOWED}, ${REFUSED}, ${obliged.data} AS "data"`,
  };
}

interface GoalInputLike {
  kind?: string;
  lifeArea?: string | null;
  description?: string;
  status?: string;
  targetDate?: string | null;
  parentGoalId?: string | null;
}

/** The fields as goalData gives them (undefined: not changed), and whether the description was emptied (requiredText). */
function goalInput(input: GoalInputLike): { data: Record<string, unknown>; emptied: boolean } {
  const description = input.description === undefined ? undefined : storedText(input.description);
  const data = {
    kind: input.kind,
    lifeArea: input.lifeArea,
    description: description ?? undefined,
    status: input.status,
    targetDate: input.targetDate,
    parentGoalId: input.kind === 'LONG_TERM' ? null : input.parentGoalId,
  };
  // JSON leaves out what is undefined, and keeps null (a field emptied).
  return { data, emptied: input.description !== undefined && !description };
}

export const goalSaveBaseline: SqlBaseline = {
  field: 'updateGoal',
  values: ({ goalId, expectedVersion, input }) => {
    const { data, emptied } = goalInput((input ?? {}) as GoalInputLike);
    return [goalId, expectedVersion, JSON.stringify(data), emptied];
  },
  bare: (viewer) => (built ??= build()).bare(viewer),
  get obliged() {
    return (built ??= build()).obliged;
  },
};
