import type { ApolloClient } from '@apollo/client';
import type { DataRouter } from 'react-router';
import { MeQuery } from './graphql/session';
import { SIGN_IN_PATH, signInPath } from './sign-in-path';

/**
 * Called on every UNAUTHENTICATED from the API. When a signed-in user was loaded, their session
 * has expired: forget what was loaded, and sign in again to come back to the same page. A visit
 * without a session is sent to sign-in by AppLayout instead.
 */
export function handleUnauthenticated(router: DataRouter, client: ApolloClient): void {
  const { pathname, search, hash } = router.state.location;
  if (pathname === SIGN_IN_PATH) return;
  if (!client.cache.readQuery({ query: MeQuery })) return;
  const target = signInPath({ returnTo: `${pathname}${search}${hash}`, expired: true });
  void client.clearStore().finally(() => router.navigate(target, { replace: true }));
}
