// Registering a consent over HTTP against a real database: who may consent (a child under 16
// only through a guardian, the young person's own view from 16), an oral consent's hearer and
// time, what the person was told before a responsibility group (seed 002), the period (the open
// plan's by default), restrictions on matters and environments, no two consents of a kind at
// once, the history and the access log, every role of the policy, and the messages in nb, nn, en.
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson, type PlanPersonOptions } from '../../test-support/cases';
import { dayFromToday as day } from '../../test-support/dates';
import { useTestServer, type ApiClient, type GraphQLResponse } from '../../test-support/test-server';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const CONSENT_FIELDS = `id scope form givenAt givenByName heardByName heardAt youngPersonView youngPersonAgrees periodStart periodEnd
  informedOfComposition informedOfWayOfWorking informedOfInformationExchange documentReference registeredByName withdrawnAt pdfUrl
  document { fileName }
  restrictions { kind description unitName organisation lifeArea goalId subPlanId }`;
const REGISTER = `mutation ($input: RegisterConsentInput!) { registerConsent(input: $input) { ${CONSENT_FIELDS} } }`;

interface Consent {
  id: string;
  scope: string;
  form: string;
  givenAt: string;
  givenByName: string | null;
  heardByName: string | null;
  heardAt: string | null;
  youngPersonView: string | null;
  youngPersonAgrees: boolean | null;
  periodStart: string | null;
  periodEnd: string | null;
  informedOfComposition: boolean;
  registeredByName: string | null;
  pdfUrl: string;
  document: null;
  restrictions: Array<{ kind: string; description: string; unitName: string | null; organisation: string | null; lifeArea: string | null; goalId: string | null; subPlanId: string | null }>;
}

let municipalityId: string;
const users = {} as Record<'ingrid' | 'ke' | 'lars', { id: string; name: string }>;
const clients = {} as Record<'ingrid' | 'ke' | 'lars' | 'unitLeader' | 'gp' | 'citizen', ApiClient>;
let homeCareUnitId: string;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  for (const [key, username] of [
    ['ingrid', DEMO_USERNAMES.coordinator],
    ['ke', DEMO_USERNAMES.systemCoordinator],
    ['lars', DEMO_USERNAMES.mentalHealthCoordinator],
  ] as const) {
    users[key] = await prisma().user.findUniqueOrThrow({ where: { username }, select: { id: true, name: true } });
  }
  homeCareUnitId = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.homeCare } })).id;
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.unitLeader = await server().signIn(DEMO_USERNAMES.unitLeader);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
});

const makePerson = (options?: PlanPersonOptions) => makePlanPerson(prisma(), options);
const guardianOf = (personId: string, isGuardian = true) =>
  prisma().relative.create({ data: { municipalityId, personId, name: isGuardian ? 'Mor Foresatt' : 'Tante Tove', relation: isGuardian ? 'PARENT' : 'OTHER', isGuardian } });

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const fieldsOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.fields ?? [];

/** A written consent of the person themselves, today, with what the test adds. */
const written = (personId: string, extra: Record<string, unknown> = {}) => ({ personId, scope: 'INFORMATION_EXCHANGE', form: 'WRITTEN', givenAt: day(0), ...extra });
/** An oral consent heard now. */
const oral = (personId: string, extra: Record<string, unknown> = {}) => ({ ...written(personId), form: 'ORAL', heardAt: new Date().toISOString(), ...extra });

async function register(client: ApiClient, input: Record<string, unknown>): Promise<Consent> {
  return (await client.data<{ registerConsent: Consent }>(REGISTER, { input })).registerConsent;
}

/** The mutation is refused with BAD_USER_INPUT naming these fields and messages, and stores nothing. */
async function expectRefused(input: Record<string, unknown>, fields: Array<{ field: string; message: string }>, client = clients.ingrid) {
  const before = await prisma().consent.count({ where: { personId: input.personId as string } });
  const result = await client.gql(REGISTER, { input });
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(result)).toEqual(fields);
  expect(await prisma().consent.count({ where: { personId: input.personId as string } })).toBe(before);
}

