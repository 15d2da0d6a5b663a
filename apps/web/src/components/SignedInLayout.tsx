import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, getApolloContext, useQuery } from '@apollo/client/react';
import { Suspense, useContext, useState } from 'react';
import { Navigate, Outlet, useNavigate } from 'react-router';
import { createApolloClient } from '../apollo/client';
import { isUnauthenticated } from '../apollo/errors';
import { getLocale } from '../i18n';
import { AppHeader } from '../modules/session/components/AppHeader';
import { MeQuery } from '../modules/session/graphql/session';
import { MeContext } from '../modules/session/MeContext';
import { SIGN_IN_PATH } from '../routes';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageShell } from './PageShell';
import { SessionLoading } from './SessionLoading';
import { SimpleHeader } from './SimpleHeader';

/**
 * The GraphQL client lives as long as the signed-in frame: signing out, or a session that ends,
 * leaves the frame, so the next sign-in starts with an empty cache. A client provided around the
 * app (tests render it inside Apollo's MockedProvider) is used as it is.
 */
function useSessionClient(): ApolloClient {
  const provided = useContext(getApolloContext()).client;
  const navigate = useNavigate();
  const [client] = useState(
    () => provided ?? createApolloClient({ getLocale, onUnauthenticated: () => void navigate(SIGN_IN_PATH, { replace: true }) }),
  );
  return client;
}

/** The signed-in frame: loads `me`, sends the visitor to sign-in without a session. */
export function SignedInLayout() {
  return (
    <ApolloProvider client={useSessionClient()}>
      <SignedInFrame />
    </ApolloProvider>
  );
}

function SignedInFrame() {
  const { data, error, loading, refetch } = useQuery(MeQuery);

  if (isUnauthenticated(error)) return <Navigate to={SIGN_IN_PATH} replace />;

  if (!data?.me) {
    return loading || !error ? (
      <SessionLoading />
    ) : (
      <PageShell header={<SimpleHeader />}>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </PageShell>
    );
  }

  const me = data.me;
  return (
    <MeContext.Provider value={{ id: me.id, activeRole: me.activeRole, roles: me.roles, personId: me.personId ?? null }}>
      <PageShell header={<AppHeader me={me} />}>
        {/* The views are chunks of their own: loading one shows the same state as loading data. */}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </PageShell>
    </MeContext.Provider>
  );
}
