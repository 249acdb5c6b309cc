import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './app-env.ts';

/**
 * Serves the built Svelte app from dist/web. Hashed files under /assets are cached for a year;
 * every other path that is not an API route gets index.html, so that a reload of /contacts/42
 * opens the app on that page.
 */
export function serveWebApp(app: Hono<AppEnv>, webRoot: string): void {
  const indexFile = join(webRoot, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = readFileSync(indexFile, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: webRoot,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  // A missing asset is a 404, not the app page: a browser must never run HTML as a script.
  app.get('/assets/*', (c) => c.notFound());
  app.use('/favicon.svg', serveStatic({ root: webRoot }));
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
