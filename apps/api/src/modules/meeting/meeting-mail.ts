// The mail a meeting's changes send: one per invitee with an address, written to the outbox in
// the change's transaction (lib/mail/outbox.ts). Each is in the recipient's language where it is
// known (the person's), else bokmål; the subject names the kind of meeting and its time, never
// the person; and the body holds no more than the recipient's consent lets them see: an agenda
// lists only the items theirs to see, and the minutes' notice only says they are ready.
import { formatLongDate, formatTimeOfDay, isLocale, osloDate, translateServer, type ApiMessageKey, type Locale } from '@samhandling/shared';
import type { Config } from '../../config/config';
import type { Context } from '../../context';
import type { MailKind } from '../../generated/prisma/client';
import { meetingCalendar, type CalendarAttendee } from '../../lib/ics/meeting-calendar';
import { enqueueMails, type OutgoingMail } from '../../lib/mail/outbox';
import type { Transaction } from '../../lib/versioned';
import { activeAssignmentFilter, consentScopesOf, type AccessScope } from '../auth/policy';
import { planLinksOf } from './meeting.loaders';
import { agendaItemVisible } from './meeting.mapper';

/** What writing a meeting's mails needs of a request: its sender, its moment and the mail settings (the demo seed has no request). */
export interface MeetingMailContext extends Pick<Context, 'now'> {
  viewer: Pick<NonNullable<Context['viewer']>, 'userId' | 'name' | 'municipalityId'> | null;
  config: Pick<Config, 'publicUrl' | 'mail'>;
}

export interface MeetingMailOptions {
  /** Only these invitation rows get the mail (and are the calendar's attendees): e.g. those taken off the list. */
  attendanceIds?: string[];
}

interface Recipient {
  attendanceId: string;
  agendaItemId: string | null;
  name: string;
  email: string;
  userId: string | null;
  locale: Locale;
  /** What of the agenda is theirs to see. */
  sees: 'all' | 'consent' | 'unlinked';
}

/** The address in a From header ("Samhandling <noreply@kommune.no>"). */
const addressOf = (header: string): string => /<([^>]+)>/.exec(header)?.[1] ?? header.trim();

