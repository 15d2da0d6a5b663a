// One meeting as its coordinator opens it (the benchmark's MeetingPage: `meeting(id)` with the
// person, the invitees, the agenda with each item's invitees and action items, and the minutes
// as far as they are written) by hand-written SQL. Obligations: the session, the rule (the
// coordinator of the meeting's person: an assignment in force) and the access-log row
// `meeting.read`. The coordinator sees the whole meeting, the minutes before they are final too.
import { accessLogInsert, givenViewer, inForce, instant, localDate, sessionViewer, SIGNED_IN_AND_ALLOWED, type SqlBaseline } from './sql';

/** The document the benchmark sends (the web app's meeting page asks for the like). */
export const MEETING_PAGE = {
  name: 'MeetingPage',
  query: `query MeetingPage($id: ID!) {
  meeting(id: $id) {
    id type status startsAt durationMinutes endsAt location videoLink chairName minuteTakerName
    agendaSentAt agendaDueBy agendaSentLate canManage canWriteMinutes myAnswer version
    person { id name }
    invitees { id kind name agendaItemId answer present isCoordinator email }
    agenda { id position title goalId measureId notes conclusion invitees { id name } actionItems { id description responsibleName dueDate doneAt } }
    minutes { previousMinutesApproved nextMeetingAt nextMeetingTopic distribution missingParts }
  }
}`,
};

const inviteeName = `coalesce(u."name", rel."name", CASE WHEN at."isPerson" THEN p."firstName" || ' ' || p."lastName" END, at."externalName", '')`;

/** The invitation rows of the meeting `m` with their user and relative, in the API's order. */
const attendance = (where: string) => `
  FROM "MeetingAttendance" at
  LEFT JOIN "User" u ON u."id" = at."userId"
  LEFT JOIN "Relative" rel ON rel."id" = at."relativeId"
  WHERE at."meetingId" = m."id" AND ${where}`;

const ATTENDANCE_ORDER = `at."agendaItemId" ASC NULLS FIRST, at."id" ASC`;

