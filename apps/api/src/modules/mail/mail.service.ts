// What the outbox sent: the "sent mail" page (in demo mode, where nothing leaves the server, the
// only place to see it) and the calendar file of one mail. KE sees the municipality's mail, a
// coordinator the mail their own changes caused ('mail.sent': tenant or own). The mails are
// about persons, so showing them is logged for each person.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { notFound } from '../../graphql/errors';
import { requireWellFormedId } from '../../graphql/ids';
import type { MadeFile } from '../../lib/file-route';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/keyset-cursor';
import { calendarMethod } from '../../lib/mail/mail-worker';
import { recordAccess } from '../access-log/access-log.service';
import { authorizeLogged } from '../auth/authorize-logged';
import type { AccessScope } from '../auth/policy';
import type { SentMailArgs } from './mail.input';
import type { SentMailPage } from './mail.type';

const ACTION = 'mail.sent';

/** Where the web app downloads a mail's calendar file. */
export const mailCalendarUrl = (mailId: string): string => `/api/mail/${mailId}/ics`;

/** The mails the viewer may see: the tenant client keeps them to the municipality. */
const visibleTo = (ctx: Context, access: AccessScope) => (access.relationship === 'tenant' ? {} : { createdById: viewerOf(ctx).userId });

type PageKey = [createdAt: string, id: string];

export async function sentMailPage(ctx: Context, access: AccessScope, args: SentMailArgs): Promise<SentMailPage> {
  const visible = visibleTo(ctx, access);
  const after = args.after ? decodeKeysetCursor<PageKey>(args.after, 2) : null;
  const before = after ? { OR: [{ createdAt: { lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { lt: after[1] } }] } : {};
  const [rows, totalCount] = await Promise.all([
    ctx.db.outboxMail.findMany({
      where: { ...visible, ...before },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: args.first + 1,
    }),
    ctx.db.outboxMail.count({ where: visible }),
  ]);
  const hasMore = rows.length > args.first;
  const page = rows.slice(0, args.first);
  const senderIds = [...new Set(page.flatMap((row) => (row.createdById ? [row.createdById] : [])))];
  const senders = await ctx.db.user.findMany({ where: { id: { in: senderIds } }, select: { id: true, name: true } });
  const senderName = new Map(senders.map((user) => [user.id, user.name]));
  await recordAccess(ctx, page.flatMap((row) => (row.personId ? [row.personId] : [])), ACTION);
  const last = page[page.length - 1];
  return {
    entries: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      to: row.toAddress,
      toName: row.toName,
      subject: row.subject,
      textBody: row.textBody,
      attempts: row.attempts,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null,
      lastError: row.lastError,
      meetingId: row.meetingId,
      hasCalendar: row.ics !== null,
      calendarUrl: row.ics !== null ? mailCalendarUrl(row.id) : null,
      calendarSequence: row.icsSequence,
      senderName: row.createdById ? (senderName.get(row.createdById) ?? null) : null,
    })),
    totalCount,
    hasMore,
    nextCursor: hasMore && last ? encodeKeysetCursor([last.createdAt.toISOString(), last.id] satisfies PageKey) : null,
  };
}

/**
 * The calendar file of one mail, for those who may see the mail; the download is logged for the
 * person it is about, and a refused attempt too (marked denied). Another coordinator's mail is
 * not found, as on the list.
 */
export async function mailCalendar(ctx: Context, mailId: string): Promise<MadeFile> {
  const person = async () => {
    requireWellFormedId('mailId', mailId);
    const row = await ctx.db.outboxMail.findUnique({ where: { id: mailId }, select: { personId: true } });
    return row?.personId ? { personId: row.personId } : undefined;
  };
  const access = await authorizeLogged(ctx, ACTION, person);
  const mail = await ctx.db.outboxMail.findFirst({
    where: { id: mailId, ...visibleTo(ctx, access) },
    select: { ics: true, kind: true, personId: true },
  });
  if (!mail?.ics) throw notFound();
  if (mail.personId) await recordAccess(ctx, [mail.personId], ACTION);
  return {
    body: Buffer.from(mail.ics, 'utf8'),
    fileName: mail.kind === 'CANCELLATION' ? 'avlysning.ics' : 'invitasjon.ics',
    contentType: `text/calendar; charset=utf-8; method=${calendarMethod(mail.ics)}`,
  };
}
