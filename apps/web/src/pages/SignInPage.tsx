import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageShell } from '../components/PageShell';
import { SimpleHeader } from '../components/SimpleHeader';
import { usePageTitle } from '../components/usePageTitle';
import { useT } from '../i18n';
import { AuthApiError, demoLogin, fetchAuthConfig, fetchDemoUsers, fetchSession, type DemoUser } from '../lib/auth-api';
import { DemoUserList } from '../modules/auth/components/DemoUserList';
import { EXPIRED_PARAM, returnPathFrom } from '../modules/session/sign-in-path';

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'disabled' }
  | { status: 'signedIn' }
  | { status: 'ready'; users: DemoUser[] };

/** Sign-in; afterwards the user goes to the page they came for (a path of this app) or home. */
export function SignInPage() {
  const t = useT();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = returnPathFrom(searchParams);
  const expired = searchParams.has(EXPIRED_PARAM);
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [pending, setPending] = useState<string | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      const [config, session] = await Promise.all([fetchAuthConfig(), fetchSession()]);
      // Someone already signed in has nothing to do here.
      if (session.signedIn) {
        setState({ status: 'signedIn' });
        return;
      }
      if (!config.demoLogin) {
        setState({ status: 'disabled' });
        return;
      }
      setState({ status: 'ready', users: await fetchDemoUsers() });
    } catch (error) {
      setState({ status: 'error', error });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const signIn = async (user: DemoUser) => {
    setPending(user.username);
    setSignInError(null);
    try {
      await demoLogin(user.username);
      // The signed-in frame starts with a GraphQL client of its own: nothing cached before leaks in.
      void navigate(returnTo, { replace: true });
    } catch (error) {
      setSignInError(error instanceof AuthApiError && error.message ? error.message : t('signIn.failed'));
      setPending(null);
    }
  };

  if (state.status === 'signedIn') return <Navigate to={returnTo} replace />;

  return (
    <PageShell header={<SimpleHeader />}>
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {expired && (
        <Alert data-color="warning">
          <Paragraph>{t('error.sessionExpired')}</Paragraph>
        </Alert>
      )}
      {state.status === 'loading' && <LoadingState lines={3} />}
      {state.status === 'error' && (
        <ErrorState
          error={state.error}
          message={state.error instanceof AuthApiError && state.error.message ? state.error.message : undefined}
          onRetry={() => void load()}
        />
      )}
      {state.status === 'disabled' && (
        <Alert data-color="info">
          <Paragraph>{t('signIn.productionNotice')}</Paragraph>
        </Alert>
      )}
      {state.status === 'ready' && (
        <>
          <Paragraph className="app-lead">{t('signIn.demoIntro')}</Paragraph>
          {signInError && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{signInError}</Paragraph>
            </Alert>
          )}
          <DemoUserList users={state.users} pendingUsername={pending} onSignIn={(user) => void signIn(user)} />
        </>
      )}
    </PageShell>
  );
}
