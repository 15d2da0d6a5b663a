import { Suspense } from 'react';
import { lazyComponent } from '../lib/lazy-component';
import { SessionLoading } from './SessionLoading';

// The signed-in frame brings the GraphQL client (Apollo) with it: the sign-in page loads without.
const SignedInLayout = lazyComponent(() => import('./SignedInLayout'), 'SignedInLayout');

/** The layout route of every page but sign-in: the signed-in views and the not-found page. */
export function AppLayout() {
  return (
    <Suspense fallback={<SessionLoading />}>
      <SignedInLayout />
    </Suspense>
  );
}
