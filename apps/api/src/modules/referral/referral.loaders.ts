import { defineLoader, groupBy, oneBy } from '../../lib/loaders';
import { PERSON_NODE_SELECT, personById, toPerson } from '../person/person.loaders';
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

/**
 * Referrals by id, with their persons in the same statement (a join), which prime the person
 * loader: the policy's look-up of a case's person and the case itself are one read.
 */
export const referralById = defineLoader<string, Referral | null>(async (ctx, ids) => {
  const rows = await ctx.db.referral.findMany({
    where: { id: { in: [...ids] } },
    select: { ...REFERRAL_SELECT, person: { select: PERSON_NODE_SELECT } },
  });
  const persons = personById(ctx);
  const referrals = rows.map(({ person, ...referral }) => {
    persons.prime(person.id, toPerson(person, ctx.now));
    return referral;
  });
  return oneBy(ids, referrals, (row) => row.id);
});
