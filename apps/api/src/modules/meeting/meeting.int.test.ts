// Meetings through HTTP against a real database: planning (the four kinds and their rules),
// mails with calendar files written in the change's transaction, the agenda from the plan and
// the 14-day rule, the minutes' checklist, action items into the task list and under the goal,
// what consent and a single-item invitation let a reader see, and stale versions.
import ICAL from 'ical.js';
import { formatTimeOfDay, osloDate } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import type { Db } from '../../lib/db';
import { meetingUid } from '../../lib/ics/meeting-calendar';
import { makePlanPerson } from '../../test-support/cases';
import { type ApiClient, TEST_DATABASE, useTestServer } from '../../test-support/test-server';

jest.setTimeout(180_000);

const server = useTestServer();
const prisma = () => server().database.prisma as Db;

const MEETING = `id type status startsAt durationMinutes endsAt location groupId version agendaDueBy agendaSentAt agendaSentLate agendaLateReason
  canManage canWriteMinutes canReadPlan myAnswer cancelledAt cancelReason
  invitees { id kind name userId agendaItemId answer present isCoordinator email }
  agenda { id position title goalId measureId fromActionItemId notes conclusion toLeadersKind invitees { userId } actionItems { id description goalId } }
  actionItems { id description responsibleName goalId doneAt version canMarkDone }
  minutes { previousMinutesApproved nextMeetingTopic distribution finalisedAt finalisedByName missingParts }`;

