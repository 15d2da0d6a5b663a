import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

export function EmptyState({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <Paragraph className="app-empty" data-testid="empty-state">
      {children ?? t('common.empty')}
    </Paragraph>
  );
}
