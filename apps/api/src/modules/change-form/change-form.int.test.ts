// Change forms over HTTP against a real database: a change of coordinator with its overlap, the
// closings of the plan, the coordinator and the group with their rules, who may submit, and KE's
// list and registration.
import { DEMO_MUNICIPALITY, DEMO_UNITS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { makePlanPerson } from '../../test-support/cases';
import { asDate, dayFromToday as day } from '../../test-support/dates';
import { useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

let municipalityId: string;
const units = {} as Record<'homeCare' | 'disability' | 'mentalHealth', string>;
const users = {} as Record<'ingrid' | 'marte' | 'gp', string>;
const clients = {} as Record<'ke' | 'ola' | 'nina' | 'ingrid' | 'marte' | 'lars' | 'gp' | 'citizen', ApiClient>;

beforeAll(async () => {
  municipalityId = (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
  units.homeCare = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.homeCare } })).id;
  units.disability = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.disability } })).id;
  units.mentalHealth = (await prisma().unit.findFirstOrThrow({ where: { name: DEMO_UNITS.mentalHealth } })).id;
  users.ingrid = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } })).id;
  users.marte = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.disabilityCoordinator } })).id;
  users.gp = (await prisma().user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.gp } })).id;
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ola = await server().signIn(DEMO_USERNAMES.unitLeader);
  clients.nina = await server().signIn(DEMO_USERNAMES.leaderAndCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.marte = await server().signIn(DEMO_USERNAMES.disabilityCoordinator);
  clients.lars = await server().signIn(DEMO_USERNAMES.mentalHealthCoordinator);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
});

