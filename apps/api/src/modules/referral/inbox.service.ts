// KE's side of referrals: the inbox and the case. Every read of a person's data is logged.
import { addDays, addYears, osloDate, osloStartOfDay, osloTodayAsDate } from '@samhandling/shared';
import type { Context } from '../../context';
import type { Prisma, ReferralStatus } from '../../generated/prisma/client';
import { notFound } from '../../graphql/errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/keyset-cursor';
import { allWithScope, withScope, type Scoped } from '../../graphql/scope';
import { recordAccess } from '../access-log/access-log.service';
import type { AccessScope, PolicyTarget } from '../auth/policy';
import { AgeGroup, type ReferralInboxArgs, type ReferralInboxFilter } from './inbox.input';
import { PERSON_NODE_SELECT, personById, toPerson } from '../person/person.loaders';
import { referralById } from './referral.loaders';
import type { Referral, ReferralPage, ReferralStatusCount } from './referral.type';

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

/** Statuses of referrals that wait for KE's decision. */
const WAITING: ReferralStatus[] = ['RECEIVED', 'IN_ASSESSMENT'];

/** Date-of-birth bounds of an age group on a day: age >= N years means born on or before day − N years. */
function ageGroupWhere(group: AgeGroup, today: Date): Prisma.PersonWhereInput {
  const bornBy = (years: number) => addYears(today, -years);
  switch (group) {
    case AgeGroup.UNBORN:
      return { dateOfBirth: null };
    case AgeGroup.UNDER_SIX:
      return { dateOfBirth: { gt: bornBy(6) } };
    case AgeGroup.SCHOOL_AGE:
      return { dateOfBirth: { gt: bornBy(18), lte: bornBy(6) } };
    case AgeGroup.ADULT:
      return { dateOfBirth: { gt: bornBy(67), lte: bornBy(18) } };
    case AgeGroup.SENIOR:
      return { dateOfBirth: { lte: bornBy(67) } };
  }
}

function inboxWhere(ctx: Context, filter: ReferralInboxFilter | null | undefined): Prisma.ReferralWhereInput {
  if (!filter) return {};
  const and: Prisma.ReferralWhereInput[] = [];
  if (filter.statuses?.length) and.push({ status: { in: filter.statuses } });
  if (filter.unitId) {
    and.push({ OR: [{ sourceUnitId: filter.unitId }, { wishedUnitId: filter.unitId }, { delegations: { some: { unitId: filter.unitId } } }] });
  }
  const today = osloTodayAsDate(ctx.now);
  if (filter.ageGroup) and.push({ person: ageGroupWhere(filter.ageGroup, today) });
  if (filter.minWaitingDays !== undefined && filter.minWaitingDays !== null) {
    // Waiting N days or more: received before the day after (today − N) began in Oslo.
    const lastDay = osloDate(addDays(today, 1 - filter.minWaitingDays));
    and.push({ status: { in: WAITING }, receivedAt: { lt: osloStartOfDay(lastDay) } });
  }
  return and.length ? { AND: and } : {};
}

/** Where a page ends: its last referral's receipt and id (unique, the sort key). */
type InboxKey = [receivedAt: string, id: string];

const encodeCursor = (row: { receivedAt: Date; id: string }) => encodeKeysetCursor([row.receivedAt.toISOString(), row.id] satisfies InboxKey);
const decodeCursor = (cursor: string) => decodeKeysetCursor<InboxKey>(cursor, 2);

/**
 * KE's inbox: referrals oldest first (the longest waiting on top), filtered, a page at a time
 * after a keyset cursor. Two statements (the page and the total) whatever the page's size; the
 * persons come through the loader in one more.
 */
export async function referralInbox(ctx: Context, access: AccessScope, args: ReferralInboxArgs): Promise<ReferralPage> {
  const where = inboxWhere(ctx, args.filter);
  const after = args.after ? decodeCursor(args.after) : null;
  const afterWhere: Prisma.ReferralWhereInput = after
    ? { OR: [{ receivedAt: { gt: new Date(after[0]) } }, { receivedAt: new Date(after[0]), id: { gt: after[1] } }] }
    : {};
  const [rows, totalCount] = await Promise.all([
    ctx.db.referral.findMany({
      where: { AND: [where, afterWhere] },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      // The persons in the same statement (a join), handed to the loader that Referral.person asks.
      select: { ...REFERRAL_SELECT, person: { select: PERSON_NODE_SELECT } },
      take: args.first + 1,
    }),
    ctx.db.referral.count({ where }),
  ]);
  const persons = personById(ctx);
  const page = rows.slice(0, args.first).map(({ person, ...referral }) => {
    persons.prime(person.id, toPerson(person, ctx.now));
    return referral;
  });
  await recordAccess(ctx, page.map((row) => row.personId), 'referral.list');
  const last = page[page.length - 1];
  return { nodes: allWithScope(page, access), totalCount, nextCursor: rows.length > args.first && last ? encodeCursor(last) : null };
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
  // The whole case, kept for the request: the case's read below takes it from the loader.
  const referral = await referralById(ctx).load(referralId);
  return referral ? { personId: referral.personId } : undefined;
}

/** One case, as the policy let the viewer see it (read with its person by referralTarget). */
export async function referralCase(ctx: Context, referralId: string, access: AccessScope): Promise<Scoped<Referral>> {
  const referral = await referralById(ctx).load(referralId);
  if (!referral) throw notFound();
  await recordAccess(ctx, [referral.personId], 'referral.read');
  return withScope(referral, access);
}
