// Plan periods over HTTP: near the end of a period the coordinator continues the plan into a new
// one, and the plan cannot be edited until the person's consent to the new period is registered.
import { DEMO_MUNICIPALITY, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson } from '../../test-support/cases';
import { asDate, dayFromToday as day } from '../../test-support/dates';
import { useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;
let ingrid: ApiClient;
let municipalityId: string;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
});

/** An active plan with consent whose period ends in ten days. */
async function planEndingSoon(periodEnd: string | null = day(10)) {
  const personId = await makePlanPerson(prisma(), { lastName: 'Periode' });
  const consent = await prisma().consent.create({
    data: { municipalityId, personId, scope: 'INDIVIDUAL_PLAN', form: 'WRITTEN', givenAt: asDate(day(-355)), periodStart: asDate(day(-355)), periodEnd: periodEnd ? asDate(periodEnd) : null },
  });
  const plan = await prisma().individualPlan.create({
    data: { municipalityId, personId, status: 'ACTIVE', consentId: consent.id, periodStart: asDate(day(-355)), periodEnd: periodEnd ? asDate(periodEnd) : null },
  });
  return { personId, planId: plan.id };
}

const FIELDS = 'id version status periodStart periodEnd periodEndsInDays hasConsent awaitingConsent canEdit history(first: 5) { action }';
const CONTINUE = `mutation ($planId: ID!, $v: Int!, $end: LocalDate!) { continuePlanPeriod(planId: $planId, expectedVersion: $v, periodEnd: $end) { ${FIELDS} } }`;
const EDIT = 'mutation ($planId: ID!, $v: Int!) { updatePlanSections(planId: $planId, expectedVersion: $v, input: { situation: "Ny periode." }) { id version } }';
const CONSENT = `mutation ($planId: ID!, $on: LocalDate!) { registerPlanConsent(planId: $planId, input: { form: WRITTEN, givenAt: $on }) { ${FIELDS} } }`;

it('continuing starts the next period the day after, locks editing until the new consent, and the consent covers the new period', async () => {
  const { personId, planId } = await planEndingSoon();
  const before = (await ingrid.data(`query ($p: ID!) { plan(personId: $p) { ${FIELDS} } }`, { p: personId })).plan;
  expect(before).toMatchObject({ periodEndsInDays: 10, hasConsent: true, awaitingConsent: false, canEdit: true });

  const { continuePlanPeriod: continued } = await ingrid.data(CONTINUE, { planId, v: before.version, end: day(376) });
  expect(continued).toMatchObject({ periodStart: day(11), periodEnd: day(376), hasConsent: false, awaitingConsent: true, canEdit: false, status: 'ACTIVE' });
  expect(continued.history[0].action).toBe('plan.periodContinued');

  const locked = await ingrid.gql(EDIT, { planId, v: continued.version });
  expect(locked.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(locked.errors?.[0]?.message).toBe('Planen er videreført til en ny periode. Registrer samtykket til den nye perioden før planen kan endres.');
  // Continuing twice is refused too: the new period waits for its consent.
  expect((await ingrid.gql(CONTINUE, { planId, v: continued.version, end: day(800) })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

  const { registerPlanConsent: consented } = await ingrid.data(CONSENT, { planId, on: day(0) });
  expect(consented).toMatchObject({ hasConsent: true, awaitingConsent: false, canEdit: true });
  const consents = await prisma().consent.findMany({ where: { personId, scope: 'INDIVIDUAL_PLAN' }, orderBy: { givenAt: 'asc' } });
  expect(consents.map((c) => [c.periodStart?.toISOString().slice(0, 10), c.periodEnd?.toISOString().slice(0, 10)])).toEqual([
    [day(-355), day(10)],
    [day(11), day(376)],
  ]);
  expect((await ingrid.data(EDIT, { planId, v: consented.version })).updatePlanSections.id).toBe(planId);
  // With a consent to the period, registering another is refused.
  expect((await ingrid.gql(CONSENT, { planId, on: day(0) })).errors?.[0]?.message).toBe('Samtykket til planen er allerede registrert.');
});

it('refuses a new period that ends before it starts, a plan without an end, and a stale version', async () => {
  const { planId } = await planEndingSoon();
  const early = await ingrid.gql(CONTINUE, { planId, v: 1, end: day(10) });
  expect(early.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'periodEnd', message: 'Den nye perioden må slutte etter at den starter.' })]);
  expect((await ingrid.gql(CONTINUE, { planId, v: 7, end: day(400) })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const open = await planEndingSoon(null);
  expect((await ingrid.gql(CONTINUE, { planId: open.planId, v: 1, end: day(400) })).errors?.[0]?.message).toBe('Planen har ingen sluttdato for perioden. Sett en sluttdato først.');
  const untouched = await prisma().individualPlan.findUniqueOrThrow({ where: { id: planId } });
  expect(untouched).toMatchObject({ version: 1, awaitingConsentSince: null });
});
