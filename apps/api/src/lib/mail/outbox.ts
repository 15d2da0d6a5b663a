// The mail outbox. A change that causes mail (an invitation, an agenda, minutes) writes its mails
// here in its own transaction: when the change commits the mails exist, and when it rolls back
// they do not. The mail worker (mail-worker.ts) delivers them. One row per recipient, because
// each recipient's text is built with what their consent lets them see.
import { randomUUID } from 'node:crypto';
import type { MailKind } from '../../generated/prisma/client';
import type { Transaction } from '../versioned';

export interface OutgoingMail {
  kind: MailKind;
  meetingId?: string | null;
  /** The person the mail is about; the subject never names them. */
  personId?: string | null;
  recipientUserId?: string | null;
  toAddress: string;
  toName?: string | null;
  subject: string;
  textBody: string;
  /** The .ics attachment (meetingCalendar) and the SEQUENCE it carries. */
  ics?: string | null;
  icsSequence?: number | null;
}

export interface OutboxSender {
  municipalityId: string;
  /** The user whose change causes the mail: it shows on their "sent mail" page. */
  userId: string | null;
}

/** The host part of Message-ID headers (MAIL_MESSAGE_ID_DOMAIN, else samhandling.local). */
const messageIdDomain = (): string => process.env.MAIL_MESSAGE_ID_DOMAIN?.trim() || 'samhandling.local';

/** Writes the mails into the outbox, inside the caller's transaction; one statement for any number. */
export async function enqueueMails(tx: Transaction, sender: OutboxSender, mails: OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.outboxMail.createMany({
    data: mails.map((mail) => ({
      municipalityId: sender.municipalityId,
      createdById: sender.userId,
      kind: mail.kind,
      meetingId: mail.meetingId ?? null,
      personId: mail.personId ?? null,
      recipientUserId: mail.recipientUserId ?? null,
      toAddress: mail.toAddress,
      toName: mail.toName ?? null,
      subject: mail.subject,
      textBody: mail.textBody,
      ics: mail.ics ?? null,
      icsSequence: mail.icsSequence ?? null,
      // Fixed when written: every delivery attempt carries the same Message-ID.
      messageId: `<${randomUUID()}@${messageIdDomain()}>`,
    })),
  });
}
