import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation, useMatches } from 'react-router';
import { createApolloClient } from '../apollo/client';
import { isUnauthenticated } from '../apollo/errors';
import { getLocale } from '../i18n';
import { AppHeader } from '../modules/session/components/AppHeader';
import { MeQuery } from '../modules/session/graphql/session';
import { MeContext } from '../modules/session/MeContext';
import { useSessionClientSetup } from '../modules/session/session-client';
import { handleUnauthenticated } from '../modules/session/session-lost';
import { signInPath } from '../modules/session/sign-in-path';
import type { AppRouteHandle } from '../routes';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageShell } from './PageShell';
import { SessionLoading } from './SessionLoading';
import { SimpleHeader } from './SimpleHeader';

/**
 * The GraphQL client lives as long as the signed-in frame: signing out, or a session that ends,
 * leaves the frame, so the next sign-in starts with an empty cache.
 */
function useSessionClient(): ApolloClient {
  const { router, ...options } = useSessionClientSetup();
  const [client] = useState(() => {
    const client: ApolloClient = createApolloClient({
      ...options,
      getLocale,
      onUnauthenticated: () => handleUnauthenticated(router, client),
    });
    return client;
  });
  return client;
}

/** The signed-in frame with its own GraphQL client. */
export function SignedInLayout() {
  return (
    <ApolloProvider client={useSessionClient()}>
      <SignedInFrame />
    </ApolloProvider>
  );
}

/** Loads `me`; without a session, sends the visitor to sign-in and back here after. */
function SignedInFrame() {
  const location = useLocation();
  const sessionOptional = useMatches().some((match) => (match.handle as AppRouteHandle | undefined)?.sessionOptional);
  const { data, error, loading, refetch } = useQuery(MeQuery);
  const me = data?.me;

  if (me) {
    return (
      <MeContext.Provider value={{ id: me.id, name: me.name, activeRole: me.activeRole, roles: me.roles }}>
        <PageShell header={<AppHeader me={me} />}>
          {/* The views are chunks of their own: loading one shows the same state as loading data. */}
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </PageShell>
      </MeContext.Provider>
    );
  }

  // A page for everyone (not found): the plain header until a signed-in user is known.
  if (sessionOptional) {
    return (
      <PageShell header={<SimpleHeader />}>
        <Outlet />
      </PageShell>
    );
  }

  if (isUnauthenticated(error)) {
    return <Navigate to={signInPath({ returnTo: `${location.pathname}${location.search}${location.hash}` })} replace />;
  }

  return loading || !error ? (
    <SessionLoading />
  ) : (
    <PageShell header={<SimpleHeader />}>
      <ErrorState error={error} onRetry={() => void refetch()} />
    </PageShell>
  );
}
