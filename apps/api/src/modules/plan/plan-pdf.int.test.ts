// The plan as a PDF over HTTP against the demo database: each reader gets what the plan read
// shows them (a group member not the life area the person's consent keeps from them), in bokmål,
// nynorsk or English; a coordinator of another plan and an unrelated citizen are refused; every
// download and every refused attempt is in the person's access log.
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { readPdf } from '../../test-support/pdf';
import { TEST_DATABASE, useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

// An economy goal and measure in Sofie Berg's plan: her consent to information exchange keeps
// economy from the group's members (the demo has the mapping of economy, not a goal in it).
const ECONOMY_GOAL = 'Få oversikt over økonomien og følge gjeldsordningen ut planperioden.';
const ECONOMY_MEASURE = 'Månedlig samtale med gjeldsrådgiver i NAV Fjordvik';
const ECONOMY_MAPPING = 'Stram økonomi etter inntektsfall';

let sofie: { personId: string; planId: string; nationalId: string | null };
const users = {} as Record<'ingrid' | 'gp' | 'lars' | 'jon' | 'kari', string>;
const clients = {} as Record<'ingrid' | 'gp' | 'citizen' | 'lars' | 'jon' | 'ke', ApiClient>;

beforeAll(async () => {
  const person = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen, select: { id: true, nationalId: true, municipalityId: true } });
  const plan = await prisma().individualPlan.findFirstOrThrow({ where: { personId: person.id, status: { not: 'CLOSED' } }, select: { id: true } });
  sofie = { personId: person.id, planId: plan.id, nationalId: person.nationalId };
  const goal = await prisma().goal.create({
    data: { municipalityId: person.municipalityId, planId: plan.id, kind: 'LONG_TERM', lifeArea: 'ECONOMY', description: ECONOMY_GOAL, sortOrder: 10 },
  });
  await prisma().measure.create({
    data: { municipalityId: person.municipalityId, planId: plan.id, goalId: goal.id, description: ECONOMY_MEASURE, responsibleText: 'NAV Fjordvik' },
  });
  const usernames = {
    ingrid: DEMO_USERNAMES.coordinator,
    gp: DEMO_USERNAMES.gp,
    lars: DEMO_USERNAMES.mentalHealthCoordinator,
    jon: DEMO_USERNAMES.newCitizen,
    kari: DEMO_USERNAMES.systemCoordinator,
  };
  for (const [key, username] of Object.entries(usernames)) {
    users[key as keyof typeof users] = (await prisma().user.findUniqueOrThrow({ where: { username } })).id;
  }
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.jon = await server().signIn(DEMO_USERNAMES.newCitizen);
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
});

const url = (query = '') => `/api/plans/${sofie.planId}/plan.pdf${query}`;

const logged = (actorId: string, action: string, denied = false) =>
  prisma().accessLogEntry.count({ where: { personId: sofie.personId, actorId, action, denied } });

async function text(client: ApiClient, query = ''): Promise<string> {
  const response = await client.fetch(url(query));
  expect(response.status).toBe(200);
  return (await readPdf(response)).text;
}

async function errorOf(response: Response): Promise<{ status: number; code?: string; message?: string }> {
  const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
  return { status: response.status, code: body.errors[0]?.extensions.code, message: body.errors[0]?.message };
}

