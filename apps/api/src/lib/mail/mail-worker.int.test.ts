// The mail worker against a real SMTP server in the test process and a real database: what
// arrives (recipients, subject, Message-ID, the calendar part parsed with ical.js), an outage
// in the middle of a run, two workers on one outbox, backoff, giving up, and demo mode.
import net from 'node:net';
import { Writable } from 'node:stream';
import ICAL from 'ical.js';
import { osloStartOfDay } from '@samhandling/shared';
import { DEMO_MUNICIPALITY } from '../../demo/personas';
import type { MailConfig } from '../../config/config';
import { SmtpTestServer } from '../../test-support/smtp';
import { openDatabase, type Database } from '../db';
import { createLogger, type Logger } from '../logger';
import { TEST_DATABASE, useTestServer } from '../../test-support/test-server';
import { tenantClient } from '../tenant';
import { meetingCalendar, meetingUid, type MeetingCalendarInput } from '../ics/meeting-calendar';
import { enqueueMails, type OutgoingMail } from './outbox';
import { backoffMs, createMailTransport, describeMailError, MailWorker, type MailRound } from './mail-worker';

jest.setTimeout(120_000);

const server = useTestServer();
const silent = createLogger('silent');

const CONFIG: Omit<MailConfig, 'smtpUrl' | 'worker'> = {
  from: 'Samhandling Fjordvik <noreply@fjordvik.kommune.no>',
  pollMs: 50,
  batchSize: 10,
  maxAttempts: 10,
  backoffBaseMs: 30_000,
  backoffMaxMs: 3_600_000,
};

let municipalityId: string;
const workers: MailWorker[] = [];
const smtpServers: SmtpTestServer[] = [];

beforeAll(async () => {
  municipalityId = (await server().database.prisma.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
});

beforeEach(async () => {
  await server().database.prisma.outboxMail.deleteMany({});
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await Promise.all(smtpServers.splice(0).map((smtp) => smtp.stop()));
});

async function smtpServer(options?: ConstructorParameters<typeof SmtpTestServer>[0]): Promise<SmtpTestServer> {
  const smtp = new SmtpTestServer(options);
  smtpServers.push(smtp);
  await smtp.start();
  return smtp;
}

function worker(smtpUrl: string | undefined, config: Partial<typeof CONFIG> = {}, options: { database?: Database; log?: Logger; workerId?: string } = {}): MailWorker {
  const made = new MailWorker({
    prisma: (options.database ?? server().database).prisma,
    transport: createMailTransport({ smtpUrl }),
    log: options.log ?? silent,
    config: { ...CONFIG, ...config },
    workerId: options.workerId,
  });
  workers.push(made);
  return made;
}

/** Rounds until one claims nothing. */
async function drain(mailWorker: MailWorker): Promise<MailRound> {
  const total: MailRound = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const round = await mailWorker.runOnce();
    if (round.claimed === 0) return total;
    for (const key of Object.keys(total) as Array<keyof MailRound>) total[key] += round[key];
  }
}

const mail = (n: number, overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
  kind: 'INVITATION',
  toAddress: `mottaker${n}@example.no`,
  toName: `Mottaker ${n}`,
  subject: `Invitasjon til møte ${n}`,
  textBody: `Du er invitert til møte ${n}.`,
  ...overrides,
});

async function enqueue(mails: OutgoingMail[]): Promise<void> {
  await tenantClient(server().database.prisma, municipalityId).$transaction((tx) => enqueueMails(tx, { municipalityId, userId: null }, mails));
}

