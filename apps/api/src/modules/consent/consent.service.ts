import type { Context } from '../../context';
import { conflict, notFound } from '../../graphql/errors';
import type { Prisma } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import type { ConsentView } from './consent.type';

const CONSENT_INCLUDE = {
  givenByRelative: { select: { name: true } },
  restrictions: { include: { unit: { select: { name: true } } } },
} as const satisfies Prisma.ConsentInclude;

type ConsentRow = Prisma.ConsentGetPayload<{ include: typeof CONSENT_INCLUDE }>;

function toConsentView(consent: ConsentRow): ConsentView {
  return {
    id: consent.id,
    scope: consent.scope,
    form: consent.form,
    givenAt: consent.givenAt,
    givenByName: consent.givenByRelative?.name ?? null,
    periodEnd: consent.periodEnd,
    withdrawnAt: consent.withdrawnAt,
    restrictions: consent.restrictions.map((r) => ({
      kind: r.kind,
      description: r.description,
      unitName: r.unit?.name ?? null,
      lifeArea: r.lifeArea,
    })),
  };
}

export async function consentsFor(ctx: Context, personId: string): Promise<ConsentView[]> {
  const rows = await ctx.db.consent.findMany({
    where: { personId },
    orderBy: [{ withdrawnAt: { sort: 'desc', nulls: 'first' } }, { givenAt: 'desc' }],
    include: CONSENT_INCLUDE,
  });
  await recordAccess(ctx, [personId], 'consent.list');
  return rows.map(toConsentView);
}

/** The person a consent belongs to, for the policy; a consent not found gives NOT_FOUND. */
export async function consentOwner(ctx: Context, consentId: string): Promise<{ personId: string }> {
  const consent = await ctx.db.consent.findUnique({ where: { id: consentId }, select: { personId: true } });
  if (!consent) throw notFound();
  return consent;
}

/** Withdraws a consent at once. Access that rested on it ends with the next request. */
export async function withdrawConsent(ctx: Context, consentId: string, note?: string): Promise<ConsentView> {
  // Only a consent still in force is changed, so two withdrawals cannot both succeed.
  const { count } = await ctx.db.consent.updateMany({
    where: { id: consentId, withdrawnAt: null },
    data: { withdrawnAt: new Date(), withdrawnNote: note?.trim() || null },
  });
  if (count === 0) throw conflict('error.consentAlreadyWithdrawn');
  const consent = await ctx.db.consent.findUniqueOrThrow({ where: { id: consentId }, include: CONSENT_INCLUDE });
  await recordAccess(ctx, [consent.personId], 'consent.withdraw');
  return toConsentView(consent);
}
