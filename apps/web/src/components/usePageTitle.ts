import { useEffect } from 'react';
import { useT } from '../i18n';

/** Sets document.title to "<page> – Samhandling". */
export function usePageTitle(title: string | null | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
