// An invitation planned through the API reaches a real SMTP server (in the test process) by the
// server's own mail worker, with a calendar file a calendar can read: the meeting's UID and
// SEQUENCE, METHOD:REQUEST, the start at the time in Oslo, and the invitees as attendees.
import ICAL from 'ical.js';
import { formatTimeOfDay, osloStartOfDay, osloDate } from '@samhandling/shared';
import { DEMO_PERSONS, DEMO_USERNAMES } from '../../demo/personas';
import { meetingUid } from '../../lib/ics/meeting-calendar';
import { SmtpTestServer } from '../../test-support/smtp';
import { startTestServer, type TestServer } from '../../test-support/test-server';

jest.setTimeout(120_000);

let smtp: SmtpTestServer;
let server: TestServer;

beforeAll(async () => {
  smtp = new SmtpTestServer();
  await smtp.start();
  server = await startTestServer({ MAIL_WORKER: '1', MAIL_POLL_MS: '50', SMTP_URL: smtp.url, MAIL_FROM: 'Samhandling Fjordvik <noreply@fjordvik.kommune.no>' });
});

afterAll(async () => {
  await server?.close();
  await smtp?.stop();
});

async function until(done: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('delivers the invitation of a planned meeting with a valid calendar file', async () => {
  const prisma = server.database.prisma;
  const sofie = await prisma.person.findFirstOrThrow({ where: DEMO_PERSONS.citizen });
  const ingrid = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.coordinator } });
  const gp = await prisma.user.findUniqueOrThrow({ where: { username: DEMO_USERNAMES.gp } });
  // In summer time: 10:00 in Oslo is 08:00 UTC.
  const day = `${Number(osloDate(new Date()).slice(0, 4)) + 1}-06-15`;
  const startsAt = new Date(osloStartOfDay(day).getTime() + 10 * 3_600_000);
  const client = await server.signIn(DEMO_USERNAMES.coordinator);
  const { planMeeting } = await client.data('mutation ($input: MeetingInput!) { planMeeting(input: $input) { id } }', {
    input: {
      personId: sofie.id,
      type: 'RESPONSIBILITY_GROUP',
      startsAt: startsAt.toISOString(),
      location: 'Fjordvik helsehus, møterom 2',
      invitees: [{ userId: ingrid.id }, { userId: gp.id }, { externalName: 'Kari Ekstern', externalEmail: 'kari.ekstern@example.no' }],
    },
  });
  await until(async () => (await prisma.outboxMail.count({ where: { meetingId: planMeeting.id, status: { not: 'SENT' } } })) === 0);
  const mails = smtp.received.filter((mail) => mail.raw.includes(meetingUid(planMeeting.id)));
  expect(mails.map((mail) => mail.envelopeTo).flat().sort()).toEqual(['kari.ekstern@example.no', gp.email!, ingrid.email!].sort());

  const external = mails.find((mail) => mail.envelopeTo.includes('kari.ekstern@example.no'))!;
  expect(external.parsed.subject).toBe(`Invitasjon: Ansvarsgruppemøte 15. juni ${day.slice(0, 4)} kl. ${formatTimeOfDay('nb', startsAt)}`);
  expect(external.parsed.subject).not.toMatch(/Sofie|Berg/);
  expect(external.parsed.text).toContain('Du er invitert til ansvarsgruppemøte');
  const part = external.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar')!;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect([event.uid, event.sequence, event.summary, event.location]).toEqual([meetingUid(planMeeting.id), 0, 'Ansvarsgruppemøte', 'Fjordvik helsehus, møterom 2']);
  expect(event.startDate.toJSDate().toISOString()).toBe(`${day}T08:00:00.000Z`);
  expect(new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(event.startDate.toJSDate())).toBe('10:00');
  expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(90 * 60_000);
  expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, '')).sort()).toEqual(['kari.ekstern@example.no', gp.email!, ingrid.email!].sort());
  expect(String(event.organizer).replace(/^mailto:/i, '')).toBe(ingrid.email);
});
