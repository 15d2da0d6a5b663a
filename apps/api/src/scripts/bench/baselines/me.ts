// `me` (the web app's Me query) by hand-written SQL: the user and the municipality's name.
// Obligations: the session only (every signed-in role may read `me`; it is no person's data).
import { givenViewer, sessionViewer, SIGNED_IN_AND_ALLOWED, type SqlBaseline } from './sql';

const data = (viewer: string) => `
  SELECT json_build_object(
    'id', u."id",
    'activeRole', v."activeRole",
    'roles', u."roles",
    'personId', u."personId",
    'name', u."name",
    'kind', u."kind",
    'municipalityName', m."name",
    '__typename', 'Me')
  FROM ${viewer} v
  JOIN "User" u ON u."id" = v."userId" AND u."municipalityId" = v."municipalityId"
  JOIN "Municipality" m ON m."id" = u."municipalityId"`;

export const meBaseline: SqlBaseline = {
  field: 'me',
  values: () => [],
  bare: (viewer) => `WITH ${givenViewer(viewer)} SELECT (${data('viewer')}) AS "data"`,
  obliged: `WITH ${sessionViewer(1)},
    allowed AS (SELECT * FROM viewer)
    SELECT ${SIGNED_IN_AND_ALLOWED}, (${data('allowed')}) AS "data"`,
};
