import { useT } from '../i18n';
import { LoadingState } from './LoadingState';
import { PageShell } from './PageShell';
import { SimpleHeader } from './SimpleHeader';

/** The frame while the signed-in part of the app (its code, then the user) loads. */
export function SessionLoading() {
  const t = useT();
  return (
    <PageShell header={<SimpleHeader />}>
      <LoadingState label={t('web.session.loading')} />
    </PageShell>
  );
}
