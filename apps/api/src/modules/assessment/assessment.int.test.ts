// KE's assessment of a referral, over HTTP against a real database: create, edit with the
// version, CONFLICT on a stale one, the referral moved into assessment, the history written,
// refusal on a decided or withdrawn case, and the assessment hidden outside KE's scope.
import { DEMO_USERNAMES } from '../../demo/personas';
import { TEST_DATABASE, useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

const CREATE_REFERRAL = 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }';
const SAVE = `mutation ($referralId: ID!, $input: AssessmentInput!, $expectedVersion: Int) {
  saveAssessment(referralId: $referralId, input: $input, expectedVersion: $expectedVersion) {
    id longTermNeed longTermNeedNote coordinatedServices coordinatedServicesNote proposal version assessedBy { name }
  }
}`;
const CASE = 'query ($id: ID!) { referral(id: $id) { id status version assessment { id proposal version } } }';

let ke: ApiClient;
let serial = 0;

beforeAll(async () => {
  ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
});

async function newReferral(): Promise<string> {
  serial += 1;
  const { createReferral } = await ke.data(CREATE_REFERRAL, {
    input: {
      newPerson: { firstName: 'Vurdering', lastName: `Testesen ${serial}`, dateOfBirth: '1980-06-01' },
      sourceKind: 'GP',
      sourceName: 'Per Aasen',
      channel: 'ELECTRONIC',
      requested: 'BOTH',
      needDescription: 'Langvarige og sammensatte behov; flere tjenester må ses i sammenheng.',
      consentToRefer: true,
      consentForm: 'WRITTEN',
    },
  });
  return createReferral.id;
}

const history = (referralId: string) =>
  server().database.prisma.historyEntry.findMany({ where: { referralId }, orderBy: { id: 'asc' }, select: { entity: true, action: true, before: true, after: true } });

