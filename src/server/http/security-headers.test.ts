import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '#server/app';
import type { DatabaseHandle } from '#server/db/database';
import { createLogger } from '#server/logger';
import { buildContactInput, createTestApp, TEST_HOST } from '../../../test/factories.ts';
import { breakContactsTable, testDatabases } from '../../../test/databases.ts';

/** Splits a CSP header into its directives: `{ 'script-src': ["'self'"], ... }`. */
function parseCsp(header: string | null): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toEqual(expect.any(String));
  const directives = new Map<string, string[]>();
  for (const part of header!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function expectSecurityHeaders(response: Response): void {
  const csp = parseCsp(response.headers.get('content-security-policy'));
  // script-src, or default-src when script-src is absent, governs scripts.
  const scriptSources = csp.get('script-src') ?? csp.get('default-src');
  expect(scriptSources).toEqual(["'self'"]);
  for (const values of csp.values()) {
    expect(values).not.toContain("'unsafe-inline'");
    expect(values).not.toContain("'unsafe-eval'");
  }
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe.each(testDatabases)('security headers on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
  });

  afterEach(async () => {
    await database.close();
  });

  it('an API GET carries the headers and Cache-Control no-store', async () => {
    const response = await api.send('GET', '/api/contacts');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('the health check carries the headers and Cache-Control no-store', async () => {
    const response = await api.send('GET', '/api/health');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('a created contact carries the headers and Cache-Control no-store', async () => {
    const response = await api.send('POST', '/api/contacts', buildContactInput());
    expect(response.status).toBe(201);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('an unknown API path (404) carries the headers and Cache-Control no-store', async () => {
    const response = await api.send('GET', '/api/no-such-thing');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('a 404 outside the API carries the headers', async () => {
    const response = await api.send('GET', '/no-such-page');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('a validation error (400) carries the headers and Cache-Control no-store', async () => {
    const response = await api.send('POST', '/api/contacts', { name: '' });
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('a refused foreign Host (403) carries the headers', async () => {
    const response = await api.send('GET', '/api/contacts', undefined, { host: 'evil.example' });
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
  });

  it('an unexpected error (500) carries the headers and Cache-Control no-store', async () => {
    await breakContactsTable(database);
    const response = await api.send('GET', '/api/contacts');
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe.each(testDatabases)('security headers on the browser app on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let webRoot: string;
  let app: ReturnType<typeof createApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    webRoot = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
    );
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("rapport");');
    app = createApp({
      database,
      logger: createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, done) => done() }) }),
      allowedHosts: [TEST_HOST],
      webRoot,
    });
  });

  afterEach(async () => {
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('the HTML page carries a CSP without inline scripts', async () => {
    const response = await app.request('/contacts/42');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('/assets/app.js');
    expectSecurityHeaders(response);
  });

  it('a static asset carries the headers', async () => {
    const response = await app.request('/assets/app.js');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });

  it('an unknown API path still answers JSON 404 with the headers, not the HTML page', async () => {
    const response = await app.request('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
