import type { MiddlewareHandler } from 'hono';
import { AppError } from '#domain/errors';
import type { AppEnv } from './app-env.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Keeps other websites away from a server that runs on the user's own machine.
 *
 * - Host: a page on evil.example can make its own name resolve to 127.0.0.1 (DNS rebinding) and
 *   then read our answers as "same origin". Its requests still carry `Host: evil.example`, so we
 *   answer only to the names we were started on.
 * - Origin: any site can POST a form or a fetch to 127.0.0.1. Browsers label such requests with
 *   Origin (and Sec-Fetch-Site), so a state-changing request from a foreign origin is refused.
 *   Requests with neither header come from programs, not from a web page, and may pass.
 */
export function guardLocalAccess(allowedHosts: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Read on every request: the server fills the list once it knows its port (main.ts).
    const hosts = new Set(allowedHosts.map((name) => name.toLowerCase()));
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!hosts.has(host)) throw new AppError('forbidden_host');
    if (
      !SAFE_METHODS.has(c.req.method) &&
      !isSameOriginRequest(c.req.header('origin'), c.req.header('sec-fetch-site'), hosts)
    ) {
      throw new AppError('forbidden_origin');
    }
    await next();
  };
}

function isSameOriginRequest(origin: string | undefined, fetchSite: string | undefined, hosts: Set<string>): boolean {
  if (origin !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false; // includes "null", sent by sandboxed frames and file:// pages
    }
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && hosts.has(parsed.host.toLowerCase());
  }
  return fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
}
