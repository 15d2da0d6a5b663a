import { Paragraph, Skeleton, Spinner } from '@digdir/designsystemet-react';
import { useT } from '../i18n';

/** A spinner with a visible text; optional skeleton lines hint at the content to come. */
export function LoadingState({ label, lines = 0 }: { label?: string; lines?: number }) {
  const t = useT();
  const text = label ?? t('common.loading');
  return (
    <div className="app-state" role="status" aria-live="polite">
      <div className="app-state__row">
        <Spinner aria-hidden data-size="sm" />
        <Paragraph>{text}</Paragraph>
      </div>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} variant="text" width="100%" aria-hidden="true" />
      ))}
    </div>
  );
}
