// The access log as the person sees it: one line per reader, role, part and day in Norway, paged
// on the server, own reads hidden unless asked for, and every read of it logged in turn.
import { osloDate } from '@samhandling/shared';
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Role } from '../../generated/prisma/client';
import { ApiClient, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

const LOG = `query ($p: ID!, $first: Int! = 20, $after: String, $own: Boolean! = false) {
  accessLog(personId: $p, first: $first, after: $after, includeOwnReads: $own) {
    totalCount hasMore nextCursor
    entries { day actorName actorTitle actorRole actorUnits action count firstAt lastAt }
  }
}`;

interface Line {
  day: string;
  actorName: string;
  actorTitle: string | null;
  actorRole: Role;
  actorUnits: string[];
  action: string;
  count: number;
  firstAt: string;
  lastAt: string;
}
interface Page {
  totalCount: number;
  hasMore: boolean;
  nextCursor: string | null;
  entries: Line[];
}

async function readLog(client: ApiClient, variables: { p: string; first?: number; after?: string | null; own?: boolean }): Promise<Page> {
  return (await client.data<{ accessLog: Page }>(LOG, variables)).accessLog;
}

let municipalityId: string;
let ke: ApiClient;
let personCount = 0;

const userId = async (username: string) => (await server().database.prisma.user.findUniqueOrThrow({ where: { username } })).id;
const personId = async ({ firstName, lastName }: { firstName: string; lastName: string }) =>
  (await server().database.prisma.person.findFirstOrThrow({ where: { firstName, lastName } })).id;

/** A person of the demo municipality with an empty access log. */
async function freshPerson(): Promise<string> {
  personCount += 1;
  const person = await server().database.prisma.person.create({
    data: { municipalityId, firstName: 'Logg', lastName: `Testesen ${personCount}`, dateOfBirth: new Date('1980-05-05') },
  });
  return person.id;
}

/** Reads as they would have been logged back then (the log only takes new rows). */
async function logged(personId: string, reads: Array<{ username: string; role: Role; action: string; at: string }>): Promise<void> {
  const data = [];
  for (const read of reads) {
    data.push({ municipalityId, personId, actorId: await userId(read.username), actorRole: read.role, action: read.action, at: new Date(read.at) });
  }
  await server().database.prisma.accessLogEntry.createMany({ data });
}

beforeAll(async () => {
  municipalityId = (await server().database.prisma.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
});

describe('grouping', () => {
  it('gives one line per reader, part and day in Norway, with the count and the first and last time, newest first', async () => {
    const person = await freshPerson();
    const ingrid = { username: DEMO_USERNAMES.coordinator, role: 'COORDINATOR' as const };
    await logged(person, [
      // Three reads of the plan on one day: one line.
      { ...ingrid, action: 'plan.read', at: '2025-03-10T08:00:00.000Z' },
      { ...ingrid, action: 'plan.read', at: '2025-03-10T12:30:00.000Z' },
      { ...ingrid, action: 'plan.read', at: '2025-03-10T09:00:00.000Z' },
      // The next day: a line of its own.
      { ...ingrid, action: 'plan.read', at: '2025-03-11T07:00:00.000Z' },
      // Another reader the same day: a line of their own.
      { username: DEMO_USERNAMES.gp, role: 'SERVICE_PROVIDER', action: 'plan.read', at: '2025-03-10T10:00:00.000Z' },
      // 23:30 UTC in winter is 00:30 the next day in Oslo: one line for 11 March with 05:00.
      { ...ingrid, action: 'caseload.read', at: '2025-03-10T23:30:00.000Z' },
      { ...ingrid, action: 'caseload.read', at: '2025-03-11T05:00:00.000Z' },
      // Summer time: 21:30 UTC is still 30 June in Oslo, 22:30 UTC is already 1 July.
      { ...ingrid, action: 'caseload.read', at: '2025-06-30T21:30:00.000Z' },
      { ...ingrid, action: 'caseload.read', at: '2025-06-30T22:30:00.000Z' },
    ]);

    const page = await readLog(ke, { p: person });

    const who = { actorName: 'Ingrid Solberg', actorTitle: 'Sykepleier og koordinator', actorRole: 'COORDINATOR', actorUnits: [DEMO_UNITS.homeCare] };
    expect(page.entries).toEqual([
      { ...who, action: 'caseload.read', day: '2025-07-01', count: 1, firstAt: '2025-06-30T22:30:00.000Z', lastAt: '2025-06-30T22:30:00.000Z' },
      { ...who, action: 'caseload.read', day: '2025-06-30', count: 1, firstAt: '2025-06-30T21:30:00.000Z', lastAt: '2025-06-30T21:30:00.000Z' },
      { ...who, action: 'plan.read', day: '2025-03-11', count: 1, firstAt: '2025-03-11T07:00:00.000Z', lastAt: '2025-03-11T07:00:00.000Z' },
      { ...who, action: 'caseload.read', day: '2025-03-11', count: 2, firstAt: '2025-03-10T23:30:00.000Z', lastAt: '2025-03-11T05:00:00.000Z' },
      { ...who, action: 'plan.read', day: '2025-03-10', count: 3, firstAt: '2025-03-10T08:00:00.000Z', lastAt: '2025-03-10T12:30:00.000Z' },
      {
        actorName: 'Per Aasen',
        actorTitle: 'Fastlege',
        actorRole: 'SERVICE_PROVIDER',
        actorUnits: [DEMO_UNITS.gpOffice],
        action: 'plan.read',
        day: '2025-03-10',
        count: 1,
        firstAt: '2025-03-10T10:00:00.000Z',
        lastAt: '2025-03-10T10:00:00.000Z',
      },
    ]);
    expect(page).toMatchObject({ totalCount: 6, hasMore: false, nextCursor: null });
    // Every entry is still there: the grouping is in the answer only.
    expect(await server().database.prisma.accessLogEntry.count({ where: { personId: person, action: { not: 'accessLog.read' } } })).toBe(9);
  });

  it('logs each read of the log, which shows as one line for today', async () => {
    const person = await freshPerson();
    const kari = () => server().database.prisma.accessLogEntry.count({ where: { personId: person, action: 'accessLog.read' } });
    expect((await readLog(ke, { p: person })).entries).toEqual([]);
    expect(await kari()).toBe(1);
    await readLog(ke, { p: person });
    const page = await readLog(ke, { p: person });
    expect(await kari()).toBe(3);
    expect(page.totalCount).toBe(1);
    expect(page.entries).toEqual([
      expect.objectContaining({ actorName: 'Kari Nordmann-Berg', actorRole: 'SYSTEM_COORDINATOR', action: 'accessLog.read', count: 2 }),
    ]);
    expect(page.entries[0]!.day).toBe(osloDate(new Date(page.entries[0]!.lastAt)));
  });

  it('shows only entries of the viewer’s municipality', async () => {
    const person = await freshPerson();
    const prisma = server().database.prisma;
    const other = await prisma.municipality.create({ data: { name: 'Loggvik kommune', number: '9996' } });
    const stranger = await prisma.user.create({
      data: { municipalityId: other.id, username: 'fremmed.loggleser', kind: 'STAFF', roles: ['COORDINATOR'], name: 'Fremmed Leser' },
    });
    await prisma.accessLogEntry.create({
      data: { municipalityId: other.id, personId: person, actorId: stranger.id, actorRole: 'COORDINATOR', action: 'plan.read', at: new Date('2025-03-10T08:00:00.000Z') },
    });
    expect(await readLog(ke, { p: person })).toEqual({ totalCount: 0, hasMore: false, nextCursor: null, entries: [] });
  });
});

describe('own reads', () => {
  it('hides the reads of a guardian acting for the child, and shows them when asked', async () => {
    const emil = await personId(DEMO_PERSONS.guardianChild);
    const mona = await server().signIn(DEMO_USERNAMES.guardian);
    const jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
    await jonas.data('query ($p: ID!) { plan(personId: $p) { id } }', { p: emil });
    await mona.data('query ($p: ID!) { plan(personId: $p) { id } }', { p: emil });

    const hidden = await readLog(mona, { p: emil });
    expect(hidden.entries.map((line) => line.actorRole)).not.toContain('CITIZEN');
    expect(hidden.entries).toContainEqual(expect.objectContaining({ actorName: 'Jonas Lie', action: 'plan.read', count: 1 }));

    const shown = await readLog(mona, { p: emil, own: true });
    expect(shown.totalCount).toBe(hidden.totalCount + 2);
    expect(shown.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorName: 'Mona Dahl', actorRole: 'CITIZEN', actorUnits: [], action: 'plan.read', count: 1 }),
        // The read just before, logged in turn.
        expect.objectContaining({ actorName: 'Mona Dahl', actorRole: 'CITIZEN', action: 'accessLog.read', count: 1 }),
      ]),
    );
    expect((await readLog(mona, { p: emil, own: true })).entries).toContainEqual(
      expect.objectContaining({ actorName: 'Mona Dahl', action: 'accessLog.read', count: 2 }),
    );
  });

  it('hides the person’s own reads', async () => {
    const sofie = await personId(DEMO_PERSONS.citizen);
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    await citizen.data('query ($p: ID!) { plan(personId: $p) { id } }', { p: sofie });
    expect((await readLog(citizen, { p: sofie })).entries.filter((line) => line.actorName === 'Sofie Berg')).toEqual([]);
    const shown = await readLog(citizen, { p: sofie, own: true });
    expect(shown.entries.filter((line) => line.actorName === 'Sofie Berg').map((line) => line.action).sort()).toEqual(['accessLog.read', 'plan.read']);
  });
});

