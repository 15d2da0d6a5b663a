// The persons whose needed consent is missing or about to run out, for their coordinator and for
// KE: an active or draft plan needs a consent to the individual plan in force; an active
// responsibility group needs a consent to the group and one to information exchange in force.
// A consent still needed that ends within the municipality's notice (consentExpiryNoticeDays),
// with no consent of the same kind to follow it, is about to expire: the plan period is coming to
// an end and continuing needs new consent (Meland, seed 003).
// Two statements whatever the number of persons (the setting, and the persons with their open
// plan, active groups and unwithdrawn consents), and the access log for the persons listed.
import { addDays, daysBetween, osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import type { ConsentScope } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { activeAssignmentFilter } from '../auth/policy';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import { ConsentAlertKind, type ConsentAlert } from './consent.type';

interface HeldConsent {
  id: string;
  scope: ConsentScope;
  periodStart: Date | null;
  periodEnd: Date | null;
}

const KIND_ORDER: ConsentAlertKind[] = [
  ConsentAlertKind.PLAN_CONSENT_MISSING,
  ConsentAlertKind.GROUP_CONSENT_MISSING,
  ConsentAlertKind.EXCHANGE_CONSENT_MISSING,
  ConsentAlertKind.CONSENT_EXPIRING,
];

export async function consentAlerts(ctx: Context): Promise<ConsentAlert[]> {
  const viewer = viewerOf(ctx);
  const today = osloTodayAsDate(ctx.now);
  // 'own' for a coordinator: the persons they coordinate today; KE sees the whole municipality.
  const own = viewer.activeRole !== 'SYSTEM_COORDINATOR';
  const [municipality, persons] = await Promise.all([
    ctx.db.municipality.findFirstOrThrow({ select: { consentExpiryNoticeDays: true } }),
    ctx.db.person.findMany({
      where: {
        ...(own ? { coordinatorAssigns: { some: { coordinatorId: viewer.userId, ...activeAssignmentFilter(ctx.now) } } } : {}),
        OR: [{ plans: { some: { status: { in: ['ACTIVE', 'DRAFT'] } } } }, { groups: { some: { status: 'ACTIVE' } } }],
      },
      select: {
        ...PERSON_REF_SELECT,
        plans: { where: { status: { in: ['ACTIVE', 'DRAFT'] } }, select: { id: true } },
        groups: { where: { status: 'ACTIVE' }, select: { id: true }, orderBy: { establishedAt: 'asc' } },
        consents: {
          where: { withdrawnAt: null, scope: { in: ['INDIVIDUAL_PLAN', 'RESPONSIBILITY_GROUP', 'INFORMATION_EXCHANGE'] } },
          select: { id: true, scope: true, periodStart: true, periodEnd: true },
        },
      },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const noticeEnds = addDays(today, municipality.consentExpiryNoticeDays);
  const holds = (c: HeldConsent) =>
    (c.periodStart === null || c.periodStart.getTime() <= today.getTime()) && (c.periodEnd === null || c.periodEnd.getTime() >= today.getTime());

  const alerts: ConsentAlert[] = [];
  for (const person of persons) {
    const ref = toPersonRef(person, ctx.now);
    const planId = person.plans[0]?.id ?? null;
    const groupId = person.groups[0]?.id ?? null;
    const needed: Array<{ scope: ConsentScope; missing: ConsentAlertKind; planId: string | null; groupId: string | null }> = [
      ...(planId ? [{ scope: 'INDIVIDUAL_PLAN' as const, missing: ConsentAlertKind.PLAN_CONSENT_MISSING, planId, groupId: null }] : []),
      ...(groupId
        ? [
            { scope: 'RESPONSIBILITY_GROUP' as const, missing: ConsentAlertKind.GROUP_CONSENT_MISSING, planId: null, groupId },
            { scope: 'INFORMATION_EXCHANGE' as const, missing: ConsentAlertKind.EXCHANGE_CONSENT_MISSING, planId: null, groupId },
          ]
        : []),
    ];
    for (const need of needed) {
      const ofScope = person.consents.filter((c) => c.scope === need.scope);
      const inForce = ofScope.filter(holds);
      const base = { person: ref, scope: need.scope, planId: need.planId, groupId: need.groupId };
      if (inForce.length === 0) {
        alerts.push({ ...base, kind: need.missing, consentId: null, periodEnd: null, daysLeft: null });
        continue;
      }
      // The consent in force that lasts longest; an open-ended one never expires.
      const last = inForce.reduce((a, b) => (a.periodEnd === null || (b.periodEnd !== null && a.periodEnd >= b.periodEnd) ? a : b));
      if (last.periodEnd === null || last.periodEnd.getTime() > noticeEnds.getTime()) continue;
      const end = last.periodEnd;
      const followed = ofScope.some((c) => c.id !== last.id && (c.periodEnd === null || c.periodEnd.getTime() > end.getTime()));
      if (followed) continue;
      alerts.push({ ...base, kind: ConsentAlertKind.CONSENT_EXPIRING, consentId: last.id, periodEnd: end, daysLeft: daysBetween(today, end) });
    }
  }
  // Missing first, then the soonest to expire; persons by name within each (the query's order).
  alerts.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  await recordAccess(ctx, alerts.map((alert) => alert.person.id), 'consent.alerts');
  return alerts;
}
