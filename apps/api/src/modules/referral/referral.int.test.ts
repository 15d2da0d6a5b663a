// Registering a referral of need, with validation messages per field in the caller's language.
import { nationalIdControlDigits, osloToday } from '@samhandling/shared';
import { DEMO_USERNAMES } from '../../demo/personas';
import { TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

/**
 * A national id with valid control digits: six date digits (DDMMYY) and the first usable
 * individual number from `individual` (the shared tests check the control digits themselves).
 */
function nationalId(ddmmyy: string, individual: number): string {
  for (let candidate = individual; ; candidate += 1) {
    const nine = `${ddmmyy}${String(candidate).padStart(3, '0')}`;
    const control = nationalIdControlDigits([...nine].map(Number));
    if (control) return `${nine}${control.join('')}`;
  }
}

/** DDMMYY of a YYYY-MM-DD date. */
const ddmmyy = (date: string) => `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;

const CREATE = 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id status person { id name age isChild } sourceKind } }';

const valid = {
  newPerson: { firstName: 'Aslak', lastName: 'Nygård', dateOfBirth: '2015-03-04', nationalId: nationalId('040315', 500) },
  sourceKind: 'GP',
  sourceName: 'Per Aasen',
  sourceOrganisation: 'Fjordvik legesenter',
  channel: 'ELECTRONIC',
  requested: 'BOTH',
  needDescription: 'Sammensatte behov etter langvarig sykdom; trenger koordinerte tjenester fra skole og helse.',
  consentToRefer: true,
  consentForm: 'ORAL',
};

it('a GP registers a referral for a new person; KE sees it in the inbox', async () => {
  const gp = await server().signIn(DEMO_USERNAMES.gp);
  const { createReferral } = await gp.data(CREATE, { input: valid });
  expect(createReferral).toMatchObject({ status: 'RECEIVED', sourceKind: 'GP', person: { name: 'Aslak Nygård', isChild: true } });
  const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  const { referrals } = await ke.data('query { referrals(filter: { statuses: [RECEIVED] }, first: 100) { nodes { id person { name } } } }');
  expect(referrals.nodes.map((r: { id: string }) => r.id)).toContain(createReferral.id);
  const stored = await server().database.prisma.referral.findUniqueOrThrow({ where: { id: createReferral.id }, include: { registeredBy: true } });
  expect(stored.registeredBy?.username).toBe(DEMO_USERNAMES.gp);
});

it('bad input gets a Norwegian message per field, and nothing is stored', async () => {
  const gp = await server().signIn(DEMO_USERNAMES.gp);
  const before = await server().database.prisma.referral.count();
  const result = await gp.gql(CREATE, {
    input: { ...valid, needDescription: 'kort', sourceName: '', newPerson: { ...valid.newPerson, nationalId: '123' } },
  });
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.message).toBe('Noe av det du fylte inn, er ikke gyldig.');
  expect(result.errors?.[0]?.extensions?.fields).toEqual(
    expect.arrayContaining([
      { field: 'sourceName', message: 'Feltet må fylles ut.' },
      { field: 'needDescription', message: 'Beskriv behovet med 10 til 4000 tegn.' },
      { field: 'newPerson.nationalId', message: 'Fødselsnummeret må ha 11 siffer.' },
    ]),
  );
  expect(await server().database.prisma.referral.count()).toBe(before);
});

it('the same errors in English for an English user', async () => {
  const gp = (await server().signIn(DEMO_USERNAMES.gp)).withLocale('en');
  const result = await gp.gql(CREATE, { input: { ...valid, consentForm: null } });
  expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'consentForm', message: 'State whether the consent was oral or written.' }]);
});

it('a person or a new person, not both and not neither', async () => {
  const gp = await server().signIn(DEMO_USERNAMES.gp);
  const { newPerson: _omit, ...withoutPerson } = valid;
  const result = await gp.gql(CREATE, { input: withoutPerson });
  expect(result.errors?.[0]?.extensions?.fields).toEqual([
    { field: 'personId', message: 'Velg en kjent person eller fyll inn en ny person, ikke begge.' },
  ]);
});

it('an impossible date is refused', async () => {
  const gp = await server().signIn(DEMO_USERNAMES.gp);
  const result = await gp.gql(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, dateOfBirth: '2015-02-30' } } });
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it('a citizen reports a need only for themselves', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const forNew = await citizen.gql(CREATE, { input: valid });
  expect(forNew.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const { actingFor } = await citizen.data('query { actingFor { id } }');
  const { newPerson: _omit, ...rest } = valid;
  const { createReferral } = await citizen.data(CREATE, { input: { ...rest, personId: actingFor[0].id, sourceKind: 'PERSON', sourceName: 'Sofie Berg' } });
  expect(createReferral.person.name).toBe('Sofie Berg');
});

describe(`national ids (${TEST_DATABASE})`, () => {
  const valid11 = valid.newPerson.nationalId;
  const flip = (value: string, position: number) =>
    `${value.slice(0, position)}${(Number(value[position]) + 1) % 10}${value.slice(position + 1)}`;
  const tomorrow = (() => {
    const date = new Date(`${osloToday()}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
  })();

  it.each([
    ['not 11 digits', { nationalId: '0403159912' }, 'Fødselsnummeret må ha 11 siffer.'],
    ['not digits', { nationalId: '04031550O12' }, 'Fødselsnummeret må ha 11 siffer.'],
    [
      'a wrong first control digit',
      { nationalId: flip(valid11, 9) },
      'Fødselsnummeret er ikke gyldig: det første kontrollsifferet (siffer 10) stemmer ikke. Se etter feil i sifrene.',
    ],
    [
      'a wrong second control digit',
      { nationalId: flip(valid11, 10) },
      'Fødselsnummeret er ikke gyldig: det andre kontrollsifferet (siffer 11) stemmer ikke. Se etter feil i sifrene.',
    ],
    [
      'no real date (30 February)',
      { nationalId: nationalId('300215', 500), dateOfBirth: undefined, expectedBirthDate: '2027-01-01' },
      'De første sifrene i fødselsnummeret gir ikke en gyldig dato.',
    ],
    [
      'a birth date after today',
      { nationalId: nationalId(ddmmyy(tomorrow), 500), dateOfBirth: undefined, expectedBirthDate: tomorrow },
      'Fødselsnummeret gir en fødselsdato fram i tid.',
    ],
    [
      'another date of birth',
      { dateOfBirth: '2015-04-03' },
      'Fødselsnummeret passer ikke med fødselsdatoen.',
    ],
  ])('refuses a national id with %s, with a message that says so and not the number', async (_case, change, message) => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const before = await server().database.prisma.person.count();
    const newPerson = { ...valid.newPerson, ...change };
    const result = await gp.gql(CREATE, { input: { ...valid, newPerson } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'newPerson.nationalId', message }]);
    expect(JSON.stringify(result)).not.toContain(newPerson.nationalId);
    expect(await server().database.prisma.person.count()).toBe(before);
  });

  it('accepts a D-number and a synthetic test number that agree with the date of birth', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    for (const number of [nationalId('440315', 500), nationalId('044315', 500), nationalId('048315', 500)]) {
      const { createReferral } = await gp.data(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, nationalId: number } } });
      const stored = await server().database.prisma.person.findUniqueOrThrow({ where: { id: createReferral.person.id } });
      expect(stored.nationalId).toBe(number);
    }
  });

  it('refuses a date of birth after today, in English for an English user', async () => {
    const gp = (await server().signIn(DEMO_USERNAMES.gp)).withLocale('en');
    const result = await gp.gql(CREATE, { input: { ...valid, newPerson: { ...valid.newPerson, nationalId: null, dateOfBirth: tomorrow } } });
    expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'newPerson.dateOfBirth', message: 'The date of birth cannot be in the future.' }]);
  });
});