/** Writes the mails of `kind` for the meeting's invitees into the outbox, inside `tx`. */
export async function enqueueMeetingMails(
  tx: Transaction,
  ctx: MeetingMailContext,
  meetingId: string,
  kind: MailKind,
  options: MeetingMailOptions = {},
): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error('meeting mail needs a sender');
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      id: true,
      personId: true,
      type: true,
      startsAt: true,
      durationMinutes: true,
      location: true,
      videoLink: true,
      icsSequence: true,
      person: {
        select: {
          email: true,
          preferredLanguage: true,
          firstName: true,
          lastName: true,
          coordinatorAssigns: { where: activeAssignmentFilter(ctx.now), select: { coordinatorId: true } },
        },
      },
      attendance: {
        ...(options.attendanceIds ? { where: { id: { in: options.attendanceIds } } } : {}),
        orderBy: { id: 'asc' },
        select: {
          id: true,
          agendaItemId: true,
          userId: true,
          isPerson: true,
          externalName: true,
          externalEmail: true,
          answer: true,
          user: { select: { name: true, email: true, organisation: true, units: { select: { unitId: true } } } },
          relative: { select: { name: true, email: true, isGuardian: true } },
        },
      },
      agendaItems: kind === 'AGENDA' ? { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, goalId: true, measureId: true } } : false,
    },
  });
  const organizerRow = await tx.user.findUnique({ where: { id: viewer.userId }, select: { name: true, email: true } });
  const organizer = { name: organizerRow?.name ?? viewer.name, email: organizerRow?.email ?? addressOf(ctx.config.mail.from) };
  const coordinatorIds = new Set(meeting.person.coordinatorAssigns.map((a) => a.coordinatorId));
  const personName = `${meeting.person.firstName} ${meeting.person.lastName}`;
  const personLocale: Locale = isLocale(meeting.person.preferredLanguage) ? meeting.person.preferredLanguage : 'nb';

  const recipients: Recipient[] = [];
  for (const row of meeting.attendance) {
    const email = row.user?.email ?? row.relative?.email ?? (row.isPerson ? meeting.person.email : row.externalEmail);
    if (!email) continue;
    const staffSees = row.userId && coordinatorIds.has(row.userId) ? 'all' : 'consent';
    recipients.push({
      attendanceId: row.id,
      agendaItemId: row.agendaItemId,
      name: row.user?.name ?? row.relative?.name ?? (row.isPerson ? personName : (row.externalName ?? email)),
      email,
      userId: row.userId,
      locale: row.isPerson ? personLocale : 'nb',
      // The person and their guardians see their whole agenda; staff as the consent lets them; others what is not about the plan.
      sees: row.userId ? staffSees : row.isPerson || row.relative?.isGuardian ? 'all' : 'unlinked',
    });
  }
  if (recipients.length === 0) return;

  const agenda = meeting.agendaItems || [];
  const [links, consentScopes] =
    kind === 'AGENDA'
      ? await Promise.all([
          planLinksOf(tx, agenda.map((item) => item.goalId), agenda.map((item) => item.measureId)),
          consentScopesOf(
            tx,
            ctx.now,
            meeting.personId,
            meeting.attendance.filter((row) => row.user && recipients.some((r) => r.attendanceId === row.id && r.sees === 'consent')).map((row) => ({
              userId: row.userId!,
              unitIds: row.user!.units.map((u) => u.unitId),
              organisation: row.user!.organisation,
            })),
          ),
        ])
      : [null, new Map<string, AccessScope | null>()];

  const attendees: CalendarAttendee[] = recipients.map((r) => ({
    name: r.name,
    email: r.email,
    optional: r.agendaItemId !== null,
    answer: meeting.attendance.find((row) => row.id === r.attendanceId)?.answer,
  }));
  const link = `${ctx.config.publicUrl}/mote/${meeting.id}`;
  const calendarKinds: MailKind[] = ['INVITATION', 'UPDATE', 'CANCELLATION'];

  const mails: OutgoingMail[] = recipients.map((recipient) => {
    const t = (key: ApiMessageKey, params?: Record<string, string | number>) => translateServer(recipient.locale, key, params);
    const type = t(`meeting.type.${meeting.type}` as ApiMessageKey);
    const when = { type, kind: type.toLowerCase(), date: formatLongDate(recipient.locale, osloDate(meeting.startsAt)), time: formatTimeOfDay(recipient.locale, meeting.startsAt), link };
    const lines = [t('meeting.mail.greeting', { name: recipient.name }), '', t(`meeting.mail.body.${kind}` as ApiMessageKey, when)];
    if (kind !== 'MINUTES') {
      if (meeting.location) lines.push(t('meeting.mail.place', { place: meeting.location }));
      if (meeting.videoLink) lines.push(t('meeting.mail.video', { link: meeting.videoLink }));
    }
    if (kind === 'AGENDA') {
      const items = agenda.filter((item) => {
        if (recipient.agendaItemId && item.id !== recipient.agendaItemId) return false;
        if (recipient.sees === 'all') return true;
        if (recipient.sees === 'unlinked') return !item.goalId && !item.measureId;
        const scope = consentScopes.get(recipient.userId!);
        return !!scope && agendaItemVisible(scope, meeting.id, links!, item);
      });
      lines.push('', ...items.map((item) => t('meeting.mail.agendaItem', { position: item.position, title: item.title })));
      lines.push('', t('meeting.mail.agendaOnline', { link }));
    }
    lines.push('', t('meeting.mail.signature', { name: organizer.name }));
    const textBody = lines.join('\n');
    const ics = calendarKinds.includes(kind)
      ? meetingCalendar({
          meetingId: meeting.id,
          sequence: meeting.icsSequence,
          cancelled: kind === 'CANCELLATION',
          startsAt: meeting.startsAt,
          durationMinutes: meeting.durationMinutes,
          summary: type,
          location: meeting.location,
          videoLink: meeting.videoLink,
          description: t(`meeting.mail.body.${kind}` as ApiMessageKey, when),
          organizer,
          attendees,
          now: ctx.now,
        })
      : null;
    return {
      kind,
      meetingId: meeting.id,
      personId: meeting.personId,
      recipientUserId: recipient.userId,
      toAddress: recipient.email,
      toName: recipient.name,
      subject: t(`meeting.mail.subject.${kind}` as ApiMessageKey, when),
      textBody,
      ics,
      icsSequence: ics ? meeting.icsSequence : null,
    };
  });
  await enqueueMails(tx, { municipalityId: viewer.municipalityId, userId: viewer.userId }, mails);
}
