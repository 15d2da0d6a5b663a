// The referral form's rules (consent, unborn child, inpatient, services today, units), journal
// numbers, the history of receipt, the submitter's view of their referrals and person search.
import { nationalIdControlDigits, osloToday } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import { TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
const prisma = () => server().database.prisma;

function nationalId(ddmmyy: string, individual: number): string {
  for (let candidate = individual; ; candidate += 1) {
    const nine = `${ddmmyy}${String(candidate).padStart(3, '0')}`;
    const control = nationalIdControlDigits([...nine].map(Number));
    if (control) return `${nine}${control.join('')}`;
  }
}

const CREATE = 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id journalNumber status receivedAt person { id name } } }';
const MINE = 'query { mySubmittedReferrals { id journalNumber status receivedAt requested sourceKind person { id name } } }';
const SEARCH = 'query ($query: String, $dateOfBirth: LocalDate) { personSearch(query: $query, dateOfBirth: $dateOfBirth) { id name age } }';

const valid = {
  newPerson: { firstName: 'Tuva', lastName: 'Innmeldt', dateOfBirth: '2012-09-14' },
  sourceKind: 'MUNICIPAL_PROVIDER',
  sourceName: 'Per Aasen',
  sourceOrganisation: 'Fjordvik legesenter',
  channel: 'WRITTEN',
  requested: 'BOTH',
  needDescription: 'Trenger tjenester fra skole, helsestasjon og barnevern som må ses i sammenheng.',
  consentToRefer: true,
  consentForm: 'WRITTEN',
};

