// `me` (the web app's Me query) by hand-written SQL: the user and the municipality's name.
// Obligations: the session only (every signed-in role may read `me`; it is no person's data).
// Like the API, the obliged variant answers from the session it resolves, with no query of its own.
import { givenViewer, sessionViewer, SIGNED_IN_AND_ALLOWED, type SqlBaseline } from './sql';

/** Me of a row with the viewer's columns (userId, activeRole, roles, name, kind, municipalityName). */
const me = (row: string) => `
  SELECT json_build_object(
    'id', ${row}."userId",
    'activeRole', ${row}."activeRole",
    'roles', ${row}."roles",
    'name', ${row}."name",
    'kind', ${row}."kind",
    'municipalityName', ${row}."municipalityName",
    '__typename', 'Me')
  FROM ${row}`;

export const meBaseline: SqlBaseline = {
  field: 'me',
  values: () => [],
  bare: (viewer) => `WITH ${givenViewer(viewer)},
    known AS (
      SELECT u."id" AS "userId", v."activeRole", u."roles", u."name", u."kind", m."name" AS "municipalityName"
      FROM viewer v
      JOIN "User" u ON u."id" = v."userId" AND u."municipalityId" = v."municipalityId"
      JOIN "Municipality" m ON m."id" = u."municipalityId")
    SELECT (${me('known')}) AS "data"`,
  obliged: `WITH ${sessionViewer(1)},
    allowed AS (SELECT * FROM viewer)
    SELECT ${SIGNED_IN_AND_ALLOWED}, (${me('allowed')}) AS "data"`,
};
