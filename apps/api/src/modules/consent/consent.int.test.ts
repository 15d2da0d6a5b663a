// Consent is voluntary and can be withdrawn at any time; the withdrawal takes effect at once.
import { DEMO_USERNAMES } from '../../demo/personas';
import { useTestServer } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
let sofieId: string;

beforeAll(async () => {
  sofieId = (await server().database.prisma.person.findFirstOrThrow({ where: { firstName: 'Sofie', lastName: 'Berg' } })).id;
});


const planQuery = 'query ($p: ID!) { plan(personId: $p) { id } }';

it('the person withdraws the information-exchange consent and group members lose access at once', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const gp = await server().signIn(DEMO_USERNAMES.gp);
  expect((await gp.data(planQuery, { p: sofieId })).plan.id).toBeDefined();

  const { consents } = await citizen.data('query ($p: ID!) { consents(personId: $p) { id scope withdrawnAt } }', { p: sofieId });
  const exchange = consents.find((c: { scope: string; withdrawnAt: string | null }) => c.scope === 'INFORMATION_EXCHANGE' && !c.withdrawnAt);
  const { withdrawConsent } = await citizen.data(
    'mutation ($id: ID!, $note: String) { withdrawConsent(consentId: $id, note: $note) { id withdrawnAt } }',
    { id: exchange.id, note: 'Ønsker ikke deling nå.' },
  );
  expect(new Date(withdrawConsent.withdrawnAt).getTime()).toBeLessThanOrEqual(Date.now());

  const denied = await gp.gql(planQuery, { p: sofieId });
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // The coordinator's access rests on the appointment, not on the exchange consent.
  const ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  expect((await ingrid.data(planQuery, { p: sofieId })).plan.id).toBeDefined();

  const stored = await server().database.prisma.consent.findUniqueOrThrow({ where: { id: exchange.id } });
  expect(stored.withdrawnNote).toBe('Ønsker ikke deling nå.');
});

it('a consent cannot be withdrawn twice', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const consent = await server().database.prisma.consent.findFirstOrThrow({ where: { personId: sofieId, withdrawnAt: null } });
  const mutation = 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }';
  const [first, second] = await Promise.all([citizen.gql(mutation, { id: consent.id }), citizen.gql(mutation, { id: consent.id })]);
  const codes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
  expect(codes).toEqual(['CONFLICT', 'OK']);
  const conflict = [first, second].find((r) => r.errors)!;
  expect(conflict.errors?.[0]?.message).toBe('Samtykket er allerede trukket tilbake.');
});

it('an unknown consent is NOT_FOUND', async () => {
  const citizen = await server().signIn(DEMO_USERNAMES.citizen);
  const result = await citizen.gql('mutation { withdrawConsent(consentId: "6f1c7d2e-1111-4c3b-9a55-000000000000") { id } }');
  expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
