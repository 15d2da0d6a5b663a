// The chosen language lives outside React so the Apollo link and fetch helpers can read it on
// every request. It is persisted in localStorage and mirrored in <html lang>.
import { DEFAULT_LOCALE, isLocale, type Locale } from '@samhandling/shared';
import { loadCatalog } from './catalog-loader';

export const LOCALE_STORAGE_KEY = 'samhandling.locale';

type Listener = (locale: Locale) => void;

/** The stored choice, or bokmål. */
export function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

let current: Locale = readStoredLocale();
const listeners = new Set<Listener>();

function applyToDocument(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

applyToDocument(current);

export function getLocale(): Locale {
  return current;
}

/**
 * Switches the language once its messages are here (at once for bokmål or one already fetched).
 * If they cannot be fetched the language stays as it was.
 */
export function setLocale(locale: Locale): Promise<void> {
  const loading = loadCatalog(locale);
  if (!loading) {
    switchTo(locale);
    return Promise.resolve();
  }
  return loading.then(() => switchTo(locale), reportLoadFailure(locale));
}

const reportLoadFailure = (locale: Locale) => (error: unknown) => console.error(`the ${locale} messages could not be loaded`, error);

/** Resolves when the stored language's messages are here (or could not be fetched). */
export function localeReady(): Promise<void> {
  return loadCatalog(current)?.catch(reportLoadFailure(current)) ?? Promise.resolve();
}

function switchTo(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  applyToDocument(locale);
  for (const listener of listeners) listener(locale);
}

export function subscribeLocale(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget the stored choice and start from the given locale. */
export function resetLocaleForTests(locale: Locale = DEFAULT_LOCALE): void {
  try {
    globalThis.localStorage?.removeItem(LOCALE_STORAGE_KEY);
  } catch {
    // ignore
  }
  current = locale;
  applyToDocument(locale);
}
