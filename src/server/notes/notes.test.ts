import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { SearchIndex } from '#server/search/search-index.repo';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('notes API on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  // Each request happens one minute after the one before, so "newest first" is unambiguous.
  let minutes = 0;
  const clock = () => new Date(Date.UTC(2025, 2, 12, 9, minutes++));

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database, { clock });
  });

  afterEach(async () => {
    await database.close();
  });

  const createContact = async (overrides = {}) => {
    const response = await api.send('POST', '/api/contacts', buildContactInput(overrides));
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; organisationId: string | null };
  };

  const addNote = async (subject: { contactId?: string; organisationId?: string }, body: string) => {
    const response = await api.send('POST', '/api/notes', { ...subject, body });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; body: string; version: number; createdAt: string };
  };

  const listNotes = async (query: string) => {
    const response = await api.send('GET', `/api/notes?${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { items: Array<{ id: string; body: string }>; total: number };
  };

  const searchFor = (text: string) => new SearchIndex(database.dialect).search(database.db, 'local', text, 20);

  const countNotes = async () =>
    Number(
      (
        await database.db
          .selectFrom('notes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('adds dated notes about a contact and lists them newest first', async () => {
    const contact = await createContact();
    const first = await addNote({ contactId: contact.id }, 'Coffee at **Fuglen**; ask about the design system.');
    const second = await addNote({ contactId: contact.id }, 'Sent a thank-you note.');
    expect(first).toMatchObject({ contactId: contact.id, organisationId: null, version: 1 });
    expect(Date.parse(second.createdAt)).toBeGreaterThan(Date.parse(first.createdAt));

    const page = await listNotes(`contactId=${contact.id}`);
    expect(page.total).toBe(2);
    expect(page.items.map((note) => note.id)).toEqual([second.id, first.id]);
  });

  it('pages through the notes of a contact', async () => {
    const contact = await createContact();
    for (const body of ['one', 'two', 'three']) await addNote({ contactId: contact.id }, body);
    const page = await listNotes(`contactId=${contact.id}&limit=2&offset=2`);
    expect(page.total).toBe(3);
    expect(page.items.map((note) => note.body)).toEqual(['one']);
  });

  it('keeps notes about an organisation apart from notes about its people', async () => {
    const contact = await createContact({ organisation: 'Statkraft' });
    const organisationId = contact.organisationId as string;
    await addNote({ organisationId }, 'Hiring graduates in the autumn.');
    await addNote({ contactId: contact.id }, 'Works on hydropower trading.');
    const aboutOrganisation = await listNotes(`organisationId=${organisationId}`);
    expect(aboutOrganisation.items.map((note) => note.body)).toEqual(['Hiring graduates in the autumn.']);
    expect((await listNotes(`contactId=${contact.id}`)).items.map((note) => note.body)).toEqual([
      'Works on hydropower trading.',
    ]);
  });

  it('edits a note, growing its version, and refuses a stale edit with 409 and the current note', async () => {
    const contact = await createContact();
    const note = await addNote({ contactId: contact.id }, 'First thoughts');
    const edited = await api.send('PUT', `/api/notes/${note.id}`, { body: 'Second thoughts', version: 1 });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ body: 'Second thoughts', version: 2 });

    const stale = await api.send('PUT', `/api/notes/${note.id}`, { body: 'Stale thoughts', version: 1 });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('version_conflict');
    expect(body.error.current).toMatchObject({ body: 'Second thoughts', version: 2 });
    expect((await listNotes(`contactId=${contact.id}`)).items[0]?.body).toBe('Second thoughts');
  });

  it('deletes a note, and a second delete answers 404', async () => {
    const contact = await createContact();
    const note = await addNote({ contactId: contact.id }, 'To be removed');
    expect((await api.send('DELETE', `/api/notes/${note.id}`)).status).toBe(204);
    expect((await listNotes(`contactId=${contact.id}`)).total).toBe(0);
    expect((await api.send('DELETE', `/api/notes/${note.id}`)).status).toBe(404);
    expect((await api.send('PUT', `/api/notes/${note.id}`, { body: 'x', version: 1 })).status).toBe(404);
  });

  it('keeps the search index in step with every write', async () => {
    const contact = await createContact();
    const note = await addNote({ contactId: contact.id }, 'Ask about the Trondheim office');
    expect(await searchFor('trondheim')).toEqual([expect.objectContaining({ kind: 'note', refId: note.id })]);

    await api.send('PUT', `/api/notes/${note.id}`, { body: 'Ask about the Bergen office', version: 1 });
    expect(await searchFor('trondheim')).toEqual([]);
    expect(await searchFor('bergen')).toEqual([expect.objectContaining({ kind: 'note', refId: note.id })]);

    await api.send('DELETE', `/api/notes/${note.id}`);
    expect(await searchFor('bergen')).toEqual([]);
  });

  it('answers 404 for a subject that does not exist or belongs to someone else', async () => {
    const now = new Date().toISOString();
    await database.db.insertInto('users').values({ id: 'someone-else', display_name: 'B', created_at: now }).execute();
    await database.db
      .insertInto('contacts')
      .values({
        id: 'their-contact',
        owner_id: 'someone-else',
        name: 'Their contact',
        title: '',
        linkedin_url: '',
        notes: '',
        sort_key: 'their contact',
        search_key: 'their contact',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await database.db
      .insertInto('notes')
      .values({
        id: 'their-note',
        owner_id: 'someone-else',
        contact_id: 'their-contact',
        body: 'Private',
        created_at: now,
        updated_at: now,
      })
      .execute();

    for (const contactId of ['their-contact', 'no-such-contact']) {
      expect((await api.send('GET', `/api/notes?contactId=${contactId}`)).status).toBe(404);
      expect((await api.send('POST', '/api/notes', { contactId, body: 'Hello' })).status).toBe(404);
    }
    expect((await api.send('GET', '/api/notes?organisationId=no-such-organisation')).status).toBe(404);
    expect((await api.send('PUT', '/api/notes/their-note', { body: 'Mine now', version: 1 })).status).toBe(404);
    expect((await api.send('DELETE', '/api/notes/their-note')).status).toBe(404);
    expect(await countNotes()).toBe(1);
  });

  describe('bad input writes nothing and names the field', () => {
    const expectProblem = async (response: Response, field: string, rule: string) => {
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields).toContainEqual(expect.objectContaining({ field, rule }));
      expect(await countNotes()).toBe(0);
    };

    it('an empty note', async () => {
      const contact = await createContact();
      await expectProblem(
        await api.send('POST', '/api/notes', { contactId: contact.id, body: '   ' }),
        'body',
        'required',
      );
    });

    it('a note about nobody, or about a contact and an organisation at once', async () => {
      const contact = await createContact({ organisation: 'NAV' });
      await expectProblem(await api.send('POST', '/api/notes', { body: 'Orphan' }), 'contactId', 'invalid_value');
      await expectProblem(
        await api.send('POST', '/api/notes', {
          contactId: contact.id,
          organisationId: contact.organisationId,
          body: 'Both',
        }),
        'contactId',
        'invalid_value',
      );
    });

    it('a note that is too long', async () => {
      const contact = await createContact();
      await expectProblem(
        await api.send('POST', '/api/notes', { contactId: contact.id, body: 'x'.repeat(100_001) }),
        'body',
        'too_long',
      );
    });

    it('an edit without a version, and a list without a subject', async () => {
      const contact = await createContact();
      const note = await addNote({ contactId: contact.id }, 'Kept as it was');
      const response = await api.send('PUT', `/api/notes/${note.id}`, { body: 'Changed' });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toContainEqual({ field: 'version', rule: 'required' });
      expect((await listNotes(`contactId=${contact.id}`)).items[0]?.body).toBe('Kept as it was');
      const list = await api.send('GET', '/api/notes');
      expect(list.status).toBe(400);
      expect((await list.json()).error.fields).toContainEqual({ field: 'contactId', rule: 'required' });
    });
  });
});
