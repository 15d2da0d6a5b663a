// KE's side of referrals: the inbox and the case. Every read of a person's data is logged.
import type { Context } from '../../context';
import type { ReferralStatus } from '../../generated/prisma/client';
import { notFound } from '../../graphql/errors';
import { allWithScope, withScope, type Scoped } from '../../graphql/scope';
import { recordAccess } from '../access-log/access-log.service';
import type { AccessScope, PolicyTarget } from '../auth/policy';
import type { Referral, ReferralStatusCount } from './referral.type';

const STATUS_ORDER: ReferralStatus[] = ['RECEIVED', 'IN_ASSESSMENT', 'DECIDED', 'WITHDRAWN', 'CLOSED'];

/** The columns of a Referral node (its relations are field resolvers). */
export const REFERRAL_SELECT = {
  id: true,
  personId: true,
  journalNumber: true,
  status: true,
  sourceKind: true,
  sourceName: true,
  sourceOrganisation: true,
  reporterCapacity: true,
  sourceUnitId: true,
  channel: true,
  requested: true,
  needDescription: true,
  receivedAt: true,
  consentToRefer: true,
  consentForm: true,
  consentDate: true,
  consentHeardBy: true,
  wishedCoordinator: true,
  wishedUnitId: true,
  isInpatient: true,
  plannedDischargeDate: true,
  homeVisitPlanned: true,
  closedAt: true,
  version: true,
} as const;

export async function listReferrals(ctx: Context, access: AccessScope, status?: ReferralStatus): Promise<Array<Scoped<Referral>>> {
  const rows = await ctx.db.referral.findMany({
    where: status ? { status } : {},
    orderBy: { receivedAt: 'desc' },
    select: REFERRAL_SELECT,
    take: 500,
  });
  await recordAccess(ctx, rows.map((row) => row.personId), 'referral.list');
  return allWithScope(rows, access);
}

export async function countReferralsByStatus(ctx: Context): Promise<ReferralStatusCount[]> {
  const groups = await ctx.db.referral.groupBy({ by: ['status'], _count: { _all: true } });
  return STATUS_ORDER.map((status) => ({
    status,
    count: groups.find((group) => group.status === status)?._count._all ?? 0,
  }));
}

/** The person a referral is about, for the policy; none when there is no such referral (denied). */
export async function referralTarget(ctx: Context, referralId: string): Promise<PolicyTarget | undefined> {
  const referral = await ctx.db.referral.findUnique({ where: { id: referralId }, select: { personId: true } });
  return referral ? { personId: referral.personId } : undefined;
}

/** One case, as the policy let the viewer see it. */
export async function referralCase(ctx: Context, referralId: string, access: AccessScope): Promise<Scoped<Referral>> {
  const referral = await ctx.db.referral.findUnique({ where: { id: referralId }, select: REFERRAL_SELECT });
  if (!referral) throw notFound();
  await recordAccess(ctx, [referral.personId], 'referral.read');
  return withScope(referral, access);
}