const rows = () => server().database.prisma.outboxMail.findMany({ orderBy: { createdAt: 'asc' } });
/** Makes every pending mail due now (instead of waiting out the backoff). */
const makeDue = () => server().database.prisma.outboxMail.updateMany({ where: { status: 'PENDING' }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

/** 10:00 in Oslo on the day. */
const tenInOslo = (day: string) => new Date(osloStartOfDay(day).getTime() + 10 * 3_600_000);

function calendarFor(meetingId: string, startsAt: Date, overrides: Partial<MeetingCalendarInput> = {}): string {
  return meetingCalendar({
    meetingId,
    sequence: 0,
    cancelled: false,
    startsAt,
    durationMinutes: 90,
    summary: 'Ansvarsgruppemøte',
    location: 'Fjordvik helsehus, møterom 2',
    videoLink: null,
    description: 'Saksliste følger.',
    organizer: { name: 'Ingrid Solberg', email: 'ingrid.solberg@fjordvik.kommune.no' },
    attendees: [
      { name: 'Per Aasen', email: 'per.aasen@legesenter.no' },
      { name: 'Siri Vik', email: 'siri.vik@fjordvik.kommune.no', optional: true },
    ],
    now: new Date('2025-12-01T08:00:00Z'),
    ...overrides,
  });
}

/** The event of a calendar text, parsed with ical.js. */
function eventOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const osloClock = (instant: Date) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

describe('the mail worker', () => {
  it('delivers each mail to its recipient with its subject, fixed Message-ID and the invitation as text/calendar', async () => {
    const smtp = await smtpServer();
    const winter = '11111111-1111-4111-8111-111111111111';
    const summer = '22222222-2222-4222-8222-222222222222';
    await enqueue([
      mail(1, { ics: calendarFor(winter, tenInOslo('2026-01-15')), icsSequence: 0 }),
      mail(2, { ics: calendarFor(summer, tenInOslo('2026-06-15'), { sequence: 3 }), icsSequence: 3, kind: 'UPDATE', subject: 'Endret møte: ansvarsgruppe' }),
      mail(3, { kind: 'MINUTES', subject: 'Referat er klart' }),
    ]);
    const stored = await rows();

    expect(await drain(worker(smtp.url))).toEqual({ claimed: 3, sent: 3, retried: 0, failed: 0 });

    expect(smtp.received).toHaveLength(3);
    const byTo = new Map(smtp.received.map((received) => [received.envelopeTo[0], received]));
    for (const [n, row] of stored.entries()) {
      const received = byTo.get(`mottaker${n + 1}@example.no`)!;
      expect(received.envelopeTo).toEqual([row.toAddress]);
      expect(received.parsed.to).toMatchObject({ value: [{ address: row.toAddress, name: row.toName }] });
      expect(received.parsed.from?.value[0]).toMatchObject({ address: 'noreply@fjordvik.kommune.no', name: 'Samhandling Fjordvik' });
      expect(received.parsed.subject).toBe(row.subject);
      expect(received.parsed.messageId).toBe(row.messageId);
      expect(received.parsed.text?.trim()).toBe(row.textBody);
    }

    // The calendar part: text/calendar with the iTIP method, the meeting's UID and SEQUENCE, the right instant.
    const cases = [
      { n: 1, uid: meetingUid(winter), sequence: 0, start: '2026-01-15T09:00:00.000Z', end: '2026-01-15T10:30:00.000Z' },
      { n: 2, uid: meetingUid(summer), sequence: 3, start: '2026-06-15T08:00:00.000Z', end: '2026-06-15T09:30:00.000Z' },
    ];
    for (const expected of cases) {
      const received = byTo.get(`mottaker${expected.n}@example.no`)!;
      expect(received.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      const part = received.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
      expect(part).toBeDefined();
      const { calendar, vevent, event } = eventOf(part!.content.toString('utf8'));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(event.uid).toBe(expected.uid);
      expect(event.sequence).toBe(expected.sequence);
      expect(event.startDate.toJSDate().toISOString()).toBe(expected.start);
      expect(event.endDate.toJSDate().toISOString()).toBe(expected.end);
      expect(osloClock(event.startDate.toJSDate())).toBe('10:00');
      expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
      // A URI's scheme is case-insensitive (ical-generator writes MAILTO:).
      expect(event.organizer.toLowerCase()).toBe('mailto:ingrid.solberg@fjordvik.kommune.no');
      const attendees = event.attendees.map((attendee) => ({ value: String(attendee.getFirstValue()).replace(/^mailto:/i, 'mailto:'), role: attendee.getParameter('role'), cn: attendee.getParameter('cn') }));
      expect(attendees).toEqual([
        { value: 'mailto:per.aasen@legesenter.no', role: 'REQ-PARTICIPANT', cn: 'Per Aasen' },
        { value: 'mailto:siri.vik@fjordvik.kommune.no', role: 'OPT-PARTICIPANT', cn: 'Siri Vik' },
      ]);
    }
    expect(byTo.get('mottaker3@example.no')!.parsed.attachments).toEqual([]);

    const after = await rows();
    expect(after.map((row) => [row.status, row.attempts, row.lastError, row.claimedBy])).toEqual(Array(3).fill(['SENT', 1, null, null]));
    for (const row of after) expect(Math.abs(row.sentAt!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('a cancellation goes out as text/calendar;method=CANCEL', async () => {
    const smtp = await smtpServer();
    const meetingId = '33333333-3333-4333-8333-333333333333';
    await enqueue([mail(1, { kind: 'CANCELLATION', ics: calendarFor(meetingId, tenInOslo('2026-03-02'), { cancelled: true, sequence: 2 }), icsSequence: 2 })]);
    await drain(worker(smtp.url));
    const [received] = smtp.received;
    expect(received!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/i);
    const part = received!.parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar')!;
    const { calendar, vevent, event } = eventOf(part.content.toString('utf8'));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect([event.uid, event.sequence]).toEqual([meetingUid(meetingId), 2]);
  });

  it('loses nothing and sends nothing twice when the SMTP server stops in the middle of a run', async () => {
    // Accepts the first message, then goes down.
    const smtp: SmtpTestServer = await smtpServer({ onAccepted: () => void (smtp.received.length === 1 && smtp.stop()) });
    await enqueue([1, 2, 3, 4, 5].map((n) => mail(n)));
    const before = await rows();

    const first = await drain(worker(smtp.url, { backoffBaseMs: 30_000 }));
    expect(first).toEqual({ claimed: 5, sent: 1, retried: 4, failed: 0 });
    expect(smtp.received).toHaveLength(1);

    const afterOutage = await rows();
    const pending = afterOutage.filter((row) => row.status === 'PENDING');
    expect(pending).toHaveLength(4);
    for (const row of pending) {
      expect(row.attempts).toBe(1);
      expect(row.claimedBy).toBeNull();
      expect(row.lastError).toMatch(/^E[A-Z]+/);
      expect(row.lastError).not.toContain('@');
      // 30 s from the failed attempt (the database's clock and this one agree within seconds).
      expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
      expect(row.nextAttemptAt.getTime() - Date.now()).toBeLessThan(31_000);
    }
    // Not yet due: a round now finds nothing.
    const impatient = worker(smtp.url);
    expect(await impatient.runOnce()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });

    // The server comes back on the same port, and the backoff has passed.
    const port = smtp.port;
    await smtp.start();
    expect(smtp.port).toBe(port);
    await makeDue();
    expect(await drain(worker(smtp.url))).toEqual({ claimed: 4, sent: 4, retried: 0, failed: 0 });

    const counts = smtp.countsByMessageId();
    expect([...counts.keys()].sort()).toEqual(before.map((row) => row.messageId).sort());
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
    const final = await rows();
    expect(final.every((row) => row.status === 'SENT')).toBe(true);
    expect(final.map((row) => row.attempts).sort()).toEqual([1, 2, 2, 2, 2]);
  });

  it('with two workers (as two replicas would run) each of 30 mails arrives exactly once', async () => {
    const smtp = await smtpServer();
    await enqueue(Array.from({ length: 30 }, (_, i) => mail(i + 1)));
    // On PostgreSQL each worker has its own pool, as another process would; PGlite has one connection.
    const second = TEST_DATABASE === 'postgres' ? await openDatabase({ databaseUrl: server().databaseUrl, poolSize: 2 }) : undefined;
    try {
      const a = worker(smtp.url, { batchSize: 4 }, { workerId: 'replica-a' });
      const b = worker(smtp.url, { batchSize: 4 }, { database: second, workerId: 'replica-b' });
      const [roundsA, roundsB] = await Promise.all([drain(a), drain(b)]);
      // Both took part, so the claims were contended.
      expect(roundsA.sent).toBeGreaterThan(0);
      expect(roundsB.sent).toBeGreaterThan(0);
      expect(roundsA.sent + roundsB.sent).toBe(30);
      expect(roundsA.claimed + roundsB.claimed).toBe(30);
      const counts = smtp.countsByMessageId();
      expect(counts.size).toBe(30);
      expect([...counts.values()].every((count) => count === 1)).toBe(true);
      expect((await rows()).every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
    } finally {
      await second?.close();
    }
  });

  it('a claim holds a row from another worker until it lapses', async () => {
    const smtp = await smtpServer();
    await enqueue([mail(1)]);
    const { prisma } = server().database;
    // A worker that claimed the row and died: the claim is in the future.
    await prisma.outboxMail.updateMany({ data: { claimedBy: 'crashed', claimedUntil: new Date(Date.now() + 60_000) } });
    const other = worker(smtp.url);
    expect((await other.runOnce()).claimed).toBe(0);
    await prisma.outboxMail.updateMany({ data: { claimedUntil: new Date(Date.now() - 1000) } });
    expect(await drain(other)).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it('waits longer after each failed attempt and marks the mail FAILED after MAIL_MAX_ATTEMPTS', async () => {
    // A port nothing listens on: every attempt fails to connect.
    const closed = await smtpServer();
    const url = closed.url;
    await closed.stop();
    await enqueue([mail(1)]);
    const failing = worker(url, { maxAttempts: 4, backoffBaseMs: 1000, backoffMaxMs: 3000 });

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await failing.runOnce()).toEqual({ claimed: 1, sent: 0, retried: 1, failed: 0 });
      const [row] = await rows();
      // Connection refused: nodemailer's code for a socket error.
      expect(row).toMatchObject({ status: 'PENDING', attempts: attempt, lastError: 'ESOCKET' });
      waits.push(row!.nextAttemptAt.getTime() - Date.now());
      await makeDue();
    }
    // 1 s, 2 s, then capped at 3 s (each measured a little after it was set).
    expect(waits.map((ms) => Math.round(ms / 1000))).toEqual([1, 2, 3]);

    expect(await failing.runOnce()).toEqual({ claimed: 1, sent: 0, retried: 0, failed: 1 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'FAILED', attempts: 4, lastError: 'ESOCKET', sentAt: null, claimedBy: null });
    await makeDue();
    expect((await failing.runOnce()).claimed).toBe(0);
  });

  it('gives up at once on a permanent refusal (5xx), retries a temporary one (4xx), and logs no address', async () => {
    const lines: string[] = [];
    const log = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    let offered = 0;
    const smtp = await smtpServer({ refuse: () => (++offered === 1 ? 550 : 451) });
    await enqueue([mail(1)]);
    expect(await worker(smtp.url, {}, { log }).runOnce()).toEqual({ claimed: 1, sent: 0, retried: 0, failed: 1 });
    expect((await rows())[0]).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'EMESSAGE SMTP 550' });

    await enqueue([mail(2)]);
    expect(await worker(smtp.url, {}, { log }).runOnce()).toEqual({ claimed: 1, sent: 0, retried: 1, failed: 0 });
    expect((await rows())[1]).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'EMESSAGE SMTP 451' });

    const logged = lines.join('');
    expect(logged).toContain('mail not delivered');
    for (const secret of ['mottaker', 'Mottaker', 'Invitasjon', 'example.no']) expect(logged).not.toContain(secret);
  });

  it('in demo mode (no SMTP_URL) marks the mails SENT and opens no connection', async () => {
    await enqueue([mail(1, { ics: calendarFor('44444444-4444-4444-8444-444444444444', tenInOslo('2026-02-01')) }), mail(2)]);
    const connect = jest.spyOn(net.Socket.prototype, 'connect');
    try {
      const demo = worker(undefined);
      expect(await drain(demo)).toEqual({ claimed: 2, sent: 2, retried: 0, failed: 0 });
      // Only the database's own connections (PostgreSQL's pool may open one), never to a mail server.
      const dbPort = server().databaseUrl ? Number(new URL(server().databaseUrl!).port || 5432) : undefined;
      const ports = connect.mock.calls.map(([options]) => (typeof options === 'object' ? (options as net.TcpNetConnectOpts).port : options));
      expect(ports.filter((port) => port !== dbPort)).toEqual([]);
    } finally {
      connect.mockRestore();
    }
    expect((await rows()).map((row) => row.status)).toEqual(['SENT', 'SENT']);
  });

  it('runs with the server: started by it, polling, stopped by its close', async () => {
    const smtp = await smtpServer();
    const { startTestServer } = await import('../../test-support/test-server');
    const withWorker = await startTestServer({ MAIL_WORKER: '1', MAIL_POLL_MS: '50', SMTP_URL: smtp.url });
    try {
      const id = (await withWorker.database.prisma.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number } })).id;
      await tenantClient(withWorker.database.prisma, id).$transaction((tx) => enqueueMails(tx, { municipalityId: id, userId: null }, [mail(1)]));
      const deadline = Date.now() + 10_000;
      while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(smtp.received).toHaveLength(1);
      const deadlineSent = Date.now() + 5_000;
      let row = await withWorker.database.prisma.outboxMail.findFirstOrThrow();
      while (row.status !== 'SENT' && Date.now() < deadlineSent) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        row = await withWorker.database.prisma.outboxMail.findFirstOrThrow();
      }
      expect(row.status).toBe('SENT');
    } finally {
      await withWorker.close();
    }
  });
});

describe('backoff and errors', () => {
  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => backoffMs(n, 30_000, 3_600_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
    expect(backoffMs(1000, 30_000, 3_600_000)).toBe(3_600_000);
  });

  it('keeps only the code of an error, never its text', () => {
    const error = Object.assign(new Error('Recipient command failed: 550 <kari@example.no> unknown'), { code: 'EENVELOPE', responseCode: 550 });
    expect(describeMailError(error)).toEqual({ text: 'EENVELOPE SMTP 550', permanent: true });
    expect(describeMailError(Object.assign(new Error('x'), { code: 'ECONNECTION' }))).toEqual({ text: 'ECONNECTION', permanent: false });
    expect(describeMailError(new Error('kari@example.no'))).toEqual({ text: 'ERROR', permanent: false });
  });
});
