// The mail worker: delivers the outbox (outbox.ts) through nodemailer, with retries and backoff.
// Each round claims due rows in one statement (FOR UPDATE SKIP LOCKED, and a claim that lapses),
// so with several replicas each row is delivered by one of them; a row whose worker died is
// claimed again once its claim has lapsed. Delivery is at least once: a crash after the SMTP
// server accepted a mail but before SENT is stored sends it again, with the same Message-ID, by
// which receivers drop the repeat (docs/architecture.md, "Mail and calendar files").
//
// The worker uses the unscoped client on purpose: it serves every municipality, and it reads and
// writes only the outbox, by id, never on behalf of a viewer. Requests keep the tenant client.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config/config';
import type { Db } from '../db';
import type { Logger } from '../logger';

export interface MailTransport {
  transporter: Transporter;
  /** No SMTP_URL: messages are built in full but go nowhere, and the rows are marked SENT. */
  demo: boolean;
}

/** SMTP at SMTP_URL, or (demo mode) nodemailer's stream transport, which sends nothing over the network. */
export function createMailTransport(config: Pick<MailConfig, 'smtpUrl'>): MailTransport {
  if (!config.smtpUrl) return { transporter: nodemailer.createTransport({ streamTransport: true, buffer: true }), demo: true };
  return {
    transporter: nodemailer.createTransport({
      url: config.smtpUrl,
      // Shorter than nodemailer's defaults (up to 10 minutes), and well within a claim (CLAIM_MS):
      // a server that hangs is an attempt that failed, not a worker stuck holding its rows.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }),
    demo: false,
  };
}

export interface MailWorkerOptions {
  /** The unscoped client (see the top of this file). */
  prisma: Db;
  transport: MailTransport;
  log: Logger;
  config: Omit<MailConfig, 'smtpUrl' | 'worker'>;
  /** Names this worker's claims; unique per process by default. */
  workerId?: string;
  /** How long a claim holds a row; it is renewed just before each send. */
  claimMs?: number;
}

export interface MailRound {
  claimed: number;
  sent: number;
  /** Failed attempts that will be tried again. */
  retried: number;
  /** Given up: permanent refusals and the last allowed attempt. */
  failed: number;
}

interface ClaimedMail {
  id: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  textBody: string;
  ics: string | null;
  messageId: string;
  attempts: number;
  createdAt: Date;
}

/** A claim outlives one send with its timeouts (createMailTransport) by far. */
const CLAIM_MS = 5 * 60_000;

// Timestamps are UTC without time zone (as Prisma writes them): the database's clock, read as
// UTC, so every replica judges "due" and "lapsed" by the same clock whatever its session's zone.
const NOW = `(now() AT TIME ZONE 'UTC')`;

const workers = new Set<MailWorker>();

/** Asks this process's workers to look for due mail now (e.g. after a commit that wrote some). */
export function wakeMailWorker(): void {
  for (const worker of workers) worker.wake();
}

/** The wait after the nth failed attempt (n ≥ 1): base, 2 × base, 4 × base, ..., at most max. */
export function backoffMs(failedAttempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(failedAttempts - 1, 0), 30));
}

/**
 * What is stored and logged of an error: its code and the SMTP reply code, never its text,
 * which can name the recipient's address.
 */
export function describeMailError(error: unknown): { text: string; permanent: boolean } {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const smtp = typeof responseCode === 'number' ? responseCode : undefined;
  const parts = [typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'ERROR', smtp ? `SMTP ${smtp}` : null];
  // RFC 5321: a 5xx reply is permanent, so another attempt would be refused the same way.
  return { text: parts.filter(Boolean).join(' '), permanent: smtp !== undefined && smtp >= 500 && smtp < 600 };
}

/** The iTIP method of a calendar text (REQUEST, CANCEL, ...). */
export const calendarMethod = (ics: string): string => /^METHOD:([A-Z-]+)\r?$/m.exec(ics)?.[1] ?? 'REQUEST';

export class MailWorker {
  readonly workerId: string;
  private readonly claimMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Not polling (before start and after stop). */
  private stopped = true;
  /** stop() was called: a round in progress sends no more. */
  private stopping = false;
  private wakeRequested = false;

