import { defineLoader, groupBy } from '../../lib/loaders';
import { REFERRAL_SELECT } from './inbox.service';
import type { Referral } from './referral.type';

/** A person's referrals, the newest first. */
export const referralsByPerson = defineLoader<string, Referral[]>(async (ctx, personIds) => {
  const rows = await ctx.db.referral.findMany({
    where: { personId: { in: [...personIds] } },
    orderBy: { receivedAt: 'desc' },
    select: REFERRAL_SELECT,
  });
  return groupBy(personIds, rows, (row) => row.personId);
});
