import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n';

/** Below a paged log: how many of how many are shown, and "Vis flere" while there are more, with its error. */
export function LoadMore(props: { shown: number; total: number; nextCursor: string | null; hasMore: boolean; fetchMore: (after: string) => Promise<unknown> }) {
  const t = useT();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { nextCursor } = props;
  const loadMore = async (after: string) => {
    setLoading(true);
    setError(null);
    try {
      await props.fetchMore(after);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <Paragraph data-size="sm" className="app-muted" role="status">
        {t('web.accessLog.shown', { shown: props.shown, total: props.total })}
      </Paragraph>
      {error !== null && <ErrorState error={error} headingLevel={3} />}
      {props.hasMore && nextCursor && (
        <Button variant="secondary" data-size="sm" className="app-align-start" loading={loading} onClick={() => void loadMore(nextCursor)}>
          {t('web.accessLog.loadMore')}
        </Button>
      )}
    </>
  );
}
