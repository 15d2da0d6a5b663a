// KE's audit of a staff member: the staff to choose from, and what the chosen one wrote to the
// access log, newest first, paged by a keyset cursor. For KE only; the persons shown are logged.
import { DEMO_FACTS, DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Role } from '../../generated/prisma/client';
import { ApiClient, TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
const prisma = () => server().database.prisma;

const STAFF = 'query ($search: String) { staffMembers(search: $search) { id name title roles units active } }';
const LOG = `query ($userId: ID!, $first: Int! = 20, $after: String) {
  staffAccessLog(userId: $userId, first: $first, after: $after) {
    totalCount hasMore nextCursor
    entries { id at personId personName actorRole action denied }
  }
}`;

interface Entry {
  id: string;
  at: string;
  personId: string;
  personName: string;
  actorRole: Role;
  action: string;
  denied: boolean;
}
interface Page {
  totalCount: number;
  hasMore: boolean;
  nextCursor: string | null;
  entries: Entry[];
}

const USER_FOR_ROLE: Record<Role, string> = {
  SYSTEM_COORDINATOR: DEMO_USERNAMES.systemCoordinator,
  UNIT_LEADER: DEMO_USERNAMES.unitLeader,
  COORDINATOR: DEMO_USERNAMES.coordinator,
  SERVICE_PROVIDER: DEMO_USERNAMES.gp,
  CITIZEN: DEMO_USERNAMES.citizen,
};

let municipalityId: string;
let ke: ApiClient;
let serial = 0;

const userId = async (username: string) => (await prisma().user.findUniqueOrThrow({ where: { username } })).id;
const personId = async ({ firstName, lastName }: { firstName: string; lastName: string }) =>
  (await prisma().person.findFirstOrThrow({ where: { firstName, lastName } })).id;

/** A staff member with an empty log, in the demo municipality. */
async function freshStaff(): Promise<string> {
  serial += 1;
  const user = await prisma().user.create({
    data: { municipalityId, username: `revisjon.${serial}`, kind: 'STAFF', roles: ['COORDINATOR'], name: `Revi Sjonsen ${serial}` },
  });
  return user.id;
}

async function readLog(variables: { userId: string; first?: number; after?: string | null }): Promise<Page> {
  return (await ke.data<{ staffAccessLog: Page }>(LOG, variables)).staffAccessLog;
}

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
});

