// KE's decisions, letters and appeals over HTTP against a real database: the rules of a lawful
// decision, the appeal information from the municipality's settings, a new decision only after
// a reversed appeal, versioned edits (CONFLICT, nothing changed), the history rows, the unit
// leader's narrower view, and the letter (PDF) per role, read back as text.
import { osloToday } from '@samhandling/shared';
import { DEMO_USERNAMES } from '../../demo/personas';
import { readPdf } from '../../test-support/pdf';
import { TEST_DATABASE, useTestServer, type ApiClient } from '../../test-support/test-server';

jest.setTimeout(60_000);

const server = useTestServer();

const CREATE_REFERRAL = 'mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }';
const SAVE_ASSESSMENT = `mutation ($referralId: ID!, $input: AssessmentInput!) {
  saveAssessment(referralId: $referralId, input: $input) { version }
}`;
const DECISION_FIELDS = `id outcome grantsCoordinator grantsIndividualPlan grantsChildCoordinator longTermNeed coordinatedServices
  reasons appealInformation appealDeadline decidedAt inForce supersededAt letterSentAt letterSentVia letterUrl version
  decidedBy { name } letterSentBy { name }`;
const MAKE = `mutation ($referralId: ID!, $input: DecisionInput!) { makeDecision(referralId: $referralId, input: $input) { ${DECISION_FIELDS} } }`;
const CASE = `query ($id: ID!) { referral(id: $id) { id status
  decision { ${DECISION_FIELDS} appeals { id receivedAt appellant grounds late outcome outcomeDate outcomeNote version registeredBy { name } } }
  decisions { id inForce outcome } } }`;
const LETTER_SENT = `mutation ($decisionId: ID!, $sentAt: LocalDate!, $via: LetterChannel!, $expectedVersion: Int!) {
  recordLetterSent(decisionId: $decisionId, sentAt: $sentAt, via: $via, expectedVersion: $expectedVersion) { ${DECISION_FIELDS} }
}`;
const REGISTER_APPEAL = `mutation ($decisionId: ID!, $input: AppealInput!) {
  registerAppeal(decisionId: $decisionId, input: $input) { id receivedAt appellant grounds late outcome version registeredBy { name } }
}`;
const APPEAL_OUTCOME = `mutation ($appealId: ID!, $outcome: AppealOutcome!, $outcomeDate: LocalDate!, $note: String, $expectedVersion: Int!) {
  recordAppealOutcome(appealId: $appealId, outcome: $outcome, outcomeDate: $outcomeDate, note: $note, expectedVersion: $expectedVersion) {
    id outcome outcomeDate outcomeNote version
  }
}`;

const today = osloToday();
const addDays = (date: string, days: number) => {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
};

let ke: ApiClient;
let serial = 0;

beforeAll(async () => {
  ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
});

interface NewCase {
  requested?: 'COORDINATOR' | 'INDIVIDUAL_PLAN' | 'BOTH';
  dateOfBirth?: string;
  assessed?: boolean;
}

/** A referral for a new person, registered by KE, assessed (both criteria met) unless told otherwise. */
async function newCase({ requested = 'BOTH', dateOfBirth = '1975-02-03', assessed = true }: NewCase = {}): Promise<string> {
  serial += 1;
  const { createReferral } = await ke.data(CREATE_REFERRAL, {
    input: {
      newPerson: { firstName: 'Vedtak', lastName: `Testesen ${serial}`, dateOfBirth },
      sourceKind: 'GP',
      sourceName: 'Per Aasen',
      channel: 'ELECTRONIC',
      requested,
      needDescription: 'Langvarige og sammensatte behov; flere tjenester må ses i sammenheng.',
      consentToRefer: true,
      consentForm: 'WRITTEN',
    },
  });
  if (assessed) await ke.data(SAVE_ASSESSMENT, { referralId: createReferral.id, input: { longTermNeed: true, coordinatedServices: true, proposal: requested } });
  return createReferral.id;
}

