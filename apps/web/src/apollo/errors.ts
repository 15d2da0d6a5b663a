// Reading the API's errors: every GraphQL error carries extensions.code, and its message is
// already translated into the language sent in Accept-Language.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { MessageKey } from '@samhandling/shared';

export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'CONFLICT',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiErrorInfo {
  code: string | null;
  /** The translated message from the server, when it sent one. */
  message: string | null;
  fields: FieldError[];
}

interface RawGraphQLError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown } | null;
}

function fromRaw(raw: RawGraphQLError | undefined): ApiErrorInfo | null {
  if (!raw) return null;
  const code = typeof raw.extensions?.code === 'string' ? raw.extensions.code : null;
  const fields = Array.isArray(raw.extensions?.fields)
    ? (raw.extensions.fields as unknown[]).filter(
        (f): f is FieldError =>
          typeof f === 'object' && f !== null && typeof (f as FieldError).field === 'string' && typeof (f as FieldError).message === 'string',
      )
    : [];
  return { code, message: typeof raw.message === 'string' ? raw.message : null, fields };
}

/** The first error of a response body in the API's shape, `{ errors: [...] }`: GraphQL and the other routes alike. */
export function apiErrorFromBody(body: unknown): ApiErrorInfo | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? fromRaw(errors[0] as RawGraphQLError | undefined) : null;
}

/** The first API error in an Apollo error (GraphQL errors, or a non-2xx response with a GraphQL body). */
export function apiErrorInfo(error: unknown): ApiErrorInfo | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) return fromRaw(error.errors[0] as RawGraphQLError | undefined);
  if (ServerError.is(error)) {
    try {
      const info = apiErrorFromBody(JSON.parse(error.bodyText));
      if (info) return info;
    } catch {
      // not JSON
    }
    return { code: error.statusCode === 401 ? 'UNAUTHENTICATED' : null, message: null, fields: [] };
  }
  return null;
}

export function errorCode(error: unknown): string | null {
  return apiErrorInfo(error)?.code ?? null;
}

export function isUnauthenticated(error: unknown): boolean {
  return errorCode(error) === 'UNAUTHENTICATED';
}

/**
 * The thing asked for is not there, or not for this user (or its id is not one). A page shows
 * both alike, so it does not tell whether a person exists.
 */
export function isNotFoundOrNoAccess(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT';
}

/** Worth trying again: the network or the server failed, not the request itself. */
export function isRetryable(error: unknown): boolean {
  // Errors from plain HTTP endpoints (sign-in) carry their status.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return status >= 500;
  const code = errorCode(error);
  return code === null || code === 'INTERNAL_SERVER_ERROR';
}

function isKnownCode(code: string | null): code is ApiErrorCode {
  return code !== null && (API_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * A message fit to show the user: the server's translated message when there is one, otherwise
 * a message for the error code, otherwise a generic one (network failure and the like).
 */
export function userMessage(error: unknown, t: (key: MessageKey) => string): string {
  const info = apiErrorInfo(error);
  if (info?.message) return info.message;
  const code = info?.code ?? null;
  if (isKnownCode(code)) return t(`error.${code}`);
  if (error instanceof TypeError) return t('web.error.network');
  return t('common.error');
}
