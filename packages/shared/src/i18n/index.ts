// Translation with ICU messages, in the subset message-format.ts formats: placeholders are {name};
// plurals and selects use ICU syntax, e.g. "{count, plural, one {# dag} other {# dagar}}". Keys
// are typed by the bokmål catalogue, which is the source of every key.
import { serverMessages, type ServerKey } from './server';
import { en } from './en';
import { formatMessage, messageFormats, parseMessage, type MessageFormats, type MessageParams, type MessagePart } from './message-format';
import { nb, type Catalog, type MessageKey } from './nb';
import { nn } from './nn';
import { DEFAULT_LOCALE, type Locale } from './locales';

export * from './locales';
export type { Catalog, MessageKey, MessageParams, ServerKey };

/** Any message the API may send or print: the app's and its own. */
export type ApiMessageKey = MessageKey | ServerKey;

export const catalogs: Record<Locale, Catalog> = { nb, nn, en };

// Plural rules and number formats: nynorsk falls back to bokmål's where a runtime lacks nn
// (Chromium does); their rules are the same.
const ICU_LOCALES: Record<Locale, string[]> = { nb: ['nb'], nn: ['nn', 'nb'], en: ['en-GB'] };

const parsed = new Map<string, MessagePart[]>();
const formats = new Map<Locale, MessageFormats>();

function formatsFor(locale: Locale): MessageFormats {
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
    const template = catalogs[locale]?.[key] ?? catalogs[DEFAULT_LOCALE][key];
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

const serverParsed = new Map<string, MessagePart[]>();

/**
 * Translates any message the API sends or prints: its own (errors, the documents' texts) or the
 * app's. Only the server calls it, so the browser's bundle leaves the server's messages out.
 */
export function translateServer(locale: Locale, key: ApiMessageKey, params?: MessageParams): string {
  const own: Record<string, string> = serverMessages[locale] ?? serverMessages[DEFAULT_LOCALE];
  if (!Object.prototype.hasOwnProperty.call(own, key)) return translate(locale, key as MessageKey, params);
  const id = `${locale}:${key}`;
  let parts = serverParsed.get(id);
  if (!parts) {
    parts = parseMessage(own[key]!);
    serverParsed.set(id, parts);
  }
  return formatMessage(parts, params, formatsFor(locale));
}

export function isApiMessageKey(value: string): value is ApiMessageKey {
  return isMessageKey(value) || Object.prototype.hasOwnProperty.call(serverMessages.nb, value);
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(nb, value);
}
