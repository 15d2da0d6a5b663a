// The demo's "sent" mail: the invitations to the meetings the demo has planned, and the agendas
// sent for them, written to the outbox by the same code a planned meeting's mail goes through
// (meeting-mail.ts). Without SMTP the mail worker marks them sent, so /epost shows them at once.
import type { Config } from '../config/config';
import type { PrismaClient } from '../generated/prisma/client';
import { tenantClient } from '../lib/tenant';
import { enqueueMeetingMails } from '../modules/meeting/meeting-mail';
import { DEMO_MUNICIPALITY } from './personas';

export async function seedDemoMail(prisma: PrismaClient, config: Pick<Config, 'publicUrl' | 'mail'>, now = new Date()): Promise<number> {
  const { id: municipalityId } = await prisma.municipality.findUniqueOrThrow({ where: { number: DEMO_MUNICIPALITY.number }, select: { id: true } });
  const db = tenantClient(prisma, municipalityId);
  const meetings = await db.meeting.findMany({
    where: { status: 'PLANNED', createdById: { not: null }, attendance: { some: {} } },
    orderBy: { startsAt: 'asc' },
    select: { id: true, agendaSentAt: true, createdBy: { select: { id: true, name: true } } },
  });
  await db.$transaction(async (tx) => {
    for (const meeting of meetings) {
      const ctx = { now, config, viewer: { userId: meeting.createdBy!.id, name: meeting.createdBy!.name, municipalityId } };
      await enqueueMeetingMails(tx, ctx, meeting.id, 'INVITATION');
      if (meeting.agendaSentAt) await enqueueMeetingMails(tx, ctx, meeting.id, 'AGENDA');
    }
  });
  return db.outboxMail.count({ where: { meetingId: { in: meetings.map((m) => m.id) } } });
}