describe('a written consent', () => {
  it('is stored with its restrictions, the history and the access log, and listed for the person', async () => {
    const personId = await makePerson();
    const plan = await prisma().individualPlan.create({
      data: { municipalityId, personId, status: 'DRAFT', periodStart: new Date(`${day(0)}T00:00:00Z`), periodEnd: new Date(`${day(365)}T00:00:00Z`) },
    });
    const goal = await prisma().goal.create({ data: { municipalityId, planId: plan.id, kind: 'LONG_TERM', description: 'Komme i jobb' } });
    const subPlan = await prisma().subPlan.create({ data: { municipalityId, planId: plan.id, kind: 'IOP', title: 'IOP skole', ownerName: 'Rektor' } });
    const consent = await register(
      clients.ingrid,
      written(personId, {
        informedOfInformationExchange: true,
        documentReference: '  Arkiv 2026/77  ',
        periodEnd: day(300),
        restrictions: [
          { kind: 'MATTER', lifeArea: 'HEALTH', description: 'Ikke helseopplysninger' },
          { kind: 'MATTER', goalId: goal.id, unitId: homeCareUnitId, description: 'Ikke jobbmålet til hjemmetjenesten' },
          { kind: 'MATTER', subPlanId: subPlan.id, description: 'Ikke IOP-en' },
          { kind: 'PROFESSIONAL_ENVIRONMENT', organisation: '  Legesenteret AS ', description: 'Ingenting til legesenteret' },
        ],
      }),
    );
    expect(consent).toMatchObject({
      scope: 'INFORMATION_EXCHANGE',
      form: 'WRITTEN',
      givenByName: null,
      heardByName: null,
      heardAt: null,
      periodStart: null,
      periodEnd: day(300),
      documentReference: 'Arkiv 2026/77',
      registeredByName: users.ingrid.name,
      pdfUrl: `/api/consents/${consent.id}/pdf`,
      document: null,
    });
    expect(consent.restrictions).toHaveLength(4);
    expect(consent.restrictions).toEqual(
      expect.arrayContaining([
        { kind: 'MATTER', description: 'Ikke helseopplysninger', unitName: null, organisation: null, lifeArea: 'HEALTH', goalId: null, subPlanId: null },
        { kind: 'MATTER', description: 'Ikke jobbmålet til hjemmetjenesten', unitName: DEMO_UNITS.homeCare, organisation: null, lifeArea: null, goalId: goal.id, subPlanId: null },
        { kind: 'MATTER', description: 'Ikke IOP-en', unitName: null, organisation: null, lifeArea: null, goalId: null, subPlanId: subPlan.id },
        { kind: 'PROFESSIONAL_ENVIRONMENT', description: 'Ingenting til legesenteret', unitName: null, organisation: 'Legesenteret AS', lifeArea: null, goalId: null, subPlanId: null },
      ]),
    );
    const history = await prisma().historyEntry.findMany({ where: { entityId: consent.id } });
    expect(history.map((entry) => [entry.action, entry.actorId, entry.actorRole])).toEqual([['consent.registered', users.ingrid.id, 'COORDINATOR']]);
    expect(history[0]!.after).toMatchObject({ scope: 'INFORMATION_EXCHANGE', form: 'WRITTEN', registeredById: users.ingrid.id });
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'consent.register', actorId: users.ingrid.id } })).toBe(1);
    const { consents } = await clients.ingrid.data<{ consents: Consent[] }>(`query ($p: ID!) { consents(personId: $p) { ${CONSENT_FIELDS} } }`, { p: personId });
    expect(consents.map((c) => c.id)).toEqual([consent.id]);
  });

  it('is not dated after today', async () => {
    const personId = await makePerson();
    await expectRefused(written(personId, { givenAt: day(1) }), [{ field: 'input.givenAt', message: 'Datoen for samtykket kan ikke være etter i dag.' }]);
  });

  it('has no one who heard it', async () => {
    const personId = await makePerson();
    await expectRefused(written(personId, { heardAt: new Date().toISOString(), heardById: users.ingrid.id }), [
      { field: 'input.heardAt', message: 'Hvem som tok imot samtykket og når, registreres bare for et muntlig samtykke.' },
      { field: 'input.heardById', message: 'Hvem som tok imot samtykket og når, registreres bare for et muntlig samtykke.' },
    ]);
    // The database holds the rule too.
    await expect(
      prisma().consent.create({ data: { municipalityId, personId, scope: 'REFERRAL', form: 'WRITTEN', givenAt: new Date(), heardAt: new Date() } }),
    ).rejects.toThrow(/Consent_heard_only_oral/);
  });

  it('has a period that does not end before it starts', async () => {
    const personId = await makePerson();
    await expectRefused(written(personId, { periodStart: day(0), periodEnd: day(-1) }), [
      { field: 'input.periodEnd', message: 'Perioden kan ikke slutte før den begynner.' },
    ]);
  });
});