const GRANT_BOTH = { outcome: 'GRANTED', grantsCoordinator: true, grantsIndividualPlan: true };
const DENIAL = { outcome: 'DENIED', longTermNeed: false, reasons: 'Behovet er ikke langvarig: det ventes å vare noen uker.' };

const fieldsOf = (result: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; message: string }> } }> }) =>
  result.errors?.[0]?.extensions?.fields;
const history = (referralId: string) =>
  server().database.prisma.historyEntry.findMany({ where: { referralId }, orderBy: { id: 'asc' }, select: { entity: true, entityId: true, action: true, before: true, after: true } });

const readText = async (response: Response) => (await readPdf(response)).text;

describe(`making a decision (${TEST_DATABASE})`, () => {
  it('a full grant needs no reasons; the criteria come from the assessment, the appeal information from the settings', async () => {
    const referralId = await newCase();
    const { makeDecision } = await ke.data(MAKE, { referralId, input: GRANT_BOTH });
    expect(makeDecision).toMatchObject({
      outcome: 'GRANTED',
      grantsCoordinator: true,
      grantsIndividualPlan: true,
      grantsChildCoordinator: false,
      longTermNeed: true,
      coordinatedServices: true,
      reasons: null,
      inForce: true,
      appealDeadline: addDays(today, 21),
      letterUrl: `/api/decisions/${makeDecision.id}/letter.pdf`,
      decidedBy: { name: 'Kari Nordmann-Berg' },
      letterSentAt: null,
      version: 1,
    });
    expect(makeDecision.appealInformation).toMatch(/^Klagen må være skriftlig/);
    const { referral } = await ke.data(CASE, { id: referralId });
    expect(referral).toMatchObject({ status: 'DECIDED', decision: { id: makeDecision.id, appeals: [] }, decisions: [{ id: makeDecision.id }] });
    const rows = (await history(referralId)).filter((row) => row.action.startsWith('decision.') || (row.after as { status?: string } | null)?.status === 'DECIDED');
    expect(rows.map((row) => [row.entity, row.action])).toEqual([
      ['Decision', 'decision.made'],
      ['Referral', 'referral.statusChanged'],
    ]);
    expect(rows[0]?.after).toMatchObject({ outcome: 'GRANTED', grantsCoordinator: true, longTermNeed: true });
    expect(rows[1]).toMatchObject({ before: { status: 'IN_ASSESSMENT' }, after: { status: 'DECIDED' } });
  });

  it("the municipality's own appeal text and number of weeks", async () => {
    const prisma = server().database.prisma;
    const municipality = await prisma.municipality.findFirstOrThrow({ where: { number: '9998' } });
    await prisma.municipality.update({ where: { id: municipality.id }, data: { appealText: 'Fjordviks egen klagetekst.', appealDeadlineWeeks: 4 } });
    try {
      const referralId = await newCase();
      const { referral } = await ke.data('query ($id: ID!) { referral(id: $id) { appealPreview { text deadline sendTo } } }', { id: referralId });
      expect(referral.appealPreview).toEqual({ text: 'Fjordviks egen klagetekst.', deadline: addDays(today, 28), sendTo: 'Koordinerende enhet' });
      const { makeDecision } = await ke.data(MAKE, { referralId, input: DENIAL });
      expect(makeDecision).toMatchObject({ appealInformation: 'Fjordviks egen klagetekst.', appealDeadline: addDays(today, 28), longTermNeed: false, coordinatedServices: true });
    } finally {
      await prisma.municipality.update({ where: { id: municipality.id }, data: { appealText: null, appealDeadlineWeeks: 3 } });
    }
  });

  it('a denial needs reasons and grants nothing; a grant grants something', async () => {
    const referralId = await newCase();
    expect(fieldsOf(await ke.gql(MAKE, { referralId, input: { outcome: 'DENIED', reasons: '  ' } }))).toEqual([
      { field: 'reasons', message: 'Skriv en begrunnelse: avslag, også på en del av det som er søkt om, må begrunnes.' },
    ]);
    expect(fieldsOf(await ke.gql(MAKE, { referralId, input: { ...DENIAL, grantsIndividualPlan: true } }))).toEqual([
      { field: 'grants', message: 'Et avslag kan ikke innvilge noe.' },
    ]);
    expect(fieldsOf(await ke.gql(MAKE, { referralId, input: { outcome: 'GRANTED', reasons: 'x' } }))).toEqual([
      { field: 'grants', message: 'Et innvilget vedtak må innvilge koordinator, individuell plan eller barnekoordinator.' },
    ]);
    const stored = await server().database.prisma.referral.findUniqueOrThrow({ where: { id: referralId }, include: { decisions: true } });
    expect(stored).toMatchObject({ status: 'IN_ASSESSMENT', decisions: [] });
  });

  it('a partial grant (less than asked for) needs reasons', async () => {
    const referralId = await newCase({ requested: 'BOTH' });
    const partial = { outcome: 'GRANTED', grantsCoordinator: true };
    expect(fieldsOf(await ke.gql(MAKE, { referralId, input: partial }))).toEqual([
      { field: 'reasons', message: 'Skriv en begrunnelse: avslag, også på en del av det som er søkt om, må begrunnes.' },
    ]);
    const { makeDecision } = await ke.data(MAKE, { referralId, input: { ...partial, reasons: 'Individuell plan er ikke ønsket nå.' } });
    expect(makeDecision).toMatchObject({ grantsCoordinator: true, grantsIndividualPlan: false, reasons: 'Individuell plan er ikke ønsket nå.' });
    expect(makeDecision.appealInformation).toBeTruthy();
  });

  it('a child coordinator only for a person under 18 or not yet born', async () => {
    const adult = await newCase({ requested: 'COORDINATOR' });
    const result = await ke.gql(MAKE, { referralId: adult, input: { outcome: 'GRANTED', grantsChildCoordinator: true } });
    expect(fieldsOf(result)).toEqual([
      { field: 'grantsChildCoordinator', message: 'Barnekoordinator kan bare innvilges for barn under 18 år eller barn som ikke er født ennå.' },
    ]);
    const child = await newCase({ requested: 'COORDINATOR', dateOfBirth: addDays(today, -5 * 365) });
    const { makeDecision } = await ke.data(MAKE, { referralId: child, input: { outcome: 'GRANTED', grantsChildCoordinator: true } });
    expect(makeDecision.grantsChildCoordinator).toBe(true);
  });

  it('without an assessment the criteria must be given', async () => {
    const referralId = await newCase({ assessed: false });
    expect(fieldsOf(await ke.gql(MAKE, { referralId, input: GRANT_BOTH }))).toEqual([
      { field: 'longTermNeed', message: 'Ta stilling til kriteriet: ja eller nei.' },
      { field: 'coordinatedServices', message: 'Ta stilling til kriteriet: ja eller nei.' },
    ]);
    const { makeDecision } = await ke.data(MAKE, { referralId, input: { ...GRANT_BOTH, longTermNeed: true, coordinatedServices: true } });
    expect(makeDecision.outcome).toBe('GRANTED');
  });

  it('a withdrawn case gets no decision', async () => {
    const withdrawn = await server().database.prisma.referral.findFirstOrThrow({ where: { status: 'WITHDRAWN' } });
    const result = await ke.gql(MAKE, { referralId: withdrawn.id, input: { ...GRANT_BOTH, longTermNeed: true, coordinatedServices: true } });
    expect(result.errors?.[0]).toMatchObject({ message: 'Det kan ikke fattes vedtak: saken er trukket.', extensions: { code: 'CONFLICT' } });
  });

  it('a decision in force is replaced only after an appeal against it was reversed', async () => {
    const referralId = await newCase();
    const first = (await ke.data(MAKE, { referralId, input: DENIAL })).makeDecision;
    const again = await ke.gql(MAKE, { referralId, input: GRANT_BOTH });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(again.errors?.[0]?.message).toMatch(/^Saken har allerede et vedtak som gjelder/);

    const { registerAppeal } = await ke.data(REGISTER_APPEAL, { decisionId: first.id, input: { receivedAt: today, appellant: 'Personen selv', grounds: 'Behovet er langvarig.' } });
    const upheld = await ke.data(APPEAL_OUTCOME, { appealId: registerAppeal.id, outcome: 'SENT_TO_STATSFORVALTEREN', outcomeDate: today, expectedVersion: 1 });
    expect(upheld.recordAppealOutcome).toMatchObject({ outcome: 'SENT_TO_STATSFORVALTEREN', version: 2 });
    expect((await ke.gql(MAKE, { referralId, input: GRANT_BOTH })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await ke.data(APPEAL_OUTCOME, { appealId: registerAppeal.id, outcome: 'REVERSED', outcomeDate: today, note: 'Statsforvalteren omgjorde.', expectedVersion: 2 });
    const second = (await ke.data(MAKE, { referralId, input: GRANT_BOTH })).makeDecision;
    const { referral } = await ke.data(CASE, { id: referralId });
    expect(referral.decision.id).toBe(second.id);
    expect(referral.decisions).toEqual([
      { id: second.id, inForce: true, outcome: 'GRANTED' },
      { id: first.id, inForce: false, outcome: 'DENIED' },
    ]);
    const superseded = (await history(referralId)).find((row) => row.action === 'decision.superseded');
    expect(superseded).toMatchObject({ entityId: first.id, before: { supersededAt: null } });
    // The replaced decision takes no new appeals.
    const late = await ke.gql(REGISTER_APPEAL, { decisionId: first.id, input: { receivedAt: today, appellant: 'Personen selv' } });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('other roles may not decide; nothing is stored', async () => {
    const referralId = await newCase();
    const leader = await server().signIn(DEMO_USERNAMES.unitLeader);
    expect((await leader.gql(MAKE, { referralId, input: GRANT_BOTH })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server().database.prisma.decision.count({ where: { referralId } })).toBe(0);
  });
});

describe(`the letter sent (${TEST_DATABASE})`, () => {
  it('records when and how, not in the future nor before the decision; a stale version is CONFLICT', async () => {
    const referralId = await newCase();
    const decision = (await ke.data(MAKE, { referralId, input: GRANT_BOTH })).makeDecision;
    const tomorrow = addDays(today, 1);
    expect(fieldsOf(await ke.gql(LETTER_SENT, { decisionId: decision.id, sentAt: tomorrow, via: 'POST', expectedVersion: 1 }))).toEqual([
      { field: 'sentAt', message: 'Datoen kan ikke være etter i dag.' },
    ]);
    const before = await ke.gql(LETTER_SENT, { decisionId: decision.id, sentAt: addDays(today, -1), via: 'POST', expectedVersion: 1 });
    expect(fieldsOf(before)?.[0]?.field).toBe('sentAt');
    const { recordLetterSent } = await ke.data(LETTER_SENT, { decisionId: decision.id, sentAt: today, via: 'DIGITAL_MAILBOX', expectedVersion: 1 });
    expect(recordLetterSent).toMatchObject({ letterSentVia: 'DIGITAL_MAILBOX', letterSentBy: { name: 'Kari Nordmann-Berg' }, version: 2 });
    expect(recordLetterSent.letterSentAt.slice(0, 10)).toBe(today);

    const stored = await server().database.prisma.decision.findUniqueOrThrow({ where: { id: decision.id } });
    const stale = await ke.gql(LETTER_SENT, { decisionId: decision.id, sentAt: today, via: 'POST', expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await server().database.prisma.decision.findUniqueOrThrow({ where: { id: decision.id } })).toEqual(stored);
    const rows = (await history(referralId)).filter((row) => row.action === 'decision.letterSent');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.after).toMatchObject({ letterSentVia: 'DIGITAL_MAILBOX' });
  });
});

describe(`appeals (${TEST_DATABASE})`, () => {
  it('a received date not before the decision and not after today; a late appeal is registered and marked', async () => {
    const prisma = server().database.prisma;
    // Hans Moe's denial was made weeks ago: its deadline has passed.
    const old = await prisma.decision.findFirstOrThrow({ where: { outcome: 'DENIED', appealDeadline: { lt: new Date(`${today}T00:00:00Z`) }, supersededAt: null } });
    const decidedOn = old.decidedAt.toISOString().slice(0, 10);
    const tooEarly = await ke.gql(REGISTER_APPEAL, { decisionId: old.id, input: { receivedAt: addDays(decidedOn, -2), appellant: 'Personen selv' } });
    expect(fieldsOf(tooEarly)).toEqual([{ field: 'receivedAt', message: `Datoen kan ikke være før vedtaket ble fattet (${decidedOn}).` }]);
    const future = await ke.gql(REGISTER_APPEAL, { decisionId: old.id, input: { receivedAt: addDays(today, 1), appellant: 'Personen selv' } });
    expect(fieldsOf(future)).toEqual([{ field: 'receivedAt', message: 'Datoen kan ikke være etter i dag.' }]);
    const blank = await ke.gql(REGISTER_APPEAL, { decisionId: old.id, input: { receivedAt: today, appellant: '' } });
    expect(fieldsOf(blank)).toEqual([{ field: 'input.appellant', message: 'Feltet må fylles ut.' }]);
    expect(await prisma.appeal.count({ where: { decisionId: old.id } })).toBe(0);

    const { registerAppeal } = await ke.data(REGISTER_APPEAL, { decisionId: old.id, input: { receivedAt: today, appellant: 'Personen selv', grounds: 'Jeg er uenig.' } });
    expect(registerAppeal).toMatchObject({ receivedAt: today, late: true, outcome: null, version: 1, registeredBy: { name: 'Kari Nordmann-Berg' } });
    const registered = await prisma.historyEntry.findFirstOrThrow({ where: { entityId: registerAppeal.id, action: 'appeal.registered' } });
    expect(registered.referralId).toBe(old.referralId);
  });

  it('an outcome not before the appeal came; a stale version is CONFLICT and changes nothing', async () => {
    const referralId = await newCase();
    const decision = (await ke.data(MAKE, { referralId, input: DENIAL })).makeDecision;
    const { registerAppeal } = await ke.data(REGISTER_APPEAL, { decisionId: decision.id, input: { receivedAt: today, appellant: 'Verge' } });
    expect(registerAppeal.late).toBe(false);
    const early = await ke.gql(APPEAL_OUTCOME, { appealId: registerAppeal.id, outcome: 'UPHELD', outcomeDate: addDays(today, -1), expectedVersion: 1 });
    expect(fieldsOf(early)).toEqual([{ field: 'outcomeDate', message: `Datoen kan ikke være før klagen kom inn (${today}).` }]);
    await ke.data(APPEAL_OUTCOME, { appealId: registerAppeal.id, outcome: 'UPHELD', outcomeDate: today, expectedVersion: 1 });
    const stored = await server().database.prisma.appeal.findUniqueOrThrow({ where: { id: registerAppeal.id } });
    const stale = await ke.gql(APPEAL_OUTCOME, { appealId: registerAppeal.id, outcome: 'REVERSED', outcomeDate: today, expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await server().database.prisma.appeal.findUniqueOrThrow({ where: { id: registerAppeal.id } })).toEqual(stored);
    const rows = (await history(referralId)).filter((row) => row.entity === 'Appeal');
    expect(rows.map((row) => row.action)).toEqual(['appeal.registered', 'appeal.outcomeRecorded']);
    expect(rows[1]).toMatchObject({ before: { outcome: null }, after: { outcome: 'UPHELD' } });
  });
});

describe(`what a unit leader asked to appoint sees (${TEST_DATABASE})`, () => {
  it('the outcome and the grants, not the reasons, the appeal text or the appeals', async () => {
    const prisma = server().database.prisma;
    const referralId = await newCase();
    const decision = (await ke.data(MAKE, { referralId, input: { outcome: 'GRANTED', grantsCoordinator: true, reasons: 'Plan er ikke ønsket nå.' } })).makeDecision;
    await ke.data(REGISTER_APPEAL, { decisionId: decision.id, input: { receivedAt: today, appellant: 'Personen selv' } });
    const referral = await prisma.referral.findUniqueOrThrow({ where: { id: referralId } });
    await prisma.appointmentDelegation.create({
      data: {
        municipalityId: referral.municipalityId,
        referralId,
        decisionId: decision.id,
        personId: referral.personId,
        unitId: (await prisma.unit.findFirstOrThrow({ where: { name: 'Hjemmetjenesten' } })).id,
        requestedById: (await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.systemCoordinator } })).id,
      },
    });
    const leader = await server().signIn(DEMO_USERNAMES.unitLeader);
    const preview = await leader.data('query ($id: ID!) { referral(id: $id) { appealPreview { text } } }', { id: referralId });
    expect(preview.referral.appealPreview).toBeNull();
    const seen = (await leader.data(CASE, { id: referralId })).referral.decision;
    expect(seen).toMatchObject({ outcome: 'GRANTED', grantsCoordinator: true, reasons: null, appealInformation: null, appeals: [] });
    const byKe = (await ke.data(CASE, { id: referralId })).referral.decision;
    expect(byKe).toMatchObject({ reasons: 'Plan er ikke ønsket nå.', appeals: [{ appellant: 'Personen selv' }] });
  });
});

describe(`the letter (PDF) (${TEST_DATABASE})`, () => {
  it('KE downloads it: the person, the outcome and the appeal text, never the national id; the read is logged', async () => {
    const referralId = await newCase();
    const decision = (await ke.data(MAKE, { referralId, input: DENIAL })).makeDecision;
    const response = await ke.fetch(decision.letterUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="vedtak-[\w-]+\.pdf"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await readText(response);
    expect(text).toContain('Vedtak om individuell plan og koordinator');
    expect(text).toContain(`Vedtak Testesen ${serial}`);
    expect(text).toContain('får avslag på koordinator og individuell plan');
    expect(text).toContain('Klagen må være skriftlig');
    expect(text).toContain('Koordinerende enhet');
    expect(text).toContain('Kari Nordmann-Berg');
    const person = await server().database.prisma.referral.findUniqueOrThrow({ where: { id: referralId }, select: { personId: true } });
    expect(await server().database.prisma.accessLogEntry.count({ where: { personId: person.personId, action: 'decision.letter' } })).toBe(1);
  });

  it('in nynorsk for a person who prefers it', async () => {
    const prisma = server().database.prisma;
    const referralId = await newCase();
    const referral = await prisma.referral.findUniqueOrThrow({ where: { id: referralId } });
    await prisma.person.update({ where: { id: referral.personId }, data: { preferredLanguage: 'nn' } });
    const decision = (await ke.data(MAKE, { referralId, input: GRANT_BOTH })).makeDecision;
    expect(decision.appealInformation).toMatch(/^Klaga må vere skriftleg/);
    const text = await readText(await ke.fetch(decision.letterUrl));
    expect(text).toContain('Avgjerd om IP/koordinator');
    expect(text).toContain('Klaga må vere skriftleg');
  });

  it('no session: 401; other roles: 403; a malformed id: 400; an unknown one: 404, in the API error shape', async () => {
    const decision = await server().database.prisma.decision.findFirstOrThrow();
    const url = `/api/decisions/${decision.id}/letter.pdf`;
    const anonymous = await server().anonymous().fetch(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }] });
    for (const username of [DEMO_USERNAMES.unitLeader, DEMO_USERNAMES.coordinator, DEMO_USERNAMES.gp, DEMO_USERNAMES.citizen]) {
      const denied = await (await server().signIn(username)).fetch(url);
      expect(denied.status).toBe(403);
      expect(((await denied.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const malformed = await ke.fetch('/api/decisions/not-an-id/letter.pdf');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await ke.fetch('/api/decisions/00000000-0000-4000-8000-000000000000/letter.pdf');
    expect(unknown.status).toBe(404);
  });
});
