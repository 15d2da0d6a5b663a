// The signed consent form, sent outside GraphQL as the raw file (same origin, the session
// cookie). The browser checks the type and the size first, as the server does again.
import { apiErrorFromBody } from '../../apollo/errors';
import { getLocale } from '../../i18n/locale-store';

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_DOCUMENT_MB = 10;
export const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024;

export type DocumentProblem = 'chooseFile' | 'wrongType' | 'tooLarge' | 'empty';

/** What is wrong with a file chosen for upload, if anything. */
export function documentProblem(file: File | null | undefined): DocumentProblem | null {
  if (!file) return 'chooseFile';
  if (!(DOCUMENT_TYPES as readonly string[]).includes(file.type)) return 'wrongType';
  if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return null;
}

export interface StoredDocument {
  fileName: string;
  mediaType: string;
  byteSize: number;
  url: string;
  uploadedAt: string;
}

/** A refused upload, with the server's translated message when it sent one. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | null,
  ) {
    super(serverMessage ?? `Upload failed (${status})`);
    this.name = 'UploadError';
  }
}

export const consentDocumentUrl = (consentId: string) => `/api/consents/${encodeURIComponent(consentId)}/document`;

/** Sends the file as the consent's signed form; resolves with the document as stored. */
export async function uploadConsentDocument(consentId: string, file: File): Promise<StoredDocument> {
  let response: Response;
  try {
    response = await fetch(`${consentDocumentUrl(consentId)}?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': file.type, Accept: 'application/json', 'Accept-Language': getLocale() },
      body: file,
    });
  } catch {
    throw new UploadError(0, null);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const info = apiErrorFromBody(body);
    const message = info?.message ?? (typeof (body as { message?: unknown } | null)?.message === 'string' ? (body as { message: string }).message : null);
    throw new UploadError(response.status, message);
  }
  const document = (body as { consent?: { document?: StoredDocument | null } } | null)?.consent?.document;
  if (!document) throw new UploadError(response.status, null);
  return document;
}
