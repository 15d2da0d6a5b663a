// The domain's invariants held by the database itself (migration SQL), on PGlite and PostgreSQL.
// Each is also mapped to a clear message (graphql/errors.ts fromDatabaseError).
import { osloDate, osloToday } from '@samhandling/shared';
import type { Prisma } from '../generated/prisma/client';
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

/** Written consent to a responsibility group, given after the person was told all three things. */
const writtenGroupConsent = (personId: string) =>
  db.consent.create({
    data: {
      municipalityId,
      personId,
      scope: 'RESPONSIBILITY_GROUP',
      form: 'WRITTEN',
      givenAt: new Date(),
      informedOfComposition: true,
      informedOfWayOfWorking: true,
      informedOfInformationExchange: true,
    },
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
  const consent = await writtenGroupConsent(henrik.id);
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
  const proper = await writtenGroupConsent(sigrid.id);
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

it("a measure's goal and responsible participant belong to its own plan; a measure may wait for its responsible", async () => {
  const [plan, other] = await db.individualPlan.findMany({ where: { status: 'ACTIVE' }, take: 2 });
  const otherGoal = await db.goal.findFirstOrThrow({ where: { planId: other!.id } });
  const otherParticipant = await db.planParticipant.findFirstOrThrow({ where: { planId: other!.id } });
  expect(await messageKeyOf(db.measure.create({ data: { municipalityId, planId: plan!.id, goalId: otherGoal.id, description: 'Feil mål' } }))).toBe(
    'plan.error.goalInOtherPlan',
  );
  expect(
    await messageKeyOf(db.measure.create({ data: { municipalityId, planId: plan!.id, responsibleParticipantId: otherParticipant.id, description: 'Feil deltaker' } })),
  ).toBe('plan.error.participantInOtherPlan');
  // The editor saves a measure as it is written; the legal-content check names one without a responsible.
  const measure = await db.measure.create({ data: { municipalityId, planId: plan!.id, description: 'Ansvarlig avtales' } });
  expect(measure.id).toBeDefined();
});

it('a short-term goal serves a long-term goal of the same plan', async () => {
  const plan = await db.individualPlan.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  const short = await db.goal.create({ data: { municipalityId, planId: plan.id, kind: 'SHORT_TERM', description: 'Kort' } });
  expect(
    await messageKeyOf(db.goal.create({ data: { municipalityId, planId: plan.id, kind: 'SHORT_TERM', description: 'Under kort', parentGoalId: short.id } })),
  ).toBe('plan.error.parentGoal');
});

it('a sub-plan has one owner, a unit or a named person; a held evaluation and a reviewed transition name who', async () => {
  const plan = await db.individualPlan.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  const unit = await db.unit.findFirstOrThrow();
  const subPlan = { municipalityId, planId: plan.id, kind: 'CRISIS_PLAN' as const, title: 'Kriseplan' };
  expect(await messageKeyOf(db.subPlan.create({ data: subPlan }))).toBe('plan.error.subPlanOwner');
  expect(await messageKeyOf(db.subPlan.create({ data: { ...subPlan, ownerUnitId: unit.id, ownerName: 'Per Aasen' } }))).toBe('plan.error.subPlanOwner');
  expect(await messageKeyOf(db.subPlan.create({ data: { ...subPlan, ownerName: 'Per Aasen' } }))).toBe('no error');
  const evaluation = { municipalityId, planId: plan.id, scheduledFor: new Date() };
  expect(await messageKeyOf(db.evaluation.create({ data: { ...evaluation, heldAt: new Date() } }))).toBe('error.constraint');
  const transition = { municipalityId, planId: plan.id, kind: 'WORK' as const, date: new Date() };
  expect(await messageKeyOf(db.planTransition.create({ data: { ...transition, reviewedAt: new Date() } }))).toBe('error.constraint');
  expect(await messageKeyOf(db.planTransition.create({ data: transition }))).toBe('no error');
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

describe('today in the database is the date in Oslo, as in the app', () => {
  it('oslo_date() gives the date in Oslo of an instant, around midnight in winter and summer', async () => {
    const instants = [
      '2026-11-23T22:59:59.999Z',
      '2026-11-23T23:00:00.000Z',
      '2026-11-23T23:30:00.000Z',
      '2026-07-01T21:59:59.999Z',
      '2026-07-01T22:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-10-25T22:59:00.000Z',
      '2026-10-25T23:00:00.000Z',
      '2026-12-31T23:00:00.000Z',
    ];
    const rows = await db.$queryRaw<Array<{ day: string }>>`
      SELECT to_char(oslo_date(t.instant), 'YYYY-MM-DD') AS day
      FROM unnest(${instants}::timestamptz[]) WITH ORDINALITY AS t(instant, n) ORDER BY t.n`;
    const days = rows.map((row) => row.day);
    expect(days).toEqual(instants.map((instant) => osloDate(new Date(instant))));
    expect(days.slice(0, 5)).toEqual(['2026-11-23', '2026-11-24', '2026-11-24', '2026-07-01', '2026-07-02']);
  });

  it('oslo_today() is today in Oslo as the app computes it', async () => {
    const before = osloToday();
    const [row] = await db.$queryRaw<Array<{ today: string }>>`SELECT to_char(oslo_today(), 'YYYY-MM-DD') AS today`;
    const after = osloToday();
    expect([before, after]).toContain(row!.today);
  });

  /**
   * Runs `work` in a transaction in which oslo_today() returns `day`, then rolls it back: the
   * triggers and defaults can then be seen to take today from oslo_today().
   */
  async function withOsloTodayAs<T>(day: string, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
    const rollback = new Error('rollback');
    let result: T | undefined;
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION oslo_today() RETURNS date AS $$ SELECT DATE '${day}' $$ LANGUAGE sql STABLE`);
        result = await work(tx);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    return result as T;
  }

  it('plans and groups need a coordinator in force on oslo_today(), first and last day included', async () => {
    const ola = await db.person.create({ data: { municipalityId, firstName: 'Ola', lastName: 'Grensedag', dateOfBirth: new Date('1970-06-01') } });
    const coordinator = await db.user.findUniqueOrThrow({ where: { username: 'ingrid.koordinator' } });
    await db.coordinatorAssignment.create({
      data: { municipalityId, personId: ola.id, coordinatorId: coordinator.id, startDate: new Date('2030-01-10'), endDate: new Date('2030-01-20') },
    });
    const consent = await writtenGroupConsent(ola.id);
    // The first statement to fail aborts its transaction: each check runs in a transaction of its own.
    const plan = (day: string) =>
      withOsloTodayAs(day, (tx) => messageKeyOf(tx.individualPlan.create({ data: { municipalityId, personId: ola.id, status: 'DRAFT' } })));
    const group = (day: string) =>
      withOsloTodayAs(day, (tx) =>
        messageKeyOf(tx.responsibilityGroup.create({ data: { municipalityId, personId: ola.id, consentId: consent.id, establishedAt: new Date() } })),
      );
    const outcomes: Record<string, Array<string | undefined>> = {};
    for (const day of ['2030-01-09', '2030-01-10', '2030-01-20', '2030-01-21']) outcomes[day] = [await plan(day), await group(day)];
    expect(outcomes).toEqual({
      '2030-01-09': ['error.planNeedsCoordinator', 'error.groupNeedsCoordinator'],
      '2030-01-10': ['no error', 'no error'],
      '2030-01-20': ['no error', 'no error'],
      '2030-01-21': ['error.planNeedsCoordinator', 'error.groupNeedsCoordinator'],
    });
    // Rolled back: outside those transactions today is today again.
    const [row] = await db.$queryRaw<Array<{ today: string }>>`SELECT to_char(oslo_today(), 'YYYY-MM-DD') AS today`;
    expect(row!.today).not.toBe('2030-01-21');
  });

  it('a group member joins on oslo_today() unless the day is given', async () => {
    const group = await db.responsibilityGroup.findFirstOrThrow({ where: { status: 'ACTIVE' } });
    const joinedAt = await withOsloTodayAs('2030-01-10', async (tx) => {
      const member = await tx.groupMember.create({ data: { municipalityId, groupId: group.id, externalName: 'Ny deltaker' } });
      return member.joinedAt.toISOString();
    });
    expect(joinedAt).toBe('2030-01-10T00:00:00.000Z');
  });
});
