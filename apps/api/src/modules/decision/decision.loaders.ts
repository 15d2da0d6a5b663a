import { defineLoader, groupBy } from '../../lib/loaders';
import type { Appeal, Decision } from './decision.type';

/** The columns of a Decision node. */
export const DECISION_SELECT = {
  id: true,
  referralId: true,
  personId: true,
  outcome: true,
  grantsCoordinator: true,
  grantsIndividualPlan: true,
  grantsChildCoordinator: true,
  longTermNeed: true,
  coordinatedServices: true,
  reasons: true,
  appealInformation: true,
  appealDeadline: true,
  decidedById: true,
  decidedAt: true,
  letterSentAt: true,
  letterSentVia: true,
  letterSentById: true,
  supersededAt: true,
  version: true,
} as const;

export const APPEAL_SELECT = {
  id: true,
  decisionId: true,
  personId: true,
  registeredById: true,
  receivedAt: true,
  appellant: true,
  grounds: true,
  outcome: true,
  outcomeDate: true,
  outcomeNote: true,
  createdAt: true,
  version: true,
  decision: { select: { appealDeadline: true } },
} as const;

type AppealRow = Omit<Appeal, 'late'> & { decision: { appealDeadline: Date | null } };

export function toAppeal({ decision, ...row }: AppealRow): Appeal {
  return { ...row, late: decision.appealDeadline !== null && row.receivedAt > decision.appealDeadline };
}

/** Each referral's decisions, newest first (the one in force is the first not superseded). */
export const decisionsByReferral = defineLoader<string, Decision[]>(async (ctx, referralIds) => {
  const rows = await ctx.db.decision.findMany({
    where: { referralId: { in: [...referralIds] } },
    select: DECISION_SELECT,
    orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
  });
  return groupBy(referralIds, rows, (row) => row.referralId);
});

/** Each decision's appeals, in the order they came. */
export const appealsByDecision = defineLoader<string, Appeal[]>(async (ctx, decisionIds) => {
  const rows = await ctx.db.appeal.findMany({
    where: { decisionId: { in: [...decisionIds] } },
    select: APPEAL_SELECT,
    orderBy: [{ receivedAt: 'asc' }, { createdAt: 'asc' }],
  });
  return groupBy(decisionIds, rows.map(toAppeal), (row) => row.decisionId);
});
