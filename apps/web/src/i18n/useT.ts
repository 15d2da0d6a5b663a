import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nProvider';

/** The i18n helpers: t(key, params), the locale, setLocale and date formatting. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** Shorthand for the translate function of the chosen language. */
export function useT(): I18nValue['t'] {
  return useI18n().t;
}
