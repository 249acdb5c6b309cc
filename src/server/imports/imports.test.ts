import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '#domain/contact';
import type { DatabaseHandle } from '#server/db/database';
import type { ImportPreview, ImportRecord, PreviewRow } from '#shared/import.schema';
import { MAX_IMPORT_BYTES as MAX_IMPORT_BYTES_SHARED } from '#shared/import.schema';
import { MAX_IMPORT_BYTES } from '#server/transfer/decode-text';
import { buildContactInput, createTestApp, TEST_ORIGIN } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/import');
const fixture = (name: string) => readFileSync(join(fixtures, name));

const linkedInHeader = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
];
/** A LinkedIn export with these rows (cells already quoted where needed); the header ends on line 4. */
const linkedInCsv = (rows: string[]) => new TextEncoder().encode([...linkedInHeader, ...rows].join('\r\n'));

describe.each(testDatabases)('imports on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now = Date.UTC(2025, 2, 12, 9, 30);
  const clock = () => new Date(now);

  beforeEach(async () => {
    database = await testDatabase.open();
    now = Date.UTC(2025, 2, 12, 9, 30);
    api = createTestApp(database, { clock });
  });

  afterEach(async () => {
    await database.close();
  });

  const upload = (bytes: Uint8Array, fileName: string, options: { format?: string; language?: string } = {}) =>
    api.app.request(
      `/api/imports/preview?${new URLSearchParams({ fileName, ...(options.format ? { format: options.format } : {}) })}`,
      {
        method: 'POST',
        headers: {
          origin: TEST_ORIGIN,
          'content-type': 'application/octet-stream',
          ...(options.language ? { 'accept-language': options.language } : {}),
        },
        body: new Uint8Array(bytes),
      },
    );
  const preview = async (bytes: Uint8Array, fileName: string, format?: string): Promise<ImportPreview> => {
    const response = await upload(bytes, fileName, format ? { format } : {});
    expect(response.status).toBe(200);
    return (await response.json()) as ImportPreview;
  };
  const confirm = async (previewId: string, body: unknown = {}): Promise<ImportRecord> => {
    const response = await api.send('POST', `/api/imports/${previewId}/confirm`, body);
    expect(response.status).toBe(201);
    return (await response.json()) as ImportRecord;
  };
  const importFile = async (bytes: Uint8Array, fileName: string, decisions: unknown = {}) =>
    confirm((await preview(bytes, fileName)).previewId, decisions);
  const contacts = async (): Promise<Contact[]> =>
    ((await (await api.send('GET', '/api/contacts?limit=200')).json()) as { items: Contact[] }).items;
  const createContact = async (overrides: Parameters<typeof buildContactInput>[0]) => {
    const response = await api.send('POST', '/api/contacts', buildContactInput(overrides));
    expect(response.status).toBe(201);
    return (await response.json()) as Contact;
  };
  const count = async (table: 'contacts' | 'organisations' | 'imports'): Promise<number> =>
    Number(
      (await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]
        ?.n,
    );
  const indexCount = async (): Promise<number> => {
    const table = database.dialect === 'postgres' ? 'search_index' : 'search_docs';
    const rows = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(database.db);
    const documents = Number(rows.rows[0]?.n);
    if (database.dialect === 'sqlite') {
      // The FTS5 rows must follow search_docs one for one.
      const fts = await sql<{ n: number }>`select count(*) as n from search_fts`.execute(database.db);
      expect(Number(fts.rows[0]?.n)).toBe(documents);
    }
    return documents;
  };
  const search = async (q: string) =>
    ((await (await api.send('GET', `/api/search?q=${encodeURIComponent(q)}`)).json()) as { items: { title: string }[] })
      .items;

  describe('each format', () => {
    it('reads the LinkedIn export, shows its columns, and creates every connection with its organisation', async () => {
      const result = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      expect(result.format).toBe('linkedin');
      expect(result.counts).toEqual({ rows: 8, new: 8, duplicates: 0, errors: 0 });
      expect(result.columns).toEqual([
        { source: 'First Name', field: 'name' },
        { source: 'Last Name', field: 'name' },
        { source: 'URL', field: 'linkedinUrl' },
        { source: 'Email Address', field: 'emails' },
        { source: 'Company', field: 'organisation' },
        { source: 'Position', field: 'title' },
        { source: 'Connected On', field: 'metOn' },
      ]);
      expect(result.rows[0]).toMatchObject({ line: 5, action: 'create', contact: { name: 'Kari Nordmann' } });

      const record = await confirm(result.previewId);
      expect(record.summary).toEqual({ created: 8, merged: 0, skipped: 0, errors: [] });
      const all = await contacts();
      expect(all).toHaveLength(8);
      const juergen = all.find((contact) => contact.name === 'Jürgen Weiß');
      expect(juergen).toMatchObject({
        organisation: 'Müller & Söhne GmbH',
        title: 'Leiter "Digitale Transformation", DACH',
        linkedinUrl: 'https://www.linkedin.com/in/juergen-weiss',
        metOn: '2023-02-28',
      });
      // Seven companies (one row has none), each once, each findable.
      expect(await count('organisations')).toBe(7);
      expect(await indexCount()).toBe(8 + 7);
      expect((await search('sæther')).map((hit) => hit.title)).toContain('Bjørn Sæther-Løvås');
      expect((await search('gojek')).length).toBeGreaterThan(0);
    });

    it('reads a Google Contacts export with the current headers', async () => {
      const result = await preview(fixture('google-contacts-current.csv'), 'contacts.csv');
      expect(result.format).toBe('google');
      expect(result.counts).toMatchObject({ rows: 6, errors: 0 });
      expect(result.columns).toContainEqual({ source: 'E-mail 1 - Value', field: 'emails' });
      expect(result.columns).toContainEqual({ source: 'Birthday', field: null });
      await confirm(result.previewId);
      const kari = (await contacts()).find((contact) => contact.name === 'Kari Marie Nordmann');
      expect(kari).toMatchObject({
        organisation: 'Equinor ASA',
        emails: ['kari.nordmann@example.com', 'kari@example.no', 'kari.m.nordmann@example.org'],
        linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
        tags: ['Mentors', 'starred'],
      });
      expect(kari?.notes).toContain('"ask about the CCS team"');
    });

    it('reads a Google Contacts export with the older headers', async () => {
      const result = await preview(fixture('google-contacts-legacy.csv'), 'google.csv');
      expect(result.format).toBe('google');
      expect(result.columns).toContainEqual({ source: 'Organization 1 - Name', field: 'organisation' });
      const record = await confirm(result.previewId);
      expect(record.summary.created).toBe(4);
      const bjorn = (await contacts()).find((contact) => contact.name === 'Bjørn Sæther-Løvås');
      expect(bjorn).toMatchObject({ organisation: 'Statens vegvesen, Region vest', title: 'Prosjektleder' });
    });

    it('reads vCard 3.0 and 4.0 files', async () => {
      const v3 = await preview(fixture('contacts-v3.vcf'), 'contacts.vcf');
      expect(v3.format).toBe('vcard');
      expect(v3.columns).toContainEqual({ source: 'FN', field: 'name' });
      expect(v3.columns).toContainEqual({ source: 'BDAY', field: null });
      expect((await confirm(v3.previewId)).summary.created).toBe(4);
      const v4 = await preview(fixture('contacts-v4.vcf'), 'contacts.vcf');
      expect(v4.rows.map((row) => row.line)).toEqual([1, 23, 36]);
      expect((await confirm(v4.previewId)).summary.created).toBe(3);
      const siti = (await contacts()).find((contact) => contact.name === 'Siti Nurhaliza Putri');
      expect(siti).toMatchObject({ organisation: 'PT Gojek Indonesia', location: 'Jakarta Selatan, Indonesia' });
    });
  });

  describe('duplicates', () => {
    it('flags a row with the e-mail of a stored contact', async () => {
      const stored = await createContact({
        name: 'Someone',
        organisation: '',
        emails: ['Bjorn.Saether@example.no'],
        linkedinUrl: '',
      });
      const result = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      const row = result.rows.find((candidate) => candidate.line === 6);
      expect(row?.duplicateOf).toEqual({ kind: 'contact', id: stored.id, name: 'Someone', reasons: ['email'] });
      expect(row?.action).toBe('skip');
      expect(result.counts).toMatchObject({ new: 7, duplicates: 1 });
    });

    it('flags a row with the LinkedIn profile of a stored contact, however it is written', async () => {
      const stored = await createContact({
        name: 'K. N.',
        organisation: '',
        emails: [],
        linkedinUrl: 'https://no.linkedin.com/in/Kari-Nordmann-4b2a1b12/',
      });
      const result = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      expect(result.rows[0]?.duplicateOf).toEqual({
        kind: 'contact',
        id: stored.id,
        name: 'K. N.',
        reasons: ['linkedin'],
      });
    });

    it('flags a row with the name and organisation of a stored contact, ignoring case and accents', async () => {
      const stored = await createContact({
        name: 'jurgen weiss',
        organisation: 'MULLER & SOHNE GMBH',
        emails: [],
        linkedinUrl: '',
      });
      const result = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      const row = result.rows.find((candidate) => candidate.contact.name === 'Jürgen Weiß');
      expect(row?.duplicateOf).toMatchObject({ kind: 'contact', id: stored.id, reasons: ['name_organisation'] });
    });

    it('flags a row that repeats an earlier row of the same file', async () => {
      const result = await preview(
        linkedInCsv([
          'Ola,Nordmann,https://www.linkedin.com/in/ola,ola@example.no,Equinor,Engineer,01 Jan 2024',
          'Kari,Nordmann,https://www.linkedin.com/in/kari,,Equinor,Geologist,02 Jan 2024',
          'O.,Nordmann,,OLA@example.no,,,03 Jan 2024',
        ]),
        'Connections.csv',
      );
      expect(result.rows[2]?.duplicateOf).toEqual({ kind: 'row', line: 5, name: 'Ola Nordmann', reasons: ['email'] });
      expect(result.counts).toMatchObject({ new: 2, duplicates: 1 });
    });

    it('pages through the rows, and shows only the duplicates or only the problems when asked', async () => {
      const rows = Array.from({ length: 250 }, (_, index) => `Person,${index},,,Acme,,01 Jan 2024`);
      rows.push('Person,0,,,Acme,,01 Jan 2024', `${'x'.repeat(201)},,,,,,01 Jan 2024`);
      const result = await preview(linkedInCsv(rows), 'Connections.csv');
      expect(result.rows).toHaveLength(100);
      expect(result.counts).toEqual({ rows: 252, new: 250, duplicates: 1, errors: 1 });
      const page = async (query: string) =>
        (await (await api.send('GET', `/api/imports/${result.previewId}/rows?${query}`)).json()) as {
          items: PreviewRow[];
          total: number;
        };
      const second = await page('offset=200&limit=100');
      expect(second.total).toBe(252);
      expect(second.items.map((row) => row.line).slice(0, 2)).toEqual([205, 206]);
      expect((await page('show=duplicates')).items.map((row) => row.line)).toEqual([255]);
      const problems = await page('show=errors');
      expect(problems.items).toEqual([
        expect.objectContaining({
          line: 256,
          action: 'skip',
          errors: [{ field: 'name', rule: 'too_long', limit: 200 }],
        }),
      ]);
    });
  });

  describe('choices', () => {
    it('skips, merges or creates each duplicate as chosen', async () => {
      const kari = await createContact({
        name: 'Kari N.',
        title: '',
        organisation: '',
        emails: [],
        phones: ['+47 1'],
        linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
        notes: '',
      });
      const bjorn = await createContact({
        name: 'Bjørn',
        organisation: '',
        emails: ['bjorn.saether@example.no'],
        linkedinUrl: '',
      });
      const zoe = await createContact({ name: 'Zoë', organisation: '', emails: ['zoe@example.de'], linkedinUrl: '' });
      const result = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      const lineOf = (id: string) =>
        result.rows.find((row) => row.duplicateOf?.kind === 'contact' && row.duplicateOf.id === id)?.line;
      const record = await confirm(result.previewId, {
        choices: {
          [String(lineOf(kari.id))]: 'merge',
          [String(lineOf(bjorn.id))]: 'create',
          [String(lineOf(zoe.id))]: 'skip',
        },
      });
      expect(record.summary).toEqual({ created: 6, merged: 1, skipped: 1, errors: [] });

      const all = await contacts();
      expect(all).toHaveLength(3 + 6);
      const merged = all.find((contact) => contact.id === kari.id);
      // The stored values win; the row fills the gaps (organisation, title, date).
      expect(merged).toMatchObject({
        name: 'Kari N.',
        organisation: 'Equinor',
        title: 'Senior Geophysicist',
        metOn: '2024-03-12',
        phones: ['+47 1'],
        version: 2,
      });
      expect(all.filter((contact) => contact.name.startsWith('Bjørn'))).toHaveLength(2);
      expect(all.filter((contact) => contact.name.startsWith('Zoë'))).toHaveLength(1);
    });

    it('applies one choice to every duplicate, and lets a row merge into an earlier row of the same file', async () => {
      await createContact({ name: 'Ola', organisation: '', emails: ['ola@example.no'], linkedinUrl: '' });
      const result = await preview(
        linkedInCsv([
          'Ola,Nordmann,,ola@example.no,Equinor,Engineer,01 Jan 2024',
          'Kari,Nordmann,https://www.linkedin.com/in/kari,,,,02 Jan 2024',
          'Kari,Nordmann,https://www.linkedin.com/in/kari,,Equinor,Geologist,03 Jan 2024',
        ]),
        'Connections.csv',
      );
      const record = await confirm(result.previewId, { duplicates: 'merge' });
      expect(record.summary).toEqual({ created: 1, merged: 2, skipped: 0, errors: [] });
      const kari = (await contacts()).filter((contact) => contact.name === 'Kari Nordmann');
      expect(kari).toHaveLength(1);
      expect(kari[0]).toMatchObject({ organisation: 'Equinor', title: 'Geologist', metOn: '2024-01-02' });
    });

    it('lists the rows that break the contact rules in the summary, with their lines, and imports the rest', async () => {
      const record = await importFile(
        linkedInCsv([
          `${'x'.repeat(201)},,,,,,01 Jan 2024`,
          'Ola,Nordmann,,not-an-email,,,01 Jan 2024',
          'Kari,Nordmann,,,,,01 Jan 2024',
        ]),
        'Connections.csv',
      );
      expect(record.summary).toEqual({
        created: 1,
        merged: 0,
        skipped: 0,
        errors: [
          { line: 5, field: 'name', rule: 'too_long', limit: 200 },
          { line: 6, field: 'emails.0', rule: 'invalid_email' },
        ],
      });
    });

    it('refuses a confirmation whose duplicates are out of date, and one for a preview that is gone', async () => {
      const result = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      await createContact({ name: 'Added meanwhile' });
      const stale = await api.send('POST', `/api/imports/${result.previewId}/confirm`, {});
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('import_preview_stale');
      const gone = await api.send('POST', `/api/imports/${result.previewId}/confirm`, {});
      expect(gone.status).toBe(410);
      expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('import_preview_expired');
      expect(await count('imports')).toBe(0);
    });

    it('imports a preview only once, and forgets a preview after 30 minutes', async () => {
      const first = await preview(fixture('linkedin-connections.csv'), 'Connections.csv');
      await confirm(first.previewId);
      expect((await api.send('POST', `/api/imports/${first.previewId}/confirm`, {})).status).toBe(410);
      const second = await preview(fixture('contacts-v4.vcf'), 'contacts.vcf');
      now += 30 * 60 * 1000;
      expect((await api.send('POST', `/api/imports/${second.previewId}/confirm`, {})).status).toBe(410);
    });
  });

  describe('all or nothing', () => {
    it('leaves no contact, organisation, index entry or import behind when a row fails in the database', async () => {
      // A row the database refuses, after more than two batches of contacts were written.
      if (database.dialect === 'postgres') {
        await sql`create function refuse_explode() returns trigger language plpgsql as $$
          begin if new.name = 'Explode Now' then raise exception 'refused by test'; end if; return new; end $$`.execute(
          database.db,
        );
        await sql`create trigger refuse_explode before insert on contacts for each row execute function refuse_explode()`.execute(
          database.db,
        );
      } else {
        await sql`create trigger refuse_explode before insert on contacts when new.name = 'Explode Now'
          begin select raise(abort, 'refused by test'); end`.execute(database.db);
      }
      const rows = Array.from({ length: 1200 }, (_, index) => `Person,${index},,,Company ${index % 50},,01 Jan 2024`);
      rows[1100] = 'Explode,Now,,,Company 1,,01 Jan 2024';
      const result = await preview(linkedInCsv(rows), 'Connections.csv');
      const response = await api.send('POST', `/api/imports/${result.previewId}/confirm`, {});
      expect(response.status).toBe(500);
      expect(await count('contacts')).toBe(0);
      expect(await count('organisations')).toBe(0);
      expect(await count('imports')).toBe(0);
      expect(await indexCount()).toBe(0);
    });

    it('refuses a file over 50 MB with 413 before reading it, and writes nothing', async () => {
      expect(MAX_IMPORT_BYTES_SHARED).toBe(MAX_IMPORT_BYTES);
      const response = await upload(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.csv');
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
      expect(await count('contacts')).toBe(0);
      expect((await api.send('GET', '/api/imports')).status).toBe(200);
    });

    it('says clearly that a PNG is no contacts file, naming the file and line, in the user’s language', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      const response = await upload(png, 'photo.vcf', { language: 'nb' });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string; file: unknown } };
      expect(body.error.code).toBe('unreadable_file');
      expect(body.error.file).toEqual({ fileName: 'photo.vcf', line: 1, reason: 'not_text' });
      expect(body.error.message).toContain('photo.vcf, linje 1');
      expect(await count('contacts')).toBe(0);
    });

    it('names the line and the field of a bad value, and imports nothing of that file', async () => {
      const response = await upload(
        linkedInCsv(['Ola,Nordmann,,,,,01 Jan 2024', 'Kari,Nordmann,,,,,31 Feb 2024']),
        'Connections.csv',
        { language: 'de' },
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { message: string; file: unknown } };
      expect(body.error.file).toEqual({
        fileName: 'Connections.csv',
        line: 6,
        field: 'Connected On',
        reason: 'invalid_date',
      });
      expect(body.error.message).toContain('Connections.csv, Zeile 6, Feld „Connected On“');
      expect(await count('contacts')).toBe(0);
    });
  });

  describe('progress', () => {
    const progress = async (previewId: string) => {
      const response = await api.send('GET', `/api/imports/${previewId}/progress`);
      return { status: response.status, body: (await response.json()) as { done: number; total: number } };
    };

    it('answers while the confirmation’s transaction runs, rising to every row once it is done', async () => {
      const rows = Array.from({ length: 2500 }, (_, index) => `Person,${index},,,Company ${index % 50},,01 Jan 2024`);
      const result = await preview(linkedInCsv(rows), 'Connections.csv');
      expect(await progress(result.previewId)).toEqual({ status: 200, body: { done: 0, total: 0 } });

      let settled = false;
      const confirmed = confirm(result.previewId).finally(() => (settled = true));
      const seen: Array<{ done: number; total: number }> = [];
      while (!settled) {
        const { status, body } = await progress(result.previewId);
        expect(status).toBe(200);
        seen.push(body);
        await new Promise((resolve) => setImmediate(resolve));
      }
      const record = await confirmed;

      expect(record.summary.created).toBe(2500);
      // Part of the rows written, the rest not yet: the answer came from inside the transaction.
      expect(seen.some(({ done, total }) => total === 2500 && done > 0 && done < total)).toBe(true);
      const done = seen.map((entry) => entry.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(await progress(result.previewId)).toEqual({ status: 200, body: { done: 2500, total: 2500 } });
    });

    it('does not know a preview it never made', async () => {
      const { status } = await progress('00000000-0000-4000-8000-000000000000');
      expect(status).toBe(404);
    });
  });

  describe('history and undo', () => {
    it('undoes the last import: created contacts and their index entries go, merged ones come back as they were', async () => {
      const kari = await createContact({
        name: 'Kari N.',
        organisation: '',
        emails: [],
        linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
        notes: 'Mine.',
      });
      const before = (await contacts()).find((contact) => contact.id === kari.id);
      const indexBefore = await indexCount();
      now += 60_000;
      const record = await importFile(fixture('linkedin-connections.csv'), 'Connections.csv', { duplicates: 'merge' });
      expect(record.summary).toMatchObject({ created: 7, merged: 1 });
      expect(await count('organisations')).toBe(7);

      const history = (await (await api.send('GET', '/api/imports')).json()) as { items: ImportRecord[] };
      expect(history.items).toEqual([
        expect.objectContaining({ id: record.id, fileName: 'Connections.csv', format: 'linkedin', canUndo: true }),
      ]);

      now += 60_000;
      const undo = await api.send('POST', `/api/imports/${record.id}/undo`);
      expect(undo.status).toBe(200);
      expect(await undo.json()).toEqual({ removed: 7, restored: 1 });
      const after = await contacts();
      expect(after).toHaveLength(1);
      const restored = after[0];
      expect({ ...restored, version: 0, updatedAt: '' }).toEqual({ ...before, version: 0, updatedAt: '' });
      expect(await count('organisations')).toBe(0);
      expect(await indexCount()).toBe(indexBefore);
      expect(await search('equinor')).toEqual([]);

      const later = (await (await api.send('GET', '/api/imports')).json()) as { items: ImportRecord[] };
      expect(later.items[0]).toMatchObject({ canUndo: false, undoneAt: new Date(now).toISOString() });
      const again = await api.send('POST', `/api/imports/${record.id}/undo`);
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('import_not_latest');
    });

    it('undoes only the latest import', async () => {
      const first = await importFile(fixture('linkedin-connections.csv'), 'Connections.csv');
      now += 1000;
      await importFile(fixture('contacts-v4.vcf'), 'contacts.vcf');
      const response = await api.send('POST', `/api/imports/${first.id}/undo`);
      expect(response.status).toBe(409);
      expect(await count('contacts')).toBe(8);
      expect((await api.send('POST', '/api/imports/no-such-import/undo')).status).toBe(404);
    });

    it('refuses to undo once a contact from the import was edited, saying how many changed', async () => {
      const record = await importFile(fixture('linkedin-connections.csv'), 'Connections.csv');
      const kari = (await contacts()).find((contact) => contact.name === 'Kari Nordmann');
      if (!kari) throw new Error('Kari was not imported');
      const edit = await api.send('PUT', `/api/contacts/${kari.id}`, {
        ...buildContactInput({ name: 'Kari Nordmann', organisation: 'Equinor' }),
        version: kari.version,
      });
      expect(edit.status).toBe(200);
      const response = await api.send('POST', `/api/imports/${record.id}/undo`, undefined, { 'accept-language': 'en' });
      expect(response.status).toBe(409);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('import_changed_since');
      expect(body.error.message).toMatch(/^1 contact from this import was changed/);
      expect(await count('contacts')).toBe(8);
    });

    it('keeps an organisation the user has started to use when undoing', async () => {
      const record = await importFile(fixture('linkedin-connections.csv'), 'Connections.csv');
      await createContact({ name: 'Colleague', organisation: 'Equinor' });
      expect((await api.send('POST', `/api/imports/${record.id}/undo`)).status).toBe(200);
      expect(await count('organisations')).toBe(1);
    });
  });
});
