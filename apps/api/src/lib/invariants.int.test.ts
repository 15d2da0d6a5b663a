// The domain's invariants held by the database itself (migration SQL), on PGlite and PostgreSQL.
// Each is also mapped to a clear message (graphql/errors.ts fromDatabaseError).
import { fromDatabaseError } from '../graphql/errors';
import type { Database } from './db';
import { useTestServer } from '../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();
let db: Database['prisma'];
let municipalityId: string;

const person = (firstName: string, lastName: string) => db.person.findFirstOrThrow({ where: { firstName, lastName } });

beforeAll(async () => {
  db = server().database.prisma;
  municipalityId = (await db.municipality.findFirstOrThrow()).id;
});


async function messageKeyOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) return 'no error';
  return fromDatabaseError(error)?.messageKey;
}

it('a person has at most one plan that is not closed', async () => {
  const sofie = await person('Sofie', 'Berg');
  expect(await messageKeyOf(db.individualPlan.create({ data: { municipalityId, personId: sofie.id, status: 'DRAFT' } }))).toBe(
    'error.onePlanPerPerson',
  );
});

it('no plan and no responsibility group without an active coordinator', async () => {
  const henrik = await person('Henrik', 'Larsen'); // declined the coordinator
  expect(await messageKeyOf(db.individualPlan.create({ data: { municipalityId, personId: henrik.id, status: 'DRAFT' } }))).toBe(
    'error.planNeedsCoordinator',
  );
  const consent = await db.consent.create({
    data: {
      municipalityId,
      personId: henrik.id,
      scope: 'RESPONSIBILITY_GROUP',
      form: 'WRITTEN',
      givenAt: new Date(),
      informedOfComposition: true,
      informedOfWayOfWorking: true,
      informedOfInformationExchange: true,
    },
  });
  expect(
    await messageKeyOf(
      db.responsibilityGroup.create({ data: { municipalityId, personId: henrik.id, consentId: consent.id, establishedAt: new Date() } }),
    ),
  ).toBe('error.groupNeedsCoordinator');
});

it('no responsibility group without written consent given after being informed', async () => {
  const sigrid = await person('Sigrid', 'Aune'); // has a coordinator, no group
  const oral = await db.consent.create({
    data: { municipalityId, personId: sigrid.id, scope: 'RESPONSIBILITY_GROUP', form: 'ORAL', givenAt: new Date(), informedOfComposition: true, informedOfWayOfWorking: true, informedOfInformationExchange: true },
  });
  expect(
    await messageKeyOf(db.responsibilityGroup.create({ data: { municipalityId, personId: sigrid.id, consentId: oral.id, establishedAt: new Date() } })),
  ).toBe('error.groupNeedsConsent');
  const uninformed = await db.consent.create({
    data: { municipalityId, personId: sigrid.id, scope: 'RESPONSIBILITY_GROUP', form: 'WRITTEN', givenAt: new Date(), informedOfComposition: true },
  });
  expect(
    await messageKeyOf(db.responsibilityGroup.create({ data: { municipalityId, personId: sigrid.id, consentId: uninformed.id, establishedAt: new Date() } })),
  ).toBe('error.groupNeedsConsent');
  const proper = await db.consent.create({
    data: { municipalityId, personId: sigrid.id, scope: 'RESPONSIBILITY_GROUP', form: 'WRITTEN', givenAt: new Date(), informedOfComposition: true, informedOfWayOfWorking: true, informedOfInformationExchange: true },
  });
  const group = await db.responsibilityGroup.create({ data: { municipalityId, personId: sigrid.id, consentId: proper.id, establishedAt: new Date() } });
  expect(group.status).toBe('ACTIVE');
});

it('a denial carries reasons and appeal information, and grants nothing', async () => {
  const hans = await person('Hans', 'Brekke');
  const decidedById = (await db.user.findFirstOrThrow({ where: { username: 'kari.ke' } })).id;
  const referral = await db.referral.create({
    data: { municipalityId, personId: hans.id, sourceKind: 'PERSON', sourceName: 'Hans Brekke', channel: 'ORAL', requested: 'BOTH', needDescription: 'Ny melding.', consentToRefer: false },
  });
  const base = { municipalityId, personId: hans.id, referralId: referral.id, decidedById, longTermNeed: false, coordinatedServices: false };
  expect(await messageKeyOf(db.decision.create({ data: { ...base, outcome: 'DENIED', reasons: 'Ikke langvarig behov.' } }))).toBe('error.constraint');
  expect(await messageKeyOf(db.decision.create({ data: { ...base, outcome: 'DENIED', reasons: 'x', appealInformation: 'y', grantsCoordinator: true } }))).toBe(
    'error.constraint',
  );
  expect(await messageKeyOf(db.decision.create({ data: { ...base, outcome: 'GRANTED' } }))).toBe('error.constraint');
  const ok = await db.decision.create({ data: { ...base, outcome: 'DENIED', reasons: 'Ikke langvarig behov.', appealInformation: 'Du kan klage innen tre uker.' } });
  expect(ok.outcome).toBe('DENIED');
});

it('a measure names who is responsible', async () => {
  const plan = await db.individualPlan.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  expect(await messageKeyOf(db.measure.create({ data: { municipalityId, planId: plan.id, description: 'Uten ansvarlig' } }))).toBe('error.constraint');
  const measure = await db.measure.create({ data: { municipalityId, planId: plan.id, description: 'Med ansvarlig', responsibleText: 'Personen selv' } });
  expect(measure.id).toBeDefined();
});

it('a person has a birth date or an expected birth date', async () => {
  expect(await messageKeyOf(db.person.create({ data: { municipalityId, firstName: 'Uten', lastName: 'Dato' } }))).toBe('error.constraint');
});

it('the access log is append-only', async () => {
  const actor = await db.user.findFirstOrThrow({ where: { username: 'kari.ke' } });
  const sofie = await person('Sofie', 'Berg');
  const entry = await db.accessLogEntry.create({ data: { municipalityId, actorId: actor.id, actorRole: 'SYSTEM_COORDINATOR', personId: sofie.id, action: 'test.read' } });
  await expect(db.accessLogEntry.update({ where: { id: entry.id }, data: { action: 'changed' } })).rejects.toThrow();
  await expect(db.accessLogEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
  expect((await db.accessLogEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe('test.read');
});

it('staff and citizen users hold matching roles', async () => {
  expect(
    await messageKeyOf(db.user.create({ data: { municipalityId, username: 'feil.rolle', name: 'Feil', kind: 'CITIZEN', roles: ['COORDINATOR'] } })),
  ).toBe('error.constraint');
});