// $1: the meeting.
const data = (viewer: string) => `
  SELECT json_build_object(
    'id', m."id",
    'type', m."type",
    'status', m."status",
    'startsAt', ${instant('m."startsAt"')},
    'durationMinutes', m."durationMinutes",
    'endsAt', ${instant(`m."startsAt" + make_interval(mins => m."durationMinutes")`)},
    'location', m."location",
    'videoLink', m."videoLink",
    'chairName', chair."name",
    'minuteTakerName', taker."name",
    'agendaSentAt', ${instant('m."agendaSentAt"')},
    'agendaDueBy', CASE WHEN m."type" = 'RESPONSIBILITY_GROUP' THEN ${instant(`m."startsAt" - make_interval(days => mu."agendaNoticeDays")`)} END,
    'agendaSentLate', m."agendaSentLate",
    'canManage', m."status" <> 'CANCELLED',
    'canWriteMinutes', m."status" <> 'CANCELLED' AND m."minutesFinalisedAt" IS NULL,
    'myAnswer', (
      SELECT at."answer" ${attendance(`(at."userId" = v."userId" OR rel."userId" = v."userId" OR (at."isPerson" AND v."personId" = m."personId"))`)}
      ORDER BY ${ATTENDANCE_ORDER} LIMIT 1),
    'version', m."version",
    'person', json_build_object('id', p."id", 'name', p."firstName" || ' ' || p."lastName"),
    'invitees', (
      SELECT coalesce(json_agg(json_build_object(
        'id', at."id",
        'kind', CASE WHEN at."userId" IS NOT NULL THEN 'STAFF' WHEN at."relativeId" IS NOT NULL THEN 'RELATIVE' WHEN at."isPerson" THEN 'PERSON' ELSE 'EXTERNAL' END,
        'name', ${inviteeName},
        'agendaItemId', at."agendaItemId",
        'answer', at."answer",
        'present', at."present",
        'isCoordinator', at."userId" IS NOT NULL AND at."userId" IN (SELECT c."coordinatorId" FROM "CoordinatorAssignment" c WHERE c."personId" = m."personId" AND ${inForce('c')}),
        'email', coalesce(u."email", rel."email", at."externalEmail")) ORDER BY ${ATTENDANCE_ORDER}), '[]'::json)
      ${attendance('true')}),
    'agenda', (
      SELECT coalesce(json_agg(json_build_object(
        'id', ai."id",
        'position', ai."position",
        'title', ai."title",
        'goalId', ai."goalId",
        'measureId', ai."measureId",
        'notes', ai."minutes",
        'conclusion', ai."conclusion",
        'invitees', (
          SELECT coalesce(json_agg(json_build_object('id', at."id", 'name', ${inviteeName}) ORDER BY ${ATTENDANCE_ORDER}), '[]'::json)
          ${attendance('at."agendaItemId" = ai."id"')}),
        'actionItems', (
          SELECT coalesce(json_agg(json_build_object(
            'id', act."id", 'description', act."description", 'responsibleName', coalesce(ru."name", act."responsibleText", ''),
            'dueDate', ${localDate('act."dueDate"')}, 'doneAt', ${instant('act."doneAt"')}) ORDER BY act."dueDate" ASC NULLS LAST, act."id" ASC), '[]'::json)
          FROM "ActionItem" act LEFT JOIN "User" ru ON ru."id" = act."responsibleUserId"
          WHERE act."meetingId" = m."id" AND act."agendaItemId" = ai."id")) ORDER BY ai."position"), '[]'::json)
      FROM "AgendaItem" ai WHERE ai."meetingId" = m."id"),
    'minutes', json_build_object(
      'previousMinutesApproved', m."previousMinutesApproved",
      'nextMeetingAt', ${instant('m."nextMeetingAt"')},
      'nextMeetingTopic', m."nextMeetingTopic",
      'distribution', m."distribution",
      'missingParts', CASE WHEN m."minutesFinalisedAt" IS NOT NULL THEN '[]'::json ELSE (
        SELECT coalesce(json_agg(part ORDER BY n), '[]'::json) FROM (VALUES
          (1, 'TIME_AND_PLACE', m."location" IS NULL AND m."videoLink" IS NULL),
          (2, 'ATTENDANCE', NOT EXISTS (SELECT 1 FROM "MeetingAttendance" x WHERE x."meetingId" = m."id")
                            OR EXISTS (SELECT 1 FROM "MeetingAttendance" x WHERE x."meetingId" = m."id" AND x."present" IS NULL)),
          (3, 'PREVIOUS_MINUTES', m."previousMinutesApproved" IS NULL AND EXISTS (
            SELECT 1 FROM "Meeting" e WHERE e."personId" = m."personId" AND e."status" = 'HELD' AND e."id" <> m."id"
              AND e."startsAt" < m."startsAt" AND (m."groupId" IS NULL OR e."groupId" = m."groupId"))),
          (4, 'ITEM_NOTES', NOT EXISTS (SELECT 1 FROM "AgendaItem" x WHERE x."meetingId" = m."id")
                            OR EXISTS (SELECT 1 FROM "AgendaItem" x WHERE x."meetingId" = m."id" AND coalesce(x."minutes", '') = '')),
          (5, 'CONCLUSIONS', NOT EXISTS (SELECT 1 FROM "AgendaItem" x WHERE x."meetingId" = m."id")
                            OR EXISTS (SELECT 1 FROM "AgendaItem" x WHERE x."meetingId" = m."id" AND coalesce(x."conclusion", '') = '')),
          (6, 'NEXT_MEETING', m."nextMeetingAt" IS NULL OR coalesce(m."nextMeetingTopic", '') = ''),
          (7, 'RECIPIENTS', coalesce(m."distribution", '') = '')
        ) AS parts(n, part, missing) WHERE missing) END))
  FROM ${viewer} v
  JOIN "Meeting" m ON m."municipalityId" = v."municipalityId" AND m."id" = $1::uuid
  JOIN "Person" p ON p."id" = m."personId"
  JOIN "Municipality" mu ON mu."id" = m."municipalityId"
  LEFT JOIN "User" chair ON chair."id" = m."chairId"
  LEFT JOIN "User" taker ON taker."id" = m."minuteTakerId"`;

export const meetingBaseline: SqlBaseline = {
  field: 'meeting',
  values: ({ id }) => [id],
  bare: (viewer) => `WITH ${givenViewer(viewer)} SELECT (${data('viewer')}) AS "data"`,
  // As authorize has it for coordinatorOfPerson: the coordinator of the meeting's person, by an assignment in force.
  obliged: `WITH ${sessionViewer(2)},
    allowed AS (
      SELECT v.* FROM viewer v
      WHERE v."activeRole" = 'COORDINATOR' AND EXISTS (
        SELECT 1 FROM "Meeting" m JOIN "CoordinatorAssignment" a ON a."personId" = m."personId"
        WHERE m."municipalityId" = v."municipalityId" AND m."id" = $1::uuid AND a."coordinatorId" = v."userId" AND ${inForce('a')})
    ),
    ${accessLogInsert(`SELECT m."personId" FROM allowed a JOIN "Meeting" m ON m."municipalityId" = a."municipalityId" AND m."id" = $1::uuid`, 'meeting.read')}
    SELECT ${SIGNED_IN_AND_ALLOWED}, (${data('allowed')}) AS "data"`,
};
