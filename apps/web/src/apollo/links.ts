// The link chain: error handling → Accept-Language → HTTP.
import { ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { Locale } from '@samhandling/shared';
import { isUnauthenticated } from './errors';

/** Sends the chosen language with every operation; the API translates its messages by it. */
export function createAcceptLanguageLink(getLocale: () => Locale): ApolloLink {
  return new SetContextLink((prevContext) => ({
    headers: { ...(prevContext.headers as Record<string, string> | undefined), 'Accept-Language': getLocale() },
  }));
}

/** Calls onUnauthenticated when the session is missing or expired (the app then shows sign-in). */
export function createErrorLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
}

export function createHttpLink(fetchImpl?: typeof fetch): ApolloLink {
  return new HttpLink({ uri: '/graphql', credentials: 'same-origin', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
}

export interface LinkOptions {
  getLocale: () => Locale;
  onUnauthenticated: () => void;
  /** The terminating link; HTTP to /graphql unless given (tests). */
  terminating?: ApolloLink;
}

export function createLink({ getLocale, onUnauthenticated, terminating }: LinkOptions): ApolloLink {
  return ApolloLink.from([
    createErrorLink(onUnauthenticated),
    createAcceptLanguageLink(getLocale),
    terminating ?? createHttpLink(),
  ]);
}
