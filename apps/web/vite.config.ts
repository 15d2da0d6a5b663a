import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.SAMHANDLING_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // The shared package is used from source: no build step needed for the web app.
      '@samhandling/shared': fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/auth': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the served build: the API serves dist as it is.
    sourcemap: false,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate chunks cache better.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](react-router|react-hook-form)[\\/]/.test(id)) return 'router-forms';
          if (/[\\/]node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/.test(id)) return 'apollo';
          if (/[\\/]node_modules[\\/](@digdir|@floating-ui|@tanstack|@u-elements|@navikt|tabbable|clsx)[\\/]/.test(id)) return 'designsystem';
          return undefined;
        },
      },
    },
  },
});
