// A sent mail about a person, written straight to the outbox (as the meeting code's enqueueMails
// would), with an invitation (.ics) of a meeting, for tests of the "sent mail" page and its route.
import { randomUUID } from 'node:crypto';
import type { MailKind, MailStatus } from '../generated/prisma/client';
import type { Db } from '../lib/db';
import { meetingCalendar } from '../lib/ics/meeting-calendar';

export interface SentMailFixture {
  personId: string;
  createdById: string | null;
  kind?: MailKind;
  status?: MailStatus;
  subject?: string;
  withCalendar?: boolean;
  meetingId?: string | null;
  createdAt?: Date;
}

export async function sentMailFixture(prisma: Db, fixture: SentMailFixture): Promise<{ mailId: string; personId: string; ics: string | null }> {
  const { municipalityId } = await prisma.person.findUniqueOrThrow({ where: { id: fixture.personId }, select: { municipalityId: true } });
  const cancelled = fixture.kind === 'CANCELLATION';
  const ics =
    fixture.withCalendar === false
      ? null
      : meetingCalendar({
          meetingId: fixture.meetingId ?? randomUUID(),
          sequence: cancelled ? 1 : 0,
          cancelled,
          startsAt: new Date('2026-03-10T09:00:00Z'),
          durationMinutes: 90,
          summary: 'Ansvarsgruppemøte',
          location: 'Fjordvik helsehus',
          videoLink: null,
          description: 'Saksliste følger.',
          organizer: { name: 'Ingrid Solberg', email: 'ingrid.solberg@fjordvik.kommune.no' },
          attendees: [{ name: 'Per Aasen', email: 'per.aasen@legesenter.no' }],
          now: new Date('2026-02-01T08:00:00Z'),
        });
  const mail = await prisma.outboxMail.create({
    data: {
      municipalityId,
      kind: fixture.kind ?? 'INVITATION',
      status: fixture.status ?? 'SENT',
      sentAt: (fixture.status ?? 'SENT') === 'SENT' ? new Date() : null,
      attempts: 1,
      meetingId: fixture.meetingId ?? null,
      personId: fixture.personId,
      createdById: fixture.createdById,
      toAddress: 'per.aasen@legesenter.no',
      toName: 'Per Aasen',
      subject: fixture.subject ?? 'Invitasjon til ansvarsgruppemøte',
      textBody: 'Du er invitert til ansvarsgruppemøte 10. mars kl. 10.00.',
      ics,
      icsSequence: ics ? (cancelled ? 1 : 0) : null,
      messageId: `<${randomUUID()}@samhandling.test>`,
      ...(fixture.createdAt ? { createdAt: fixture.createdAt } : {}),
    },
  });
  return { mailId: mail.id, personId: fixture.personId, ics };
}
