import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { hostNamesFor } from '#server/main';
import { buildContactInput, createTestApp, TEST_ORIGIN } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('the local access guard on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let existingId: string;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
    const created = await api.send('POST', '/api/contacts', buildContactInput({ name: 'Already There' }));
    expect(created.status).toBe(201);
    existingId = ((await created.json()) as { id: string }).id;
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

  const readName = async () =>
    (await database.db.selectFrom('contacts').select('name').where('id', '=', existingId).executeTakeFirstOrThrow())
      .name;

  /** A request with exactly the headers given: no Origin is added unless the test names one. */
  const request = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    api.app.request(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const expectRefused = async (response: Response, code: 'forbidden_host' | 'forbidden_origin') => {
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe(code);
  };

  describe('a foreign Host header (DNS rebinding) is refused', () => {
    it.each(['evil.example', 'evil.example:4321', 'localhost.evil.example', '127.0.0.1'])(
      'GET with Host %s answers 403 forbidden_host',
      async (host) => {
        await expectRefused(await request('GET', '/api/contacts', { host }), 'forbidden_host');
      },
    );

    it('a GET of a contact by id with a foreign Host reveals nothing of it', async () => {
      const response = await request('GET', `/api/contacts/${existingId}`, { host: 'evil.example' });
      await expectRefused(response.clone(), 'forbidden_host');
      expect(await response.text()).not.toContain('Already There');
    });

    it('a POST with a foreign Host answers 403 forbidden_host and writes nothing, even with a matching Origin', async () => {
      const response = await request(
        'POST',
        '/api/contacts',
        { host: 'evil.example:4321', origin: 'http://evil.example:4321' },
        buildContactInput(),
      );
      await expectRefused(response, 'forbidden_host');
      expect(await countRows()).toBe(1);
    });

    it('a request addressed to a foreign name in its URL is refused', async () => {
      await expectRefused(await api.app.request('http://evil.example/api/contacts'), 'forbidden_host');
    });

    it('the allowed Host is matched without regard to case', async () => {
      const response = await request('GET', '/api/contacts', { host: 'LocalHost' });
      expect(response.status).toBe(200);
    });
  });

  describe('a state-changing request from a foreign origin is refused and writes nothing', () => {
    it('POST with Origin http://evil.example', async () => {
      const response = await request('POST', '/api/contacts', { origin: 'http://evil.example' }, buildContactInput());
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });

    it('PUT with Origin http://evil.example', async () => {
      const response = await request(
        'PUT',
        `/api/contacts/${existingId}`,
        { origin: 'http://evil.example' },
        { ...buildContactInput({ name: 'Overwritten' }), version: 1 },
      );
      await expectRefused(response, 'forbidden_origin');
      expect(await readName()).toBe('Already There');
    });

    it('DELETE with Origin http://evil.example', async () => {
      const response = await request('DELETE', `/api/contacts/${existingId}`, { origin: 'http://evil.example' });
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });

    it('POST with Origin on our name but another port', async () => {
      const response = await request('POST', '/api/contacts', { origin: 'http://localhost:8080' }, buildContactInput());
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });

    it('POST with Origin on our name but a scheme that is not http(s)', async () => {
      const response = await request(
        'POST',
        '/api/contacts',
        { origin: 'chrome-extension://localhost' },
        buildContactInput(),
      );
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });

    it('POST with Origin null (a sandboxed frame or a file:// page)', async () => {
      const response = await request('POST', '/api/contacts', { origin: 'null' }, buildContactInput());
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });

    it.each(['cross-site', 'same-site'])('POST without Origin but with Sec-Fetch-Site %s', async (site) => {
      const response = await request('POST', '/api/contacts', { 'sec-fetch-site': site }, buildContactInput());
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });

    it('DELETE without Origin but with Sec-Fetch-Site cross-site', async () => {
      const response = await request('DELETE', `/api/contacts/${existingId}`, { 'sec-fetch-site': 'cross-site' });
      await expectRefused(response, 'forbidden_origin');
      expect(await countRows()).toBe(1);
    });
  });

  describe('requests from the app itself and from programs pass', () => {
    it('a same-origin POST creates the contact (201)', async () => {
      const response = await request(
        'POST',
        '/api/contacts',
        { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin' },
        buildContactInput({ name: 'From The App' }),
      );
      expect(response.status).toBe(201);
      expect(await countRows()).toBe(2);
    });

    it('a POST with neither Origin nor Sec-Fetch-Site (curl, the CLI) creates the contact', async () => {
      const response = await request('POST', '/api/contacts', {}, buildContactInput({ name: 'From Curl' }));
      expect(response.status).toBe(201);
      expect(await countRows()).toBe(2);
    });

    it('a DELETE with Sec-Fetch-Site none (typed by the user) and no Origin is allowed', async () => {
      const response = await request('DELETE', `/api/contacts/${existingId}`, { 'sec-fetch-site': 'none' });
      expect(response.status).toBe(204);
      expect(await countRows()).toBe(0);
    });

    it('a cross-site GET is answered, since reading needs the Host check only', async () => {
      const response = await request('GET', '/api/contacts', {
        origin: 'http://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      expect(response.status).toBe(200);
      // No CORS header is granted, so the foreign page still cannot read the answer.
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('hostNamesFor', () => {
  it('answers to every loopback name on the port when started on 127.0.0.1', () => {
    expect(hostNamesFor('127.0.0.1', 4321)).toEqual(['localhost:4321', '127.0.0.1:4321', '[::1]:4321']);
  });

  it('adds an IPv6 host in brackets, once', () => {
    expect(hostNamesFor('::1', 8080)).toEqual(['localhost:8080', '127.0.0.1:8080', '[::1]:8080']);
  });

  it('adds a named host in lower case', () => {
    expect(hostNamesFor('Rapport.Local', 4321)).toEqual([
      'localhost:4321',
      '127.0.0.1:4321',
      '[::1]:4321',
      'rapport.local:4321',
    ]);
  });

  it('never includes a foreign name', () => {
    expect(hostNamesFor('127.0.0.1', 4321)).not.toContain('evil.example:4321');
  });
});
