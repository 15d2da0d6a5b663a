// KE's assessment of a referral: created on the first save, then edited with the version it
// started from. The first save moves a received referral into assessment. Each save writes the
// case history in its transaction; a decided, withdrawn or closed case is not assessed again.
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { conflict, notFound } from '../../graphql/errors';
import { updateVersioned } from '../../lib/versioned';
import { recordAccess } from '../access-log/access-log.service';
import { changedFields, recordHistory } from '../history/history.service';
import type { AssessmentInput } from './assessment.input';
import { ASSESSMENT_SELECT } from './assessment.loaders';
import type { Assessment } from './assessment.type';
import { storedText } from '../../lib/text';

const OPEN_STATUSES = new Set(['RECEIVED', 'IN_ASSESSMENT']);


function assessmentData(input: AssessmentInput) {
  return {
    longTermNeed: input.longTermNeed ?? null,
    longTermNeedNote: storedText(input.longTermNeedNote),
    coordinatedServices: input.coordinatedServices ?? null,
    coordinatedServicesNote: storedText(input.coordinatedServicesNote),
    proposal: input.proposal ?? null,
  };
}

/**
 * Creates the referral's assessment, or updates it when it exists (then `expectedVersion`, the
 * assessment's version, is required: without it, or with another, the save is CONFLICT).
 */
export async function saveAssessment(
  ctx: Context,
  referralId: string,
  input: AssessmentInput,
  expectedVersion: number | null | undefined,
): Promise<Assessment> {
  const viewer = viewerOf(ctx);
  const data = assessmentData(input);
  const saved = await ctx.db.$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({ where: { id: referralId }, select: { id: true, personId: true, status: true, version: true } });
    if (!referral) throw notFound();
    if (!OPEN_STATUSES.has(referral.status)) throw conflict('case.assessment.error.notOpen', { status: referral.status });
    const history = { personId: referral.personId, referralId, entity: 'Assessment' };
    const existing = await tx.assessment.findUnique({ where: { referralId }, select: ASSESSMENT_SELECT });
    let assessment: Assessment;
    if (existing) {
      if (expectedVersion === null || expectedVersion === undefined) throw conflict('error.staleVersion');
      await updateVersioned(tx.assessment, existing.id, expectedVersion, { ...data, assessedById: viewer.userId });
      assessment = await tx.assessment.findUniqueOrThrow({ where: { id: existing.id }, select: ASSESSMENT_SELECT });
      const { before, after } = changedFields(existing, data);
      await recordHistory(tx, ctx, { ...history, entityId: existing.id, action: 'assessment.updated', before, after });
    } else {
      // A version for an assessment that does not exist: the form was made from a view that is gone.
      if (expectedVersion !== null && expectedVersion !== undefined) throw conflict('error.staleVersion');
      assessment = await tx.assessment.create({
        data: { ...data, referralId, assessedById: viewer.userId, municipalityId: viewer.municipalityId },
        select: ASSESSMENT_SELECT,
      });
      await recordHistory(tx, ctx, { ...history, entityId: assessment.id, action: 'assessment.created', after: data });
    }
    if (referral.status === 'RECEIVED') {
      await updateVersioned(tx.referral, referral.id, referral.version, { status: 'IN_ASSESSMENT' });
      await recordHistory(tx, ctx, {
        personId: referral.personId,
        referralId,
        entity: 'Referral',
        entityId: referral.id,
        action: 'referral.statusChanged',
        before: { status: 'RECEIVED' },
        after: { status: 'IN_ASSESSMENT' },
      });
    }
    return { assessment, personId: referral.personId };
  });
  await recordAccess(ctx, [saved.personId], 'assessment.save');
  return saved.assessment;
}
