import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { en } from '../../packages/shared/src/i18n/en';
import { nn } from '../../packages/shared/src/i18n/nn';

// The Designsystemet features the app uses (see there).
const designsystemetWeb = fileURLToPath(new URL('src/lib/designsystemet-web.ts', import.meta.url));

/**
 * Designsystemet's React components import the root of @digdir/designsystemet-web for its side
 * effects, which loads every feature (tabs, combobox, tooltips, popovers and their polyfills);
 * these imports get the app's features instead. An import of a name from the root (usePagination's,
 * unused) stays, and would bring back the whole package if it were used. Jest maps the root to the
 * same module; the dev server's pre-bundled React package keeps the root, so it has every feature.
 */
function designsystemetWebFeatures(): Plugin {
  const rootImport = /\bimport\s*(["'])@digdir\/designsystemet-web\1;?/g;
  return {
    name: 'designsystemet-web-features',
    transform: {
      filter: { id: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, code: '@digdir/designsystemet-web' },
      handler: (code) => ({ code: code.replace(rootImport, `import ${JSON.stringify(designsystemetWeb)};`), map: null }),
    },
  };
}

/**
 * The app's messages other than bokmål's, for src/i18n/catalog-loader.ts. The build emits each
 * language as a JSON file with a hashed name, fetched only by those who choose it (and cached for
 * good); the dev server imports the catalogue's source.
 */
function localeCatalogs(): Plugin {
  const id = 'virtual:locale-catalogs';
  const resolved = `\0${id}`;
  const catalogs = { nn, en };
  const catalogSource = (locale: string) => fileURLToPath(new URL(`../../packages/shared/src/i18n/${locale}.ts`, import.meta.url));
  let serving = false;
  return {
    name: 'locale-catalogs',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadedId) {
      if (loadedId !== resolved) return undefined;
      const loaders = Object.entries(catalogs).map(([locale, catalog]) => {
        if (serving) return `${locale}: () => import(${JSON.stringify(catalogSource(locale))}).then((m) => m.${locale})`;
        const ref = this.emitFile({ type: 'asset', name: `${locale}.json`, source: JSON.stringify(catalog) });
        return `${locale}: () => fetch(import.meta.ROLLUP_FILE_URL_${ref}).then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); })`;
      });
      return `export const catalogLoaders = { ${loaders.join(', ')} };`;
    },
  };
}

const api = process.env.SAMHANDLING_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    // graphql(`…`) calls become imports of their generated documents: the lookup table of every
    // document's source text stays out of the bundle, and each document goes to the chunk that uses it.
    react({ babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: 'src/gql', gqlTagName: 'graphql' }]] } }),
    designsystemetWebFeatures(),
    localeCatalogs(),
    // Brotli and gzip copies of the text files next to them (best quality: compressed once, at
    // build time): the API sends the one the browser accepts. Skipped where it would not be smaller.
    compression({ include: /\.(html|js|mjs|css|svg|json|map|txt)$/, algorithms: ['brotliCompress', 'gzip'] }),
  ],
  resolve: {
    alias: [
      // The shared package is used from source (no build step needed), without the languages the
      // browser fetches and the server's own messages.
      { find: '@samhandling/shared', replacement: fileURLToPath(new URL('../../packages/shared/src/browser.ts', import.meta.url)) },
    ],
  },
  server: {
    proxy: {
      // Subscriptions are WebSocket upgrades on the same path.
      '/graphql': { target: api, ws: true },
      '/auth': api,
      '/healthz': api,
      '/api': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the served build: the API serves dist as it is.
    sourcemap: false,
    rollupOptions: {
      treeshake: {
        // Designsystemet's React package declares no `sideEffects`, so every component would ship;
        // its modules only define components (the web components they need come in through
        // src/lib/designsystemet-web.ts, which keeps its side effects).
        moduleSideEffects: (id) => !/[\\/]@digdir[\\/]designsystemet-react[\\/]/.test(id),
      },
      output: {
        // Libraries change less often than the app: separate chunks cache better. A chunk named
        // here loads whole wherever one of its modules is needed, so only what every view needs
        // (React, the router) goes to the first route; Apollo comes with the signed-in frame.
        manualChunks(id) {
          if (id === designsystemetWeb) return 'designsystemet-web';
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/]react-router[\\/]/.test(id)) return 'router';
          // What the first route shares with Apollo (its error classes, for the sign-in page's error
          // state): a named chunk pulls in the modules it imports, so they need a chunk of their own
          // to stay out of Apollo's.
          if (/[\\/]node_modules[\\/]@apollo[\\/]client[\\/]errors[\\/]/.test(id)) return 'shared-libs';
          if (/[\\/]node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry)[\\/]/.test(id)) return 'apollo';
          if (/[\\/]node_modules[\\/](@digdir[\\/]designsystemet-web|@u-elements)[\\/]/.test(id)) return 'designsystemet-web';
          return undefined;
        },
      },
    },
  },
});