const fieldsOf = (result: { errors?: Array<{ extensions?: { fields?: unknown } }> }) => result.errors?.[0]?.extensions?.fields;
const tomorrow = (() => {
  const date = new Date(`${osloToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
})();

async function unitId(name: string): Promise<string> {
  return (await prisma().unit.findFirstOrThrow({ where: { name } })).id;
}

describe(`journal numbers after the seed (${TEST_DATABASE})`, () => {
  // First in this file, so no referral has taken a number since the seed.
  it('the seed keeps a counter at its highest number per year; a new referral takes the next number', async () => {
    const year = Number(osloToday().slice(0, 4));
    const seeded = await prisma().referral.findMany({ where: { journalNumber: { not: null } }, select: { journalNumber: true } });
    const highest = new Map<number, number>();
    for (const { journalNumber } of seeded) {
      const [y, n] = journalNumber!.split('/').map(Number) as [number, number];
      highest.set(y, Math.max(highest.get(y) ?? 0, n));
    }
    const counters = await prisma().journalCounter.findMany({ orderBy: { year: 'asc' } });
    expect(counters.map((c) => [c.year, c.last])).toEqual([...highest].sort(([a], [b]) => a - b));
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const { createReferral } = await gp.data(CREATE, { input: valid });
    expect(createReferral.journalNumber).toBe(`${year}/${String((highest.get(year) ?? 0) + 1).padStart(4, '0')}`);
  });
});

describe(`the referral form's rules (${TEST_DATABASE})`, () => {
  it('without consent the referral is refused on consentToRefer, and nothing is stored', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const counts = async () => [await prisma().referral.count(), await prisma().person.count(), await prisma().journalCounter.findMany()];
    const before = await counts();
    const result = await gp.gql(CREATE, { input: { ...valid, consentToRefer: false, consentForm: null } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([
      { field: 'consentToRefer', message: 'Meldingen kan bare sendes når personen (eller foresatte) har samtykket.' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('an unborn child needs a parent, who is stored as a guardian relative with the referral', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const unborn = { firstName: 'Ufødt', lastName: 'Havnes', expectedBirthDate: '2027-04-01' };
    const before = await prisma().person.count();
    const refused = await ke.gql(CREATE, { input: { ...valid, newPerson: unborn } });
    expect(fieldsOf(refused)).toEqual([{ field: 'newPerson.parent.name', message: 'Oppgi en av foreldrene til det ufødte barnet.' }]);
    expect(await prisma().person.count()).toBe(before);

    const { createReferral } = await ke.data(CREATE, {
      input: { ...valid, newPerson: { ...unborn, parent: { name: ' Hanne Havnes ', phone: '900 00 000' } } },
    });
    const relatives = await prisma().relative.findMany({ where: { personId: createReferral.person.id } });
    expect(relatives).toEqual([expect.objectContaining({ name: 'Hanne Havnes', phone: '900 00 000', relation: 'PARENT', isGuardian: true, userId: null })]);
    const history = await prisma().historyEntry.findFirstOrThrow({ where: { referralId: createReferral.id, action: 'referral.received' } });
    expect(history.after).toMatchObject({ parent: { name: 'Hanne Havnes', phone: '900 00 000' } });
  });

  it('a parent given for a born person is not stored', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const { createReferral } = await ke.data(CREATE, {
      input: { ...valid, newPerson: { ...valid.newPerson, lastName: 'Født', parent: { name: 'Ikke lagret' } } },
    });
    expect(await prisma().relative.count({ where: { personId: createReferral.person.id } })).toBe(0);
    const history = await prisma().historyEntry.findFirstOrThrow({ where: { referralId: createReferral.id } });
    expect(history.after).not.toHaveProperty('parent');
  });

  it('a parent with an empty name is refused on its field', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const result = await ke.gql(CREATE, {
      input: { ...valid, newPerson: { firstName: 'Ufødt', lastName: 'Tomt', expectedBirthDate: '2027-04-01', parent: { name: '' } } },
    });
    expect(fieldsOf(result)).toEqual([{ field: 'newPerson.parent.name', message: 'Feltet må fylles ut.' }]);
  });

  it('an inpatient needs a planned discharge date', async () => {
    const nurse = await server().signIn(DEMO_USERNAMES.hospitalNurse);
    const input = { ...valid, sourceKind: 'HOSPITAL', channel: 'ELECTRONIC', isInpatient: true };
    const refused = await nurse.gql(CREATE, { input });
    expect(fieldsOf(refused)).toEqual([{ field: 'plannedDischargeDate', message: 'Oppgi planlagt utskrivingsdato for en innlagt pasient.' }]);
    const { createReferral } = await nurse.data(CREATE, { input: { ...input, plannedDischargeDate: tomorrow } });
    const stored = await prisma().referral.findUniqueOrThrow({ where: { id: createReferral.id } });
    expect(stored).toMatchObject({ isInpatient: true, plannedDischargeDate: new Date(`${tomorrow}T00:00:00Z`) });
  });

  it('stores the reporter, the services today in their order, the wish and the consent', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const [school, homeCare] = [await unitId(DEMO_UNITS.school), await unitId(DEMO_UNITS.homeCare)];
    const { createReferral } = await gp.data(CREATE, {
      input: {
        ...valid,
        reporterCapacity: 'Fastlege',
        sourceUnitId: school,
        currentServices: [
          { service: 'Helsestasjon', provider: 'Helsestasjon og skolehelsetjeneste' },
          { service: 'Spesialundervisning', provider: ' Fjordvik skole ' },
          { service: 'Avlastning' },
        ],
        wishedCoordinator: 'Jonas Lie',
        wishedUnitId: homeCare,
        consentDate: osloToday(),
        consentHeardBy: 'Per Aasen',
      },
    });
    const stored = await prisma().referral.findUniqueOrThrow({
      where: { id: createReferral.id },
      include: { currentServices: { orderBy: { position: 'asc' } } },
    });
    expect(stored).toMatchObject({
      reporterCapacity: 'Fastlege',
      sourceUnitId: school,
      wishedCoordinator: 'Jonas Lie',
      wishedUnitId: homeCare,
      consentDate: new Date(`${osloToday()}T00:00:00Z`),
      consentHeardBy: 'Per Aasen',
      isInpatient: false,
      plannedDischargeDate: null,
    });
    expect(stored.currentServices.map((s) => [s.position, s.service, s.provider])).toEqual([
      [0, 'Helsestasjon', 'Helsestasjon og skolehelsetjeneste'],
      [1, 'Spesialundervisning', 'Fjordvik skole'],
      [2, 'Avlastning', null],
    ]);
  });

  it('refuses a unit of another municipality, an unknown unit and a malformed unit id on their fields', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const other = await prisma().municipality.create({ data: { name: 'Naboby kommune', number: '9996' } });
    const foreign = await prisma().unit.create({ data: { municipalityId: other.id, name: 'Naboby hjemmetjeneste', kind: 'HOME_CARE' } });
    const before = await prisma().referral.count();
    const result = await gp.gql(CREATE, { input: { ...valid, sourceUnitId: foreign.id, wishedUnitId: '5b0f7a8e-7a2c-4c57-9d55-3c1a1d1f0c11' } });
    expect(fieldsOf(result)).toEqual([
      { field: 'sourceUnitId', message: 'Velg en enhet i kommunen.' },
      { field: 'wishedUnitId', message: 'Velg en enhet i kommunen.' },
    ]);
    const malformed = await gp.gql(CREATE, { input: { ...valid, wishedUnitId: 'not-a-unit' } });
    expect(fieldsOf(malformed)).toEqual([{ field: 'wishedUnitId', message: 'Verdien er ikke gyldig.' }]);
    expect(await prisma().referral.count()).toBe(before);
  });

  it('refuses more than 20 services, an empty service and a consent date after today', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const many = Array.from({ length: 21 }, (_, i) => ({ service: `Tjeneste ${i + 1}` }));
    expect(fieldsOf(await gp.gql(CREATE, { input: { ...valid, currentServices: many } }))).toEqual([
      { field: 'currentServices', message: 'Du kan føre opp høyst 20 tjenester.' },
    ]);
    expect(fieldsOf(await gp.gql(CREATE, { input: { ...valid, currentServices: [{ service: 'Ok' }, { service: '' }] } }))).toEqual([
      { field: 'currentServices.1.service', message: 'Feltet må fylles ut.' },
    ]);
    expect(fieldsOf(await gp.gql(CREATE, { input: { ...valid, consentDate: tomorrow } }))).toEqual([
      { field: 'consentDate', message: 'Datoen for samtykket kan ikke være fram i tid.' },
    ]);
  });

  it('a citizen reports only as the person or a relative', async () => {
    const mona = await server().signIn(DEMO_USERNAMES.guardian);
    const { actingFor } = await mona.data('query { actingFor { id } }');
    const { newPerson: _omit, ...rest } = valid;
    const input = { ...rest, personId: actingFor[0].id, sourceName: 'Mona Dahl', channel: 'ELECTRONIC' };
    expect(fieldsOf(await mona.gql(CREATE, { input: { ...input, sourceKind: 'GP' } }))).toEqual([
      { field: 'sourceKind', message: 'Velg et av alternativene.' },
    ]);
    const { createReferral } = await mona.data(CREATE, { input: { ...input, sourceKind: 'RELATIVE' } });
    expect(createReferral.status).toBe('RECEIVED');
  });
});

describe(`journal numbers (${TEST_DATABASE})`, () => {
  const year = Number(osloToday().slice(0, 4));

  it('are consecutive and unique, also for referrals sent at once', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const before = (await prisma().journalCounter.findFirstOrThrow({ where: { year } })).last;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? gp : ke).data(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, firstName: `Samtidig${i}` } } }),
      ),
    );
    const numbers = results.map((r) => r.createReferral.journalNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => `${year}/${String(before + i + 1).padStart(4, '0')}`));
  });

  it('a refused referral takes no number', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const before = (await prisma().journalCounter.findFirstOrThrow({ where: { year } })).last;
    await gp.gql(CREATE, { input: { ...valid, consentToRefer: false } });
    await gp.gql(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, nationalId: '12345678901' } } });
    expect((await prisma().journalCounter.findFirstOrThrow({ where: { year } })).last).toBe(before);
  });
});