describe(`one transaction (${TEST_DATABASE})`, () => {
  // A trigger that refuses one referral, so its insert fails after the new person's.
  const REFUSED_SOURCE = 'Avvist av databasen';
  beforeAll(async () => {
    await server().database.sql.exec(`
      CREATE FUNCTION test_refuse_referral() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."sourceName" = '${REFUSED_SOURCE}' THEN
          RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_refuse_referral BEFORE INSERT ON "Referral"
        FOR EACH ROW EXECUTE FUNCTION test_refuse_referral();`);
  });
  afterAll(async () => {
    await server().database.sql.exec('DROP TRIGGER test_refuse_referral ON "Referral"; DROP FUNCTION test_refuse_referral();');
  });

  it('a referral that fails leaves no new person behind', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const prisma = server().database.prisma;
    const persons = await prisma.person.count();
    const referrals = await prisma.referral.count();
    const number = nationalId('120608', 500);
    const result = await gp.gql(CREATE, {
      input: { ...valid, sourceName: REFUSED_SOURCE, newPerson: { ...valid.newPerson, lastName: 'Foreldreløs', dateOfBirth: '2008-06-12', nationalId: number } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await prisma.person.count()).toBe(persons);
    expect(await prisma.person.count({ where: { lastName: 'Foreldreløs' } })).toBe(0);
    expect(await prisma.referral.count()).toBe(referrals);
    // The same referral from another source goes through, with its person.
    const { createReferral } = await gp.data(CREATE, {
      input: { ...valid, newPerson: { ...valid.newPerson, lastName: 'Foreldreløs', dateOfBirth: '2008-06-12', nationalId: number } },
    });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: createReferral.person.id } })).toMatchObject({ nationalId: number });
  });
});

