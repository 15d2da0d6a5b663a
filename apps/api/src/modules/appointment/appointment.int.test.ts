// Appointing the coordinator after a grant, over HTTP against a real database: KE appoints or
// leaves it to a unit leader, the wish is weighed, the child coordinator rule, declines with their
// change forms, the start-up meeting, the caseload's new entries, the citizen's coordinator.
import { randomUUID } from 'node:crypto';
import { DEMO_MUNICIPALITY, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makeCase as makeDecidedCase, type CaseOptions } from '../../test-support/cases';
import { countStatements } from '../../test-support/statements';
import { asDate, dayFromToday } from '../../test-support/dates';
import { TEST_DATABASE, useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const day = dayFromToday;

let municipalityId: string;
const units = {} as Record<'homeCare' | 'mentalHealth' | 'childHealth', string>;
const users = {} as Record<'kari' | 'ola' | 'nina' | 'ingrid' | 'jonas' | 'lars' | 'gp', string>;
const clients = {} as Record<'ke' | 'ola' | 'nina' | 'ingrid' | 'lars', ApiClient>;

beforeAll(async () => {
  const municipality = await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } });
  municipalityId = municipality.id;
  for (const [key, name] of [
    ['homeCare', DEMO_UNITS.homeCare],
    ['mentalHealth', DEMO_UNITS.mentalHealth],
    ['childHealth', DEMO_UNITS.childHealth],
  ] as const) {
    units[key] = (await prisma().unit.findFirstOrThrow({ where: { name } })).id;
  }
  for (const [key, username] of [
    ['kari', DEMO_USERNAMES.systemCoordinator],
    ['ola', DEMO_USERNAMES.unitLeader],
    ['nina', DEMO_USERNAMES.leaderAndCoordinator],
    ['ingrid', DEMO_USERNAMES.coordinator],
    ['jonas', DEMO_USERNAMES.childCoordinator],
    ['lars', DEMO_USERNAMES.mentalHealthCoordinator],
    ['gp', DEMO_USERNAMES.gp],
  ] as const) {
    users[key] = (await prisma().user.findUniqueOrThrow({ where: { username } })).id;
  }
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ola = await server().signIn(DEMO_USERNAMES.unitLeader);
  clients.nina = await server().signIn(DEMO_USERNAMES.leaderAndCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
});

const makeCase = (options: CaseOptions = {}) => makeDecidedCase(prisma(), { lastName: 'Oppnevning', ...options });

