// The "sent mail" page and its calendar download, per role through HTTP: KE sees the
// municipality's mail, a coordinator the mail they caused, the others nothing; every person shown
// is logged; in demo mode (no SMTP_URL) the server's worker marks the mails SENT.
import ICAL from 'ical.js';
import { DEMO_MUNICIPALITY, DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { enqueueMails } from '../../lib/mail/outbox';
import { tenantClient } from '../../lib/tenant';
import { sentMailFixture } from '../../test-support/mail';
import { type ApiClient, useTestServer } from '../../test-support/test-server';

jest.setTimeout(120_000);

const server = useTestServer({ MAIL_WORKER: '1', MAIL_POLL_MS: '50' });
const prisma = () => server().database.prisma;

const SENT_MAIL = `query ($first: Int!, $after: String) {
  sentMail(first: $first, after: $after) {
    totalCount hasMore nextCursor
    entries { id kind status to toName subject textBody attempts createdAt sentAt nextAttemptAt lastError meetingId hasCalendar calendarUrl calendarSequence senderName }
  }
}`;

interface Ids {
  municipalityId: string;
  sofie: string;
  emil: string;
  ingrid: string;
  jonas: string;
}
let ids: Ids;
const clients = {} as Record<'ke' | 'ingrid' | 'jonas' | 'gp' | 'leader' | 'citizen', ApiClient>;

const userId = async (username: string) => (await prisma().user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
const personId = async (person: { firstName: string; lastName: string }) => (await prisma().person.findFirstOrThrow({ where: person, select: { id: true } })).id;

beforeAll(async () => {
  ids = {
    municipalityId: (await prisma().municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id,
    sofie: await personId(DEMO_PERSONS.citizen),
    emil: await personId(DEMO_PERSONS.guardianChild),
    ingrid: await userId(DEMO_USERNAMES.coordinator),
    jonas: await userId(DEMO_USERNAMES.childCoordinator),
  };
  clients.ke = await server().signIn(DEMO_USERNAMES.systemCoordinator);
  clients.ingrid = await server().signIn(DEMO_USERNAMES.coordinator);
  clients.jonas = await server().signIn(DEMO_USERNAMES.childCoordinator);
  clients.gp = await server().signIn(DEMO_USERNAMES.gp);
  clients.leader = await server().signIn(DEMO_USERNAMES.unitLeader);
  clients.citizen = await server().signIn(DEMO_USERNAMES.citizen);
});

beforeEach(async () => {
  await prisma().outboxMail.deleteMany({});
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const logEntries = (actorId: string, person: string, denied = false) =>
  prisma().accessLogEntry.count({ where: { actorId, personId: person, action: 'mail.sent', denied } });

describe('sentMail', () => {
  it("shows KE the municipality's mail, newest first, a page at a time, with the senders' names", async () => {
    const meeting = await prisma().meeting.findFirstOrThrow({ where: { personId: ids.sofie }, select: { id: true } });
    await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid, subject: 'Eldst', createdAt: minutesAgo(30), meetingId: meeting.id });
    await sentMailFixture(prisma(), { personId: ids.emil, createdById: ids.jonas, subject: 'Midt', createdAt: minutesAgo(20), withCalendar: false, kind: 'MINUTES' });
    await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid, subject: 'Nyest', createdAt: minutesAgo(10), status: 'FAILED' });
    // Another municipality's mail is not KE's to see.
    const other = await prisma().municipality.create({ data: { name: 'Nabo kommune', number: '9911' } });
    const stranger = await prisma().person.create({ data: { municipalityId: other.id, firstName: 'Ola', lastName: 'Nabo', dateOfBirth: new Date('1980-01-01') } });
    await sentMailFixture(prisma(), { personId: stranger.id, createdById: null, subject: 'Nabo', createdAt: minutesAgo(5) });

    const first = (await clients.ke.data(SENT_MAIL, { first: 2 })).sentMail;
    expect(first).toMatchObject({ totalCount: 3, hasMore: true });
    expect(first.entries.map((mail: { subject: string }) => mail.subject)).toEqual(['Nyest', 'Midt']);
    expect(first.entries[0]).toMatchObject({
      kind: 'INVITATION',
      status: 'FAILED',
      to: 'per.aasen@legesenter.no',
      toName: 'Per Aasen',
      textBody: expect.stringContaining('Du er invitert'),
      hasCalendar: true,
      calendarUrl: `/api/mail/${first.entries[0].id}/ics`,
      calendarSequence: 0,
      senderName: 'Ingrid Solberg',
      sentAt: null,
      nextAttemptAt: null,
    });
    expect(first.entries[1]).toMatchObject({ kind: 'MINUTES', hasCalendar: false, calendarUrl: null, calendarSequence: null, senderName: 'Jonas Lie' });

    const second = (await clients.ke.data(SENT_MAIL, { first: 2, after: first.nextCursor })).sentMail;
    expect(second).toMatchObject({ totalCount: 3, hasMore: false, nextCursor: null });
    expect(second.entries.map((mail: { subject: string; meetingId: string }) => [mail.subject, mail.meetingId])).toEqual([['Eldst', meeting.id]]);

    const ke = await userId(DEMO_USERNAMES.systemCoordinator);
    expect(await logEntries(ke, ids.sofie)).toBeGreaterThanOrEqual(2);
    expect(await logEntries(ke, ids.emil)).toBe(1);
  });

  it('shows a coordinator only the mail their own changes caused', async () => {
    await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid, subject: 'Fra Ingrid' });
    await sentMailFixture(prisma(), { personId: ids.emil, createdById: ids.jonas, subject: 'Fra Jonas' });

    const ingrid = (await clients.ingrid.data(SENT_MAIL, { first: 20 })).sentMail;
    expect(ingrid.totalCount).toBe(1);
    expect(ingrid.entries.map((mail: { subject: string }) => mail.subject)).toEqual(['Fra Ingrid']);
    const jonas = (await clients.jonas.data(SENT_MAIL, { first: 20 })).sentMail;
    expect(jonas.entries.map((mail: { subject: string }) => mail.subject)).toEqual(['Fra Jonas']);
    expect(await logEntries(ids.jonas, ids.sofie)).toBe(0);
    expect(await logEntries(ids.jonas, ids.emil)).toBeGreaterThanOrEqual(1);
  });

  it('is refused to the other roles, and to no one signed in', async () => {
    await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid });
    for (const client of [clients.gp, clients.leader, clients.citizen]) {
      const result = await client.gql(SENT_MAIL, { first: 5 });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect((await server().anonymous().gql(SENT_MAIL, { first: 5 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a page size out of range and a cursor that is not one', async () => {
    expect((await clients.ke.gql(SENT_MAIL, { first: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await clients.ke.gql(SENT_MAIL, { first: 5, after: 'nonsense' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('in demo mode (no SMTP_URL) the server marks mail written to the outbox as SENT, and the page shows it', async () => {
    await tenantClient(prisma(), ids.municipalityId).$transaction((tx) =>
      enqueueMails(tx, { municipalityId: ids.municipalityId, userId: ids.ingrid }, [
        { kind: 'AGENDA', personId: ids.sofie, toAddress: 'per.aasen@legesenter.no', toName: 'Per Aasen', subject: 'Saksliste til ansvarsgruppemøte', textBody: 'Saksliste: 1. Tiltak' },
      ]),
    );
    const deadline = Date.now() + 10_000;
    let mail: { status: string; sentAt: string | null; attempts: number; subject: string } | undefined;
    while (Date.now() < deadline) {
      mail = (await clients.ingrid.data(SENT_MAIL, { first: 1 })).sentMail.entries[0];
      if (mail?.status === 'SENT') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(mail).toMatchObject({ status: 'SENT', attempts: 1, subject: 'Saksliste til ansvarsgruppemøte', sentAt: expect.any(String) });
  });
});

describe('GET /api/mail/:mailId/ics', () => {
  it('downloads the calendar file for the sender and KE, and logs it for the person', async () => {
    const { mailId, ics } = await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid });
    const before = await logEntries(ids.ingrid, ids.sofie);
    for (const client of [clients.ingrid, clients.ke]) {
      const response = await client.fetch(`/api/mail/${mailId}/ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="invitasjon.ics"');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.text();
      expect(body).toBe(ics);
      const calendar = new ICAL.Component(ICAL.parse(body));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    }
    expect(await logEntries(ids.ingrid, ids.sofie)).toBe(before + 1);
  });

  it('names a cancellation as one', async () => {
    const { mailId } = await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid, kind: 'CANCELLATION' });
    const response = await clients.ingrid.fetch(`/api/mail/${mailId}/ics`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="avlysning.ics"');
  });

  it("is refused to the other roles, not found for another coordinator's mail or a mail without one", async () => {
    const { mailId } = await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid });
    const gp = await userId(DEMO_USERNAMES.gp);
    for (const client of [clients.gp, clients.leader, clients.citizen]) {
      const response = await client.fetch(`/api/mail/${mailId}/ics`);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    }
    // The role alone refuses them, before the mail is looked up: nothing of the person was reached.
    expect(await logEntries(gp, ids.sofie, true)).toBe(0);
    expect((await server().anonymous().fetch(`/api/mail/${mailId}/ics`)).status).toBe(401);

    const jonasBefore = await logEntries(ids.jonas, ids.sofie);
    expect((await clients.jonas.fetch(`/api/mail/${mailId}/ics`)).status).toBe(404);
    expect(await logEntries(ids.jonas, ids.sofie)).toBe(jonasBefore);

    const { mailId: plain } = await sentMailFixture(prisma(), { personId: ids.sofie, createdById: ids.ingrid, withCalendar: false });
    expect((await clients.ingrid.fetch(`/api/mail/${plain}/ics`)).status).toBe(404);
    expect((await clients.ingrid.fetch('/api/mail/00000000-0000-4000-8000-000000000000/ics')).status).toBe(404);
    expect((await clients.ingrid.fetch('/api/mail/not-an-id/ics')).status).toBe(400);
  });
});