describe('an oral consent', () => {
  it('needs the time it was heard', async () => {
    const personId = await makePerson();
    await expectRefused({ ...written(personId), form: 'ORAL' }, [{ field: 'input.heardAt', message: 'Skriv når det muntlige samtykket ble gitt.' }]);
  });

  it('was heard by the registering user unless another staff member is named', async () => {
    const personId = await makePerson();
    const heardAt = new Date().toISOString();
    const own = await register(clients.ingrid, oral(personId, { scope: 'REFERRAL', heardAt }));
    expect(own).toMatchObject({ form: 'ORAL', heardByName: users.ingrid.name, heardAt });
    const byKe = await register(clients.ingrid, oral(personId, { scope: 'INDIVIDUAL_PLAN', heardById: users.ke.id }));
    expect(byKe.heardByName).toBe(users.ke.name);
    const stored = await prisma().consent.findUniqueOrThrow({ where: { id: byKe.id } });
    expect(stored).toMatchObject({ heardById: users.ke.id, registeredById: users.ingrid.id });
  });

  it('is heard by a staff member, on the day given, not in the future', async () => {
    const personId = await makePerson();
    const citizen = await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.citizen } });
    await expectRefused(oral(personId, { heardById: citizen.id }), [{ field: 'input.heardById', message: 'Den som tok imot samtykket, må være ansatt i kommunen.' }]);
    await expectRefused(oral(personId, { givenAt: day(-3) }), [
      { field: 'input.heardAt', message: 'Tidspunktet det muntlige samtykket ble gitt, må være samme dag som samtykket er datert.' },
    ]);
    await expectRefused(oral(personId, { heardAt: new Date(Date.now() + 3_600_000 * 48).toISOString() }), [
      { field: 'input.heardAt', message: 'Tidspunktet samtykket ble gitt, kan ikke være fram i tid.' },
    ]);
  });
});

describe('who consents', () => {
  it('a child under 16 cannot consent alone: a guardian consents, not another relative', async () => {
    const personId = await makePerson({ age: 15 });
    const aunt = await guardianOf(personId, false);
    const mother = await guardianOf(personId);
    await expectRefused(written(personId), [
      { field: 'input.givenByRelativeId', message: 'Personen er under 16 år og kan ikke samtykke alene. Velg den foresatte eller vergen som samtykket.' },
    ]);
    await expectRefused(written(personId, { givenByRelativeId: aunt.id }), [
      { field: 'input.givenByRelativeId', message: 'Den som samtykket for personen, må være personens verge eller foresatte.' },
    ]);
    const consent = await register(clients.ingrid, written(personId, { givenByRelativeId: mother.id, youngPersonView: 'Vil at læreren skal vite.' }));
    expect(consent).toMatchObject({ givenByName: 'Mor Foresatt', youngPersonView: 'Vil at læreren skal vite.' });
  });

  it('an unborn child through a guardian only', async () => {
    const personId = await makePerson({ unborn: true });
    await expectRefused(written(personId), [
      { field: 'input.givenByRelativeId', message: 'Personen er under 16 år og kan ikke samtykke alene. Velg den foresatte eller vergen som samtykket.' },
    ]);
  });

  it("from 16 the young person consents themselves; a guardian's consent records the young person's own view", async () => {
    const personId = await makePerson({ age: 16 });
    const mother = await guardianOf(personId);
    const own = await register(clients.ingrid, written(personId, { scope: 'REFERRAL' }));
    expect(own.givenByName).toBeNull();
    await expectRefused(written(personId, { givenByRelativeId: mother.id }), [
      { field: 'input.youngPersonView', message: 'Personen er 16 eller 17 år. Når en foresatt samtykker, må den unges egen mening registreres.' },
    ]);
    await expectRefused(written(personId, { givenByRelativeId: mother.id, youngPersonView: '   ', youngPersonAgrees: true }), [
      { field: 'input.youngPersonView', message: 'Personen er 16 eller 17 år. Når en foresatt samtykker, må den unges egen mening registreres.' },
    ]);
    const byMother = await register(
      clients.ingrid,
      written(personId, { givenByRelativeId: mother.id, youngPersonView: 'Jeg vil ikke at skolen får vite alt.', youngPersonAgrees: false }),
    );
    expect(byMother).toMatchObject({ givenByName: 'Mor Foresatt', youngPersonView: 'Jeg vil ikke at skolen får vite alt.', youngPersonAgrees: false });
  });

  it("an adult's own consent has no young person's view", async () => {
    const personId = await makePerson({ age: 40 });
    await expectRefused(written(personId, { youngPersonView: 'Enig.' }), [
      { field: 'input.youngPersonView', message: 'Den unges egen mening registreres når en foresatt eller verge samtykker for personen.' },
    ]);
    await expectRefused(written(personId, { youngPersonAgrees: true }), [
      { field: 'input.youngPersonAgrees', message: 'Den unges egen mening registreres når en foresatt eller verge samtykker for personen.' },
    ]);
  });
});

