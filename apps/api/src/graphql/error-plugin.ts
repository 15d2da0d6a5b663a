// Translates every error message into the caller's language and hides internals: parse and
// validation errors get the message of their code, and an error that is not a known GraphQL
// error leaves as INTERNAL_SERVER_ERROR with no detail, and is logged.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isApiMessageKey, type ApiMessageKey, type MessageParams } from '@samhandling/shared';
import type { Context } from '../context';
import { fromDatabaseError, translateError, type FieldError } from './errors';

// Clients of automatic persisted queries match these messages, so they leave as they are.
const PROTOCOL_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

// Apollo's codes without a message of their own (an unknown operation name is a bad request).
const CODE_MESSAGES: Record<string, ApiMessageKey> = { OPERATION_RESOLUTION_FAILURE: 'error.BAD_REQUEST' };

/**
 * The message key of an error: its own, or the one for its code. GraphQL's and the libraries'
 * own texts never leave: they may echo the caller's input or name internals.
 */
function messageKeyOf(code: string, extensions: Record<string, unknown>): ApiMessageKey | undefined {
  const own = extensions.messageKey;
  if (typeof own === 'string' && isApiMessageKey(own)) return own;
  const byCode = CODE_MESSAGES[code] ?? `error.${code}`;
  return isApiMessageKey(byCode) ? byCode : undefined;
}

export function errorTranslationPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = error.originalError;
            if (original && !(original instanceof GraphQLError) && !fromDatabaseError(original)) {
              contextValue.log.error({ err: original, requestId: contextValue.requestId }, 'resolver failed');
            }
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const locale = contextValue.locale;
          response.body.singleResult.errors = response.body.singleResult.errors.map((formatted) => {
            const extensions = (formatted.extensions ?? {}) as Record<string, unknown>;
            const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
            if (PROTOCOL_CODES.has(code)) return { message: formatted.message, extensions: { code } };
            const messageKey = messageKeyOf(code, extensions);
            const translated = messageKey
              ? translateError(locale, {
                  code,
                  messageKey,
                  params: extensions.params as MessageParams | undefined,
                  fields: extensions.fields as FieldError[] | undefined,
                })
              : translateError(locale, { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.INTERNAL_SERVER_ERROR' });
            return { ...translated, locations: formatted.locations, path: formatted.path };
          });
        },
      };
    },
  };
}

/** Apollo's formatError: a database rule violation becomes CONFLICT with a clear message. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError) return formatted;
  const mapped = fromDatabaseError(original);
  return mapped ? { ...formatted, message: mapped.message, extensions: mapped.extensions } : formatted;
}
