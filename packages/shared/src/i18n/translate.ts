// Translation with ICU messages, in the subset message-format.ts formats: placeholders are {name};
// plurals and selects use ICU syntax, e.g. "{count, plural, one {# dag} other {# dagar}}". Keys
// are typed by the bokmål catalogue, which is the source of every key. Only bokmål is built in:
// the other catalogues are registered (index.ts registers them all; the browser fetches the one
// the user chooses), so a browser downloads only its own language.
import { formatMessage, messageFormats, parseMessage, type MessageFormats, type MessageParams, type MessagePart } from './message-format';
import { nb, type Catalog, type MessageKey } from './nb';
import { DEFAULT_LOCALE, type Locale } from './locales';

export * from './locales';
export type { Catalog, MessageKey, MessageParams };

const registered: Partial<Record<Locale, Catalog>> = { nb };

/** Makes a language's messages available to translate(). */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  registered[locale] = catalog;
  // Messages parsed from bokmål while this language was missing are parsed again.
  for (const id of parsed.keys()) if (id.startsWith(`${locale}:`)) parsed.delete(id);
}

/** Whether translate() has the language's own messages (bokmål always). */
export function hasCatalog(locale: Locale): boolean {
  return registered[locale] !== undefined;
}

// Plural rules and number formats: nynorsk falls back to bokmål's where a runtime lacks nn
// (Chromium does); their rules are the same.
const ICU_LOCALES: Record<Locale, string[]> = { nb: ['nb'], nn: ['nn', 'nb'], en: ['en-GB'] };

const parsed = new Map<string, MessagePart[]>();
const formats = new Map<Locale, MessageFormats>();

export function formatsFor(locale: Locale): MessageFormats {
  let result = formats.get(locale);
  if (!result) {
    result = messageFormats(ICU_LOCALES[locale] ?? ICU_LOCALES[DEFAULT_LOCALE]);
    formats.set(locale, result);
  }
  return result;
}

function partsFor(locale: Locale, key: MessageKey): MessagePart[] {
  const id = `${locale}:${key}`;
  let parts = parsed.get(id);
  if (!parts) {
    const template = registered[locale]?.[key] ?? nb[key];
    if (typeof template !== 'string') throw new Error(`no message ${key}`);
    parts = parseMessage(template);
    parsed.set(id, parts);
  }
  return parts;
}

/** Translates a key in a locale, filling its ICU placeholders. Falls back to bokmål. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(partsFor(locale, key), params, formatsFor(locale));
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(nb, value);
}
