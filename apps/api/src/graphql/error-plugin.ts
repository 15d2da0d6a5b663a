// Translates error messages into the caller's language and hides internals: an error that is
// not a known GraphQL error leaves as INTERNAL_SERVER_ERROR with no detail, and is logged.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isMessageKey, translate } from '@samhandling/shared';
import type { Context } from '../context';
import { fromDatabaseError, type FieldError } from './errors';

const PASSTHROUGH_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

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
            const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
            const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
            const key = typeof extensions.messageKey === 'string' && isMessageKey(extensions.messageKey) ? extensions.messageKey : undefined;
            delete extensions.stacktrace;
            if (key) {
              const fields = (extensions.fields as FieldError[] | undefined)?.map((field) => ({
                field: field.field,
                message: translate(locale, field.messageKey, field.params),
              }));
              return {
                ...formatted,
                message: translate(locale, key, extensions.params as Record<string, string> | undefined),
                extensions: { code, ...(fields ? { fields } : {}) },
              };
            }
            if (PASSTHROUGH_CODES.has(code)) return { ...formatted, extensions: { code } };
            return {
              message: translate(locale, 'error.INTERNAL_SERVER_ERROR'),
              locations: formatted.locations,
              path: formatted.path,
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            };
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
