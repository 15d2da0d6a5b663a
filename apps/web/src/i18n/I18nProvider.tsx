import { createContext, useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { translate, type Locale, type MessageKey, type MessageParams } from '@samhandling/shared';
import { formatDate, formatDateTime, formatTime } from './format';
import { getLocale, setLocale, subscribeLocale } from './locale-store';

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (value: string | null | undefined) => string;
  formatDateTime: (value: string | null | undefined) => string;
  formatTime: (value: string | null | undefined) => string;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, getLocale, getLocale);
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      t,
      formatDate: (v) => formatDate(locale, v),
      formatDateTime: (v) => formatDateTime(locale, v),
      formatTime: (v) => formatTime(locale, v),
    }),
    [locale, t],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