  constructor(private readonly options: MailWorkerOptions) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.claimMs = options.claimMs ?? CLAIM_MS;
  }

  /** Polls every pollMs (and when woken) until stop(). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.stopping = false;
    workers.add(this);
    this.schedule(0);
  }

  /**
   * Stops polling and waits for the send in progress, so its outcome is recorded; the rest of the
   * round's rows are released for another worker. The worker owns its transport and closes it.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    workers.delete(this);
    clearTimeout(this.timer);
    await this.running;
    this.options.transport.transporter.close();
  }

  /** Looks for due mail now instead of at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.wakeRequested = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), ms);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    if (this.stopped || this.running) return;
    const round = (async () => {
      try {
        // A full batch means more may be due: keep going until a round finds less.
        let result: MailRound;
        do {
          this.wakeRequested = false;
          result = await this.runOnce();
        } while (!this.stopped && (result.claimed >= this.options.config.batchSize || this.wakeRequested));
      } catch (error) {
        this.options.log.warn({ err: error, workerId: this.workerId }, 'mail worker round failed; trying again at the next poll');
      }
    })();
    this.running = round;
    await round;
    this.running = undefined;
    if (!this.stopped) this.schedule(this.options.config.pollMs);
  }

  /** One round: claims due mail and tries to deliver each, recording the outcome. */
  async runOnce(): Promise<MailRound> {
    const mails = await this.claim();
    const round: MailRound = { claimed: mails.length, sent: 0, retried: 0, failed: 0 };
    for (const [index, mail] of mails.entries()) {
      if (this.stopping) {
        // Shutting down: the rest go back at once rather than waiting for their claims to lapse.
        await this.release(mails.slice(index).map((m) => m.id));
        break;
      }
      if (!(await this.renewClaim(mail.id))) continue;
      try {
        await this.send(mail);
        await this.markSent(mail.id);
        round.sent += 1;
      } catch (error) {
        const outcome = await this.markFailedAttempt(mail, error);
        round[outcome] += 1;
      }
    }
    return round;
  }

  private async claim(): Promise<ClaimedMail[]> {
    const { prisma, config } = this.options;
    const rows = await prisma.$queryRawUnsafe<ClaimedMail[]>(
      `UPDATE "OutboxMail"
          SET "claimedBy" = $1, "claimedUntil" = ${NOW} + $2::int * interval '1 millisecond'
        WHERE "id" IN (
          SELECT "id" FROM "OutboxMail"
           WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${NOW}
             AND ("claimedUntil" IS NULL OR "claimedUntil" < ${NOW})
           ORDER BY "createdAt"
           LIMIT $3::int
           FOR UPDATE SKIP LOCKED)
        RETURNING "id", "toAddress", "toName", "subject", "textBody", "ics", "messageId", "attempts", "createdAt"`,
      this.workerId,
      this.claimMs,
      config.batchSize,
    );
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  /** Extends this worker's claim just before a send; false if the claim was lost (it lapsed and another took it). */
  private async renewClaim(id: string): Promise<boolean> {
    const count = await this.options.prisma.$executeRawUnsafe(
      `UPDATE "OutboxMail" SET "claimedUntil" = ${NOW} + $3::int * interval '1 millisecond'
        WHERE "id" = $1::uuid AND "claimedBy" = $2 AND "status" = 'PENDING'`,
      id,
      this.workerId,
      this.claimMs,
    );
    return count === 1;
  }

  private async release(ids: string[]): Promise<void> {
    await this.options.prisma.$executeRawUnsafe(
      `UPDATE "OutboxMail" SET "claimedBy" = NULL, "claimedUntil" = NULL WHERE "id" = ANY($1::uuid[]) AND "claimedBy" = $2`,
      ids,
      this.workerId,
    );
  }

  private async send(mail: ClaimedMail): Promise<void> {
    const { transport, config } = this.options;
    await transport.transporter.sendMail({
      from: config.from,
      to: { name: mail.toName ?? '', address: mail.toAddress },
      subject: mail.subject,
      text: mail.textBody,
      // The same on every attempt: a receiver that got an earlier one drops this.
      messageId: mail.messageId,
      headers: { 'Auto-Submitted': 'auto-generated' },
      // text/calendar;method=... as an alternative part (what calendars act on), and the same as an attachment.
      ...(mail.ics ? { icalEvent: { method: calendarMethod(mail.ics), content: mail.ics, filename: 'invitasjon.ics' } } : {}),
    });
  }

  private async markSent(id: string): Promise<void> {
    // Not conditional on the claim: the mail has gone, whoever holds the row now.
    await this.options.prisma.$executeRawUnsafe(
      `UPDATE "OutboxMail"
          SET "status" = 'SENT', "sentAt" = ${NOW}, "attempts" = "attempts" + 1,
              "lastError" = NULL, "claimedBy" = NULL, "claimedUntil" = NULL
        WHERE "id" = $1::uuid AND "status" = 'PENDING'`,
      id,
    );
  }

  private async markFailedAttempt(mail: ClaimedMail, error: unknown): Promise<'retried' | 'failed'> {
    const { prisma, config, log } = this.options;
    const { text, permanent } = describeMailError(error);
    const attempts = mail.attempts + 1;
    const giveUp = permanent || attempts >= config.maxAttempts;
    await prisma.$executeRawUnsafe(
      `UPDATE "OutboxMail"
          SET "attempts" = "attempts" + 1, "lastError" = $2,
              "status" = CASE WHEN $3::boolean THEN 'FAILED'::"MailStatus" ELSE 'PENDING'::"MailStatus" END,
              "nextAttemptAt" = ${NOW} + $4::int * interval '1 millisecond',
              "claimedBy" = NULL, "claimedUntil" = NULL
        WHERE "id" = $1::uuid AND "status" = 'PENDING'`,
      mail.id,
      text,
      giveUp,
      giveUp ? 0 : backoffMs(attempts, config.backoffBaseMs, config.backoffMaxMs),
    );
    // The row's id and the error's code only: no address, no subject.
    log.warn({ mailId: mail.id, attempts, error: text, gaveUp: giveUp }, giveUp ? 'mail not delivered: given up' : 'mail not delivered: will retry');
    return giveUp ? 'failed' : 'retried';
  }
}

/** The worker a server runs, or none when MAIL_WORKER=0. */
export function startMailWorker(prisma: Db, config: MailConfig, log: Logger): MailWorker | null {
  if (!config.worker) return null;
  const transport = createMailTransport(config);
  if (transport.demo) log.info('mail in demo mode (no SMTP_URL): mails are marked sent and go nowhere');
  const worker = new MailWorker({ prisma, transport, log, config });
  worker.start();
  return worker;
}