const APPOINT = `mutation ($referralId: ID!, $input: AppointCoordinatorInput!) {
  appointCoordinator(referralId: $referralId, input: $input) {
    id isChildCoordinator startDate personWish wishFollowed wishDeviationReason
    coordinator { name title phone email } unit { name } appointedBy { name }
  }
}`;
const DELEGATE = `mutation ($referralId: ID!, $unitId: ID!, $note: String) {
  delegateAppointment(referralId: $referralId, unitId: $unitId, note: $note) { id note completedAt unit { name } }
}`;
const DECLINE = `mutation ($referralId: ID!, $kind: ChangeFormKind!, $reason: String, $effectiveDate: LocalDate!) {
  registerDecline(referralId: $referralId, kind: $kind, reason: $reason, effectiveDate: $effectiveDate) { id kind reason effectiveDate registeredAt }
}`;
const STARTUP = `mutation ($referralId: ID!, $startsAt: DateTimeISO!, $location: String) {
  planStartupMeeting(referralId: $referralId, startsAt: $startsAt, location: $location) { id startsAt location }
}`;
const CASE = `query ($id: ID!) {
  referral(id: $id) {
    id status closedAt
    appointmentGrants { grantsCoordinator grantsChildCoordinator grantsIndividualPlan }
    assignments { id endDate endReason isChildCoordinator wishFollowed wishDeviationReason personWish coordinator { name } unit { name } appointedBy { name } }
    delegations { id note completedAt unit { name } requestedBy { name } }
    startupMeeting { startsAt location }
    delegableUnits { name }
  }
}`;
const CANDIDATES = `query ($referralId: ID!, $unitId: ID) {
  coordinatorCandidates(referralId: $referralId, unitId: $unitId) { id name title unit { id name } caseload hasTraining matchesWish }
}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  coordinatorId: users.ingrid,
  unitId: units.homeCare,
  isChildCoordinator: false,
  startDate: day(0),
  ...overrides,
});

const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;
const fieldsOf = (result: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; message: string }> } }> }) =>
  result.errors?.[0]?.extensions?.fields;

const historyOf = (referralId: string) =>
  prisma().historyEntry.findMany({ where: { referralId }, orderBy: { id: 'asc' }, select: { entity: true, action: true, actorRole: true, after: true } });

describe(`appointing (${TEST_DATABASE})`, () => {
  it('needs a decision in force that grants a coordinator', async () => {
    for (const grants of ['denied', 'none', { plan: true }] as const) {
      const { referralId } = await makeCase({ grants });
      expect(codeOf(await clients.ke.gql(APPOINT, { referralId, input: input() }))).toBe('CONFLICT');
      const delegated = await clients.ke.gql(DELEGATE, { referralId, unitId: units.homeCare });
      expect(codeOf(delegated)).toBe('CONFLICT');
      expect(delegated.errors?.[0]?.message).toBe('Saken har ikke et vedtak i kraft som gir rett til koordinator.');
      expect(await prisma().coordinatorAssignment.count({ where: { decision: { referralId } } })).toBe(0);
      expect(await prisma().appointmentDelegation.count({ where: { referralId } })).toBe(0);
    }
  });

  it('KE appoints the wished coordinator; the case shows who, from where, and that the wish was followed', async () => {
    const { referralId, personId } = await makeCase({ wishedCoordinator: 'ingrid solberg' });
    const { appointCoordinator } = await clients.ke.data(APPOINT, { referralId, input: input() });
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'appointment.appoint', actorId: users.kari } })).toBe(1);
    expect(appointCoordinator).toMatchObject({
      isChildCoordinator: false,
      startDate: day(0),
      personWish: 'ingrid solberg',
      wishFollowed: true,
      wishDeviationReason: null,
      coordinator: { name: 'Ingrid Solberg' },
      unit: { name: DEMO_UNITS.homeCare },
      appointedBy: { name: 'Kari Nordmann-Berg' },
    });
    expect(appointCoordinator.coordinator.email).toMatch(/@/);
    const { referral } = await clients.ke.data(CASE, { id: referralId });
    expect(referral.assignments).toEqual([expect.objectContaining({ id: appointCoordinator.id, wishFollowed: true, coordinator: { name: 'Ingrid Solberg' } })]);
    expect(await historyOf(referralId)).toEqual([
      expect.objectContaining({ entity: 'CoordinatorAssignment', action: 'appointment.appointed', actorRole: 'SYSTEM_COORDINATOR' }),
    ]);

    const again = await clients.ke.gql(APPOINT, { referralId, input: input({ coordinatorId: users.lars, unitId: units.mentalHealth }) });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('Personen har allerede fått koordinator etter dette vedtaket.');
    expect(await prisma().coordinatorAssignment.count({ where: { decision: { referralId } } })).toBe(1);
  });

  it('of two appointments at once, one goes through and the other gets CONFLICT', async () => {
    const { referralId } = await makeCase();
    const results = await Promise.all([
      clients.ke.gql(APPOINT, { referralId, input: input() }),
      clients.ke.gql(APPOINT, { referralId, input: input({ coordinatorId: users.lars, unitId: units.mentalHealth }) }),
    ]);
    expect(results.map((result) => codeOf(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await prisma().coordinatorAssignment.count({ where: { decision: { referralId } } })).toBe(1);
  });

  it('choosing someone other than the wished coordinator needs a reason, which is kept on the case', async () => {
    const { referralId } = await makeCase({ wishedCoordinator: 'Ingrid Solberg' });
    const other = input({ coordinatorId: users.lars, unitId: units.mentalHealth });
    const missing = await clients.ke.gql(APPOINT, { referralId, input: other });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(missing)).toEqual([
      { field: 'wishDeviationReason', message: 'Personen ønsket en annen koordinator. Skriv hvorfor ønsket ikke blir fulgt.' },
    ]);
    const blank = await clients.ke.gql(APPOINT, { referralId, input: { ...other, wishDeviationReason: '   ' } });
    expect(fieldsOf(blank)?.[0]?.field).toBe('wishDeviationReason');
    expect(await prisma().coordinatorAssignment.count({ where: { decision: { referralId } } })).toBe(0);

    const reason = 'Ingrid har ikke kapasitet; Lars kjenner familien fra psykisk helse.';
    const { appointCoordinator } = await clients.ke.data(APPOINT, { referralId, input: { ...other, wishDeviationReason: reason } });
    expect(appointCoordinator).toMatchObject({ wishFollowed: false, wishDeviationReason: reason, personWish: 'Ingrid Solberg' });
    const { referral } = await clients.ke.data(CASE, { id: referralId });
    expect(referral.assignments[0]).toMatchObject({ wishFollowed: false, wishDeviationReason: reason });
  });

  it('a wished unit is followed by a coordinator from it; without a wish nothing is asked', async () => {
    const byUnit = await makeCase({ wishedUnitId: units.homeCare });
    const { appointCoordinator } = await clients.ke.data(APPOINT, { referralId: byUnit.referralId, input: input() });
    expect(appointCoordinator).toMatchObject({ wishFollowed: true, personWish: DEMO_UNITS.homeCare });
    const noWish = await makeCase();
    const { appointCoordinator: plain } = await clients.ke.data(APPOINT, { referralId: noWish.referralId, input: input() });
    expect(plain).toMatchObject({ wishFollowed: null, personWish: null });
  });

  it('the coordinator must be a municipal employee with the coordinator role in the unit', async () => {
    const { referralId } = await makeCase();
    const field = { field: 'coordinatorId', message: 'Velg en kommunalt ansatt med koordinatorrollen i virksomheten.' };
    // Ingrid is not in Psykisk helse og rus; Ola leads Hjemmetjenesten but is no coordinator; the GP is not municipal.
    for (const wrong of [
      input({ unitId: units.mentalHealth }),
      input({ coordinatorId: users.ola }),
      input({ coordinatorId: users.gp }),
    ]) {
      const result = await clients.ke.gql(APPOINT, { referralId, input: wrong });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
    }
    expect(await prisma().coordinatorAssignment.count({ where: { decision: { referralId } } })).toBe(0);
  });

  it('a child coordinator only for a child under 18 or unborn, and a child-coordinator grant needs one', async () => {
    const adult = await makeCase({ age: 30 });
    const refused = await clients.ke.gql(APPOINT, { referralId: adult.referralId, input: input({ isChildCoordinator: true }) });
    expect(fieldsOf(refused)).toEqual([
      { field: 'isChildCoordinator', message: 'Barnekoordinator kan bare oppnevnes for barn under 18 år, også før fødselen.' },
    ]);
    const english = await clients.ke.withLocale('en').gql(APPOINT, { referralId: adult.referralId, input: input({ isChildCoordinator: true }) });
    expect(fieldsOf(english)?.[0]?.message).toBe('A child coordinator can only be appointed for a child under 18, also before birth.');

    const child = await makeCase({ age: 10, grants: { childCoordinator: true, plan: true } });
    const jonas = { coordinatorId: users.jonas, unitId: units.childHealth };
    const notChild = await clients.ke.gql(APPOINT, { referralId: child.referralId, input: input(jonas) });
    expect(fieldsOf(notChild)?.[0]?.field).toBe('isChildCoordinator');
    const { appointCoordinator } = await clients.ke.data(APPOINT, { referralId: child.referralId, input: input({ ...jonas, isChildCoordinator: true }) });
    expect(appointCoordinator.isChildCoordinator).toBe(true);

    const unborn = await makeCase({ unborn: true, grants: { coordinator: true } });
    const { appointCoordinator: beforeBirth } = await clients.ke.data(APPOINT, {
      referralId: unborn.referralId,
      input: input({ ...jonas, isChildCoordinator: true }),
    });
    expect(beforeBirth.isChildCoordinator).toBe(true);
  });
});

describe(`leaving the appointment to a unit leader (${TEST_DATABASE})`, () => {
  it('KE asks the leader of Hjemmetjenesten; the leader sees the request and the case, appoints from the unit, and so reports back', async () => {
    const { referralId, personId } = await makeCase({ wishedCoordinator: 'Ingrid Solberg', age: 70 });
    expect(codeOf(await clients.ola.gql(CASE, { id: referralId }))).toBe('FORBIDDEN');

    const { delegateAppointment } = await clients.ke.data(DELEGATE, { referralId, unitId: units.homeCare, note: '  Haster litt.  ' });
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'appointment.delegate', actorId: users.kari } })).toBe(1);
    expect(delegateAppointment).toMatchObject({ note: 'Haster litt.', completedAt: null, unit: { name: DEMO_UNITS.homeCare } });
    const twice = await clients.ke.gql(DELEGATE, { referralId, unitId: units.mentalHealth });
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toBe('Saken er allerede overlatt til en virksomhetsleder som ikke har svart ennå.');

    const requests = `query { myAppointmentRequests {
      id note person { name age } grants { grantsCoordinator grantsIndividualPlan } wishedCoordinator wishedUnit { name }
      unit { name } requestedBy { name } referral { id journalNumber person { name } }
    } }`;
    const logged = () => prisma().accessLogEntry.count({ where: { personId, action: 'appointment.requests', actorId: users.ola } });
    const before = await logged();
    const { myAppointmentRequests } = await clients.ola.data(requests);
    expect(await logged()).toBe(before + 1);
    const mine = myAppointmentRequests.find((r: { id: string }) => r.id === delegateAppointment.id);
    expect(mine).toMatchObject({
      note: 'Haster litt.',
      person: { name: expect.stringMatching(/Oppnevning$/), age: 70 },
      grants: { grantsCoordinator: true, grantsIndividualPlan: true },
      wishedCoordinator: 'Ingrid Solberg',
      unit: { name: DEMO_UNITS.homeCare },
      requestedBy: { name: 'Kari Nordmann-Berg' },
      referral: { id: referralId },
    });
    // Oldest first: the demo's request (two days old) comes before this one.
    expect(myAppointmentRequests.at(-1).id).toBe(delegateAppointment.id);
    expect(myAppointmentRequests[0].person.name).toBe('Gunnar Strøm');
    // Nina leads another unit: none of these are hers.
    expect((await clients.nina.data('query { myAppointmentRequests { id } }')).myAppointmentRequests).toEqual([]);

    // The case page works for the leader, as far as appointing needs.
    const { referral } = await clients.ola.data(CASE, { id: referralId });
    expect(referral.delegations).toHaveLength(1);
    expect(referral.delegableUnits).toEqual([]);

    const { coordinatorCandidates } = await clients.ola.data(CANDIDATES, { referralId });
    expect(coordinatorCandidates.map((c: { unit: { name: string } }) => c.unit.name)).toEqual([DEMO_UNITS.homeCare]);
    expect(coordinatorCandidates[0]).toMatchObject({ name: 'Ingrid Solberg', matchesWish: true, hasTraining: true });
    expect(codeOf(await clients.ola.gql(CANDIDATES, { referralId, unitId: units.mentalHealth }))).toBe('FORBIDDEN');

    const otherUnit = await clients.ola.gql(APPOINT, { referralId, input: input({ coordinatorId: users.lars, unitId: units.mentalHealth, wishDeviationReason: 'x' }) });
    expect(fieldsOf(otherUnit)).toEqual([
      { field: 'unitId', message: 'Du kan bare oppnevne en koordinator fra virksomheten saken er overlatt til.' },
    ]);
    expect(codeOf(await clients.nina.gql(APPOINT, { referralId, input: input() }))).toBe('FORBIDDEN');

    const { appointCoordinator } = await clients.ola.data(APPOINT, { referralId, input: input() });
    expect(appointCoordinator).toMatchObject({ appointedBy: { name: 'Ola Fjeld' }, wishFollowed: true });
    const stored = await prisma().appointmentDelegation.findUniqueOrThrow({ where: { id: delegateAppointment.id } });
    expect(stored.assignmentId).toBe(appointCoordinator.id);
    expect(stored.completedAt).not.toBeNull();
    expect(stored.version).toBe(2);
    const after = await clients.ke.data(CASE, { id: referralId });
    expect(after.referral.delegations[0].completedAt).not.toBeNull();
    const open = (await clients.ola.data('query { myAppointmentRequests { id } }')).myAppointmentRequests;
    expect(open.map((r: { id: string }) => r.id)).not.toContain(delegateAppointment.id);

    expect((await historyOf(referralId)).map((h) => [h.entity, h.action, h.actorRole])).toEqual([
      ['AppointmentDelegation', 'appointment.delegated', 'SYSTEM_COORDINATOR'],
      ['CoordinatorAssignment', 'appointment.appointed', 'UNIT_LEADER'],
      ['AppointmentDelegation', 'appointment.delegationCompleted', 'UNIT_LEADER'],
    ]);
  });

  it('a unit leader may not appoint in a case not left to them', async () => {
    const { referralId } = await makeCase();
    expect(codeOf(await clients.ola.gql(APPOINT, { referralId, input: input() }))).toBe('FORBIDDEN');
    expect(codeOf(await clients.ola.gql(CANDIDATES, { referralId }))).toBe('FORBIDDEN');
    // Left to Psykisk helse og rus: still not Ola's.
    await clients.ke.data(DELEGATE, { referralId, unitId: units.mentalHealth });
    expect(codeOf(await clients.ola.gql(APPOINT, { referralId, input: input() }))).toBe('FORBIDDEN');
    expect(await prisma().coordinatorAssignment.count({ where: { decision: { referralId } } })).toBe(0);
  });

  it('the unit must have a leader; KE is offered the units that have one', async () => {
    const { referralId } = await makeCase();
    const leaderless = await prisma().unit.create({ data: { municipalityId, name: `Uten leder ${randomUUID()}`, kind: 'OTHER' } });
    const result = await clients.ke.gql(DELEGATE, { referralId, unitId: leaderless.id });
    expect(fieldsOf(result)).toEqual([{ field: 'unitId', message: 'Virksomheten har ingen leder som kan oppnevne koordinator.' }]);
    const { referral } = await clients.ke.data(CASE, { id: referralId });
    const names = referral.delegableUnits.map((u: { name: string }) => u.name);
    expect(names).toContain(DEMO_UNITS.homeCare);
    expect(names).not.toContain(leaderless.name);
  });
});

describe(`candidates (${TEST_DATABASE})`, () => {
  it('lists the coordinators of a unit with caseload, training and the wish; KE may ask for every unit', async () => {
    const { referralId } = await makeCase({ wishedUnitId: units.childHealth });
    const { coordinatorCandidates } = await clients.ke.data(CANDIDATES, { referralId, unitId: units.mentalHealth });
    expect(coordinatorCandidates.map((c: { name: string }) => c.name).sort()).toEqual(['Lars Brekke', 'Nina Haugen']);
    const lars = coordinatorCandidates.find((c: { name: string }) => c.name === 'Lars Brekke');
    const larsCaseload = await prisma().coordinatorAssignment.count({
      where: { coordinatorId: users.lars, startDate: { lte: asDate(day(0)) }, OR: [{ endDate: null }, { endDate: { gte: asDate(day(0)) } }] },
    });
    expect(lars).toMatchObject({ caseload: larsCaseload, matchesWish: false });
    const all = (await clients.ke.data(CANDIDATES, { referralId })).coordinatorCandidates;
    expect(new Set(all.map((c: { unit: { name: string } }) => c.unit.name))).toEqual(
      new Set([DEMO_UNITS.homeCare, DEMO_UNITS.mentalHealth, DEMO_UNITS.childHealth, DEMO_UNITS.disability, DEMO_UNITS.nav]),
    );
    // The wished unit's coordinators first.
    expect(all[0]).toMatchObject({ name: 'Jonas Lie', matchesWish: true });
  });

  it('sends as many statements for many candidates as for one', async () => {
    const unit = await prisma().unit.create({ data: { municipalityId, name: `Tellerenhet ${randomUUID()}`, kind: 'OTHER' } });
    const { referralId, personId } = await makeCase();
    const addCoordinators = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const user = await prisma().user.create({
          data: { municipalityId, username: `teller.${randomUUID()}`, name: `Teller ${i}`, kind: 'STAFF', roles: ['COORDINATOR'], employer: 'MUNICIPALITY' },
        });
        await prisma().staffUnit.create({ data: { municipalityId, userId: user.id, unitId: unit.id } });
        await prisma().coordinatorAssignment.create({ data: { municipalityId, personId, coordinatorId: user.id, unitId: unit.id, startDate: asDate(day(-3)) } });
        await prisma().competenceRecord.create({
          data: { municipalityId, unitId: unit.id, coordinatorId: user.id, trainingNeed: 'Grunnopplæring', notifiedAt: asDate(day(-40)), trainingGivenAt: asDate(day(-10)) },
        });
      }
    };
    await addCoordinators(1);
    const count = async () => {
      const result = await countStatements<{ coordinatorCandidates: Array<{ caseload: number; hasTraining: boolean }> }>(server(), clients.ke.cookie, CANDIDATES, {
        referralId,
        unitId: unit.id,
      });
      expect(result.response.errors).toBeUndefined();
      return result;
    };
    const one = await count();
    expect(one.response.data?.coordinatorCandidates).toEqual([expect.objectContaining({ caseload: 1, hasTraining: true })]);
    await addCoordinators(24);
    const many = await count();
    expect(many.response.data?.coordinatorCandidates).toHaveLength(25);
    expect(many.count).toBe(one.count);
    // The policy's lookup of the case, the case, the candidates, the access log.
    expect(one.count).toBeLessThanOrEqual(5);
  });
});

describe(`declines (${TEST_DATABASE})`, () => {
  async function appointedWithDraft(options: CaseOptions = {}) {
    const made = await makeCase(options);
    const { appointCoordinator } = await clients.ke.data(APPOINT, { referralId: made.referralId, input: input({ startDate: day(-5) }) });
    const plan = await prisma().individualPlan.create({ data: { municipalityId, personId: made.personId, status: 'DRAFT' } });
    return { ...made, assignmentId: appointCoordinator.id as string, planId: plan.id };
  }
  const PERSON = 'query ($personId: ID!) { person(personId: $personId) { planState coordinators { name } } }';

  it('declining the coordinator ends the assignment, closes the draft plan first and closes the case', async () => {
    const { referralId, personId, assignmentId, planId } = await appointedWithDraft();
    const early = await clients.ke.gql(DECLINE, { referralId, kind: 'DECLINED_COORDINATOR', effectiveDate: day(-6) });
    expect(fieldsOf(early)).toEqual([{ field: 'effectiveDate', message: 'Datoen kan ikke være før koordinatoren begynte.' }]);

    const { registerDecline } = await clients.ke.data(DECLINE, { referralId, kind: 'DECLINED_COORDINATOR', reason: 'Ønsker ikke koordinator nå.', effectiveDate: day(0) });
    expect(registerDecline).toMatchObject({ kind: 'DECLINED_COORDINATOR', effectiveDate: day(0), reason: 'Ønsker ikke koordinator nå.' });
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'changeForm.decline', actorId: users.kari } })).toBe(1);
    expect(registerDecline.registeredAt).not.toBeNull();
    const assignment = await prisma().coordinatorAssignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(assignment.endDate?.toISOString().slice(0, 10)).toBe(day(0));
    expect(assignment.endReason).toBe('Ønsker ikke koordinator nå.');
    const plan = await prisma().individualPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.status).toBe('CLOSED');
    const form = await prisma().changeForm.findUniqueOrThrow({ where: { id: registerDecline.id } });
    expect(form).toMatchObject({ fromAssignmentId: assignmentId, planId, submittedById: users.kari, registeredById: users.kari });
    const { referral } = await clients.ke.data(CASE, { id: referralId });
    expect(referral.status).toBe('CLOSED');
    expect(referral.closedAt).not.toBeNull();
    // The coordinator is in force until the end of the effective day and sees why there is no plan.
    expect((await clients.ingrid.data(PERSON, { personId })).person.planState).toBe('COORDINATOR_DECLINED');

    expect((await historyOf(referralId)).slice(1).map((h) => [h.entity, h.action])).toEqual([
      ['ChangeForm', 'changeForm.declined'],
      ['IndividualPlan', 'plan.closed'],
      ['CoordinatorAssignment', 'appointment.ended'],
      ['Referral', 'referral.closed'],
    ]);
    const closed = await clients.ke.gql(APPOINT, { referralId, input: input() });
    expect(closed.errors?.[0]?.message).toBe('Saken er avsluttet.');
    expect(codeOf(await clients.ke.gql(DECLINE, { referralId, kind: 'DECLINED_COORDINATOR', effectiveDate: day(0) }))).toBe('CONFLICT');
  });

  it('the coordinator registers that the person declines the plan: the plan closes, the coordinator goes on, KE registers later', async () => {
    const { referralId, personId, assignmentId, planId } = await appointedWithDraft();
    const wrongKind = await clients.ingrid.gql(DECLINE, { referralId, kind: 'CHANGE_OF_COORDINATOR', effectiveDate: day(0) });
    expect(fieldsOf(wrongKind)).toEqual([
      { field: 'kind', message: 'Velg om personen takker nei til koordinator eller til individuell plan.' },
    ]);
    // Lars is not the person's coordinator.
    expect(codeOf(await clients.lars.gql(DECLINE, { referralId, kind: 'DECLINED_INDIVIDUAL_PLAN', effectiveDate: day(0) }))).toBe('FORBIDDEN');

    const { registerDecline } = await clients.ingrid.data(DECLINE, { referralId, kind: 'DECLINED_INDIVIDUAL_PLAN', effectiveDate: day(0) });
    expect(registerDecline.registeredAt).toBeNull();
    const form = await prisma().changeForm.findUniqueOrThrow({ where: { id: registerDecline.id } });
    expect(form).toMatchObject({ submittedById: users.ingrid, registeredById: null, planId, fromAssignmentId: assignmentId });
    const plan = await prisma().individualPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ status: 'CLOSED', closedReason: 'Personen takket nei til individuell plan.' });
    expect((await prisma().coordinatorAssignment.findUniqueOrThrow({ where: { id: assignmentId } })).endDate).toBeNull();
    expect((await clients.ke.data(CASE, { id: referralId })).referral.status).toBe('DECIDED');
    expect((await clients.ingrid.data(PERSON, { personId })).person).toEqual({ planState: 'DECLINED', coordinators: [{ name: 'Ingrid Solberg' }] });
    const history = await historyOf(referralId);
    expect(history.at(-2)).toMatchObject({ entity: 'ChangeForm', action: 'changeForm.declined', actorRole: 'COORDINATOR' });
    expect(history.at(-1)).toMatchObject({ entity: 'IndividualPlan', action: 'plan.closed' });

    // KE registers the coordinator's form, once; the case shows it.
    const REGISTER = 'mutation ($changeFormId: ID!) { registerChangeForm(changeFormId: $changeFormId) { id registeredAt } }';
    expect(codeOf(await clients.ingrid.gql(REGISTER, { changeFormId: registerDecline.id }))).toBe('FORBIDDEN');
    const { registerChangeForm } = await clients.ke.data(REGISTER, { changeFormId: registerDecline.id });
    expect(registerChangeForm.registeredAt).not.toBeNull();
    expect((await prisma().changeForm.findUniqueOrThrow({ where: { id: registerDecline.id } })).registeredById).toBe(users.kari);
    const again = await clients.ke.gql(REGISTER, { changeFormId: registerDecline.id });
    expect(again.errors?.[0]?.message).toBe('Endringsskjemaet er allerede registrert.');
    expect((await historyOf(referralId)).at(-1)).toMatchObject({ entity: 'ChangeForm', action: 'changeForm.registered', actorRole: 'SYSTEM_COORDINATOR' });
    const { referral } = await clients.ke.data('query ($id: ID!) { referral(id: $id) { declines { kind registeredAt submittedBy { name } } } }', { id: referralId });
    expect(referral.declines).toEqual([{ kind: 'DECLINED_INDIVIDUAL_PLAN', registeredAt: registerChangeForm.registeredAt, submittedBy: { name: 'Ingrid Solberg' } }]);
  });

  it('a plan can be declined only when the decision grants one', async () => {
    const { referralId } = await makeCase({ grants: { coordinator: true } });
    const result = await clients.ke.gql(DECLINE, { referralId, kind: 'DECLINED_INDIVIDUAL_PLAN', effectiveDate: day(0) });
    expect(result.errors?.[0]?.message).toBe('Vedtaket i saken gir ikke rett til individuell plan.');
    expect(await prisma().changeForm.count({ where: { person: { referrals: { some: { id: referralId } } } } })).toBe(0);
  });
});

describe(`the start-up meeting (${TEST_DATABASE})`, () => {
  it('is planned in the future by KE or the coordinator, and shown on the case', async () => {
    const { referralId, personId } = await makeCase();
    const past = await clients.ke.gql(STARTUP, { referralId, startsAt: new Date(Date.now() - 60_000).toISOString() });
    expect(fieldsOf(past)).toEqual([{ field: 'startsAt', message: 'Oppstartsmøtet må være fram i tid.' }]);
    expect(codeOf(await clients.ingrid.gql(STARTUP, { referralId, startsAt: `${day(3)}T09:00:00.000Z` }))).toBe('FORBIDDEN');

    const startsAt = `${day(7)}T09:00:00.000Z`;
    const { planStartupMeeting } = await clients.ke.data(STARTUP, { referralId, startsAt, location: ' Rådhuset, møterom 2 ' });
    expect(planStartupMeeting).toMatchObject({ startsAt, location: 'Rådhuset, møterom 2' });
    const meeting = await prisma().meeting.findUniqueOrThrow({ where: { id: planStartupMeeting.id } });
    expect(meeting).toMatchObject({ type: 'STARTUP', status: 'PLANNED', createdById: users.kari });
    // The refused and the invalid attempt wrote no read; the planned meeting did.
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'meeting.planStartup', actorId: users.kari, denied: false } })).toBe(1);
    expect((await clients.ke.data(CASE, { id: referralId })).referral.startupMeeting).toEqual({ startsAt, location: 'Rådhuset, møterom 2' });

    await clients.ke.data(APPOINT, { referralId, input: input() });
    const later = `${day(9)}T10:00:00.000Z`;
    await clients.ingrid.data(STARTUP, { referralId, startsAt: later });
    expect((await clients.ke.data(CASE, { id: referralId })).referral.startupMeeting.startsAt).toBe(later);
    expect((await historyOf(referralId)).filter((h) => h.action === 'meeting.startupPlanned').map((h) => h.actorRole)).toEqual([
      'SYSTEM_COORDINATOR',
      'COORDINATOR',
    ]);
  });
});

describe(`what the coordinator and the person see (${TEST_DATABASE})`, () => {
  it('the caseload puts assignments of the last 14 days first, newest first, marked new', async () => {
    const username = `ny.koordinator.${randomUUID()}`;
    const coordinator = await prisma().user.create({
      data: { municipalityId, username, name: 'Ny Koordinator', kind: 'STAFF', roles: ['COORDINATOR'], employer: 'MUNICIPALITY' },
    });
    await prisma().staffUnit.create({ data: { municipalityId, userId: coordinator.id, unitId: units.homeCare } });
    const starts: Array<[string, number]> = [['Aase', -30], ['Berit', -3], ['Carl', -13], ['Ada', -14], ['Dina', 0]];
    for (const [firstName, startDay] of starts) {
      const person = await prisma().person.create({ data: { municipalityId, firstName, lastName: 'Kø', dateOfBirth: asDate('1970-05-05') } });
      await prisma().coordinatorAssignment.create({
        data: { municipalityId, personId: person.id, coordinatorId: coordinator.id, unitId: units.homeCare, startDate: asDate(day(startDay)) },
      });
    }
    const client = await server().signIn(username);
    const { myCaseload } = await client.data('query { myCaseload { isNew person { firstName } } }');
    expect(myCaseload.map((e: { person: { firstName: string }; isNew: boolean }) => [e.person.firstName, e.isNew])).toEqual([
      ['Dina', true],
      ['Berit', true],
      ['Carl', true],
      // By name in Norwegian order: "Aa" is "Å", last.
      ['Ada', false],
      ['Aase', false],
    ]);
  });

  it('the citizen sees who their coordinator is and how to reach them, without a plan', async () => {
    const { referralId, personId } = await makeCase();
    await clients.ke.data(APPOINT, { referralId, input: input() });
    const username = `borger.${randomUUID()}`;
    await prisma().user.create({ data: { municipalityId, username, name: 'Test Borger', kind: 'CITIZEN', roles: ['CITIZEN'], personId } });
    const citizen = await server().signIn(username);
    expect((await citizen.data('query ($personId: ID!) { plan(personId: $personId) { id } }', { personId })).plan).toBeNull();
    const { person } = await citizen.data(
      'query ($personId: ID!) { person(personId: $personId) { planState coordinators { name title phone email unitName since isChildCoordinator } } }',
      { personId },
    );
    const ingrid = await prisma().user.findUniqueOrThrow({ where: { id: users.ingrid } });
    expect(person).toEqual({
      planState: 'NOT_STARTED',
      coordinators: [
        { name: 'Ingrid Solberg', title: ingrid.title, phone: ingrid.phone, email: ingrid.email, unitName: DEMO_UNITS.homeCare, since: day(0), isChildCoordinator: false },
      ],
    });
  });
});