describe('paging', () => {
  it('pages with first and after, and a new line at the top does not repeat a line', async () => {
    const person = await freshPerson();
    const days = ['2025-01-05', '2025-01-04', '2025-01-03', '2025-01-02', '2025-01-01'];
    await logged(
      person,
      days.map((day) => ({ username: DEMO_USERNAMES.gp, role: 'SERVICE_PROVIDER', action: 'plan.read', at: `${day}T10:00:00.000Z` })),
    );

    const first = await readLog(ke, { p: person, first: 2 });
    expect(first.entries.map((line) => line.day)).toEqual(days.slice(0, 2));
    expect(first).toMatchObject({ totalCount: 5, hasMore: true });
    expect(first.nextCursor).toEqual(expect.any(String));

    // The first read logged a line for today, on top; the next page goes on where this one ended.
    const second = await readLog(ke, { p: person, first: 2, after: first.nextCursor });
    expect(second.entries.map((line) => line.day)).toEqual(days.slice(2, 4));
    expect(second).toMatchObject({ totalCount: 6, hasMore: true });

    const last = await readLog(ke, { p: person, first: 2, after: second.nextCursor });
    expect(last.entries.map((line) => line.day)).toEqual(days.slice(4));
    expect(last).toMatchObject({ totalCount: 6, hasMore: false, nextCursor: null });

    const top = await readLog(ke, { p: person, first: 1 });
    expect(top.entries).toEqual([expect.objectContaining({ actorName: 'Kari Nordmann-Berg', action: 'accessLog.read', count: 3 })]);
  });

  it('pages through a log longer than the default page', async () => {
    const person = await freshPerson();
    const reads = Array.from({ length: 45 }, (_, index) => ({
      username: DEMO_USERNAMES.gp,
      role: 'SERVICE_PROVIDER' as const,
      action: 'plan.read',
      at: new Date(Date.UTC(2024, 0, 1 + index, 12)).toISOString(),
    }));
    await logged(person, reads);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await readLog(ke, { p: person, after });
      pages += 1;
      seen.push(...page.entries.filter((line) => line.action === 'plan.read').map((line) => line.day));
      after = page.nextCursor;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(reads.map((read) => read.at.slice(0, 10)).reverse());
  });

  it('refuses a page size outside 1 to 100 and a cursor it did not give, in the caller’s language', async () => {
    const person = await freshPerson();
    for (const first of [0, 101]) {
      const result = await ke.gql(LOG, { p: person, first });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'first', message: 'Velg et tall fra 1 til 100.' }]);
    }
    const english = await ke.withLocale('en').gql(LOG, { p: person, first: 0 });
    expect(english.errors?.[0]?.extensions?.fields).toEqual([{ field: 'first', message: 'Choose a number from 1 to 100.' }]);

    for (const after of ['not-a-cursor', Buffer.from('["x","y","z","w"]').toString('base64url')]) {
      const result = await ke.gql(LOG, { p: person, after });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'after', message: 'Verdien er ikke gyldig.' }]);
    }
    // Refused input reads nothing, so nothing is logged.
    expect(await server().database.prisma.accessLogEntry.count({ where: { personId: person } })).toBe(0);
  });

  it('decides access before it looks at the arguments', async () => {
    const person = await freshPerson();
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const result = await citizen.gql(LOG, { p: person, first: 0 });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
