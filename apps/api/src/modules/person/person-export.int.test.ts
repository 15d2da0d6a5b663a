// The person's copy of everything held about them (GDPR article 15) over HTTP against the demo
// database: the person and a guardian get it as JSON and PDF, with every field and kind named in
// words; others are refused; every download and every refused attempt is in the access log.
import { isApiMessageKey, LOCALES, translateServer } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { readPdf } from '../../test-support/pdf';
import { useTestServer, type ApiClient } from '../../test-support/test-server';
import { EXPORT_ENUM_PREFIXES, EXPORT_SECTIONS, type PersonExport } from './person-export.service';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma;

let sofieId: string;
let emilId: string;
let citizen: ApiClient;
let guardian: ApiClient;

beforeAll(async () => {
  sofieId = (await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen })).id;
  emilId = (await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.guardianChild })).id;
  citizen = await server().signIn(DEMO_USERNAMES.citizen);
  guardian = await server().signIn(DEMO_USERNAMES.guardian);
});

const url = (personId: string, format: 'json' | 'pdf', query = '') => `/api/persons/${personId}/export.${format}${query}`;

async function exported(client: ApiClient, personId: string): Promise<PersonExport> {
  const response = await client.fetch(url(personId, 'json'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="mine-opplysninger-\d{4}-\d{2}-\d{2}\.json"$/);
  return (await response.json()) as PersonExport;
}

it('gives the person everything held about her, in every section, and logs the download', async () => {
  const before = await prisma().accessLogEntry.count({ where: { personId: sofieId, action: 'person.export' } });
  const ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  await ingrid.data('query ($p: ID!) { plan(personId: $p) { id } }', { p: sofieId });
  const data = await exported(citizen, sofieId);
  expect(Object.keys(data.sections)).toEqual([...EXPORT_SECTIONS]);
  expect(data.sections.person[0]).toMatchObject({ firstName: 'Sofie', lastName: 'Berg' });
  const goals = await prisma().goal.findMany({ where: { plan: { personId: sofieId }, removedAt: null }, select: { description: true } });
  expect(data.sections.goals.map((goal) => goal.description).sort()).toEqual(goals.map((goal) => goal.description).sort());
  const consents = await prisma().consent.count({ where: { personId: sofieId } });
  expect(data.sections.consents).toHaveLength(consents);
  expect(data.sections.coordinators.map((c) => c.name)).toContain('Ingrid Solberg');
  // The log holds the reads before this download: the coordinator's read of the plan.
  expect(data.sections.accessLog).toContainEqual(expect.objectContaining({ actorName: 'Ingrid Solberg', actorRole: 'COORDINATOR', action: 'plan.read', denied: false }));
  expect(await prisma().accessLogEntry.count({ where: { personId: sofieId, action: 'person.export' } })).toBe(before + 1);
});

it("lets a guardian download a child's data, and no one else's", async () => {
  const data = await exported(guardian, emilId);
  expect(data.sections.person[0]).toMatchObject({ firstName: 'Emil', lastName: 'Dahl' });
  const refused = await guardian.fetch(url(sofieId, 'json'));
  expect(refused.status).toBe(403);
  const mona = await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.guardian } });
  expect(await prisma().accessLogEntry.count({ where: { personId: sofieId, actorId: mona.id, action: 'person.export', denied: true } })).toBe(1);
});

it('is refused to staff, to anyone signed out, and for an id that cannot be one', async () => {
  for (const username of [DEMO_USERNAMES.coordinator, DEMO_USERNAMES.systemCoordinator, DEMO_USERNAMES.unitLeader, DEMO_USERNAMES.gp, DEMO_USERNAMES.newCitizen]) {
    const staff = await server().signIn(username);
    expect((await staff.fetch(url(sofieId, 'json'))).status).toBe(403);
    expect((await staff.fetch(url(sofieId, 'pdf'))).status).toBe(403);
  }
  expect((await server().anonymous().fetch(url(sofieId, 'json'))).status).toBe(401);
  expect((await citizen.fetch(url('not-an-id', 'json'))).status).toBe(400);
  expect((await citizen.fetch(url(sofieId, 'pdf', '?lang=xx'))).status).toBe(400);
});

it('names every field and every kind in words (the catalogues check nynorsk and English have each key)', async () => {
  for (const data of [await exported(citizen, sofieId), await exported(guardian, emilId)]) {
    for (const section of EXPORT_SECTIONS) {
      expect(isApiMessageKey(`export.section.${section}`)).toBe(true);
      for (const record of data.sections[section]) {
        for (const [field, value] of Object.entries(record)) {
          expect(isApiMessageKey(`export.field.${field}`) ? field : `missing export.field.${field}`).toBe(field);
          const prefix = EXPORT_ENUM_PREFIXES[section]?.[field] ?? EXPORT_ENUM_PREFIXES['*']?.[field];
          if (prefix && typeof value === 'string') expect(isApiMessageKey(`${prefix}.${value}`) ? value : `missing ${prefix}.${value}`).toBe(value);
        }
      }
    }
  }
});

it('is a readable PDF in the language asked for', async () => {
  for (const lang of LOCALES) {
    const response = await citizen.fetch(url(sofieId, 'pdf', `?lang=${lang}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { text } = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(translateServer(lang, 'export.title', { name: 'Sofie Berg' }));
    expect(text).toContain(translateServer(lang, 'export.section.consents'));
    expect(text).toContain(translateServer(lang, 'export.field.needDescription'));
    // Fields are named in words, never by their name in the data.
    expect(text).not.toMatch(/\bneedDescription\b|\bperiodStart\b|\bgoalKind\b/);
  }
});