describe('the responsibility group (Salangen, seed 002)', () => {
  it('a written consent is given after the person was told the composition, way of working and exchange of information', async () => {
    const personId = await makePerson();
    const told = 'Før skriftlig samtykke til ansvarsgruppe skal personen være informert om gruppens sammensetning, arbeidsform og utveksling av taushetsbelagte opplysninger.';
    await expectRefused(written(personId, { scope: 'RESPONSIBILITY_GROUP', informedOfComposition: true }), [
      { field: 'input.informedOfWayOfWorking', message: told },
      { field: 'input.informedOfInformationExchange', message: told },
    ]);
    const consent = await register(
      clients.ingrid,
      written(personId, { scope: 'RESPONSIBILITY_GROUP', informedOfComposition: true, informedOfWayOfWorking: true, informedOfInformationExchange: true }),
    );
    expect(consent.informedOfComposition).toBe(true);
    // A group can be established on it (the database's own check).
    const group = await prisma().responsibilityGroup.create({ data: { municipalityId, personId, consentId: consent.id, establishedAt: new Date() } });
    expect(group.status).toBe('ACTIVE');
  });
});

describe('the period', () => {
  it("of a consent to the plan is the open plan's unless another is given", async () => {
    const personId = await makePerson();
    const plan = await prisma().individualPlan.create({
      data: { municipalityId, personId, status: 'DRAFT', periodStart: new Date(`${day(-10)}T00:00:00Z`), periodEnd: new Date(`${day(355)}T00:00:00Z`) },
    });
    const consent = await register(clients.ingrid, written(personId, { scope: 'INDIVIDUAL_PLAN' }));
    expect([consent.periodStart, consent.periodEnd]).toEqual([day(-10), day(355)]);
    expect(plan.id).toBeDefined();
    // Another of the same kind for the same period is refused; one for the next period is not.
    const twice = await clients.ingrid.gql(REGISTER, { input: written(personId, { scope: 'INDIVIDUAL_PLAN' }) });
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toBe(
      `Personen har allerede et samtykke av denne typen for perioden (gitt ${day(0)}). Trekk det tilbake først, eller la det nye gjelde fra dagen etter at det gamle slutter.`,
    );
    const next = await register(clients.ingrid, written(personId, { scope: 'INDIVIDUAL_PLAN', periodStart: day(356), periodEnd: day(720) }));
    expect([next.periodStart, next.periodEnd]).toEqual([day(356), day(720)]);
  });

  it('a withdrawn consent leaves room for a new one', async () => {
    const personId = await makePerson();
    const first = await register(clients.ingrid, written(personId));
    expect(codeOf(await clients.ingrid.gql(REGISTER, { input: written(personId, { periodStart: day(30) }) }))).toBe('CONFLICT');
    await clients.ingrid.data('mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', { id: first.id });
    const second = await register(clients.ingrid, written(personId));
    expect(second.id).not.toBe(first.id);
    const history = await prisma().historyEntry.findMany({ where: { entityId: first.id }, orderBy: { at: 'asc' } });
    expect(history.map((entry) => entry.action)).toEqual(['consent.registered', 'consent.withdrawn']);
  });

  it('an ended consent leaves room for a new one; consents to referrals may be several', async () => {
    const personId = await makePerson();
    await register(clients.ingrid, written(personId, { givenAt: day(-400), periodStart: day(-400), periodEnd: day(-35) }));
    const renewed = await register(clients.ingrid, written(personId, { givenAt: day(-20) }));
    expect(renewed.periodStart).toBeNull();
    // Without a start, a consent's period begins the day it was given: one ending the day before fits in between, one ending that day does not.
    expect(codeOf(await clients.ingrid.gql(REGISTER, { input: written(personId, { givenAt: day(-30), periodEnd: day(-20) }) }))).toBe('CONFLICT');
    expect(codeOf(await clients.ingrid.gql(REGISTER, { input: written(personId, { givenAt: day(-30), periodEnd: day(-21) }) }))).toBeUndefined();
    await register(clients.ingrid, written(personId, { scope: 'REFERRAL' }));
    await register(clients.ingrid, written(personId, { scope: 'REFERRAL' }));
    expect(await prisma().consent.count({ where: { personId, scope: 'REFERRAL' } })).toBe(2);
  });

  it('two registrations at the same moment: one is stored', async () => {
    const personId = await makePerson();
    const results = await Promise.all([clients.ingrid.gql(REGISTER, { input: written(personId) }), clients.ingrid.gql(REGISTER, { input: written(personId) })]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    expect(await prisma().consent.count({ where: { personId } })).toBe(1);
  });
});

describe('restrictions', () => {
  it('name a matter, an environment, or one of each, with a description', async () => {
    const personId = await makePerson();
    const restricted = (restriction: Record<string, unknown>) => written(personId, { restrictions: [restriction] });
    await expectRefused(restricted({ kind: 'MATTER', description: 'Noe' }), [
      { field: 'input.restrictions.0.kind', message: 'Velg hva begrensningen gjelder: et livsområde, et mål eller en delplan.' },
    ]);
    await expectRefused(restricted({ kind: 'PROFESSIONAL_ENVIRONMENT', lifeArea: 'HEALTH', description: 'Noe' }), [
      { field: 'input.restrictions.0.kind', message: 'Velg fagmiljøet som ikke skal få opplysninger: en enhet eller en organisasjon.' },
    ]);
    await expectRefused(restricted({ kind: 'MATTER', lifeArea: 'HEALTH', goalId: '6f1c7d2e-1111-4c3b-9a55-000000000001', description: 'Noe' }), [
      { field: 'input.restrictions.0.kind', message: 'En begrensning kan gjelde bare ett livsområde, ett mål eller én delplan.' },
    ]);
    await expectRefused(restricted({ kind: 'PROFESSIONAL_ENVIRONMENT', unitId: homeCareUnitId, organisation: 'Legesenteret', description: 'Noe' }), [
      { field: 'input.restrictions.0.kind', message: 'En begrensning kan gjelde bare én enhet eller én organisasjon.' },
    ]);
    await expectRefused(restricted({ kind: 'MATTER', lifeArea: 'HEALTH', description: '   ' }), [
      { field: 'input.restrictions.0.description', message: 'Feltet må fylles ut.' },
    ]);
    // An environment with a matter: the matter is withheld from that environment only.
    const consent = await register(clients.ingrid, restricted({ kind: 'PROFESSIONAL_ENVIRONMENT', unitId: homeCareUnitId, lifeArea: 'ECONOMY', description: 'Økonomi ikke til hjemmetjenesten' }));
    expect(consent.restrictions[0]).toMatchObject({ kind: 'PROFESSIONAL_ENVIRONMENT', unitName: DEMO_UNITS.homeCare, lifeArea: 'ECONOMY' });
  });

  it("name a goal and a sub-plan of the person's own plan, and a unit of the municipality", async () => {
    const personId = await makePerson();
    const other = await prisma().goal.findFirstOrThrow({ where: { plan: { personId: { not: personId } } } });
    const otherSubPlan = await prisma().subPlan.findFirstOrThrow({ where: { plan: { personId: { not: personId } } } });
    await expectRefused(
      written(personId, {
        restrictions: [
          { kind: 'MATTER', goalId: other.id, description: 'Et mål' },
          { kind: 'MATTER', subPlanId: otherSubPlan.id, description: 'En delplan' },
          { kind: 'PROFESSIONAL_ENVIRONMENT', unitId: '6f1c7d2e-1111-4c3b-9a55-000000000002', description: 'En enhet' },
        ],
      }),
      [
        { field: 'input.restrictions.0.goalId', message: 'Målet hører ikke til personens plan.' },
        { field: 'input.restrictions.1.subPlanId', message: 'Delplanen hører ikke til personens plan.' },
        { field: 'input.restrictions.2.unitId', message: 'Velg en enhet i kommunen.' },
      ],
    );
  });

  it('belong to the consent to information exchange, the one the policy reads', async () => {
    const personId = await makePerson();
    await expectRefused(written(personId, { scope: 'INDIVIDUAL_PLAN', restrictions: [{ kind: 'MATTER', lifeArea: 'HEALTH', description: 'Helse' }] }), [
      { field: 'input.restrictions', message: 'Begrensninger hører til samtykket til utveksling av opplysninger.' },
    ]);
  });
});

describe('who may register', () => {
  it('the coordinator of the person and KE; other roles and coordinators are FORBIDDEN, logged, and store nothing', async () => {
    const personId = await makePerson();
    for (const client of [clients.lars, clients.unitLeader, clients.gp, clients.citizen]) {
      const result = await client.gql(REGISTER, { input: written(personId, { scope: 'REFERRAL' }) });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
    const anonymous = await server().anonymous().gql(REGISTER, { input: written(personId, { scope: 'REFERRAL' }) });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(await prisma().consent.count({ where: { personId } })).toBe(0);
    const denied = await prisma().accessLogEntry.findMany({ where: { personId, denied: true } });
    expect(denied.map((entry) => entry.actorId)).toContain(users.lars.id);
    expect(denied.every((entry) => entry.action === 'consent.register')).toBe(true);

    // KE registers the referral's consent for anyone of the municipality; the coordinator for their person.
    const byKe = await register(clients.ke, written(personId, { scope: 'REFERRAL' }));
    expect(byKe.registeredByName).toBe(users.ke.name);
    expect((await register(clients.ingrid, written(personId))).registeredByName).toBe(users.ingrid.name);
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'consent.register', denied: false } })).toBe(2);
  });

  it("a person of another municipality is no one's here", async () => {
    const other = await prisma().municipality.create({ data: { name: 'Annen kommune', number: '9801' } });
    const stranger = await prisma().person.create({ data: { municipalityId: other.id, firstName: 'Fremmed', lastName: 'Person', dateOfBirth: new Date('1980-01-01') } });
    expect(codeOf(await clients.ke.gql(REGISTER, { input: written(stranger.id, { scope: 'REFERRAL' }) }))).toBe('FORBIDDEN');
    expect(await prisma().consent.count({ where: { personId: stranger.id } })).toBe(0);
  });
});