/** A person with Ingrid as coordinator since two days, an active plan and (optionally) a group with the GP in it. */
async function makePerson(options: { plan?: boolean; group?: boolean } = {}) {
  const personId = await makePlanPerson(prisma(), { lastName: 'Endring' });
  const plan =
    options.plan === false ? null : await prisma().individualPlan.create({ data: { municipalityId, personId, status: 'ACTIVE', periodStart: asDate(day(-2)) } });
  let groupId: string | null = null;
  if (options.group) {
    const consent = await prisma().consent.create({
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
    await prisma().consent.create({ data: { municipalityId, personId, scope: 'INFORMATION_EXCHANGE', form: 'WRITTEN', givenAt: new Date() } });
    const group = await prisma().responsibilityGroup.create({
      data: { municipalityId, personId, planId: plan?.id ?? null, consentId: consent.id, establishedAt: asDate(day(-1)) },
    });
    await prisma().groupMember.create({ data: { municipalityId, groupId: group.id, userId: users.gp, roleInGroup: 'Fastlege' } });
    groupId = group.id;
  }
  return { personId, planId: plan?.id ?? null, groupId };
}

const SUBMIT = `mutation ($input: SubmitChangeFormInput!) {
  submitChangeForm(input: $input) { id kind reason effectiveDate reportedBy reportedByName registeredAt submittedBy { name } person { id name } }
}`;
const SUBJECT = `query ($p: ID!) {
  changeFormSubject(personId: $p) {
    person { id } openPlanId openPlanStatus activeGroupId
    assignments { id coordinatorName unitName startDate endDate isViewer }
    forms { id kind registeredAt }
    candidates { id name unit { id name } }
  }
}`;
const PLAN = 'query ($p: ID!) { plan(personId: $p) { id canEdit coordinators { name since until } coordinatorHandover { fromName toName overlapUntil } history(first: 50) { action entity } } }';

const base = (personId: string) => ({ personId, reason: 'Ønsket av personen.', reportedBy: 'PERSON' });

describe('change of coordinator', () => {
  it('starts the new coordinator before the old one ends; both see the overlap and the plan history shows both', async () => {
    const { personId, planId } = await makePerson();
    const subject = (await clients.ingrid.data(SUBJECT, { p: personId })).changeFormSubject;
    expect(subject.openPlanId).toBe(planId);
    expect(subject.assignments).toEqual([expect.objectContaining({ coordinatorName: 'Ingrid Solberg', endDate: null, isViewer: true })]);
    expect(subject.candidates).toContainEqual(expect.objectContaining({ id: users.marte, unit: { id: units.disability, name: DEMO_UNITS.disability } }));

    const { submitChangeForm } = await clients.ingrid.data(SUBMIT, {
      input: {
        ...base(personId),
        kind: 'CHANGE_OF_COORDINATOR',
        effectiveDate: day(14),
        newCoordinatorId: users.marte,
        newUnitId: units.disability,
        newStartDate: day(0),
        reportedBy: 'COORDINATOR',
        reportedByName: '  ',
      },
    });
    expect(submitChangeForm).toMatchObject({ kind: 'CHANGE_OF_COORDINATOR', effectiveDate: day(14), reportedBy: 'COORDINATOR', reportedByName: null, registeredAt: null, submittedBy: { name: 'Ingrid Solberg' } });

    // Both coordinators read the plan during the overlap, and both see who hands over to whom.
    for (const client of [clients.ingrid, clients.marte]) {
      const { plan } = await client.data(PLAN, { p: personId });
      expect(plan.coordinators.map((c: { name: string }) => c.name).sort()).toEqual(['Ingrid Solberg', 'Marte Johansen']);
      expect(plan.coordinatorHandover).toEqual({ fromName: 'Ingrid Solberg', toName: 'Marte Johansen', overlapUntil: day(14) });
      const actions = plan.history.map((entry: { action: string }) => entry.action);
      expect(actions).toEqual(expect.arrayContaining(['changeForm.submitted', 'appointment.handedOver', 'appointment.ended']));
    }
    const assignments = await prisma().coordinatorAssignment.findMany({ where: { personId }, orderBy: { startDate: 'asc' } });
    expect(assignments.map((a) => [a.coordinatorId, a.unitId, a.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      [users.ingrid, units.homeCare, day(14)],
      [users.marte, units.disability, null],
    ]);

    // KE sees the form among those not registered, and registers it.
    const waiting = (await clients.ke.data('{ unregisteredChangeForms { id kind person { id } } }')).unregisteredChangeForms;
    expect(waiting).toContainEqual({ id: submitChangeForm.id, kind: 'CHANGE_OF_COORDINATOR', person: { id: personId } });
    await clients.ke.data('mutation ($id: ID!) { registerChangeForm(changeFormId: $id) { id registeredAt } }', { id: submitChangeForm.id });
    const after = (await clients.ke.data('{ unregisteredChangeForms { id } }')).unregisteredChangeForms;
    expect(after.map((f: { id: string }) => f.id)).not.toContain(submitChangeForm.id);
    // The person's access log names the submission.
    const logged = await prisma().accessLogEntry.count({ where: { personId, action: 'changeForm.submit', actorId: users.ingrid } });
    expect(logged).toBe(1);
  });

  it('refuses a new coordinator who starts after the old one ends, the same coordinator, and missing fields', async () => {
    const { personId } = await makePerson();
    const change = { ...base(personId), kind: 'CHANGE_OF_COORDINATOR', effectiveDate: day(5) };
    const late = await clients.ingrid.gql(SUBMIT, { input: { ...change, newCoordinatorId: users.marte, newUnitId: units.disability, newStartDate: day(6) } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'newStartDate' })] });
    expect(late.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Den nye koordinatoren må starte senest den dagen den forrige slutter, så de overlapper.');
    const same = await clients.ingrid.gql(SUBMIT, { input: { ...change, newCoordinatorId: users.ingrid, newUnitId: units.homeCare, newStartDate: day(0) } });
    expect(same.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'newCoordinatorId', message: 'Den nye koordinatoren må være en annen enn den som slutter.' })]);
    const notInUnit = await clients.ingrid.gql(SUBMIT, { input: { ...change, newCoordinatorId: users.marte, newUnitId: units.homeCare, newStartDate: day(0) } });
    expect(notInUnit.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'newCoordinatorId' })]);
    const missing = await clients.ingrid.gql(SUBMIT, { input: change });
    expect(missing.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field).sort()).toEqual(['newCoordinatorId', 'newStartDate', 'newUnitId']);
    const noReason = await clients.ingrid.gql(SUBMIT, { input: { ...change, reason: '   ', newCoordinatorId: users.marte, newUnitId: units.disability, newStartDate: day(0) } });
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'reason', message: 'Skriv hvorfor endringen skjer.' })]);
    // Nothing was half-saved.
    expect(await prisma().changeForm.count({ where: { personId } })).toBe(0);
    expect(await prisma().coordinatorAssignment.count({ where: { personId } })).toBe(1);
  });

  it('the unit leader of the coordinator may report it; KE registers its own at once; others are refused', async () => {
    const { personId } = await makePerson();
    const input = { ...base(personId), kind: 'CHANGE_OF_COORDINATOR', effectiveDate: day(7), newCoordinatorId: users.marte, newUnitId: units.disability, newStartDate: day(1) };
    // Ola leads Hjemmetjenesten (Ingrid's unit), not Marte's: he may hand over only to his own unit.
    const olaOther = await clients.ola.gql(SUBMIT, { input });
    expect(olaOther.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'newUnitId' })]);
    for (const client of [clients.nina, clients.lars, clients.marte, clients.gp, clients.citizen]) {
      const denied = await client.gql(SUBMIT, { input });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const deniedRead = await client.gql(SUBJECT, { p: personId });
      expect(deniedRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const olaSubject = (await clients.ola.data(SUBJECT, { p: personId })).changeFormSubject;
    expect(olaSubject.candidates.every((c: { unit: { id: string } }) => c.unit.id === units.homeCare)).toBe(true);
    const { submitChangeForm } = await clients.ke.data(SUBMIT, { input });
    expect(submitChangeForm.registeredAt).not.toBeNull();
    // An assignment already ending cannot be handed over again.
    const again = await clients.ke.gql(SUBMIT, { input: { ...input, assignmentId: (await prisma().coordinatorAssignment.findFirstOrThrow({ where: { personId, coordinatorId: users.ingrid } })).id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("lets the unit leader see the unit's assignments to report on", async () => {
    const { personId } = await makePerson({ plan: false });
    const { myUnits } = await clients.ola.data('{ myUnits { name assignments { id person { id name } coordinatorName startDate } } }');
    const homeCare = myUnits.find((unit: { name: string }) => unit.name === DEMO_UNITS.homeCare);
    expect(homeCare.assignments).toContainEqual(expect.objectContaining({ person: expect.objectContaining({ id: personId }), coordinatorName: 'Ingrid Solberg', startDate: day(-2) }));
    expect(await prisma().accessLogEntry.count({ where: { personId, action: 'unit.assignments' } })).toBeGreaterThan(0);
  });
});

describe('closings', () => {
  it('closing the coordinator is refused while the plan would be left without one; closing the plan keeps it read-only', async () => {
    const { personId, planId } = await makePerson();
    const closeCoordinator = { ...base(personId), kind: 'CLOSING_COORDINATOR', effectiveDate: day(-1) };
    const refused = await clients.ingrid.gql(SUBMIT, { input: closeCoordinator });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/^Personen har en individuell plan som ikke kan være uten koordinator/);

    const future = await clients.ingrid.gql(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_INDIVIDUAL_PLAN', effectiveDate: day(3) } });
    expect(future.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'effectiveDate' })]);
    const { submitChangeForm } = await clients.ingrid.data(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_INDIVIDUAL_PLAN', effectiveDate: day(0), reportedBy: 'GUARDIAN', reportedByName: 'Mor' } });
    expect(submitChangeForm).toMatchObject({ kind: 'CLOSING_INDIVIDUAL_PLAN', reportedBy: 'GUARDIAN', reportedByName: 'Mor' });
    const stored = await prisma().individualPlan.findUniqueOrThrow({ where: { id: planId! } });
    expect(stored).toMatchObject({ status: 'CLOSED', closedReason: 'Ønsket av personen.' });
    // The closed plan is kept but no longer the current one, and edits are refused.
    expect((await clients.ingrid.data(PLAN, { p: personId })).plan).toBeNull();
    const edit = await clients.ingrid.gql('mutation ($id: ID!) { updatePlanSections(planId: $id, expectedVersion: 2, input: { situation: "Ny tekst" }) { id } }', { id: planId });
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const state = await clients.ingrid.data('query ($p: ID!) { person(personId: $p) { planState closedPlanId } }', { p: personId });
    expect(state.person).toEqual({ planState: 'CLOSED', closedPlanId: planId });
    // Kept: read by its id, read-only, with why it was closed; its printout too.
    const kept = await clients.ingrid.data('query ($p: ID!, $id: ID) { plan(personId: $p, planId: $id) { id status canEdit closedReason closedAt } }', { p: personId, id: planId });
    expect(kept.plan).toMatchObject({ id: planId, status: 'CLOSED', canEdit: false, closedReason: 'Ønsket av personen.' });
    expect((await clients.ingrid.fetch(`/api/plans/${planId}/plan.pdf`)).status).toBe(200);
    // Another person's plan id gives nothing.
    const other = await makePerson();
    expect((await clients.ingrid.data('query ($p: ID!, $id: ID) { plan(personId: $p, planId: $id) { id } }', { p: other.personId, id: planId })).plan).toBeNull();
    // The coordinator goes on without a plan; the assignment ends on its own form.
    expect((await clients.ingrid.data(SUBJECT, { p: personId })).changeFormSubject).toMatchObject({ openPlanId: null, assignments: [expect.objectContaining({ endDate: null })] });
    await clients.ingrid.data(SUBMIT, { input: closeCoordinator });
    const ended = await prisma().coordinatorAssignment.findFirstOrThrow({ where: { personId } });
    expect(ended.endDate?.toISOString().slice(0, 10)).toBe(day(-1));
    // Ended yesterday: Ingrid no longer coordinates the person.
    expect((await clients.ingrid.gql(SUBJECT, { p: personId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forms = await prisma().changeForm.findMany({ where: { personId }, orderBy: { submittedAt: 'asc' } });
    expect(forms.map((f) => [f.kind, f.planId, f.registeredAt])).toEqual([
      ['CLOSING_INDIVIDUAL_PLAN', planId, null],
      ['CLOSING_COORDINATOR', null, null],
    ]);
  });

  it('closing the group ends the members’ access through it; the coordinator cannot close while the group is open', async () => {
    const { personId, groupId, planId } = await makePerson({ group: true });
    const planQuery = 'query ($p: ID!) { plan(personId: $p) { id } }';
    expect((await clients.gp.data(planQuery, { p: personId })).plan.id).toBe(planId);
    await clients.ingrid.data(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_INDIVIDUAL_PLAN', effectiveDate: day(0) } });
    const refused = await clients.ingrid.gql(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_COORDINATOR', effectiveDate: day(0) } });
    expect(refused.errors?.[0]?.message).toMatch(/^Personen har en ansvarsgruppe som ikke kan være uten koordinator/);
    await clients.ola.data(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_RESPONSIBILITY_GROUP', effectiveDate: day(0), reportedBy: 'UNIT_LEADER' } });
    expect(await prisma().responsibilityGroup.findUniqueOrThrow({ where: { id: groupId! } })).toMatchObject({ status: 'CLOSED' });
    expect((await clients.gp.gql('query ($p: ID!) { person(personId: $p) { id } }', { p: personId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const twice = await clients.ingrid.gql(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_RESPONSIBILITY_GROUP', effectiveDate: day(0) } });
    expect(twice.errors?.[0]?.message).toBe('Personen har ingen aktiv ansvarsgruppe.');
    // Now nothing needs the coordinator: the assignment can end.
    await clients.ingrid.data(SUBMIT, { input: { ...base(personId), kind: 'CLOSING_COORDINATOR', effectiveDate: day(0) } });
  });

  it('a kind that is registered on the case is refused here', async () => {
    const { personId } = await makePerson();
    const result = await clients.ingrid.gql(SUBMIT, { input: { ...base(personId), kind: 'DECLINED_COORDINATOR', effectiveDate: day(0) } });
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'kind' })]);
  });
});
