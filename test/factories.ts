import { Writable } from 'node:stream';
import { createApp } from '#server/app';
import type { DatabaseHandle } from '#server/db/database';
import { createLogger } from '#server/logger';
import type { ContactInput } from '#shared/contact.schema';

export const TEST_HOST = 'localhost';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

let sequence = 0;

export function buildContactInput(overrides: Partial<ContactInput> = {}): ContactInput {
  sequence += 1;
  return {
    name: `Test Person ${sequence}`,
    title: 'Product designer',
    organisation: 'Example AS',
    emails: [`person${sequence}@example.com`],
    phones: ['+47 22 00 00 00'],
    linkedinUrl: `https://www.linkedin.com/in/test-person-${sequence}`,
    notes: 'Met at the alumni evening.',
    ...overrides,
  };
}

/** The app as the server builds it, plus every log line it wrote, for in-process requests. */
export function createTestApp(database: DatabaseHandle, options: { clock?: () => Date } = {}) {
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const app = createApp({
    database,
    logger: createLogger({ level: 'info', destination }),
    allowedHosts: [TEST_HOST],
    ...(options.clock ? { clock: options.clock } : {}),
  });

  /** A JSON request as the browser app sends it: same origin, JSON body. */
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { origin: TEST_ORIGIN }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });

  return { app, send, logLines };
}
