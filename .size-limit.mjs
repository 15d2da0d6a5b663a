// Size budgets of the web app's JavaScript, gzipped (`pnpm size`, after the build; CI fails over
// budget). The first route is what index.html loads before anything shows: its module script and
// the chunks Vite preloads for it (every static import), read from the built index.html, so a
// new or renamed chunk is counted without touching this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = 'apps/web/dist';

function firstRouteScripts() {
  let html;
  try {
    html = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), DIST, 'index.html'), 'utf8');
  } catch {
    throw new Error(`${DIST}/index.html is missing: build the web app first (pnpm build)`);
  }
  const files = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const attribute = (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const url = tag.startsWith('<script') ? attribute('type') === 'module' && attribute('src') : attribute('rel') === 'modulepreload' && attribute('href');
    if (url) files.push(`${DIST}${url}`);
  }
  if (files.length === 0) throw new Error(`${DIST}/index.html loads no module script`);
  return files;
}

export default [
  { name: 'web: first route (the JavaScript index.html loads)', path: firstRouteScripts(), gzip: true, limit: '170 kB' },
  { name: 'web: all JavaScript', path: `${DIST}/assets/*.js`, gzip: true, limit: '350 kB' },
];
