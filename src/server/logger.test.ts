import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { createLogger } from '#server/logger';
import type { ContactInput } from '#shared/contact.schema';
import { createTestApp } from '../../test/factories.ts';
import { breakContactsTable, testDatabases } from '../../test/databases.ts';

/** A contact with a unique, searchable canary in every field. */
function canaryContact(canary: string): Required<ContactInput> {
  return {
    name: `Canary ${canary} Person`,
    title: `Chief ${canary} Officer`,
    organisation: `${canary} Holdings`,
    emails: [`${canary}@example.com`],
    phones: [`+47 ${canary}`],
    linkedinUrl: `https://www.linkedin.com/in/${canary}`,
    notes: `Private notes about ${canary}: salary, family, health.`,
    pronunciation: `${canary}-son`,
    otherTitles: [`${canary} lead`],
    organisationRelation: 'current_employee',
    field: `${canary} engineering`,
    location: `${canary} city`,
    howKnown: 'alumni',
    metOn: '2024-03-12',
    metWhere: `${canary} conference`,
    introducedById: null,
    mayUseIntroducerName: false,
    tags: [`${canary}-tag`],
  };
}

function expectNoLineContains(lines: string[], canary: string): void {
  // Case-insensitive: the search key stores a folded (lower-case) copy of the fields.
  const leaking = lines.filter((line) => line.toLowerCase().includes(canary.toLowerCase()));
  expect(leaking).toEqual([]);
}

describe.each(testDatabases)('logs hold no personal data on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let canary: string;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
    canary = `canary-${randomBytes(6).toString('hex')}`;
  });

  afterEach(async () => {
    await database.close();
  });

  it('a canary in every contact field never reaches a log line, whatever the request does', async () => {
    const fields = canaryContact(canary);

    const created = await api.send('POST', '/api/contacts', fields);
    expect(created.status).toBe(201);
    const contact = (await created.json()) as { id: string; version: number; notes: string };
    // The canary did go through the app: it is in the stored record.
    expect(contact.notes).toContain(canary);

    const found = await api.send('GET', `/api/contacts?q=${encodeURIComponent(canary)}`);
    expect(found.status).toBe(200);
    expect(((await found.json()) as { total: number }).total).toBe(1);

    const read = await api.send('GET', `/api/contacts/${contact.id}`);
    expect(read.status).toBe(200);

    const updated = await api.send('PUT', `/api/contacts/${contact.id}`, {
      ...fields,
      name: `Renamed ${canary}`,
      version: 1,
    });
    expect(updated.status).toBe(200);

    const stale = await api.send('PUT', `/api/contacts/${contact.id}`, {
      ...fields,
      notes: `Stale ${canary}`,
      version: 1,
    });
    expect(stale.status).toBe(409);
    // The conflict answer quotes the current record to the client, and only to the client.
    expect(await stale.text()).toContain(canary);

    const invalid = await api.send('POST', '/api/contacts', { ...fields, emails: [`not an address ${canary}`] });
    expect(invalid.status).toBe(400);

    const unknownField = await api.send('POST', '/api/contacts', { ...fields, [canary]: canary });
    expect(unknownField.status).toBe(400);

    const malformed = await api.send('POST', '/api/contacts', `{"name": "${canary}`);
    expect(malformed.status).toBe(400);

    const tooLongQuery = await api.send('GET', `/api/contacts?q=${canary.repeat(20)}`);
    expect(tooLongQuery.status).toBe(400);

    const missing = await api.send('PUT', `/api/contacts/${randomUUID()}`, { ...fields, version: 1 });
    expect(missing.status).toBe(404);

    // Unexpected errors log their cause; the cause must not carry the request's data either.
    await breakContactsTable(database);
    const failedCreate = await api.send('POST', '/api/contacts', fields);
    expect(failedCreate.status).toBe(500);
    const failedSearch = await api.send('GET', `/api/contacts?q=${encodeURIComponent(canary)}`);
    expect(failedSearch.status).toBe(500);
    const failedUpdate = await api.send('PUT', `/api/contacts/${contact.id}`, { ...fields, version: 2 });
    expect(failedUpdate.status).toBe(500);

    // One line per request, plus one per unexpected error: proves the log was captured at all.
    expect(api.logLines.length).toBeGreaterThanOrEqual(14);
    expect(api.logLines.filter((line) => line.includes('"unexpected error"'))).toHaveLength(3);
    expectNoLineContains(api.logLines, canary);
  });
});

describe('createLogger', () => {
  const captureLogger = () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    return { logger, lines };
  };

  it("leaves out a database error's detail, which can quote the row, but keeps its code and message", () => {
    const { logger, lines } = captureLogger();
    const canary = `canary-${randomBytes(6).toString('hex')}`;
    const error = Object.assign(new Error('duplicate key value violates unique constraint "contacts_pkey"'), {
      code: '23505',
      detail: `Key (email)=(${canary}@example.com) already exists.`,
      table: 'contacts',
    });
    logger.error({ err: error }, 'unexpected error');

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as { err: Record<string, unknown> };
    expect(line.err).toMatchObject({ type: 'Error', code: '23505', message: expect.stringContaining('contacts_pkey') });
    expect(line.err).not.toHaveProperty('detail');
    expectNoLineContains(lines, canary);
  });

  it('logs only the type of a thrown value that is not an Error', () => {
    const { logger, lines } = captureLogger();
    logger.error({ err: 'canary-string-thrown' }, 'unexpected error');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).err).toEqual({ type: 'string' });
  });
});
