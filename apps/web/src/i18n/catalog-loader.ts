// Only bokmål's messages are in the JavaScript; nynorsk and English are fetched when chosen
// (the build emits each as a JSON file with a hashed name: vite.config.ts, localeCatalogs).
import { hasCatalog, registerCatalog, type Catalog, type Locale } from '@samhandling/shared';
import { catalogLoaders } from 'virtual:locale-catalogs';

const pending = new Map<Locale, Promise<void>>();

/**
 * Resolves once translate() has the language's messages; null when it already has them, so a
 * caller can switch at once. A failed fetch is forgotten, so the next choice tries again.
 */
export function loadCatalog(locale: Locale): Promise<void> | null {
  if (hasCatalog(locale)) return null;
  let loading = pending.get(locale);
  if (!loading) {
    const load = catalogLoaders[locale];
    if (!load) return null;
    loading = load()
      .then((catalog: Catalog) => registerCatalog(locale, catalog))
      .finally(() => pending.delete(locale));
    pending.set(locale, loading);
  }
  return loading;
}
