import { en } from './en';
import { nb, type Catalog, type MessageKey } from './nb';
import { nn } from './nn';
import { DEFAULT_LOCALE, type Locale } from './locales';

export * from './locales';
export type { Catalog, MessageKey };

export const catalogs: Record<Locale, Catalog> = { nb, nn, en };

export type MessageParams = Record<string, string | number>;

/** Translates a key in a locale, filling {placeholders}. Falls back to bokmål. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale]?.[key] ?? catalogs[DEFAULT_LOCALE][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return value in nb;
}
