import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { SearchIndex } from '#server/search/search-index.repo';
import type { ContactInput } from '#shared/contact.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

interface ContactBody {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  tags: string[];
  introducedById: string | null;
  mayUseIntroducerName: boolean;
  notes: string;
  version: number;
}

describe.each(testDatabases)('the contact network on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database);
  });

  afterEach(async () => {
    await database.close();
  });

  const create = async (overrides: Partial<ContactInput> = {}): Promise<ContactBody> => {
    const response = await api.send('POST', '/api/contacts', buildContactInput(overrides));
    expect(response.status).toBe(201);
    return response.json();
  };

  const read = async (id: string): Promise<ContactBody> => {
    const response = await api.send('GET', `/api/contacts/${id}`);
    expect(response.status).toBe(200);
    return response.json();
  };

  const addNote = async (contactId: string, body: string): Promise<{ id: string }> => {
    const response = await api.send('POST', '/api/notes', { contactId, body });
    expect(response.status).toBe(201);
    return response.json();
  };

  /** The rows the search index holds for these ids, read straight from the engine's own tables. */
  const indexRowsFor = async (refIds: string[]): Promise<number> => {
    if (database.dialect === 'postgres') {
      const result = await sql<{
        n: string;
      }>`select count(*) as n from search_index where ref_id in (${sql.join(refIds)})`.execute(database.db);
      return Number(result.rows[0]?.n);
    }
    const docs = await sql<{
      n: number;
    }>`select count(*) as n from search_docs where ref_id in (${sql.join(refIds)})`.execute(database.db);
    return Number(docs.rows[0]?.n);
  };

  /** On SQLite the FTS table must hold exactly the documents search_docs names: no orphaned text. */
  const expectNoOrphanedFtsRows = async () => {
    if (database.dialect !== 'sqlite') return;
    const orphans = await sql<{ n: number }>`
      select count(*) as n from search_fts where rowid not in (select id from search_docs)`.execute(database.db);
    expect(Number(orphans.rows[0]?.n)).toBe(0);
  };

  const searchFor = (text: string) => new SearchIndex(database.dialect).search(database.db, 'local', text, 20);

  describe('merging two records of the same person', () => {
    it('keeps every detail, moves notes and introductions, and leaves no trace of the removed record', async () => {
      const introducer = await create({ name: 'Dagny Introducer' });
      const keep = await create({ name: 'Ingrid Bergersen', emails: ['ingrid@nav.example'], tags: ['design'] });
      const remove = await create({
        name: 'Ingrid B. Quokkaname',
        emails: ['INGRID@nav.example', 'ingrid@home.example'],
        phones: ['+47 900 00 000'],
        tags: ['research'],
        introducedById: introducer.id,
        mayUseIntroducerName: true,
        notes: 'Prefers mornings.',
      });
      const introducedByRemoved = await create({ name: 'Kari Referred', introducedById: remove.id });
      const note = await addNote(remove.id, 'Lunch about the zebrafish project');

      const response = await api.send('POST', '/api/contacts/merge', { keepId: keep.id, removeId: remove.id });
      expect(response.status).toBe(200);
      const merged: ContactBody = await response.json();
      expect(merged).toMatchObject({
        id: keep.id,
        name: 'Ingrid Bergersen',
        emails: ['ingrid@nav.example', 'ingrid@home.example'],
        tags: ['design', 'research'],
        introducedById: introducer.id,
        mayUseIntroducerName: true,
        version: keep.version + 1,
      });
      expect(merged.phones).toContain('+47 900 00 000');
      expect(merged.notes).toContain('Prefers mornings.');

      expect((await api.send('GET', `/api/contacts/${remove.id}`)).status).toBe(404);
      expect((await read(introducedByRemoved.id)).introducedById).toBe(keep.id);
      const notes = await (await api.send('GET', `/api/notes?contactId=${keep.id}`)).json();
      expect(notes.items.map((item: { id: string }) => item.id)).toEqual([note.id]);

      // The removed record's name is gone from the index; the moved note is still found.
      expect(await indexRowsFor([remove.id])).toBe(0);
      expect(await searchFor('quokkaname')).toEqual([]);
      expect(await searchFor('zebrafish')).toEqual([expect.objectContaining({ kind: 'note', refId: note.id })]);
      await expectNoOrphanedFtsRows();
    });

    it('never makes the kept contact its own introducer', async () => {
      const first = await create({ name: 'First Record' });
      const second = await create({ name: 'Second Record', introducedById: first.id });
      const response = await api.send('POST', '/api/contacts/merge', { keepId: first.id, removeId: second.id });
      expect(response.status).toBe(200);
      expect((await response.json()).introducedById).toBeNull();

      const third = await create({ name: 'Third Record' });
      const fourth = await create({ name: 'Fourth Record', introducedById: third.id });
      const reversed = await api.send('POST', '/api/contacts/merge', { keepId: fourth.id, removeId: third.id });
      expect((await reversed.json()).introducedById).toBeNull();
    });

    it('refuses to merge a contact with itself or with one that does not exist, changing nothing', async () => {
      const only = await create({ name: 'Only One' });
      const self = await api.send('POST', '/api/contacts/merge', { keepId: only.id, removeId: only.id });
      expect(self.status).toBe(400);
      expect((await self.json()).error.fields).toContainEqual({ field: 'removeId', rule: 'invalid_value' });
      expect((await api.send('POST', '/api/contacts/merge', { keepId: only.id, removeId: 'missing' })).status).toBe(
        404,
      );
      expect(await read(only.id)).toMatchObject({ name: 'Only One', version: 1 });
    });
  });

  describe('the referral chain', () => {
    it('shows who introduced a contact, and everyone they introduced, as a tree', async () => {
      const dagny = await create({ name: 'Dagny' });
      const bjorn = await create({ name: 'Bjørn', introducedById: dagny.id });
      const camilla = await create({ name: 'Camilla', introducedById: bjorn.id });
      const anders = await create({ name: 'Anders', introducedById: bjorn.id });
      const erik = await create({ name: 'Erik', introducedById: anders.id });
      await create({ name: 'Unrelated' });

      const response = await api.send('GET', `/api/contacts/${bjorn.id}/referrals`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        introducers: [{ id: dagny.id, name: 'Dagny' }],
        tree: {
          id: bjorn.id,
          name: 'Bjørn',
          introduced: [
            { id: anders.id, name: 'Anders', introduced: [{ id: erik.id, name: 'Erik', introduced: [] }] },
            { id: camilla.id, name: 'Camilla', introduced: [] },
          ],
        },
      });

      const fromErik = await (await api.send('GET', `/api/contacts/${erik.id}/referrals`)).json();
      expect(fromErik.introducers.map((person: { name: string }) => person.name)).toEqual(['Dagny', 'Bjørn', 'Anders']);
      expect(fromErik.tree).toEqual({ id: erik.id, name: 'Erik', introduced: [] });
    });

    it('answers 404 for a contact that does not exist', async () => {
      expect((await api.send('GET', '/api/contacts/nobody/referrals')).status).toBe(404);
    });

    it('refuses an introducer that does not exist, or the contact itself', async () => {
      const response = await api.send('POST', '/api/contacts', buildContactInput({ introducedById: 'missing' }));
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toContainEqual({ field: 'introducedById', rule: 'not_found' });
      const person = await create();
      const self = await api.send('PUT', `/api/contacts/${person.id}`, {
        ...buildContactInput({ introducedById: person.id }),
        version: person.version,
      });
      expect(self.status).toBe(400);
    });
  });

  describe('deleting a contact', () => {
    it('says what goes first, then removes the contact, its notes and every index entry', async () => {
      const ingrid = await create({ name: 'Ingrid Walrusname', notes: 'Knows the capybara team' });
      const introducedA = await create({ name: 'Introduced A', introducedById: ingrid.id });
      const introducedB = await create({ name: 'Introduced B', introducedById: ingrid.id });
      const notes = [
        await addNote(ingrid.id, 'First pelican note'),
        await addNote(ingrid.id, 'Second pelican note'),
        await addNote(ingrid.id, 'Third pelican note'),
      ];
      const otherNote = await addNote(introducedA.id, 'Pelican too, but about someone else');

      const impact = await api.send('GET', `/api/contacts/${ingrid.id}/deletion-impact`);
      expect(await impact.json()).toEqual({ notes: 3, introduced: 2 });
      expect(await indexRowsFor([ingrid.id, ...notes.map((note) => note.id)])).toBe(4);

      expect((await api.send('DELETE', `/api/contacts/${ingrid.id}`)).status).toBe(204);

      const noteRows = await database.db.selectFrom('notes').select('id').execute();
      expect(noteRows.map((row) => row.id)).toEqual([otherNote.id]);
      expect(await indexRowsFor([ingrid.id, ...notes.map((note) => note.id)])).toBe(0);
      expect(await searchFor('walrusname')).toEqual([]);
      expect(await searchFor('capybara')).toEqual([]);
      expect(await searchFor('pelican')).toEqual([expect.objectContaining({ refId: otherNote.id })]);
      await expectNoOrphanedFtsRows();

      // The people Ingrid introduced keep their records but lose the link.
      expect((await read(introducedA.id)).introducedById).toBeNull();
      expect((await read(introducedB.id)).introducedById).toBeNull();
      expect((await api.send('GET', `/api/contacts/${ingrid.id}/deletion-impact`)).status).toBe(404);
    });
  });
});
