import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from './app-env.ts';

/**
 * One line per request: method, path, status, duration, request id. Deliberately not the query
 * string (a search for a name is personal data), nor headers or bodies, nor the calendar feed's
 * token: it is a key to the user's meetings, and a log is read by more people than the user.
 */
export function logRequests(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: withoutSecrets(c.req.path),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}

/** "/calendar/<token>.ics" becomes "/calendar/….ics". */
export function withoutSecrets(path: string): string {
  return path.replace(/^\/calendar\/[^/]+\.ics$/, '/calendar/….ics');
}
