// Translation with ICU messages (intl-messageformat): placeholders are {name}; plurals and
// selects use ICU syntax, e.g. "{count, plural, one {# dag} other {# dagar}}". Keys are typed
// by the bokmål catalogue, which is the source of every key.
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './en';
import { nb, type Catalog, type MessageKey } from './nb';
import { nn } from './nn';
import { DEFAULT_LOCALE, type Locale } from './locales';

export * from './locales';
export type { Catalog, MessageKey };

export const catalogs: Record<Locale, Catalog> = { nb, nn, en };

export type MessageParams = Record<string, string | number>;

// Plural rules and number formats: nynorsk falls back to bokmål's where a runtime lacks nn
// (Chromium does); their rules are the same.
const ICU_LOCALES: Record<Locale, string[]> = { nb: ['nb'], nn: ['nn', 'nb'], en: ['en-GB'] };

const compiled = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}:${key}`;
  let formatter = compiled.get(id);
  if (!formatter) {
    const template = catalogs[locale]?.[key] ?? catalogs[DEFAULT_LOCALE][key];
    formatter = new IntlMessageFormat(template, ICU_LOCALES[locale] ?? ICU_LOCALES[DEFAULT_LOCALE]);
    compiled.set(id, formatter);
  }
  return formatter;
}

/** Translates a key in a locale, filling its ICU placeholders. Falls back to bokmål. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return String(formatterFor(locale, key).format(params));
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(nb, value);
}
