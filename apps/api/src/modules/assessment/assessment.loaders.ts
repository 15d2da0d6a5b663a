import { defineLoader, oneBy } from '../../lib/loaders';
import type { Assessment } from './assessment.type';

/** The columns of an Assessment node. */
export const ASSESSMENT_SELECT = {
  id: true,
  referralId: true,
  longTermNeed: true,
  longTermNeedNote: true,
  coordinatedServices: true,
  coordinatedServicesNote: true,
  proposal: true,
  assessedById: true,
  updatedAt: true,
  version: true,
} as const;

/** Each referral's assessment (null for a referral not assessed yet). */
export const assessmentByReferral = defineLoader<string, Assessment | null>(async (ctx, referralIds) => {
  const rows = await ctx.db.assessment.findMany({ where: { referralId: { in: [...referralIds] } }, select: ASSESSMENT_SELECT });
  return oneBy(referralIds, rows, (row) => row.referralId);
});
