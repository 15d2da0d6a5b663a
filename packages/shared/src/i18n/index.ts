// The messages of every language, and the server's own (errors, the documents' texts). The
// browser imports translate.ts instead (packages/shared/src/browser.ts) and fetches its language.
import { en } from './en';
import type { Catalog } from './nb';
import { nb } from './nb';
import { nn } from './nn';
import { serverMessages, type ServerKey } from './server';
import { formatMessage, parseMessage, type MessageParams, type MessagePart } from './message-format';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { formatsFor, isMessageKey, registerCatalog, translate, type MessageKey } from './translate';

export * from './translate';
export { ACCESS_LOG_ACTIONS, type AccessLogAction } from './modules/access-log';
export type { ServerKey };

/** Any message the API may send or print: the app's and its own. */
export type ApiMessageKey = MessageKey | ServerKey;

export const catalogs: Record<Locale, Catalog> = { nb, nn, en };
registerCatalog('nn', nn);
registerCatalog('en', en);

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