describe(`the plan as a PDF (${TEST_DATABASE})`, () => {
  it('the coordinator downloads the whole plan as a PDF; the download is logged as an export', async () => {
    const [exportsBefore, readsBefore] = await Promise.all([logged(users.ingrid, 'plan.export'), logged(users.ingrid, 'plan.read')]);
    const response = await clients.ingrid.fetch(url());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="individuell-plan-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { text: content, title, pages } = await readPdf(response);
    expect(title).toBe('Individuell plan');
    for (const expected of [
      'Fjordvik kommune',
      'Sofie Berg',
      'Hva er viktig for deg?',
      'Det viktigste for meg er å komme tilbake på jobb i barnehagen',
      'Kartlegging av livsområder',
      ECONOMY_MAPPING,
      'Ingrid Solberg',
      'Deltakere i planen',
      'Være tilbake i 50 % stilling som barnehagelærer i Fjordvik barnehage.',
      'Starte arbeidsutprøving i 20 % stilling i barnehagen.',
      'Fysioterapi med vekt på balanse, styrke og utholdenhet',
      'To behandlinger per uke',
      ECONOMY_GOAL,
      ECONOMY_MEASURE,
      'Delplaner',
      'Kriseplan ved sterk hodepine og utmattelse Type Kriseplan Eier Per Aasen, fastlege',
      'Evalueringer',
      'Målene videreføres. Nytt delmål om arbeidsutprøving; NAV kobles tettere på.',
      'Kommende møter',
    ]) {
      expect(content).toContain(expected);
    }
    expect(pages[0]).toContain(`Side 1 av ${pages.length}`);
    if (sofie.nationalId) expect(content.replace(/\s/g, '')).not.toContain(sofie.nationalId);
    expect(await logged(users.ingrid, 'plan.export')).toBe(exportsBefore + 1);
    // The export is its own entry, not also a read.
    expect(await logged(users.ingrid, 'plan.read')).toBe(readsBefore);
  });

  it('a group member gets what the plan read shows them: not the life area the consent keeps from them', async () => {
    const { plan } = await clients.gp.data<{ plan: { hiddenLifeAreas: string[]; goals: Array<{ description: string }>; measures: Array<{ description: string }> } }>(
      'query ($personId: ID!) { plan(personId: $personId) { hiddenLifeAreas goals { description } measures { description } } }',
      { personId: sofie.personId },
    );
    expect(plan.hiddenLifeAreas).toEqual(['ECONOMY']);
    const content = await text(clients.gp);
    expect(content).toContain('Sofie Berg');
    // Compared without spaces: a line may break after a hyphen.
    const squeezed = content.replace(/\s/g, '');
    for (const { description } of [...plan.goals, ...plan.measures]) expect(squeezed).toContain(description.replace(/\s/g, ''));
    expect(content).toContain('Utskriften viser det du har tilgang til. Personens samtykke gjør at dette er utelatt: Økonomi.');
    for (const hidden of [ECONOMY_GOAL, ECONOMY_MEASURE, ECONOMY_MAPPING]) expect(content).not.toContain(hidden);
    expect(await logged(users.gp, 'plan.export')).toBeGreaterThanOrEqual(1);
  });

  it('the person downloads their own plan', async () => {
    const content = await text(clients.citizen);
    expect(content).toContain('Være tilbake i 50 % stilling som barnehagelærer i Fjordvik barnehage.');
    expect(content).toContain(ECONOMY_GOAL);
  });

  it('is in bokmål, nynorsk or English as asked, else in the person’s written language', async () => {
    const nynorsk = await text(clients.ingrid, '?lang=nn');
    expect(nynorsk).toContain('Kva er viktig for deg?');
    expect(nynorsk).toContain('Deltakarar i planen');
    expect(nynorsk).not.toContain('Hva er viktig for deg?');
    const english = await text(clients.ingrid, '?lang=en');
    expect(english).toContain('What matters to you?');
    expect(english).toContain('Goals and measures');

    const { preferredLanguage } = await prisma().person.findUniqueOrThrow({ where: { id: sofie.personId }, select: { preferredLanguage: true } });
    await prisma().person.update({ where: { id: sofie.personId }, data: { preferredLanguage: 'nn' } });
    try {
      expect(await text(clients.ingrid)).toContain('Kva er viktig for deg?');
      expect(await text(clients.ingrid, '?lang=nb')).toContain('Hva er viktig for deg?');
    } finally {
      await prisma().person.update({ where: { id: sofie.personId }, data: { preferredLanguage } });
    }

    const wrong = await errorOf(await clients.ingrid.fetch(url('?lang=se')));
    expect(wrong).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('refuses a coordinator of another plan and an unrelated citizen, and logs their attempts', async () => {
    for (const [client, actorId] of [
      [clients.lars, users.lars],
      [clients.jon, users.jon],
    ] as const) {
      const before = await logged(actorId, 'plan.export', true);
      expect(await errorOf(await client.fetch(url()))).toEqual({ status: 403, code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' });
      expect(await logged(actorId, 'plan.export', true)).toBe(before + 1);
      expect(await logged(actorId, 'plan.export')).toBe(0);
    }
    // In the caller's language, like every error of the API.
    expect((await errorOf(await clients.lars.withLocale('en').fetch(url()))).message).toBe('You do not have access to this.');
  });

  it('without the role, a session or a well-formed id: refused before the plan is looked up', async () => {
    expect(await errorOf(await clients.ke.fetch(url()))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await logged(users.kari, 'plan.export', true)).toBe(0);
    expect(await errorOf(await server().anonymous().fetch(url()))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await errorOf(await clients.ingrid.fetch('/api/plans/not-an-id/plan.pdf'))).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    // A plan that does not exist is refused like one the reader may not see: the answer tells nothing.
    expect(await errorOf(await clients.ingrid.fetch('/api/plans/00000000-0000-4000-8000-000000000000/plan.pdf'))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
