import type { Context } from '../../context';
import { conflict, notFound } from '../../graphql/errors';
import { requireWellFormedId } from '../../graphql/ids';
import type { Prisma } from '../../generated/prisma/client';
import { recordAccess } from '../access-log/access-log.service';
import { recordHistory } from '../history/history.service';
import type { ConsentView } from './consent.type';

/** Where the web app gets a consent's signed form (GET) and sends a new one (POST). */
export const consentDocumentUrl = (consentId: string): string => `/api/consents/${consentId}/document`;
/** Where the web app downloads the person's copy of a consent. */
export const consentPdfUrl = (consentId: string): string => `/api/consents/${consentId}/pdf`;

export const CONSENT_INCLUDE = {
  givenByRelative: { select: { name: true } },
  heardBy: { select: { name: true } },
  registeredBy: { select: { name: true } },
  // Everything of the stored form but its content.
  document: { select: { fileName: true, mediaType: true, byteSize: true, sha256: true, uploadedAt: true } },
  restrictions: { include: { unit: { select: { name: true } } }, orderBy: { id: 'asc' } },
} as const satisfies Prisma.ConsentInclude;

export type ConsentRow = Prisma.ConsentGetPayload<{ include: typeof CONSENT_INCLUDE }>;

export function toConsentView(consent: ConsentRow): ConsentView {
  return {
    id: consent.id,
    scope: consent.scope,
    form: consent.form,
    givenAt: consent.givenAt,
    givenByName: consent.givenByRelative?.name ?? null,
    heardByName: consent.heardBy?.name ?? null,
    heardAt: consent.heardAt,
    youngPersonView: consent.youngPersonView,
    youngPersonAgrees: consent.youngPersonAgrees,
    periodStart: consent.periodStart,
    periodEnd: consent.periodEnd,
    informedOfComposition: consent.informedOfComposition,
    informedOfWayOfWorking: consent.informedOfWayOfWorking,
    informedOfInformationExchange: consent.informedOfInformationExchange,
    documentReference: consent.documentReference,
    document: consent.document ? { ...consent.document, url: consentDocumentUrl(consent.id) } : null,
    registeredByName: consent.registeredBy?.name ?? null,
    withdrawnAt: consent.withdrawnAt,
    pdfUrl: consentPdfUrl(consent.id),
    restrictions: consent.restrictions.map((r) => ({
      kind: r.kind,
      description: r.description,
      unitName: r.unit?.name ?? null,
      organisation: r.organisation,
      lifeArea: r.lifeArea,
      goalId: r.goalId,
      subPlanId: r.subPlanId,
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

/** One consent as the API shows it (after a write: the caller has logged the access). */
export async function consentById(ctx: Context, consentId: string): Promise<ConsentView> {
  return toConsentView(await ctx.db.consent.findUniqueOrThrow({ where: { id: consentId }, include: CONSENT_INCLUDE }));
}

/** The person a consent belongs to, for the policy; a consent not found gives NOT_FOUND. */
export async function consentOwner(ctx: Context, consentId: string): Promise<{ personId: string }> {
  requireWellFormedId('consentId', consentId);
  const consent = await ctx.db.consent.findUnique({ where: { id: consentId }, select: { personId: true } });
  if (!consent) throw notFound();
  return consent;
}

/** Withdraws a consent at once. Access that rested on it ends with the next request. */
export async function withdrawConsent(ctx: Context, consentId: string, note?: string): Promise<ConsentView> {
  const consent = await ctx.db.$transaction(async (tx) => {
    // Only a consent still in force is changed, so two withdrawals cannot both succeed.
    const withdrawnAt = new Date();
    const withdrawnNote = note?.trim() || null;
    const { count } = await tx.consent.updateMany({ where: { id: consentId, withdrawnAt: null }, data: { withdrawnAt, withdrawnNote } });
    if (count === 0) throw conflict('error.consentAlreadyWithdrawn');
    const row = await tx.consent.findUniqueOrThrow({ where: { id: consentId }, include: CONSENT_INCLUDE });
    await recordHistory(tx, ctx, {
      personId: row.personId,
      entity: 'Consent',
      entityId: consentId,
      action: 'consent.withdrawn',
      before: { withdrawnAt: null },
      after: { withdrawnAt, withdrawnNote },
    });
    return row;
  });
  await recordAccess(ctx, [consent.personId], 'consent.withdraw');
  return toConsentView(consent);
}
