import { useQuery } from '@apollo/client/react';
import { NotFoundContent } from '../components/NotFoundContent';
import { PageShell } from '../components/PageShell';
import { SimpleHeader } from '../components/SimpleHeader';
import { AppHeader } from '../modules/session/components/AppHeader';
import { MeQuery } from '../modules/session/graphql/session';

/** An unknown address: the signed-in header when there is a session, the plain one otherwise. */
export function NotFoundPage() {
  const { data } = useQuery(MeQuery);
  return (
    <PageShell header={data?.me ? <AppHeader me={data.me} /> : <SimpleHeader />}>
      <NotFoundContent />
    </PageShell>
  );
}