describe(`the assessment (${TEST_DATABASE})`, () => {
  it('the first save creates it and moves a received referral into assessment, with history', async () => {
    const referralId = await newReferral();
    const { saveAssessment } = await ke.data(SAVE, {
      referralId,
      input: { longTermNeed: true, longTermNeedNote: '  Varig funksjonsnedsettelse. ', coordinatedServices: null },
    });
    expect(saveAssessment).toMatchObject({
      longTermNeed: true,
      longTermNeedNote: 'Varig funksjonsnedsettelse.',
      coordinatedServices: null,
      proposal: null,
      version: 1,
      assessedBy: { name: 'Kari Nordmann-Berg' },
    });
    const { referral } = await ke.data(CASE, { id: referralId });
    expect(referral).toMatchObject({ status: 'IN_ASSESSMENT', assessment: { id: saveAssessment.id, version: 1 } });
    const rows = await history(referralId);
    expect(rows.map((row) => [row.entity, row.action])).toEqual([
      ['Referral', 'referral.received'],
      ['Assessment', 'assessment.created'],
      ['Referral', 'referral.statusChanged'],
    ]);
    expect(rows[2]).toMatchObject({ before: { status: 'RECEIVED' }, after: { status: 'IN_ASSESSMENT' } });
  });

  it('an edit names the version; the history holds only the changed fields', async () => {
    const referralId = await newReferral();
    const first = (await ke.data(SAVE, { referralId, input: { longTermNeed: true } })).saveAssessment;
    const { saveAssessment } = await ke.data(SAVE, {
      referralId,
      expectedVersion: first.version,
      input: { longTermNeed: true, coordinatedServices: true, coordinatedServicesNote: 'Skole, BUP og fastlege.', proposal: 'BOTH' },
    });
    expect(saveAssessment).toMatchObject({ id: first.id, coordinatedServices: true, proposal: 'BOTH', version: 2 });
    const updated = (await history(referralId)).find((row) => row.action === 'assessment.updated');
    expect(updated?.before).toEqual({ coordinatedServices: null, coordinatedServicesNote: null, proposal: null });
    expect(updated?.after).toEqual({ coordinatedServices: true, coordinatedServicesNote: 'Skole, BUP og fastlege.', proposal: 'BOTH' });
  });

  it('a stale version, or none for an existing assessment, is CONFLICT and changes nothing', async () => {
    const referralId = await newReferral();
    await ke.data(SAVE, { referralId, input: { longTermNeed: true } });
    await ke.data(SAVE, { referralId, expectedVersion: 1, input: { longTermNeed: false } });
    const before = await server().database.prisma.assessment.findUniqueOrThrow({ where: { referralId } });
    const historyBefore = (await history(referralId)).length;
    for (const expectedVersion of [1, null]) {
      const result = await ke.gql(SAVE, { referralId, expectedVersion, input: { longTermNeed: true, proposal: 'DENIAL' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe('Noen andre har endret dette mens du arbeidet. Last inn på nytt og gjør endringen igjen.');
    }
    expect(await server().database.prisma.assessment.findUniqueOrThrow({ where: { referralId } })).toEqual(before);
    expect(await history(referralId)).toHaveLength(historyBefore);
  });

  it('a version for an assessment that does not exist is CONFLICT', async () => {
    const referralId = await newReferral();
    const result = await ke.gql(SAVE, { referralId, expectedVersion: 3, input: { longTermNeed: true } });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await server().database.prisma.assessment.count({ where: { referralId } })).toBe(0);
  });

  it('a decided or withdrawn case is not assessed: a clear message', async () => {
    const prisma = server().database.prisma;
    const decided = await prisma.referral.findFirstOrThrow({ where: { status: 'DECIDED' } });
    const withdrawn = await prisma.referral.findFirstOrThrow({ where: { status: 'WITHDRAWN' } });
    const onDecided = await ke.gql(SAVE, { referralId: decided.id, input: { longTermNeed: true } });
    expect(onDecided.errors?.[0]).toMatchObject({ message: 'Vurderingen kan ikke endres: saken er avgjort.', extensions: { code: 'CONFLICT' } });
    const onWithdrawn = await ke.withLocale('nn').gql(SAVE, { referralId: withdrawn.id, input: { longTermNeed: true } });
    expect(onWithdrawn.errors?.[0]?.message).toBe('Vurderinga kan ikkje endrast: saka er trekt.');
    expect(await prisma.assessment.count({ where: { referralId: { in: [decided.id, withdrawn.id] } } })).toBe(0);
  });

  it('a note too long gets a field message; an unknown referral is NOT_FOUND', async () => {
    const referralId = await newReferral();
    const tooLong = await ke.gql(SAVE, { referralId, input: { longTermNeedNote: 'x'.repeat(4001) } });
    expect(tooLong.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.longTermNeedNote', message: 'Teksten kan ha høyst 4000 tegn.' }]);
    const unknown = await ke.gql(SAVE, { referralId: '00000000-0000-4000-8000-000000000000', input: { longTermNeed: true } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('only KE sees the assessment: a unit leader asked to appoint gets null', async () => {
    const prisma = server().database.prisma;
    const referral = await prisma.referral.findFirstOrThrow({ where: { status: 'DECIDED', decisions: { some: { outcome: 'GRANTED' } } }, include: { decisions: true } });
    await prisma.assessment.create({
      data: { municipalityId: referral.municipalityId, referralId: referral.id, longTermNeed: true, coordinatedServices: true, proposal: 'BOTH', assessedById: (await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.systemCoordinator } })).id },
    });
    const homeCare = await prisma.unit.findFirstOrThrow({ where: { name: 'Hjemmetjenesten' } });
    await prisma.appointmentDelegation.create({
      data: {
        municipalityId: referral.municipalityId,
        referralId: referral.id,
        decisionId: referral.decisions[0]!.id,
        personId: referral.personId,
        unitId: homeCare.id,
        requestedById: (await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.systemCoordinator } })).id,
      },
    });
    const leader = await server().signIn(DEMO_USERNAMES.unitLeader);
    expect((await leader.data(CASE, { id: referral.id })).referral.assessment).toBeNull();
    expect((await ke.data(CASE, { id: referral.id })).referral.assessment).toMatchObject({ proposal: 'BOTH' });
  });

  it('other roles may not save an assessment', async () => {
    const referralId = await newReferral();
    const leader = await server().signIn(DEMO_USERNAMES.unitLeader);
    const result = await leader.gql(SAVE, { referralId, input: { longTermNeed: true } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server().database.prisma.assessment.count({ where: { referralId } })).toBe(0);
  });
});