describe(`the history of receipt (${TEST_DATABASE})`, () => {
  it('is written with the main fields, by whom and in which role, and never with the national id', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const number = nationalId('140912', 600);
    const { createReferral } = await gp.data(CREATE, {
      input: { ...valid, newPerson: { ...valid.newPerson, lastName: 'Historikk', nationalId: number }, currentServices: [{ service: 'Avlastning' }] },
    });
    const entries = await prisma().historyEntry.findMany({ where: { referralId: createReferral.id }, include: { actor: true } });
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ entity: 'Referral', entityId: createReferral.id, action: 'referral.received', actorRole: 'SERVICE_PROVIDER', personId: createReferral.person.id });
    expect(entry!.actor.username).toBe(DEMO_USERNAMES.gp);
    expect(entry!.after).toMatchObject({
      journalNumber: createReferral.journalNumber,
      sourceKind: 'MUNICIPAL_PROVIDER',
      requested: 'BOTH',
      consentToRefer: true,
      currentServices: [{ service: 'Avlastning', provider: null }],
    });
    expect(JSON.stringify(entry, (_key, value) => (typeof value === 'bigint' ? String(value) : value))).not.toContain(number);
  });
});

describe(`the submitter's referrals (${TEST_DATABASE})`, () => {
  it('a submitter sees their own referrals, newest first, with the status KE sets; logged', async () => {
    const nurse = await server().signIn(DEMO_USERNAMES.hospitalNurse);
    const first = (await nurse.data(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, firstName: 'Først' } } })).createReferral;
    const second = (await nurse.data(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, firstName: 'Sist' } } })).createReferral;
    await prisma().referral.update({ where: { id: first.id }, data: { status: 'IN_ASSESSMENT' } });
    const { mySubmittedReferrals } = await nurse.data(MINE);
    const mine = mySubmittedReferrals.filter((r: { id: string }) => [first.id, second.id].includes(r.id));
    expect(mine).toEqual([
      expect.objectContaining({ id: second.id, status: 'RECEIVED', journalNumber: second.journalNumber, person: { id: second.person.id, name: 'Sist Innmeldt' } }),
      expect.objectContaining({ id: first.id, status: 'IN_ASSESSMENT', person: { id: first.person.id, name: 'Først Innmeldt' } }),
    ]);
    const logged = await prisma().accessLogEntry.count({ where: { personId: first.person.id, action: 'referral.listOwn', actor: { username: DEMO_USERNAMES.hospitalNurse } } });
    expect(logged).toBe(1);
  });

  it('nobody sees referrals someone else submitted, a citizen not even those about themselves', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const sofie = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen });
    const { createReferral } = await gp.data(CREATE, { input: { ...valid, newPerson: undefined, personId: sofie.id } });
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const ids = (await citizen.data(MINE)).mySubmittedReferrals.map((r: { id: string }) => r.id);
    expect(ids).not.toContain(createReferral.id);
    const registeredBySofie = await prisma().referral.findMany({ where: { registeredBy: { username: DEMO_USERNAMES.citizen } }, select: { id: true } });
    expect([...ids].sort()).toEqual(registeredBySofie.map((r) => r.id).sort());
    const nurse = await server().signIn(DEMO_USERNAMES.hospitalNurse);
    expect((await nurse.data(MINE)).mySubmittedReferrals.map((r: { id: string }) => r.id)).not.toContain(createReferral.id);
  });

  it('shows the person as the submitter named them when the number belonged to someone else', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const number = nationalId('030390', 400);
    await ke.data(CREATE, { input: { ...valid, newPerson: { firstName: 'Vera', lastName: 'Registrert', dateOfBirth: '1990-03-03', nationalId: number } } });
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const { createReferral } = await gp.data(CREATE, {
      input: { ...valid, newPerson: { firstName: 'Vilde', lastName: 'Annen', dateOfBirth: '1990-03-03', nationalId: number } },
    });
    const listed = (await gp.data(MINE)).mySubmittedReferrals.find((r: { id: string }) => r.id === createReferral.id);
    expect(listed.person.name).toBe('Vilde Annen');
    // Nor does the search find the registered person through that referral.
    expect((await gp.data(SEARCH, { query: 'Vera Registrert' })).personSearch).toEqual([]);
  });
});

