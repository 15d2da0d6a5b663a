// Registering a referral of need, with validation messages per field in the caller's language.
import { DEMO_USERNAMES } from '../../demo/personas';
import { useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();



const CREATE = 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id status person { name age isChild } sourceKind } }';

const valid = {
  newPerson: { firstName: 'Aslak', lastName: 'Nygård', dateOfBirth: '2015-03-04', nationalId: '04031599123' },
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
  const { referrals } = await ke.data('query { referrals(status: RECEIVED) { id person { name } } }');
  expect(referrals.map((r: { id: string }) => r.id)).toContain(createReferral.id);
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
