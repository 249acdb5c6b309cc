import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('contact exports on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database, { clock: () => new Date(2026, 10, 22, 12) });
  });

  afterEach(async () => {
    await database.close();
  });

  const create = async (overrides = {}) => {
    const response = await api.send('POST', '/api/contacts', buildContactInput(overrides));
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string };
  };

  it.each([
    ['contacts.vcf', 'text/vcard; charset=utf-8', 'rapport-contacts-2026-11-22.vcf'],
    ['contacts.csv', 'text/csv; charset=utf-8', 'rapport-contacts-2026-11-22.csv'],
  ])('serves %s as a download that no browser sniffs or caches', async (path, type, fileName) => {
    await create();
    const response = await api.send('GET', `/api/export/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('exports every contact sorted by name, with the organisation’s name', async () => {
    await create({ name: 'Zainab Hassan', organisation: 'Gojek' });
    await create({ name: 'Ådne Berg', organisation: 'Equinor' });
    const vcard = await (await api.send('GET', '/api/export/contacts.vcf')).text();
    expect([...vcard.matchAll(/^FN:(.*)$/gm)].map((match) => match[1]?.trim())).toEqual(['Ådne Berg', 'Zainab Hassan']);
    expect(vcard).toMatch(/^ORG:Gojek\r$/m);
    const csv = await (await api.send('GET', '/api/export/contacts.csv')).text();
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(3);
    expect(csv).toContain(',Equinor,');
  });

  it('leaves a deleted contact out of later exports', async () => {
    await create({ name: 'Kept Person' });
    const gone = await create({ name: 'Deleted Person' });
    expect((await api.send('DELETE', `/api/contacts/${gone.id}`)).status).toBe(204);
    for (const path of ['contacts.vcf', 'contacts.csv']) {
      const text = await (await api.send('GET', `/api/export/${path}`)).text();
      expect(text).toContain('Kept Person');
      expect(text).not.toContain('Deleted Person');
      expect(text).not.toContain(gone.id);
    }
  });

  it('exports nothing but the header when there are no contacts', async () => {
    expect(await (await api.send('GET', '/api/export/contacts.vcf')).text()).toBe('');
    // Read as bytes: Response.text() drops a byte order mark.
    const bytes = new Uint8Array(await (await api.send('GET', '/api/export/contacts.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\uFEFFID,Name,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(2);
  });

  it('makes a formula in a name inert in the CSV', async () => {
    await create({ name: '=HYPERLINK("http://evil.example","x")', phones: ['+47 22 00 00 00'] });
    const csv = await (await api.send('GET', '/api/export/contacts.csv')).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(",'+47 22 00 00 00,");
  });
});
