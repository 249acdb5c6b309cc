import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { AppError } from '#domain/errors';
import type { DatabaseHandle } from './db/database.ts';
import { contactsRoutes } from './contacts/contacts.routes.ts';
import { ContactsService } from './contacts/contacts.service.ts';
import { SearchIndex } from './search/search-index.repo.ts';
import type { AppEnv } from './http/app-env.ts';
import { handleErrors, sendAppError } from './http/error-handler.ts';
import { guardLocalAccess } from './http/local-guard.ts';
import { negotiateLocale } from './http/locale.ts';
import { logRequests } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { serveWebApp } from './http/web-assets.ts';
import { actAsLocalUser } from './users/acting-user.ts';

/** Large enough for a contact with 100,000 characters of notes in any script, small enough to refuse floods. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  database: DatabaseHandle;
  logger: Logger;
  /** host[:port] values the server answers to (see local-guard.ts). */
  allowedHosts: readonly string[];
  /** The built browser app (dist/web); omitted in API-only tests. */
  webRoot?: string;
  clock?: () => Date;
}

/** Wires middleware, features and the browser app into one Hono application. */
export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>();
  const searchIndex = new SearchIndex(options.database.dialect);
  const contacts = new ContactsService(options.database.db, searchIndex, options.clock);

  app.use(requestId());
  app.use(negotiateLocale());
  app.use(logRequests(options.logger));
  app.use(securityHeaders());
  app.use(guardLocalAccess(options.allowedHosts));
  app.use(actAsLocalUser());

  const api = new Hono<AppEnv>();
  api.use(
    bodyLimit({
      maxSize: MAX_JSON_BODY_BYTES,
      onError: () => {
        throw new AppError('payload_too_large', { limit: MAX_JSON_BODY_BYTES });
      },
    }),
  );
  api.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // personal data: never kept in a shared cache
  });
  api.get('/health', (c) => c.json({ status: 'ok' }));
  api.route('/contacts', contactsRoutes(contacts));
  api.notFound((c) => sendAppError(c, new AppError('not_found')));
  app.route('/api', api);

  if (options.webRoot) serveWebApp(app, options.webRoot);
  app.notFound((c) => sendAppError(c, new AppError('not_found')));
  app.onError(handleErrors(options.logger));
  return app;
}

export type RapportApp = ReturnType<typeof createApp>;
