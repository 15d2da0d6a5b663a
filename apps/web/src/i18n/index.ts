export { I18nProvider } from './I18nProvider';
export { useI18n, useT } from './useT';
export { getLocale, setLocale, subscribeLocale } from './locale-store';
export { aboutPerson } from './about-person';
