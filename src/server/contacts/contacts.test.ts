import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { MAX_JSON_BODY_BYTES } from '#server/app';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { breakContactsTable, testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('contacts API on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
  });

  afterEach(async () => {
    await database.close();
  });

  const countRows = async () =>
    Number(
      (
        await database.db
          .selectFrom('contacts')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const create = async (overrides = {}) => {
    const response = await api.send('POST', '/api/contacts', buildContactInput(overrides));
    expect(response.status).toBe(201);
    return response.json();
  };

  it('creates a contact and reads it back with version 1', async () => {
    const created = await create({ name: '  Ingrid Bergersen  ', emails: ['ingrid@example.no'] });
    expect(created).toMatchObject({ name: 'Ingrid Bergersen', emails: ['ingrid@example.no'], version: 1 });
    const read = await api.send('GET', `/api/contacts/${created.id}`);
    expect(await read.json()).toEqual(created);
  });

  it('fills omitted optional fields with empty text', async () => {
    const response = await api.send('POST', '/api/contacts', { name: 'Only A Name' });
    expect(await response.json()).toMatchObject({
      title: '',
      organisation: '',
      organisationId: null,
      emails: [],
      phones: [],
      notes: '',
    });
  });

  it('lists contacts by name, ignoring case and accents', async () => {
    await create({ name: 'Zainab Hassan' });
    await create({ name: 'ádám Kovács' });
    await create({ name: 'Bjørn Dæhlie' });
    const page = await (await api.send('GET', '/api/contacts')).json();
    expect(page.total).toBe(3);
    expect(page.items.map((c: { name: string }) => c.name)).toEqual(['ádám Kovács', 'Bjørn Dæhlie', 'Zainab Hassan']);
  });

  it('searches by name, organisation and e-mail with folded spelling', async () => {
    await create({ name: 'Bjørn Dæhlie', organisation: 'Statkraft' });
    await create({ name: 'Sri Wahyuni', organisation: 'Gojek', emails: ['sri@gojek.example'] });
    const search = async (q: string) =>
      (await (await api.send('GET', `/api/contacts?q=${encodeURIComponent(q)}`)).json()).items.map(
        (c: { name: string }) => c.name,
      );
    expect(await search('bjorn')).toEqual(['Bjørn Dæhlie']);
    expect(await search('DAEHLIE')).toEqual(['Bjørn Dæhlie']);
    expect(await search('gojek')).toEqual(['Sri Wahyuni']);
    expect(await search('nobody')).toEqual([]);
  });

  it('treats % and _ in a search as text, not as wildcards', async () => {
    await create({ name: 'Growth 100% Team' });
    await create({ name: 'Plain Name' });
    const page = await (await api.send('GET', '/api/contacts?q=%25')).json();
    expect(page.items.map((c: { name: string }) => c.name)).toEqual(['Growth 100% Team']);
    const underscore = await (await api.send('GET', '/api/contacts?q=_')).json();
    expect(underscore.total).toBe(0);
  });

  it('pages through the list with limit and offset', async () => {
    for (const name of ['A', 'B', 'C', 'D', 'E']) await create({ name });
    const page = await (await api.send('GET', '/api/contacts?limit=2&offset=2')).json();
    expect(page.total).toBe(5);
    expect(page.items.map((c: { name: string }) => c.name)).toEqual(['C', 'D']);
  });

  it('updates a contact and increments its version', async () => {
    const created = await create({ name: 'Old Name' });
    const response = await api.send('PUT', `/api/contacts/${created.id}`, {
      ...buildContactInput({ name: 'New Name' }),
      version: 1,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'New Name', version: 2 });
  });

  it('refuses a stale update with 409 and the current record, changing nothing', async () => {
    const created = await create({ name: 'Original' });
    await api.send('PUT', `/api/contacts/${created.id}`, { ...buildContactInput({ name: 'First edit' }), version: 1 });
    const stale = await api.send('PUT', `/api/contacts/${created.id}`, {
      ...buildContactInput({ name: 'Stale edit' }),
      version: 1,
    });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('version_conflict');
    expect(body.error.current).toMatchObject({ name: 'First edit', version: 2 });
    const now = await (await api.send('GET', `/api/contacts/${created.id}`)).json();
    expect(now.name).toBe('First edit');
  });

  it('deletes a contact so that it is gone from reads and lists', async () => {
    const created = await create();
    expect((await api.send('DELETE', `/api/contacts/${created.id}`)).status).toBe(204);
    expect((await api.send('GET', `/api/contacts/${created.id}`)).status).toBe(404);
    expect((await (await api.send('GET', '/api/contacts')).json()).total).toBe(0);
    expect((await api.send('DELETE', `/api/contacts/${created.id}`)).status).toBe(404);
  });

  it('answers 404 in the requested language for an id that does not exist', async () => {
    const response = await api.send('GET', '/api/contacts/does-not-exist', undefined, {
      'accept-language': 'nb-NO,nb;q=0.9',
    });
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/Fant ikke/);
  });

  it('answers 404 for an update of a contact that does not exist', async () => {
    const response = await api.send('PUT', '/api/contacts/nope', { ...buildContactInput(), version: 1 });
    expect(response.status).toBe(404);
  });

  describe('bad input writes nothing and names the field', () => {
    const expectValidationError = async (response: Response, field: string, rule: string) => {
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields).toContainEqual(expect.objectContaining({ field, rule }));
      expect(await countRows()).toBe(0);
      return body;
    };

    it('an empty name', async () => {
      const body = await expectValidationError(
        await api.send('POST', '/api/contacts', buildContactInput({ name: '   ' }), { 'accept-language': 'de' }),
        'name',
        'required',
      );
      expect(body.error.message).toContain('Name ist ein Pflichtfeld.');
    });

    it('a missing name', async () => {
      await expectValidationError(await api.send('POST', '/api/contacts', { title: 'x' }), 'name', 'required');
    });

    it('a 1 MB name', async () => {
      const body = await expectValidationError(
        await api.send('POST', '/api/contacts', buildContactInput({ name: 'x'.repeat(1024 * 1024) }), {
          'accept-language': 'id',
        }),
        'name',
        'too_long',
      );
      expect(body.error.message).toContain('Nama terlalu panjang: paling banyak 200 karakter.');
    });

    it('an invalid e-mail', async () => {
      await expectValidationError(
        await api.send('POST', '/api/contacts', buildContactInput({ emails: ['ok@example.com', 'not an address'] })),
        'emails.1',
        'invalid_email',
      );
    });

    it('a LinkedIn field that is not a linkedin.com address', async () => {
      await expectValidationError(
        await api.send('POST', '/api/contacts', buildContactInput({ linkedinUrl: 'javascript:alert(1)' })),
        'linkedinUrl',
        'invalid_linkedin_url',
      );
    });

    it('a field of the wrong type', async () => {
      await expectValidationError(
        await api.send('POST', '/api/contacts', { ...buildContactInput(), phones: 4722000000 }),
        'phones',
        'invalid_type',
      );
    });

    it('unknown fields', async () => {
      const body = await expectValidationError(
        await api.send('POST', '/api/contacts', { ...buildContactInput(), isAdmin: true, __proto__x: 1 }),
        'isAdmin',
        'unknown_field',
      );
      expect(body.error.message).toContain('“isAdmin” is not a field Rapport knows.');
    });

    it('malformed JSON', async () => {
      const response = await api.send('POST', '/api/contacts', '{"name": "Half', {});
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('malformed_json');
      expect(await countRows()).toBe(0);
    });

    it('a body that is not declared as JSON', async () => {
      const response = await api.send('POST', '/api/contacts', JSON.stringify(buildContactInput()), {
        'content-type': 'text/plain',
      });
      expect(response.status).toBe(415);
      expect((await response.json()).error.code).toBe('unsupported_media_type');
      expect(await countRows()).toBe(0);
    });

    it('a body over the size limit', async () => {
      const response = await api.send(
        'POST',
        '/api/contacts',
        buildContactInput({ notes: 'x'.repeat(MAX_JSON_BODY_BYTES + 10) }),
      );
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe('payload_too_large');
      expect(await countRows()).toBe(0);
    });

    it('a stale or missing version on update', async () => {
      const created = await create();
      const response = await api.send('PUT', `/api/contacts/${created.id}`, buildContactInput());
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toContainEqual({ field: 'version', rule: 'required' });
    });

    it('a query parameter out of range', async () => {
      const response = await api.send('GET', '/api/contacts?limit=100000');
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toContainEqual({ field: 'limit', rule: 'too_large', limit: 200 });
    });
  });

  it('hides the cause of an unexpected error behind a request id, and logs it', async () => {
    await breakContactsTable(database);
    const response = await api.send('GET', '/api/contacts');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe('internal');
    expect(body.error.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toMatch(/contacts|table|relation/i);
    expect(api.logLines.join('\n')).toContain(body.error.requestId);
  });
});