describe(`person search (${TEST_DATABASE})`, () => {
  const names = (result: Record<string, any>) => (result.personSearch as Array<{ name: string }>).map((p) => p.name);

  it('KE finds any person of the municipality by the words of the name, case aside, or by date of birth; logged', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    expect(names(await ke.data(SEARCH, { query: 'sofie BERG' }))).toEqual(['Sofie Berg']);
    expect(names(await ke.data(SEARCH, { query: 'dahl' }))).toEqual(expect.arrayContaining(['Emil Dahl', 'Maja Dahl']));
    expect(names(await ke.data(SEARCH, { query: 'emil nobody' }))).toEqual([]);
    const emil = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.guardianChild });
    const byDate = await ke.data(SEARCH, { dateOfBirth: emil.dateOfBirth!.toISOString().slice(0, 10) });
    expect(names(byDate)).toContain('Emil Dahl');
    const logged = await prisma().accessLogEntry.count({ where: { personId: emil.id, action: 'person.search', actor: { username: DEMO_USERNAMES.systemCoordinator } } });
    expect(logged).toBe(2);
  });

  it('answers at most 20 persons, never the national id, and nothing for an empty search', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const result = await ke.gql('query { personSearch(query: "e") { id name } }');
    expect((result.data as { personSearch: unknown[] }).personSearch.length).toBeLessThanOrEqual(20);
    // PersonRef has no national id to ask for.
    expect((await ke.gql('query { personSearch(query: "e") { nationalId } }')).errors).toHaveLength(1);
    const sofie = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen });
    expect(sofie.nationalId).toBeTruthy();
    expect(JSON.stringify(await ke.gql(SEARCH, { query: 'Sofie' }))).not.toContain(sofie.nationalId);
    expect((await ke.data(SEARCH, { query: '  ' })).personSearch).toEqual([]);
  });

  it('a coordinator finds the persons they coordinate, not others', async () => {
    const jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
    expect(names(await jonas.data(SEARCH, { query: 'Emil Dahl' }))).toEqual(['Emil Dahl']);
    expect(names(await jonas.data(SEARCH, { query: 'Sofie Berg' }))).toEqual([]);
  });

  it('a group member finds the persons of their active groups; anyone finds those they registered a referral for', async () => {
    const teacher = await server().signIn(DEMO_USERNAMES.teacher);
    expect(names(await teacher.data(SEARCH, { query: 'Emil' }))).toEqual(['Emil Dahl']);
    expect(names(await teacher.data(SEARCH, { query: 'Sofie' }))).toEqual([]);
    const leader = await server().signIn(DEMO_USERNAMES.unitLeader);
    expect(names(await leader.data(SEARCH, { query: 'Tuva Leder' }))).toEqual([]);
    await leader.data(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, lastName: 'Leder' } } });
    expect(names(await leader.data(SEARCH, { query: 'Tuva Leder' }))).toEqual(['Tuva Leder']);
    expect(names(await teacher.data(SEARCH, { query: 'Tuva Leder' }))).toEqual([]);
  });

  it('a citizen may not search', async () => {
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    expect((await citizen.gql(SEARCH, { query: 'Berg' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe(`units (${TEST_DATABASE})`, () => {
  it('lists the municipality’s units by name, for every role', async () => {
    const citizen = await server().signIn(DEMO_USERNAMES.citizen);
    const { units } = await citizen.data('query { units { id name } }');
    const unitNames = units.map((u: { name: string }) => u.name);
    expect(unitNames).toEqual(expect.arrayContaining(Object.values(DEMO_UNITS)));
    expect(unitNames).not.toContain('Naboby hjemmetjeneste');
    expect([...unitNames].sort((a: string, b: string) => a.localeCompare(b, 'nb'))).toEqual(unitNames);
  });
});
