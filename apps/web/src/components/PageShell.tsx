import { SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

export const MAIN_ID = 'main-content';

/** Skip link, a header and the main landmark. */
export function PageShell({ header, children }: { header: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <div className="app-shell">
      <SkipLink href={`#${MAIN_ID}`}>{t('nav.skipToContent')}</SkipLink>
      {header}
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