describe('the messages', () => {
  it('are in the caller’s language', async () => {
    const sofie = await prisma().person.findFirstOrThrow({ where: DEMO_PERSONS.citizen });
    const input = written(sofie.id, { givenAt: day(2), scope: 'REFERRAL' });
    const nn = await clients.ingrid.withLocale('nn').gql(REGISTER, { input });
    expect(fieldsOf(nn)).toEqual([{ field: 'input.givenAt', message: 'Datoen for samtykket kan ikkje vere etter i dag.' }]);
    const en = await clients.ingrid.withLocale('en').gql(REGISTER, { input });
    expect(fieldsOf(en)).toEqual([{ field: 'input.givenAt', message: 'The date of the consent cannot be after today.' }]);
  });
});

it("gives the coordinator and KE who the consent is for and the person's guardians", async () => {
  const emil = await prisma().person.findFirstOrThrow({ where: { firstName: 'Emil', lastName: 'Dahl' } });
  const QUERY = 'query ($p: ID!) { consentSubject(personId: $p) { person { id name } guardians { name relation } } }';
  for (const username of [DEMO_USERNAMES.systemCoordinator, DEMO_USERNAMES.childCoordinator]) {
    const { consentSubject } = await (await server().signIn(username)).data(QUERY, { p: emil.id });
    expect(consentSubject.person).toEqual({ id: emil.id, name: 'Emil Dahl' });
    expect(consentSubject.guardians.map((g: { name: string }) => g.name).sort()).toEqual(['Mona Dahl', 'Stian Dahl']);
  }
  expect((await (await server().signIn(DEMO_USERNAMES.teacher)).gql(QUERY, { p: emil.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
