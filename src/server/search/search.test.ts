import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { contactSearchDocument } from '#server/contacts/contacts.repo';
import { SearchIndex } from '#server/search/search-index.repo';
import type { ContactInput } from '#shared/contact.schema';
import type { SearchResult } from '#shared/search.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('search API on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  const clock = () => new Date(Date.UTC(2025, 2, 12, 9, 30));

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database, { clock });
  });

  afterEach(async () => {
    await database.close();
  });

  const created = async <T = { id: string }>(response: Response): Promise<T> => {
    expect(response.status).toBe(201);
    return (await response.json()) as T;
  };
  const createContact = async (overrides: Partial<ContactInput> = {}) =>
    created<{ id: string; organisationId: string | null }>(
      await api.send('POST', '/api/contacts', buildContactInput(overrides)),
    );
  const createOrganisation = async (fields: { name: string; field?: string; notes?: string }) =>
    created<{ id: string; version: number }>(await api.send('POST', '/api/organisations', fields));
  const addNote = async (subject: { contactId?: string; organisationId?: string }, body: string) =>
    created<{ id: string; version: number }>(await api.send('POST', '/api/notes', { ...subject, body }));

  const search = async (q: string, headers: Record<string, string> = {}): Promise<SearchResult[]> => {
    const response = await api.send('GET', `/api/search?q=${encodeURIComponent(q)}`, undefined, headers);
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: SearchResult[] }).items;
  };
  const titles = async (q: string) => (await search(q)).map((item) => `${item.kind}:${item.title}`);

  /** Every index row that mentions this id, on whichever engine. */
  const indexRowsFor = async (refId: string): Promise<number> => {
    const table = database.dialect === 'postgres' ? 'search_index' : 'search_docs';
    const rows = await sql<{
      n: string | number;
    }>`select count(*) as n from ${sql.table(table)} where ref_id = ${refId}`.execute(database.db);
    return Number(rows.rows[0]?.n);
  };

  /** Whether any index text still holds the (folded) word: the FTS5 vocabulary, or the stored text. */
  const indexHoldsWord = async (word: string): Promise<boolean> => {
    if (database.dialect === 'postgres') {
      const rows = await sql<{ n: string }>`select count(*) as n from search_index
        where title like ${`%${word}%`} or body like ${`%${word}%`}`.execute(database.db);
      return Number(rows.rows[0]?.n) > 0;
    }
    await sql`create virtual table if not exists temp.search_vocabulary using fts5vocab(main, search_fts, row)`.execute(
      database.db,
    );
    const vocabulary = await sql<{
      n: number;
    }>`select count(*) as n from temp.search_vocabulary where term = ${word}`.execute(database.db);
    const stored = await sql<{ n: number }>`select count(*) as n from search_fts
      where title like ${`%${word}%`} or body like ${`%${word}%`}`.execute(database.db);
    return Number(vocabulary.rows[0]?.n) > 0 || Number(stored.rows[0]?.n) > 0;
  };

  it('ranks a match in a name above a match in notes', async () => {
    await createContact({ name: 'Per Hansen', notes: 'Ingrid told me the team is hiring.' });
    await createContact({ name: 'Ingrid Berg' });
    const items = await search('ingrid');
    expect(items.map((item) => item.title)).toEqual(['Ingrid Berg', 'Per Hansen']);
    expect(items[1]?.snippet).toBe('Ingrid told me the team is hiring.');
  });

  it('describes each kind of result with a title, a subtitle, an excerpt and a link', async () => {
    const organisation = await createOrganisation({
      name: 'Equinor',
      field: 'Energy',
      notes: 'Large **renewables** unit in Stavanger.',
    });
    const contact = await createContact({
      name: 'Ingrid Berg',
      title: 'Data engineer',
      organisation: 'Equinor',
      emails: ['ingrid.berg@example.no'],
      notes: '',
    });
    const note = await addNote({ contactId: contact.id }, '# Coffee\nShe moved to the renewables team last spring.');

    const items = await search('renewables');
    expect(items).toHaveLength(2);
    expect(items).toContainEqual({
      kind: 'organisation',
      id: organisation.id,
      title: 'Equinor',
      subtitle: 'Energy',
      snippet: 'Large renewables unit in Stavanger.',
      href: `/organisations/${organisation.id}`,
      date: null,
    });
    expect(items).toContainEqual({
      kind: 'note',
      id: note.id,
      title: 'Ingrid Berg',
      subtitle: new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(clock()),
      snippet: 'Coffee She moved to the renewables team last spring.',
      href: `/contacts/${contact.id}#note-${note.id}`,
      date: clock().toISOString(),
    });

    const [person] = await search('berg@example');
    expect(person).toEqual({
      kind: 'contact',
      id: contact.id,
      title: 'Ingrid Berg',
      subtitle: 'Data engineer at Equinor',
      snippet: 'ingrid.berg@example.no',
      href: `/contacts/${contact.id}`,
      date: null,
    });
  });

  it('writes the subtitle and the date in the language of the request', async () => {
    const contact = await createContact({ name: 'Ingrid Berg', title: 'Dataingeniør', organisation: 'Equinor' });
    await addNote({ contactId: contact.id }, 'Lunsj på Aker Brygge.');
    const norwegian = { 'accept-language': 'nb' };
    expect((await search('ingrid', norwegian))[0]?.subtitle).toBe('Dataingeniør i Equinor');
    expect((await search('brygge', norwegian))[0]?.subtitle).toBe(
      new Intl.DateTimeFormat('nb', { dateStyle: 'medium' }).format(clock()),
    );
  });

  it('finds a name from its first letters, while the user is still typing', async () => {
    await createContact({ name: 'Ingrid Berg' });
    await createContact({ name: 'Ingeborg Lie' });
    expect(await titles('ingr')).toEqual(['contact:Ingrid Berg']);
    expect((await titles('ing')).sort()).toEqual(['contact:Ingeborg Lie', 'contact:Ingrid Berg']);
  });

  it('ignores accents and special letters on both sides', async () => {
    await createContact({ name: 'Bjørn Dæhlie', location: 'Große Straße 5, Berlin' });
    await createContact({ name: 'José García' });
    expect(await titles('bjorn')).toEqual(['contact:Bjørn Dæhlie']);
    expect(await titles('DAEHL')).toEqual(['contact:Bjørn Dæhlie']);
    expect(await titles('strasse')).toEqual(['contact:Bjørn Dæhlie']);
    expect((await search('strasse'))[0]?.snippet).toBe('Große Straße 5, Berlin');
    expect(await titles('garcía jose')).toEqual(['contact:José García']);
  });

  it('needs every word of the query to match', async () => {
    await createContact({ name: 'Ingrid Berg', organisation: 'Equinor' });
    await createContact({ name: 'Ingrid Lund', organisation: 'Telenor' });
    await createContact({ name: 'Kari Nordmann', organisation: 'Equinor' });
    expect(await titles('ingrid equinor')).toEqual(['contact:Ingrid Berg']);
    expect(await titles('ingrid equinor telenor')).toEqual([]);
  });

  it('finds words inside e-mail addresses and tags', async () => {
    await createContact({ name: 'Siti Rahma', emails: ['siti@gojek.co.id'], tags: ['fintech', 'Jakarta'] });
    expect(await titles('gojek')).toEqual(['contact:Siti Rahma']);
    const [result] = await search('jakarta');
    expect(result?.snippet).toBe('fintech · Jakarta');
  });

  it('finds a word that only occurs in a note, and shows it with the note', async () => {
    const contact = await createContact({ name: 'Ingrid Berg' });
    await addNote({ contactId: contact.id }, 'She recommended the book Kaizen for beginners.');
    const items = await search('kaizen');
    expect(items.map((item) => [item.kind, item.title])).toEqual([['note', 'Ingrid Berg']]);
  });

  it('leaves no trace of a deleted contact or its notes in the index', async () => {
    const contact = await createContact({ name: 'Zacharias Quist', notes: 'Plays the xylophone.' });
    const note = await addNote({ contactId: contact.id }, 'Talked about quokkas.');
    expect(await titles('zacharias')).toHaveLength(1);

    expect((await api.send('DELETE', `/api/contacts/${contact.id}`)).status).toBe(204);

    for (const word of ['zacharias', 'quist', 'xylophone', 'quokkas']) {
      expect(await search(word)).toEqual([]);
      expect(await indexHoldsWord(word)).toBe(false);
    }
    expect(await indexRowsFor(contact.id)).toBe(0);
    expect(await indexRowsFor(note.id)).toBe(0);
  });

  it('follows a note that is edited and then deleted', async () => {
    const contact = await createContact({ name: 'Ingrid Berg' });
    const note = await addNote({ contactId: contact.id }, 'Ask about the marimba project.');
    expect(await titles('marimba')).toEqual(['note:Ingrid Berg']);

    const edit = await api.send('PUT', `/api/notes/${note.id}`, {
      body: 'Ask about the tuba project.',
      version: note.version,
    });
    expect(edit.status).toBe(200);
    expect(await titles('marimba')).toEqual([]);
    expect(await indexHoldsWord('marimba')).toBe(false);
    expect(await titles('tuba')).toEqual(['note:Ingrid Berg']);

    expect((await api.send('DELETE', `/api/notes/${note.id}`)).status).toBe(204);
    expect(await titles('tuba')).toEqual([]);
    expect(await indexRowsFor(note.id)).toBe(0);
  });

  it('finds the contacts of a renamed organisation by its new name only', async () => {
    const contact = await createContact({ name: 'Ingrid Berg', organisation: 'Statoil' });
    const organisationId = contact.organisationId ?? '';
    const before = (await (await api.send('GET', `/api/organisations/${organisationId}`)).json()) as {
      version: number;
    };
    const rename = await api.send('PUT', `/api/organisations/${organisationId}`, {
      name: 'Equinor',
      version: before.version,
    });
    expect(rename.status).toBe(200);

    expect((await titles('equinor')).sort()).toEqual(['contact:Ingrid Berg', 'organisation:Equinor']);
    expect(await titles('statoil')).toEqual([]);
    expect((await search('ingrid'))[0]?.subtitle).toBe('Product designer at Equinor');
  });

  it("never returns another owner's index rows", async () => {
    await createContact({ name: 'Ingrid Berg' });
    await database.db
      .insertInto('users')
      .values({ id: 'someone-else', display_name: 'Other', created_at: clock().toISOString() })
      .execute();
    await database.db
      .insertInto('contacts')
      .values({
        id: 'foreign-contact',
        owner_id: 'someone-else',
        name: 'Ingrid Foreign',
        title: '',
        linkedin_url: '',
        notes: 'secret',
        sort_key: 'ingrid foreign',
        search_key: 'ingrid foreign',
        created_at: clock().toISOString(),
        updated_at: clock().toISOString(),
      })
      .execute();
    await new SearchIndex(database.dialect).put(
      database.db,
      'someone-else',
      contactSearchDocument({
        ...buildContactInput({ name: 'Ingrid Foreign' }),
        id: 'foreign-contact',
        organisationId: null,
        organisation: '',
        pronunciation: '',
        otherTitles: [],
        organisationRelation: '',
        field: '',
        location: '',
        emails: [],
        phones: [],
        linkedinUrl: '',
        howKnown: '',
        metOn: '',
        metWhere: '',
        introducedById: null,
        mayUseIntroducerName: false,
        tags: [],
        notes: 'secret',
        title: '',
        version: 1,
        createdAt: '',
        updatedAt: '',
      }),
    );
    expect(await titles('ingrid')).toEqual(['contact:Ingrid Berg']);
    expect(await titles('secret')).toEqual([]);
    expect(await titles('foreign')).toEqual([]);
  });

  it("finds the owner's documents even when another owner's better matches fill the first places", async () => {
    const mine = await createContact({ name: 'Per Hansen', notes: 'Asked Ingrid about the hiring process.' });
    await database.db
      .insertInto('users')
      .values({ id: 'busy-owner', display_name: 'Other', created_at: clock().toISOString() })
      .execute();
    const index = new SearchIndex(database.dialect);
    for (let i = 0; i < 120; i += 1) {
      await index.put(database.db, 'busy-owner', {
        kind: 'note',
        refId: `foreign-${i}`,
        title: 'Ingrid',
        body: 'Ingrid Ingrid',
      });
    }
    const response = await api.send('GET', '/api/search?q=ingrid&limit=5');
    const items = ((await response.json()) as { items: SearchResult[] }).items;
    expect(items.map((item) => item.id)).toEqual([mine.id]);
  });

  it('matches a single letter as a whole word only', async () => {
    await createContact({ name: 'Siri Lund' });
    await createContact({ name: 'Per S Hansen' });
    expect(await titles('s')).toEqual(['contact:Per S Hansen']);
    expect(await titles('si')).toEqual(['contact:Siri Lund']);
  });

  it('answers at most `limit` results, best first', async () => {
    for (let i = 0; i < 5; i += 1) await createContact({ name: `Ingrid Number${i}` });
    const response = await api.send('GET', '/api/search?q=ingrid&limit=3');
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(3);
  });

  it('answers an empty list for an empty query or one without letters or digits', async () => {
    await createContact({ name: 'Ingrid Berg' });
    for (const q of ['', '   ', '*', '"', '()', '🙂', '-']) expect(await search(q)).toEqual([]);
    const response = await api.send('GET', '/api/search');
    expect(await response.json()).toEqual({ items: [] });
  });

  it('never fails on query syntax typed as text', async () => {
    await createContact({ name: 'Ingrid Berg', notes: 'near the station; and or not' });
    const odd = [
      '"ingrid',
      'ingrid"',
      'ingrid*',
      '*ingrid',
      'ingrid:',
      'title:ingrid',
      'NEAR(ingrid berg)',
      'ingrid AND berg',
      'ingrid OR berg',
      'NOT ingrid',
      '(ingrid',
      'ingrid)',
      "ingrid' OR 1=1 --",
      'ingrid & berg | !x',
      'ingrid:* & berg',
      '^ingrid',
      '{ingrid}',
      '\\',
      '%_',
      '🙂 ingrid 👩‍💻',
      'ingrid\u0000berg',
      'a'.repeat(200),
    ];
    for (const q of odd) {
      const response = await api.send('GET', `/api/search?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
    // Operators are words like any other: every one of them must occur.
    expect(await titles('NEAR(ingrid berg)')).toEqual(['contact:Ingrid Berg']);
    expect(await titles('NEAR(ingrid lund)')).toEqual([]);
    expect(await titles('ingrid OR lund')).toEqual([]);
  });

  it('refuses a query that is too long, or a bad limit, naming the field', async () => {
    const huge = await api.send('GET', `/api/search?q=${'x'.repeat(1024 * 1024)}`);
    expect(huge.status).toBe(400);
    const body = (await huge.json()) as { error: { code: string; fields: Array<{ field: string; rule: string }> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toEqual([{ field: 'q', rule: 'too_long', limit: 200 }]);
    for (const limit of ['0', '51', 'many']) {
      expect((await api.send('GET', `/api/search?q=x&limit=${limit}`)).status).toBe(400);
    }
    expect((await api.send('GET', '/api/search?q=x&sort=rank')).status).toBe(400);
  });
});