describe(`who may audit (${TEST_DATABASE})`, () => {
  it.each(Object.entries(USER_FOR_ROLE) as Array<[Role, string]>)('%s', async (role, username) => {
    const client = await server().signIn(username);
    const ingrid = await userId(DEMO_USERNAMES.coordinator);
    const log = await client.gql(LOG, { userId: ingrid });
    const staff = await client.gql(STAFF, {});
    const allowed = role === 'SYSTEM_COORDINATOR';
    expect([log.errors?.[0]?.extensions?.code, staff.errors?.[0]?.extensions?.code]).toEqual(allowed ? [undefined, undefined] : ['FORBIDDEN', 'FORBIDDEN']);
    if (!allowed) expect([log.data, staff.data]).toEqual([null, null]);
  });

  it('refuses an anonymous caller', async () => {
    const result = await server().anonymous().gql(STAFF, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe(`the staff to choose from (${TEST_DATABASE})`, () => {
  it('lists the staff by name with their roles and units, and no citizens', async () => {
    const { staffMembers } = await ke.data<{ staffMembers: Array<{ id: string; name: string; roles: Role[]; units: string[]; title: string | null; active: boolean }> }>(STAFF, {});
    const names = staffMembers.map((member) => member.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(names).not.toContain('Sofie Berg');
    expect(names).not.toContain('Mona Dahl');
    expect(staffMembers).toHaveLength(DEMO_FACTS.staffUserCount);
    expect(staffMembers).toContainEqual({ id: await userId(DEMO_USERNAMES.coordinator), name: 'Ingrid Solberg', title: 'Sykepleier og koordinator', roles: ['COORDINATOR'], units: [DEMO_UNITS.homeCare], active: true });
    expect(staffMembers.find((member) => member.name === 'Nina Haugen')?.roles.sort()).toEqual(['COORDINATOR', 'UNIT_LEADER']);
  });

  it('finds them by every word of the name, in any case', async () => {
    const found = async (search: string) => (await ke.data<{ staffMembers: Array<{ name: string }> }>(STAFF, { search })).staffMembers.map((m) => m.name);
    expect(await found('ingrid')).toEqual(['Ingrid Solberg']);
    expect(await found('  SOLBERG ingr ')).toEqual(['Ingrid Solberg']);
    expect(await found('Ingrid Aasen')).toEqual([]);
  });

  it('refuses a search longer than 100 characters', async () => {
    const result = await ke.gql(STAFF, { search: 'a'.repeat(101) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('writes nothing to the access log', async () => {
    const kari = await userId(DEMO_USERNAMES.systemCoordinator);
    const before = await prisma().accessLogEntry.count({ where: { actorId: kari } });
    await ke.data(STAFF, {});
    expect(await prisma().accessLogEntry.count({ where: { actorId: kari } })).toBe(before);
  });
});

describe(`a staff member's reads (${TEST_DATABASE})`, () => {
  it('are the entries they wrote, newest first: whose data, what, in which role, when, refused or not', async () => {
    const sofie = await personId(DEMO_PERSONS.citizen);
    const emil = await personId(DEMO_PERSONS.guardianChild);
    const ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
    await ingrid.data('query ($p: ID!) { plan(personId: $p) { id } }', { p: sofie });
    // Emil is not Ingrid's: refused, and logged as refused.
    expect((await ingrid.gql('query ($p: ID!) { plan(personId: $p) { id } }', { p: emil })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = await readLog({ userId: await userId(DEMO_USERNAMES.coordinator), first: 2 });
    expect(page.entries).toEqual([
      { id: expect.any(String), at: expect.any(String), personId: emil, personName: 'Emil Dahl', actorRole: 'COORDINATOR', action: 'plan.read', denied: true },
      { id: expect.any(String), at: expect.any(String), personId: sofie, personName: 'Sofie Berg', actorRole: 'COORDINATOR', action: 'plan.read', denied: false },
    ]);
    expect(page.totalCount).toBe(await prisma().accessLogEntry.count({ where: { actor: { username: DEMO_USERNAMES.coordinator } } }));
  });

  it('pages with first and after, and an entry written meanwhile does not repeat one', async () => {
    const staff = await freshStaff();
    const person = await personId(DEMO_PERSONS.citizen);
    const at = (minute: number) => new Date(Date.UTC(2025, 2, 10, 8, minute));
    // Two entries at the same moment: the id breaks the tie.
    const written = [at(1), at(2), at(3), at(3), at(4)].map((when) => ({ municipalityId, personId: person, actorId: staff, actorRole: 'COORDINATOR' as const, action: 'plan.read', at: when }));
    for (const row of written) await prisma().accessLogEntry.create({ data: row });
    const ids = (await prisma().accessLogEntry.findMany({ where: { actorId: staff }, orderBy: [{ at: 'desc' }, { id: 'desc' }], select: { id: true } })).map((row) => row.id.toString());

    const first = await readLog({ userId: staff, first: 2 });
    expect(first).toMatchObject({ totalCount: 5, hasMore: true, nextCursor: expect.any(String) });
    expect(first.entries.map((entry) => entry.id)).toEqual(ids.slice(0, 2));
    await prisma().accessLogEntry.create({ data: { ...written[0]!, at: new Date() } });
    const second = await readLog({ userId: staff, first: 2, after: first.nextCursor });
    expect(second.entries.map((entry) => entry.id)).toEqual(ids.slice(2, 4));
    const third = await readLog({ userId: staff, first: 2, after: second.nextCursor });
    expect(third.entries.map((entry) => entry.id)).toEqual(ids.slice(4));
    expect(third).toMatchObject({ totalCount: 6, hasMore: false, nextCursor: null });
  });

  it('is empty for a staff member who has read nothing', async () => {
    expect(await readLog({ userId: await freshStaff() })).toEqual({ totalCount: 0, hasMore: false, nextCursor: null, entries: [] });
  });

  it('logs the audit for each person shown on the page, once', async () => {
    const staff = await freshStaff();
    const sofie = await personId(DEMO_PERSONS.citizen);
    const emil = await personId(DEMO_PERSONS.guardianChild);
    const kari = await userId(DEMO_USERNAMES.systemCoordinator);
    for (const [person, minute] of [[sofie, 1], [sofie, 2], [emil, 3]] as const) {
      await prisma().accessLogEntry.create({
        data: { municipalityId, personId: person, actorId: staff, actorRole: 'COORDINATOR', action: 'plan.read', at: new Date(Date.UTC(2025, 2, 10, 8, minute)) },
      });
    }
    const audits = (person: string) => prisma().accessLogEntry.count({ where: { personId: person, actorId: kari, action: 'accessLog.staffAudit' } });
    const [sofieBefore, emilBefore] = [await audits(sofie), await audits(emil)];
    // The first page shows Emil only; the second, Sofie (twice, logged once).
    const first = await readLog({ userId: staff, first: 1 });
    expect([await audits(sofie) - sofieBefore, await audits(emil) - emilBefore]).toEqual([0, 1]);
    await readLog({ userId: staff, first: 2, after: first.nextCursor });
    expect([await audits(sofie) - sofieBefore, await audits(emil) - emilBefore]).toEqual([1, 1]);
  });

  it('knows only the staff of the municipality: a citizen, another municipality’s user or no user is NOT_FOUND', async () => {
    const other = await prisma().municipality.create({ data: { name: 'Revisjonsvik kommune', number: '9995' } });
    const stranger = await prisma().user.create({
      data: { municipalityId: other.id, username: 'fremmed.revisjon', kind: 'STAFF', roles: ['COORDINATOR'], name: 'Fremmed Ansatt' },
    });
    for (const id of [stranger.id, await userId(DEMO_USERNAMES.citizen), '00000000-0000-4000-8000-000000000000']) {
      expect((await ke.gql(LOG, { userId: id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await ke.data<{ staffMembers: Array<{ name: string }> }>(STAFF, { search: 'Fremmed' })).staffMembers).toEqual([]);
  });

  it('refuses a malformed cursor or page size', async () => {
    const ingrid = await userId(DEMO_USERNAMES.coordinator);
    for (const variables of [{ userId: ingrid, after: 'nonsense' }, { userId: ingrid, after: Buffer.from(JSON.stringify(['2025-01-01T00:00:00.000Z', 'x'])).toString('base64url') }, { userId: ingrid, first: 0 }, { userId: ingrid, first: 101 }]) {
      expect((await ke.gql(LOG, variables)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