const PLAN = `mutation ($input: MeetingInput!) { planMeeting(input: $input) { ${MEETING} } }`;
const GET = `query ($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const SET_AGENDA = `mutation ($id: ID!, $version: Int!, $items: [AgendaItemInput!]!) { setAgenda(meetingId: $id, version: $version, items: $items, setWithPerson: true) { ${MEETING} } }`;
const SAVE_MINUTES = `mutation ($id: ID!, $version: Int!, $input: MinutesInput!) { saveMinutes(meetingId: $id, version: $version, input: $input) { ${MEETING} } }`;
const FINALISE = `mutation ($id: ID!, $version: Int!) { finaliseMinutes(meetingId: $id, version: $version) { ${MEETING} } }`;
const ADD_ACTION = `mutation ($id: ID!, $version: Int!, $input: ActionItemInput!) { addActionItem(meetingId: $id, version: $version, input: $input) { ${MEETING} } }`;
const SEND_AGENDA = `mutation ($id: ID!, $version: Int!, $lateReason: String) { sendAgenda(meetingId: $id, version: $version, lateReason: $lateReason) { ${MEETING} } }`;

type Meeting = Record<string, any>;

interface Ids {
  sofie: string;
  kristoffer: string;
  ingrid: string;
  gp: string;
  physio: string;
  teacher: string;
  anders: string;
}
let ids: Ids;
const clients = {} as Record<'ingrid' | 'gp' | 'physio' | 'teacher' | 'sofie' | 'ke' | 'jonas', ApiClient>;

const userId = async (username: string) => (await prisma().user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
const personId = async (person: { firstName: string; lastName: string }) => (await prisma().person.findFirstOrThrow({ where: person, select: { id: true } })).id;
const inDays = (days: number, hour = 10) => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
};
const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  ids = {
    sofie: await personId(DEMO_PERSONS.citizen),
    kristoffer: await personId(DEMO_PERSONS.withdrawnExchangeConsent),
    ingrid: await userId(DEMO_USERNAMES.coordinator),
    gp: await userId(DEMO_USERNAMES.gp),
    physio: await userId(DEMO_USERNAMES.physio),
    teacher: await userId(DEMO_USERNAMES.teacher),
    anders: (await prisma().relative.findFirstOrThrow({ where: { name: 'Anders Vold' } })).id,
  };
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.physio = await server().signIn(DEMO_USERNAMES.physio);
  clients.teacher = await server().signIn(DEMO_USERNAMES.teacher);
  clients.sofie = await server().signIn(DEMO_USERNAMES.citizen);
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
  // The demo's own restrictions on Sofie's consent would blur what each case hides.
  await prisma().consentRestriction.deleteMany({ where: { consent: { personId: ids.sofie } } });
});

/** Sofie's group: Ingrid, the GP, the physiotherapist, Sofie and Anders, and an outside participant. */
const groupInvitees = () => [
  { userId: ids.ingrid },
  { userId: ids.gp },
  { userId: ids.physio },
  { isPerson: true },
  { relativeId: ids.anders },
  { externalName: 'Kari Ekstern', externalEmail: 'kari.ekstern@example.no' },
  { externalName: 'Uten Epost' },
];

async function planGroupMeeting(days: number, extra: Record<string, unknown> = {}): Promise<Meeting> {
  const { planMeeting } = await clients.ingrid.data(PLAN, {
    input: { personId: ids.sofie, type: 'RESPONSIBILITY_GROUP', startsAt: inDays(days).toISOString(), location: 'Helsehuset', invitees: groupInvitees(), ...extra },
  });
  return planMeeting;
}

const parseIcs = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
};

const outbox = (meetingId: string, kind?: string) =>
  prisma().outboxMail.findMany({ where: { meetingId, ...(kind ? { kind: kind as never } : {}) }, orderBy: { toAddress: 'asc' } });

describe(`planning (${TEST_DATABASE})`, () => {
  it('plans a responsibility group meeting for the group, with its default length, and writes one invitation per address', async () => {
    const meeting = await planGroupMeeting(40);
    const group = await prisma().responsibilityGroup.findFirstOrThrow({ where: { personId: ids.sofie, status: 'ACTIVE' } });
    expect(meeting).toMatchObject({ type: 'RESPONSIBILITY_GROUP', status: 'PLANNED', durationMinutes: 90, groupId: group.id, canManage: true, version: 1 });
    expect(meeting.invitees).toHaveLength(7);
    expect(meeting.invitees.find((i: Meeting) => i.userId === ids.ingrid).isCoordinator).toBe(true);

    const mails = await outbox(meeting.id);
    // Everyone with an address: not the outside participant without one.
    const addresses = mails.map((m) => m.toAddress);
    for (const start of ['anders.vold@', 'ingrid.solberg@', 'kari.ekstern@', 'per.aasen@', 'siri.vik@', 'sofie.berg@']) {
      expect(addresses.filter((address) => address.startsWith(start))).toHaveLength(1);
    }
    expect(mails).toHaveLength(6);
    expect(mails.every((m) => m.kind === 'INVITATION' && m.icsSequence === 0 && m.personId === ids.sofie)).toBe(true);
    for (const mail of mails) {
      expect(mail.subject).not.toMatch(/Sofie|Berg/);
      const { calendar, vevent, event } = parseIcs(mail.ics!);
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(event.uid).toBe(meetingUid(meeting.id));
      expect(event.sequence).toBe(0);
      expect(event.startDate.toJSDate().toISOString()).toBe(meeting.startsAt);
      expect(String(vevent.getFirstPropertyValue('summary'))).not.toMatch(/Sofie|Berg/);
      const attendees = event.attendees.map((a) => String(a.getFirstValue()).replace(/^mailto:/i, ''));
      expect(attendees.sort()).toEqual(mails.map((m) => m.toAddress).sort());
    }
    // The time in the mail is the time in Oslo.
    const ingridMail = mails.find((m) => m.toAddress.startsWith('ingrid'))!;
    expect(ingridMail.subject).toContain(formatTimeOfDay('nb', new Date(meeting.startsAt)));
    expect(ingridMail.textBody).toContain('Du er invitert til ansvarsgruppemøte');
    const history = await prisma().historyEntry.findFirstOrThrow({ where: { entityId: meeting.id, action: 'meeting.planned' } });
    expect(history.personId).toBe(ids.sofie);
  });

  it("invites an outside member of the group named by the planner at the group's address for them", async () => {
    const group = await prisma().responsibilityGroup.findFirstOrThrow({ where: { personId: ids.sofie, status: 'ACTIVE' } });
    const member = await prisma().groupMember.create({
      data: { municipalityId: group.municipalityId, groupId: group.id, externalName: 'Vera Veileder', externalEmail: 'vera.veileder@nav.example', organisation: 'NAV' },
    });
    try {
      const { planMeeting } = await clients.ingrid.data(PLAN, {
        input: { personId: ids.sofie, type: 'COOPERATION', startsAt: inDays(44).toISOString(), location: 'Helsehuset', invitees: [{ userId: ids.ingrid }, { externalName: 'Vera Veileder' }, { externalName: 'Ikke Medlem' }] },
      });
      const vera = planMeeting.invitees.find((i: Meeting) => i.name === 'Vera Veileder');
      expect(vera.email).toBe('vera.veileder@nav.example');
      expect(planMeeting.invitees.find((i: Meeting) => i.name === 'Ikke Medlem').email).toBeNull();
      const addresses = (await outbox(planMeeting.id)).map((m) => m.toAddress);
      expect(addresses).toContain('vera.veileder@nav.example');
      expect(addresses).toHaveLength(2);
    } finally {
      await prisma().groupMember.delete({ where: { id: member.id } });
    }
  });

  it('writes the mail in the language of the person where it is known', async () => {
    await prisma().person.update({ where: { id: ids.sofie }, data: { preferredLanguage: 'en' } });
    try {
      const meeting = await planGroupMeeting(41);
      const mails = await outbox(meeting.id);
      expect(mails.find((m) => m.toAddress === 'sofie.berg@epost.example')!.textBody).toContain('You are invited to a responsibility group meeting');
      expect(mails.find((m) => m.toAddress === 'anders.vold@epost.example')!.textBody).toContain('Du er invitert');
    } finally {
      await prisma().person.update({ where: { id: ids.sofie }, data: { preferredLanguage: 'nb' } });
    }
  });

  it('plans other meetings for 60 minutes and keeps the rules of each kind', async () => {
    const personId = await makePlanPerson(prisma(), { lastName: 'Motesen' });
    const cooperation = await clients.ingrid.data(PLAN, {
      input: { personId, type: 'COOPERATION', startsAt: inDays(20).toISOString(), location: 'Rådhuset', invitees: [{ userId: ids.ingrid }] },
    });
    expect(cooperation.planMeeting).toMatchObject({ durationMinutes: 60, groupId: null });

    const noPerson = await clients.ingrid.gql(PLAN, { input: { personId, type: 'COORDINATION', startsAt: inDays(20).toISOString(), invitees: [{ userId: ids.ingrid }] } });
    expect(codeOf(noPerson)).toBe('BAD_USER_INPUT');
    expect(noPerson.errors![0]!.extensions!.fields!.map((f) => f.message)).toEqual(['Et samordningsmøte skal ha med personen eller en pårørende.']);
    const noCoordinator = await clients.ingrid.gql(PLAN, { input: { personId, type: 'COORDINATION', startsAt: inDays(20).toISOString(), invitees: [{ isPerson: true }] } });
    expect(noCoordinator.errors![0]!.extensions!.fields!.map((f) => f.message)).toEqual(['Et samordningsmøte skal ha med koordinatoren.']);
    const coordination = await clients.ingrid.data(PLAN, {
      input: { personId, type: 'COORDINATION', startsAt: inDays(20).toISOString(), invitees: [{ isPerson: true }, { userId: ids.ingrid }] },
    });
    expect(coordination.planMeeting.type).toBe('COORDINATION');

    const noGroup = await clients.ingrid.gql(PLAN, { input: { personId, type: 'RESPONSIBILITY_GROUP', startsAt: inDays(20).toISOString(), invitees: [] } });
    expect(noGroup.errors![0]!.extensions!.fields!.map((f) => f.message)).toEqual(['Personen har ingen aktiv ansvarsgruppe.']);
    const evaluation = await clients.ingrid.gql(PLAN, { input: { personId, type: 'EVALUATION', startsAt: inDays(20).toISOString(), invitees: [] } });
    expect(codeOf(evaluation)).toBe('BAD_USER_INPUT');
    expect(await prisma().meeting.count({ where: { personId } })).toBe(2);
  });

  it('raises the SEQUENCE of the same UID on a change and on the cancellation (METHOD:CANCEL), and refuses a stale version', async () => {
    const meeting = await planGroupMeeting(42);
    const later = inDays(43, 12).toISOString();
    const { updateMeeting } = await clients.ingrid.data(
      `mutation ($id: ID!, $version: Int!, $input: MeetingUpdateInput!) { updateMeeting(meetingId: $id, version: $version, input: $input) { id version startsAt } }`,
      { id: meeting.id, version: 1, input: { startsAt: later, location: 'Rådhuset' } },
    );
    expect(updateMeeting).toMatchObject({ version: 2, startsAt: later });
    const updates = await outbox(meeting.id, 'UPDATE');
    expect(updates).toHaveLength(6);
    const { event, calendar } = parseIcs(updates[0]!.ics!);
    expect([calendar.getFirstPropertyValue('method'), event.uid, event.sequence, event.location]).toEqual(['REQUEST', meetingUid(meeting.id), 1, 'Rådhuset']);
    expect(event.startDate.toJSDate().toISOString()).toBe(later);

    const mailsBefore = await prisma().outboxMail.count({ where: { meetingId: meeting.id } });
    const stale = await clients.ingrid.gql(`mutation ($id: ID!) { cancelMeeting(meetingId: $id, version: 1, reason: "Syk") { id } }`, { id: meeting.id });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await prisma().outboxMail.count({ where: { meetingId: meeting.id } })).toBe(mailsBefore);
    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe('PLANNED');

    const { cancelMeeting } = await clients.ingrid.data(`mutation ($id: ID!) { cancelMeeting(meetingId: $id, version: 2, reason: "Koordinator er syk") { status cancelReason version } }`, {
      id: meeting.id,
    });
    expect(cancelMeeting).toMatchObject({ status: 'CANCELLED', cancelReason: 'Koordinator er syk', version: 3 });
    const cancellations = await outbox(meeting.id, 'CANCELLATION');
    expect(cancellations).toHaveLength(6);
    const cancelled = parseIcs(cancellations[0]!.ics!);
    expect([cancelled.calendar.getFirstPropertyValue('method'), cancelled.event.uid, cancelled.event.sequence, cancelled.vevent.getFirstPropertyValue('status')]).toEqual([
      'CANCEL',
      meetingUid(meeting.id),
      2,
      'CANCELLED',
    ]);
  });

  it('leaves no meeting, history or mail when the write fails after its mails were written', async () => {
    await prisma().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_test_mail() RETURNS trigger AS $$
      BEGIN IF NEW."toAddress" = 'avvist@example.no' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma().$executeRawUnsafe(`CREATE TRIGGER refuse_test_mail BEFORE INSERT ON "OutboxMail" FOR EACH ROW EXECUTE FUNCTION refuse_test_mail()`);
    try {
      const before = { meetings: await prisma().meeting.count(), mails: await prisma().outboxMail.count(), history: await prisma().historyEntry.count() };
      const result = await clients.ingrid.gql(PLAN, {
        input: {
          personId: ids.sofie,
          type: 'COOPERATION',
          startsAt: inDays(30).toISOString(),
          invitees: [{ userId: ids.ingrid }, { externalName: 'Avvist', externalEmail: 'avvist@example.no' }],
        },
      });
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect({ meetings: await prisma().meeting.count(), mails: await prisma().outboxMail.count(), history: await prisma().historyEntry.count() }).toEqual(before);
    } finally {
      await prisma().$executeRawUnsafe(`DROP TRIGGER refuse_test_mail ON "OutboxMail"`);
    }
  });
});

describe(`the agenda (${TEST_DATABASE})`, () => {
  it('builds the agenda from the plan: open action items of earlier meetings first, then each goal with its measures', async () => {
    const meeting = await planGroupMeeting(70);
    const { buildAgendaFromPlan } = await clients.ingrid.data(`mutation ($id: ID!) { buildAgendaFromPlan(meetingId: $id, version: 1) { ${MEETING} } }`, { id: meeting.id });
    const open = await prisma().actionItem.findMany({
      where: { doneAt: null, meeting: { personId: ids.sofie, status: 'HELD' } },
      orderBy: [{ meeting: { startsAt: 'asc' } }, { dueDate: 'asc' }, { id: 'asc' }],
    });
    expect(open.length).toBeGreaterThan(0);
    const agenda: Meeting[] = buildAgendaFromPlan.agenda;
    expect(agenda.slice(0, open.length).map((item) => item.fromActionItemId)).toEqual(open.map((item) => item.id));
    expect(agenda[0]!.title).toMatch(/^Oppfølging: .*Ble det gjort, og hvis ikke, hvorfor\?$/);
    const plan = await prisma().individualPlan.findFirstOrThrow({
      where: { personId: ids.sofie, status: 'ACTIVE' },
      include: {
        goals: {
          where: { removedAt: null, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] } },
          orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
          include: { measures: { where: { removedAt: null, status: { in: ['PLANNED', 'ONGOING'] } }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }] } },
        },
      },
    });
    const expected = plan.goals.flatMap((goal) => [{ goalId: goal.id, measureId: null }, ...goal.measures.map((m) => ({ goalId: goal.id, measureId: m.id }))]);
    expect(agenda.slice(open.length).map(({ goalId, measureId }) => ({ goalId, measureId }))).toEqual(expected);
    expect(agenda.map((item) => item.position)).toEqual(agenda.map((_item, index) => index + 1));
    expect(buildAgendaFromPlan.version).toBe(2);
  });

  it('leaves out of the agenda built from the plan a goal the consent withholds from every member, with its measures', async () => {
    const plan = await prisma().individualPlan.findFirstOrThrow({ where: { personId: ids.sofie, status: 'ACTIVE' } });
    const goal = await prisma().goal.findFirstOrThrow({ where: { planId: plan.id, removedAt: null, status: { in: ['NOT_STARTED', 'IN_PROGRESS'] }, measures: { some: { removedAt: null } } } });
    const consent = await prisma().consent.findFirstOrThrow({ where: { personId: ids.sofie, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } });
    const restriction = await prisma().consentRestriction.create({
      data: { municipalityId: consent.municipalityId, consentId: consent.id, kind: 'MATTER', goalId: goal.id, description: 'Ikke dette målet' },
    });
    try {
      const meeting = await planGroupMeeting(71);
      const { buildAgendaFromPlan } = await clients.ingrid.data(`mutation ($id: ID!) { buildAgendaFromPlan(meetingId: $id, version: 1) { ${MEETING} } }`, { id: meeting.id });
      const goalIds = buildAgendaFromPlan.agenda.filter((item: Meeting) => !item.fromActionItemId).map((item: Meeting) => item.goalId);
      expect(goalIds.length).toBeGreaterThan(0);
      expect(goalIds).not.toContain(goal.id);
    } finally {
      await prisma().consentRestriction.delete({ where: { id: restriction.id } });
    }
  });

  it('holds the 14-day rule for a responsibility group meeting: late only with a reason, and marked late', async () => {
    const meeting = await planGroupMeeting(10);
    expect(meeting.agendaDueBy).toBe(new Date(new Date(meeting.startsAt).getTime() - 14 * 86_400_000).toISOString());
    const empty = await clients.ingrid.gql(SEND_AGENDA, { id: meeting.id, version: 1 });
    expect(empty.errors![0]!.extensions!.fields![0]!.message).toBe('Sakslisten er tom. Legg til saker før den sendes.');
    const { setAgenda } = await clients.ingrid.data(SET_AGENDA, { id: meeting.id, version: 1, items: [{ title: 'Hvordan har Sofie det?' }, { title: 'Neste møte' }] });
    const refused = await clients.ingrid.gql(SEND_AGENDA, { id: meeting.id, version: setAgenda.version });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toContain('senest 14 dager før møtet');
    const inEnglish = await clients.ingrid.withLocale('en').gql(SEND_AGENDA, { id: meeting.id, version: setAgenda.version });
    expect(inEnglish.errors![0]!.message).toContain('at least 14 days before the meeting');
    expect(await prisma().outboxMail.count({ where: { meetingId: meeting.id, kind: 'AGENDA' } })).toBe(0);

    const { sendAgenda } = await clients.ingrid.data(SEND_AGENDA, { id: meeting.id, version: setAgenda.version, lateReason: 'Møtet ble flyttet fram.' });
    expect(sendAgenda).toMatchObject({ agendaSentLate: true, agendaLateReason: 'Møtet ble flyttet fram.' });
    expect(sendAgenda.agendaSentAt).not.toBeNull();
    const agendaMails = await outbox(meeting.id, 'AGENDA');
    expect(agendaMails).toHaveLength(6);
    expect(agendaMails.every((m) => m.ics === null)).toBe(true);
    expect(agendaMails.find((m) => m.toAddress.startsWith('ingrid'))!.textBody).toContain('1. Hvordan har Sofie det?');
  });

  it('sends the agenda in time without a reason, and other meetings have no deadline', async () => {
    const meeting = await planGroupMeeting(30);
    const { setAgenda } = await clients.ingrid.data(SET_AGENDA, { id: meeting.id, version: 1, items: [{ title: 'Arbeidsutprøving' }] });
    const { sendAgenda } = await clients.ingrid.data(SEND_AGENDA, { id: meeting.id, version: setAgenda.version });
    expect(sendAgenda).toMatchObject({ agendaSentLate: false, agendaLateReason: null });

    const { planMeeting: soon } = await clients.ingrid.data(PLAN, {
      input: { personId: ids.sofie, type: 'COOPERATION', startsAt: inDays(3).toISOString(), location: 'Rådhuset', invitees: [{ userId: ids.ingrid }] },
    });
    expect(soon.agendaDueBy).toBeNull();
    const agenda = await clients.ingrid.data(SET_AGENDA, { id: soon.id, version: 1, items: [{ title: 'Samarbeid' }] });
    const sent = await clients.ingrid.data(SEND_AGENDA, { id: soon.id, version: agenda.setAgenda.version });
    expect(sent.sendAgenda.agendaSentLate).toBe(false);
  });

  it('lists in each recipient’s agenda mail only the items their consent lets them see', async () => {
    const goalId = await sofieGoal();
    const meeting = await planGroupMeeting(34);
    const { setAgenda } = await clients.ingrid.data(SET_AGENDA, { id: meeting.id, version: 1, items: [{ title: 'Om det skjulte målet', goalId }, { title: 'Neste møte' }] });
    const consent = await prisma().consent.findFirstOrThrow({ where: { personId: ids.sofie, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } });
    const restriction = await prisma().consentRestriction.create({
      data: { municipalityId: consent.municipalityId, consentId: consent.id, kind: 'MATTER', goalId, description: 'Ikke dette målet' },
    });
    try {
      await clients.ingrid.data(SEND_AGENDA, { id: meeting.id, version: setAgenda.version });
      const mails = await outbox(meeting.id, 'AGENDA');
      const body = (start: string) => mails.find((m) => m.toAddress.startsWith(start))!.textBody;
      // The coordinator and the person see the whole agenda; a member, a relative who is no guardian and an outsider not the withheld goal.
      for (const start of ['ingrid.solberg@', 'sofie.berg@']) expect(body(start)).toContain('Om det skjulte målet');
      for (const start of ['per.aasen@', 'anders.vold@', 'kari.ekstern@']) {
        expect(body(start)).not.toContain('Om det skjulte målet');
        expect(body(start)).toContain('Neste møte');
      }
    } finally {
      await prisma().consentRestriction.delete({ where: { id: restriction.id } });
    }
  });

  it('tells those taken off the list that the meeting is cancelled for them, and the others of the change', async () => {
    const meeting = await planGroupMeeting(35);
    const kept = groupInvitees().filter((invitee) => invitee.userId !== ids.gp);
    await clients.ingrid.data(
      `mutation ($id: ID!, $input: MeetingUpdateInput!) { updateMeeting(meetingId: $id, version: 1, input: $input) { id } }`,
      { id: meeting.id, input: { invitees: kept } },
    );
    const cancellations = await outbox(meeting.id, 'CANCELLATION');
    expect(cancellations.map((m) => m.toAddress)).toEqual([expect.stringMatching(/^per\.aasen@/)]);
    const { event, calendar } = parseIcs(cancellations[0]!.ics!);
    expect([calendar.getFirstPropertyValue('method'), event.sequence]).toEqual(['CANCEL', 1]);
    expect((await outbox(meeting.id, 'UPDATE')).map((m) => m.toAddress)).not.toContainEqual(expect.stringMatching(/^per\.aasen@/));
    expect(await prisma().meetingAttendance.count({ where: { meetingId: meeting.id, userId: ids.gp } })).toBe(0);
    // The others stay invited.
    expect(await prisma().meetingAttendance.count({ where: { meetingId: meeting.id } })).toBe(kept.length);
  });

  it('refuses an edit from a stale version with CONFLICT and changes nothing', async () => {
    const meeting = await planGroupMeeting(31);
    await clients.ingrid.data(SET_AGENDA, { id: meeting.id, version: 1, items: [{ title: 'Først' }] });
    const stale = await clients.ingrid.gql(SET_AGENDA, { id: meeting.id, version: 1, items: [{ title: 'Andre' }] });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await prisma().agendaItem.findMany({ where: { meetingId: meeting.id } })).map((i) => i.title)).toEqual(['Først']);
  });
});

/** A group meeting of Sofie's moved into the past, with an agenda: one item on a goal, one not. */
async function heldMeeting(goalId: string, options: { minuteTaker?: string } = {}): Promise<Meeting> {
  const meeting = await planGroupMeeting(32, options.minuteTaker ? { minuteTakerUserId: options.minuteTaker } : {});
  const { setAgenda } = await clients.ingrid.data(SET_AGENDA, {
    id: meeting.id,
    version: 1,
    items: [{ title: 'Om målet', goalId }, { title: 'Skolen', invitees: [{ userId: ids.teacher }] }],
  });
  await prisma().meeting.update({ where: { id: meeting.id }, data: { startsAt: inDays(-1) } });
  return setAgenda;
}

const sofieGoal = async () =>
  (await prisma().goal.findFirstOrThrow({ where: { plan: { personId: ids.sofie, status: 'ACTIVE' }, removedAt: null, kind: 'SHORT_TERM' }, orderBy: { sortOrder: 'asc' } })).id;

describe(`minutes (${TEST_DATABASE})`, () => {
  it('refuses to finalise while parts are missing, naming each, and finalises complete minutes', async () => {
    const meeting = await heldMeeting(await sofieGoal());
    const refused = await clients.ingrid.gql(FINALISE, { id: meeting.id, version: meeting.version });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toBe(
      'Referatet kan ikke ferdigstilles ennå. Dette mangler: hvem som var til stede, om forrige referat ble godkjent, referat for hver sak, konklusjon for hver sak, tid og tema for neste møte, hvem som får referatet.',
    );
    expect(refused.errors![0]!.extensions!.fields!.map((f) => f.field)).toEqual(
      ['ATTENDANCE', 'PREVIOUS_MINUTES', 'ITEM_NOTES', 'CONCLUSIONS', 'NEXT_MEETING', 'RECIPIENTS'].map((part) => `minutes.${part}`),
    );
    const { meeting: read } = await clients.ingrid.data(GET, { id: meeting.id });
    expect(read.minutes.missingParts).toEqual(['ATTENDANCE', 'PREVIOUS_MINUTES', 'ITEM_NOTES', 'CONCLUSIONS', 'NEXT_MEETING', 'RECIPIENTS']);

    const { saveMinutes } = await clients.ingrid.data(SAVE_MINUTES, {
      id: meeting.id,
      version: meeting.version,
      input: {
        attendance: read.invitees.map((i: Meeting, index: number) => ({ inviteeId: i.id, present: index !== 1 })),
        items: read.agenda.map((item: Meeting) => ({ agendaItemId: item.id, notes: `Notat ${item.position}` })),
      },
    });
    expect(saveMinutes.minutes.missingParts).toEqual(['PREVIOUS_MINUTES', 'CONCLUSIONS', 'NEXT_MEETING', 'RECIPIENTS']);
    const again = await clients.ingrid.withLocale('nn').gql(FINALISE, { id: meeting.id, version: saveMinutes.version });
    expect(again.errors![0]!.message).toBe('Referatet kan ikkje ferdigstillast enno. Dette manglar: om førre referat vart godkjent, konklusjon for kvar sak, tid og tema for neste møte, kven som får referatet.');

    const { saveMinutes: complete } = await clients.ingrid.data(SAVE_MINUTES, {
      id: meeting.id,
      version: saveMinutes.version,
      input: {
        previousMinutesApproved: true,
        items: read.agenda.map((item: Meeting) => ({ agendaItemId: item.id, conclusion: `Konklusjon ${item.position}` })),
        nextMeetingAt: inDays(60).toISOString(),
        nextMeetingTopic: 'Evaluering',
        distribution: 'Ansvarsgruppen',
      },
    });
    expect(complete.minutes.missingParts).toEqual([]);
    const { finaliseMinutes } = await clients.ingrid.data(FINALISE, { id: meeting.id, version: complete.version });
    expect(finaliseMinutes).toMatchObject({ status: 'HELD', canWriteMinutes: false });
    expect(finaliseMinutes.minutes.finalisedByName).toBe('Ingrid Solberg');
    const notices = await outbox(meeting.id, 'MINUTES');
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) {
      expect(notice.textBody).toContain(`/mote/${meeting.id}`);
      expect(notice.textBody).not.toMatch(/Notat|Konklusjon/);
      expect(notice.subject).not.toMatch(/Sofie|Berg/);
    }
    expect(codeOf(await clients.ingrid.gql(SAVE_MINUTES, { id: meeting.id, version: finaliseMinutes.version, input: { distribution: 'x' } }))).toBe('CONFLICT');
  });

  it("asks for no previous minutes at a series' first meeting", async () => {
    const personId = await makePlanPerson(prisma(), { lastName: 'Forstemote' });
    const { planMeeting } = await clients.ingrid.data(PLAN, {
      input: { personId, type: 'COOPERATION', startsAt: inDays(5).toISOString(), location: 'Rådhuset', invitees: [{ userId: ids.ingrid }] },
    });
    await prisma().meeting.update({ where: { id: planMeeting.id }, data: { startsAt: inDays(-1) } });
    const { meeting } = await clients.ingrid.data(GET, { id: planMeeting.id });
    expect(meeting.minutes.missingParts).toEqual(['ATTENDANCE', 'ITEM_NOTES', 'CONCLUSIONS', 'NEXT_MEETING', 'RECIPIENTS']);
  });

  it('lets the minute taker (a member) write the minutes, not finalise them; other members see no draft', async () => {
    const meeting = await heldMeeting(await sofieGoal(), { minuteTaker: ids.physio });
    const { meeting: physioView } = await clients.physio.data(GET, { id: meeting.id });
    expect(physioView).toMatchObject({ canWriteMinutes: true, canManage: false });
    const { saveMinutes } = await clients.physio.data(SAVE_MINUTES, { id: meeting.id, version: meeting.version, input: { distribution: 'Gruppen' } });
    expect(saveMinutes.minutes.distribution).toBe('Gruppen');
    expect(codeOf(await clients.physio.gql(FINALISE, { id: meeting.id, version: saveMinutes.version }))).toBe('FORBIDDEN');
    const gpSave = await clients.gp.gql(SAVE_MINUTES, { id: meeting.id, version: saveMinutes.version, input: { distribution: 'Meg' } });
    expect(gpSave.errors![0]!.message).toBe('Bare koordinatoren og møtets referent kan skrive referatet.');
    const { meeting: gpView } = await clients.gp.data(GET, { id: meeting.id });
    expect(gpView.minutes).toBeNull();
    expect(gpView.agenda.every((item: Meeting) => item.notes === null)).toBe(true);
  });
});

describe(`action items (${TEST_DATABASE})`, () => {
  it('go to the responsible user’s tasks and under the goal once the minutes are final, and are marked done by them', async () => {
    const goalId = await sofieGoal();
    const meeting = await heldMeeting(goalId);
    const { addActionItem } = await clients.ingrid.data(ADD_ACTION, {
      id: meeting.id,
      version: meeting.version,
      input: { agendaItemId: meeting.agenda[0].id, description: 'Lage hjemmeøvelser', responsibleUserId: ids.physio, dueDate: osloDate(inDays(5)), goalId },
    });
    const item = addActionItem.actionItems.find((a: Meeting) => a.description === 'Lage hjemmeøvelser');
    expect(addActionItem.agenda[0].actionItems.map((a: Meeting) => a.id)).toEqual([item.id]);
    const TASKS = 'query { myTasks { id description dueDate overdue person { id } goalId canMarkDone version } }';
    // Not the responsible user's task until the minutes are final.
    expect((await clients.physio.data(TASKS)).myTasks.map((t: Meeting) => t.id)).not.toContain(item.id);

    await prisma().meeting.update({ where: { id: meeting.id }, data: { minutesFinalisedAt: new Date(), status: 'HELD' } });
    const { myTasks } = await clients.physio.data(TASKS);
    expect(myTasks.find((t: Meeting) => t.id === item.id)).toMatchObject({ description: 'Lage hjemmeøvelser', person: { id: ids.sofie }, goalId, canMarkDone: true });
    const dues = myTasks.map((t: Meeting) => t.dueDate ?? '9999');
    expect(dues).toEqual([...dues].sort());

    const GOAL_ITEMS = 'query ($p: ID!) { plan(personId: $p) { goals { id actionItems { id responsibleName } } } }';
    const underGoal = (await clients.gp.data(GOAL_ITEMS, { p: ids.sofie })).plan.goals.find((g: Meeting) => g.id === goalId);
    expect(underGoal.actionItems).toContainEqual({ id: item.id, responsibleName: 'Siri Vik' });

    const MARK = 'mutation ($id: ID!, $version: Int!) { markActionItemDone(actionItemId: $id, version: $version, done: true) { id doneAt version } }';
    expect(codeOf(await clients.gp.gql(MARK, { id: item.id, version: item.version }))).toBe('FORBIDDEN');
    const { markActionItemDone } = await clients.physio.data(MARK, { id: item.id, version: item.version });
    expect(markActionItemDone.doneAt).not.toBeNull();
    expect(codeOf(await clients.physio.gql(MARK, { id: item.id, version: item.version }))).toBe('CONFLICT');
    expect((await clients.physio.data(TASKS)).myTasks.map((t: Meeting) => t.id)).not.toContain(item.id);
    // The coordinator may mark it undone again.
    const UNMARK = 'mutation ($id: ID!, $version: Int!) { markActionItemDone(actionItemId: $id, version: $version, done: false) { doneAt version } }';
    expect((await clients.ingrid.data(UNMARK, { id: item.id, version: markActionItemDone.version })).markActionItemDone).toEqual({ doneAt: null, version: markActionItemDone.version + 1 });
    const history = await prisma().historyEntry.findMany({ where: { entityId: item.id }, orderBy: { at: 'asc' } });
    expect(history.map((entry) => entry.action)).toEqual(['actionItem.done', 'actionItem.reopened']);
  });

  it('are removed from minutes being written, from the meeting’s version', async () => {
    const meeting = await heldMeeting(await sofieGoal());
    const { addActionItem } = await clients.ingrid.data(ADD_ACTION, { id: meeting.id, version: meeting.version, input: { description: 'Feilført', responsibleText: 'Anders' } });
    const item = addActionItem.actionItems[0];
    const REMOVE = `mutation ($id: ID!, $version: Int!) { removeActionItem(actionItemId: $id, version: $version) { version actionItems { id } } }`;
    expect(codeOf(await clients.ingrid.gql(REMOVE, { id: item.id, version: meeting.version }))).toBe('CONFLICT');
    const { removeActionItem } = await clients.ingrid.data(REMOVE, { id: item.id, version: addActionItem.version });
    expect(removeActionItem).toEqual({ version: addActionItem.version + 1, actionItems: [] });
    expect(await prisma().actionItem.count({ where: { id: item.id } })).toBe(0);
  });
});

describe(`who sees what (${TEST_DATABASE})`, () => {
  it('hides from a member the agenda items and action items of a goal the consent withholds, and lets the coordinator see them', async () => {
    const goalId = await sofieGoal();
    const meeting = await heldMeeting(goalId);
    await clients.ingrid.data(ADD_ACTION, { id: meeting.id, version: meeting.version, input: { description: 'Skjult oppgave', responsibleText: 'Sofie', goalId } });
    await prisma().meeting.update({ where: { id: meeting.id }, data: { minutesFinalisedAt: new Date(), status: 'HELD' } });
    const consent = await prisma().consent.findFirstOrThrow({ where: { personId: ids.sofie, scope: 'INFORMATION_EXCHANGE', withdrawnAt: null } });
    const restriction = await prisma().consentRestriction.create({
      data: { municipalityId: consent.municipalityId, consentId: consent.id, kind: 'MATTER', goalId, description: 'Ikke dette målet' },
    });
    try {
      const { meeting: gpView } = await clients.gp.data(GET, { id: meeting.id });
      expect(gpView.agenda.map((item: Meeting) => item.title)).toEqual(['Skolen']);
      expect(gpView.actionItems.map((a: Meeting) => a.description)).not.toContain('Skjult oppgave');
      const { meeting: ingridView } = await clients.ingrid.data(GET, { id: meeting.id });
      expect(ingridView.agenda.map((item: Meeting) => item.title)).toEqual(['Om målet', 'Skolen']);
      expect(ingridView.actionItems.map((a: Meeting) => a.description)).toContain('Skjult oppgave');
    } finally {
      await prisma().consentRestriction.delete({ where: { id: restriction.id } });
    }
  });

  it('denies a member whose person withdrew the consent', async () => {
    expect(codeOf(await clients.gp.gql('query ($p: ID!) { meetings(personId: $p) { upcoming { id } } }', { p: ids.kristoffer }))).toBe('FORBIDDEN');
    const kristofferMeeting = await prisma().meeting.findFirstOrThrow({ where: { personId: ids.kristoffer } });
    expect(codeOf(await clients.gp.gql(GET, { id: kristofferMeeting.id }))).toBe('FORBIDDEN');
  });

  it('lets one invited to an agenda item only see the meeting’s time and place and that item, nothing else of the person', async () => {
    const meeting = await heldMeeting(await sofieGoal());
    const { meeting: view } = await clients.teacher.data(GET, { id: meeting.id });
    expect(view).toMatchObject({ location: 'Helsehuset', minutes: null, canManage: false, canWriteMinutes: false, canReadPlan: false });
    expect(view.agenda.map((item: Meeting) => item.title)).toEqual(['Skolen']);
    expect(view.invitees.every((i: Meeting) => i.email === null)).toBe(true);
    const { meetings } = await clients.teacher.data('query ($p: ID!) { meetings(personId: $p) { upcoming { id } past { id } canPlan canReadPlan inviteeCandidates { name } } }', { p: ids.sofie });
    const invitedTo = await prisma().meetingAttendance.findMany({ where: { userId: ids.teacher, meeting: { personId: ids.sofie } }, select: { meetingId: true } });
    expect([...meetings.upcoming, ...meetings.past].map((m: Meeting) => m.id).sort()).toEqual([...new Set(invitedTo.map((row) => row.meetingId))].sort());
    expect([...meetings.upcoming, ...meetings.past].map((m: Meeting) => m.id)).toContain(meeting.id);
    expect(meetings).toMatchObject({ canPlan: false, canReadPlan: false, inviteeCandidates: [] });
    expect(codeOf(await clients.teacher.gql('query ($p: ID!) { plan(personId: $p) { id } }', { p: ids.sofie }))).toBe('FORBIDDEN');
    const other = await prisma().meeting.findFirstOrThrow({ where: { personId: ids.sofie, id: { notIn: invitedTo.map((row) => row.meetingId) } } });
    expect(codeOf(await clients.teacher.gql(GET, { id: other.id }))).toBe('FORBIDDEN');
    const logged = await prisma().accessLogEntry.count({ where: { actorId: ids.teacher, personId: ids.sofie, action: 'meeting.read', denied: false } });
    expect(logged).toBeGreaterThanOrEqual(2);
  });

  it('shows the person their own meetings and finalised minutes, and lets invitees answer', async () => {
    const { meetings } = await clients.sofie.data(`query ($p: ID!) { meetings(personId: $p) { upcoming { id } past { id status minutes { finalisedAt } } canPlan } }`, { p: ids.sofie });
    expect(meetings.canPlan).toBe(false);
    expect(meetings.past.filter((m: Meeting) => m.status === 'HELD').every((m: Meeting) => m.minutes?.finalisedAt)).toBe(true);
    const meeting = await planGroupMeeting(33);
    const ANSWER = `mutation ($id: ID!) { answerInvitation(meetingId: $id, answer: ACCEPTED) { myAnswer } }`;
    expect((await clients.sofie.data(ANSWER, { id: meeting.id })).answerInvitation.myAnswer).toBe('ACCEPTED');
    expect((await clients.gp.data(ANSWER, { id: meeting.id })).answerInvitation.myAnswer).toBe('ACCEPTED');
    expect(codeOf(await clients.jonas.gql(ANSWER, { id: meeting.id }))).toBe('FORBIDDEN');
    // The link to the plan is offered to those who may open it: the person, the coordinator and a member, not KE.
    const canReadPlan = async (client: ApiClient) => (await client.data(GET, { id: meeting.id })).meeting.canReadPlan;
    expect([await canReadPlan(clients.sofie), await canReadPlan(clients.ingrid), await canReadPlan(clients.gp), await canReadPlan(clients.ke)]).toEqual([true, true, true, false]);
  });
});

describe(`reports (${TEST_DATABASE})`, () => {
  it('lists the matters for the leaders of the coordinator’s persons, and counts held meetings per coordinator and type', async () => {
    const { toLeadersItems } = await clients.ingrid.data('query { toLeadersItems { person { id } title kind } }');
    expect(toLeadersItems).toContainEqual({ person: { id: ids.sofie }, title: 'Ventetid på hjemmetjenesten', kind: 'RESOURCE_ALLOCATION' });
    const year = Number(osloDate(new Date()).slice(0, 4));
    const expected = await prisma().meeting.count({
      where: { status: 'HELD', createdById: ids.ingrid, startsAt: { gte: new Date(`${year - 1}-12-31T23:00:00Z`), lt: new Date(`${year}-12-31T23:00:00Z`) } },
    });
    const COUNTS = 'query ($year: Int!) { meetingCounts(year: $year) { coordinatorUserId type held } }';
    const own = (await clients.ingrid.data(COUNTS, { year })).meetingCounts;
    expect(own.every((c: Meeting) => c.coordinatorUserId === ids.ingrid)).toBe(true);
    expect(own.reduce((sum: number, c: Meeting) => sum + c.held, 0)).toBe(expected);
    const all = (await clients.ke.data(COUNTS, { year })).meetingCounts;
    expect(new Set(all.map((c: Meeting) => c.coordinatorUserId)).size).toBeGreaterThan(1);
  });
});
