import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { badInput, type FieldError } from '../../graphql/errors';
import type { ReferralStatus } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { PERSON_REF_SELECT, toPersonRef } from '../person/person.mapper';
import type { CreateReferralInput } from './referral.input';
import type { ReferralStatusCount, ReferralSummary } from './referral.type';

const STATUS_ORDER: ReferralStatus[] = ['RECEIVED', 'IN_ASSESSMENT', 'DECIDED', 'WITHDRAWN'];

export async function listReferrals(ctx: Context, status?: ReferralStatus): Promise<ReferralSummary[]> {
  const rows = await ctx.db.referral.findMany({
    where: status ? { status } : {},
    orderBy: { receivedAt: 'desc' },
    include: { person: { select: PERSON_REF_SELECT } },
    take: 500,
  });
  await recordAccess(ctx, rows.map((row) => row.personId), 'referral.list');
  return rows.map(({ person, ...referral }) => ({ ...referral, person: toPersonRef(person, ctx.now) }));
}

export async function countReferralsByStatus(ctx: Context): Promise<ReferralStatusCount[]> {
  const groups = await ctx.db.referral.groupBy({ by: ['status'], _count: { _all: true } });
  return STATUS_ORDER.map((status) => ({
    status,
    count: groups.find((group) => group.status === status)?._count._all ?? 0,
  }));
}

/**
 * The person a referral is about, for the policy: a known person, or none yet (a new person).
 * Without a known person the policy denies citizens, who report only for themselves or a ward.
 */
export function referralTarget(input: CreateReferralInput) {
  return input.personId ? { personId: input.personId } : undefined;
}

export async function createReferral(ctx: Context, input: CreateReferralInput): Promise<ReferralSummary> {
  const viewer = viewerOf(ctx);
  const fields: FieldError[] = [];
  if (!input.personId === !input.newPerson) fields.push({ field: 'personId', messageKey: 'validation.personOrNewPerson' });
  if (input.newPerson && !input.newPerson.dateOfBirth && !input.newPerson.expectedBirthDate) {
    fields.push({ field: 'newPerson.dateOfBirth', messageKey: 'validation.birthDateRequired' });
  }
  if (input.consentToRefer && !input.consentForm) fields.push({ field: 'consentForm', messageKey: 'validation.consentFormRequired' });
  if (fields.length > 0) throw badInput(fields);

  const personId =
    input.personId ??
    (
      await ctx.db.person.create({
        data: {
          municipalityId: viewer.municipalityId,
          firstName: input.newPerson!.firstName.trim(),
          lastName: input.newPerson!.lastName.trim(),
          nationalId: input.newPerson!.nationalId ?? null,
          dateOfBirth: input.newPerson!.dateOfBirth ?? null,
          expectedBirthDate: input.newPerson!.expectedBirthDate ?? null,
        },
      })
    ).id;

  const referral = await ctx.db.referral.create({
    data: {
      municipalityId: viewer.municipalityId,
      personId,
      sourceKind: input.sourceKind,
      sourceName: input.sourceName.trim(),
      sourceOrganisation: input.sourceOrganisation?.trim() || null,
      channel: input.channel,
      requested: input.requested,
      needDescription: input.needDescription.trim(),
      consentToRefer: input.consentToRefer,
      consentForm: input.consentForm ?? null,
      homeVisitPlanned: input.homeVisitPlanned ?? false,
      registeredById: viewer.userId,
    },
    include: { person: { select: PERSON_REF_SELECT } },
  });
  await recordAccess(ctx, [personId], 'referral.create');
  const { person, ...rest } = referral;
  return { ...rest, person: toPersonRef(person, ctx.now) };
}
