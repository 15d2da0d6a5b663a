/// <reference types="vite/client" />

declare module 'virtual:locale-catalogs' {
  import type { Catalog, Locale } from '@samhandling/shared';
  /** How to get each language's messages other than bokmål's. */
  export const catalogLoaders: Partial<Record<Locale, () => Promise<Catalog>>>;
}
