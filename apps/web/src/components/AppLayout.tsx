import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isUnauthenticated } from '../apollo/errors';
import { useT } from '../i18n';
import { AppHeader } from '../modules/session/components/AppHeader';
import { MeQuery } from '../modules/session/graphql/session';
import { MeContext } from '../modules/session/MeContext';
import { signInPath } from '../modules/session/sign-in-path';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageShell } from './PageShell';
import { SimpleHeader } from './SimpleHeader';

/** The signed-in frame: loads `me`; without a session, sends the visitor to sign-in and back here after. */
export function AppLayout() {
  const t = useT();
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(MeQuery);

  if (isUnauthenticated(error)) {
    return <Navigate to={signInPath({ returnTo: `${location.pathname}${location.search}${location.hash}` })} replace />;
  }

  if (!data?.me) {
    return (
      <PageShell header={<SimpleHeader />}>
        {loading || !error ? (
          <LoadingState label={t('web.session.loading')} />
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )}
      </PageShell>
    );
  }

  const me = data.me;
  return (
    <MeContext.Provider value={{ id: me.id, activeRole: me.activeRole, roles: me.roles }}>
      <PageShell header={<AppHeader me={me} />}>
        <Outlet />
      </PageShell>
    </MeContext.Provider>
  );
}
