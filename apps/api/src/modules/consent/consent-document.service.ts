// The signed consent form, stored in the database with the consent: PDF, PNG or JPEG, at most
// 10 MB. The type is the one the file's first bytes show, and it must be the type the upload
// claimed: a file is never stored or sent back under a type it is not. A new upload replaces the
// form; the history keeps what was replaced (name, type, size, checksum).
import { createHash } from 'node:crypto';
import { osloToday } from '@samhandling/shared';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { AppError, conflict, notFound } from '../../graphql/errors';
import { recordAccess } from '../access-log/access-log.service';
import { recordHistory } from '../history/history.service';
import { consentById } from './consent.service';
import type { ConsentView } from './consent.type';

/** The largest form accepted: 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const EXTENSION: Record<DocumentType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };
const SHORT_NAME: Record<DocumentType, 'pdf' | 'png' | 'jpeg'> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpeg' };

/** The file's signature: %PDF-, the PNG signature, or a JPEG's start of image and first marker. */
const SIGNATURES: Record<DocumentType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The accepted type a file's content shows, by its first bytes; null for anything else. */
export function sniffDocumentType(content: Uint8Array): DocumentType | null {
  for (const type of DOCUMENT_TYPES) {
    const signature = SIGNATURES[type];
    if (content.length > signature.length && signature.every((byte, index) => content[index] === byte)) return type;
  }
  return null;
}

/** The media type of a Content-Type header, without parameters, when it is one accepted. */
export function claimedDocumentType(contentType: string | undefined): DocumentType | null {
  const media = contentType?.split(';', 1)[0]!.trim().toLowerCase();
  return (DOCUMENT_TYPES as readonly string[]).includes(media ?? '') ? (media as DocumentType) : null;
}

/** An error for a route outside GraphQL with a status of its own (413, 415). */
export class FileError extends AppError {
  constructor(
    readonly status: number,
    messageKey: ConstructorParameters<typeof AppError>[1],
    params?: ConstructorParameters<typeof AppError>[2],
  ) {
    super('BAD_REQUEST', messageKey, params);
  }
}

export const documentTooLarge = () => new FileError(413, 'consent.error.documentTooLarge', { max: MAX_DOCUMENT_BYTES / (1024 * 1024) });

/** A file name as stored and sent: no path, no control characters or quotes, at most 200 characters. */
export function cleanFileName(name: unknown, type: DocumentType, now: Date): string {
  const base =
    typeof name === 'string'
      ? [...name.split(/[\\/]/).pop()!].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !'"<>|*?:'.includes(c)).join('').trim()
      : '';
  const fallback = `samtykke-${osloToday(now)}.${EXTENSION[type]}`;
  return (base || fallback).slice(0, 200);
}

export interface Upload {
  contentType: string | undefined;
  body: unknown;
  fileName: unknown;
}

/** Stores the signed form of a written consent, replacing an earlier one. The caller has authorized. */
export async function storeConsentDocument(ctx: Context, consentId: string, upload: Upload): Promise<ConsentView> {
  const viewer = viewerOf(ctx);
  const claimed = claimedDocumentType(upload.contentType);
  if (!claimed || !Buffer.isBuffer(upload.body)) throw new FileError(415, 'consent.error.documentType');
  const content = upload.body;
  if (content.length === 0) throw new FileError(400, 'consent.error.documentEmpty');
  if (content.length > MAX_DOCUMENT_BYTES) throw documentTooLarge();
  const found = sniffDocumentType(content);
  if (found !== claimed) throw new FileError(415, 'consent.error.documentMismatch', { claimed: SHORT_NAME[claimed] });

  const document = {
    fileName: cleanFileName(upload.fileName, found, ctx.now),
    mediaType: found,
    byteSize: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
  const personId = await ctx.db.$transaction(async (tx) => {
    const consent = await tx.consent.findUnique({
      where: { id: consentId },
      select: { personId: true, form: true, document: { select: { fileName: true, mediaType: true, byteSize: true, sha256: true, uploadedAt: true } } },
    });
    if (!consent) throw notFound();
    if (consent.form === 'ORAL') throw conflict('consent.error.documentOral');
    const stored = { ...document, content: new Uint8Array(content), uploadedById: viewer.userId, uploadedAt: ctx.now };
    await tx.consentDocument.upsert({
      where: { consentId },
      create: { municipalityId: viewer.municipalityId, consentId, ...stored },
      update: stored,
    });
    await recordHistory(tx, ctx, {
      personId: consent.personId,
      entity: 'Consent',
      entityId: consentId,
      action: consent.document ? 'consent.documentReplaced' : 'consent.documentUploaded',
      before: consent.document ?? null,
      after: { ...document, uploadedAt: ctx.now },
    });
    return consent.personId;
  });
  await recordAccess(ctx, [personId], 'consent.documentUpload');
  return consentById(ctx, consentId);
}

export interface StoredDocument {
  body: Buffer;
  fileName: string;
  contentType: string;
}

/** The stored form as a download, logged. The caller has authorized. */
export async function consentDocument(ctx: Context, consentId: string): Promise<StoredDocument> {
  const document = await ctx.db.consentDocument.findUnique({
    where: { consentId },
    select: { fileName: true, mediaType: true, content: true, consent: { select: { personId: true } } },
  });
  if (!document) throw notFound();
  await recordAccess(ctx, [document.consent.personId], 'consent.documentDownload');
  return { body: Buffer.from(document.content), fileName: document.fileName, contentType: document.mediaType };
}
