import { ApolloClient, InMemoryCache, type ApolloLink } from '@apollo/client';
import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';
import type { Locale } from '@samhandling/shared';
import { createLink } from './links';

// Apollo's types understand the client preset's fragment refs (used by Unmasked<> in test mocks).
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}

/** A page of lines that "load more" appends to the pages before it. */
interface PageOfEntries {
  entries: unknown[];
}

/** A page fetched with `after` extends the pages before it; the first page (a new load or a refetch) starts over. */
function appendPage(existing: PageOfEntries | undefined, incoming: PageOfEntries, { args }: { args: Record<string, unknown> | null }): PageOfEntries {
  if (!existing || !args?.after) return incoming;
  return { ...incoming, entries: [...existing.entries, ...incoming.entries] };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Objects without an `id` of their own.
      CaseloadEntry: { keyFields: ['assignmentId'] },
      ParticipationEntry: { keyFields: ['groupId'] },
      KeOverview: { keyFields: [] },
      Query: {
        fields: {
          // One cached log per person and filter; a page fetched with `after` extends it, the
          // first page (a new load or a refetch) starts it over.
          accessLog: {
            keyArgs: ['personId', 'includeOwnReads'],
            merge: appendPage,
          },
          // The same for a staff member's reads, one cached log per staff member.
          staffAccessLog: {
            keyArgs: ['userId'],
            merge: appendPage,
          },
          // The sent mail: one list for the viewer.
          sentMail: {
            keyArgs: false,
            merge: appendPage,
          },
        },
      },
    },
  });
}

export interface ClientOptions {
  getLocale: () => Locale;
  onUnauthenticated: () => void;
  /** The terminating link; HTTP to /graphql unless given (tests pass mocks). */
  terminating?: ApolloLink;
  /** Cache first and network only when missing (tests), instead of always refreshing from the network. */
  cacheFirst?: boolean;
}

export function createApolloClient({ getLocale, onUnauthenticated, terminating, cacheFirst = false }: ClientOptions): ApolloClient {
  return new ApolloClient({
    link: createLink({ getLocale, onUnauthenticated, terminating }),
    cache: createCache(),
    defaultOptions: cacheFirst ? {} : { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