describe(`a national id already registered (${TEST_DATABASE})`, () => {
  const number = nationalId('170580', 200);
  const registered = { firstName: 'Randi', lastName: 'Kjent', dateOfBirth: '1980-05-17', nationalId: number };
  let personId: string;

  beforeAll(async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const { createReferral } = await ke.data(CREATE, { input: { ...valid, newPerson: registered } });
    personId = createReferral.person.id;
  });

  const referralsOf = (id: string) => server().database.prisma.referral.count({ where: { personId: id } });

  it('with the same names: the referral is the registered person’s, whoever registers it', async () => {
    const before = await referralsOf(personId);
    const persons = await server().database.prisma.person.count();
    for (const username of [DEMO_USERNAMES.systemCoordinator, DEMO_USERNAMES.gp]) {
      const client = await server().signIn(username);
      // Names as people type them: case and spacing do not matter.
      const { createReferral } = await client.data(CREATE, { input: { ...valid, newPerson: { ...registered, firstName: ' randi ', lastName: 'KJENT' } } });
      expect(createReferral.person.id).toBe(personId);
    }
    expect(await referralsOf(personId)).toBe(before + 2);
    expect(await server().database.prisma.person.count()).toBe(persons);
  });

  it('with other names: the system coordinator, who sees every person, is told the number is taken', async () => {
    const ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
    const before = await referralsOf(personId);
    const result = await ke.gql(CREATE, { input: { ...valid, newPerson: { ...registered, firstName: 'Rita' } } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'newPerson.nationalId', message: 'Fødselsnummeret er registrert på en annen person enn navnet som er oppgitt.' },
    ]);
    expect(await referralsOf(personId)).toBe(before);
  });

  it('with other names: any other role gets the answer a new person gets, and the referral is the registered person’s', async () => {
    const gp = await server().signIn(DEMO_USERNAMES.gp);
    const before = await referralsOf(personId);
    const persons = await server().database.prisma.person.count();
    const taken = await gp.data(CREATE, { input: { ...valid, newPerson: { ...registered, firstName: 'Rita', lastName: 'Ukjent' } } });
    // An unknown number with the same names and date of birth, for comparison.
    const fresh = await gp.data(CREATE, {
      input: { ...valid, newPerson: { ...registered, firstName: 'Rita', lastName: 'Ukjent', nationalId: nationalId('170580', 300) } },
    });
    const shape = ({ createReferral: { id: _id, person: { id: _personId, ...person }, ...rest } }: Record<string, any>) => ({ ...rest, person });
    expect(shape(taken)).toEqual(shape(fresh));
    expect(taken.createReferral.person).toMatchObject({ name: 'Rita Ukjent' });
    expect(await referralsOf(personId)).toBe(before + 1);
    expect(await server().database.prisma.person.count()).toBe(persons + 1);
    expect(await server().database.prisma.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ firstName: 'Randi', lastName: 'Kjent' });
  });
});
