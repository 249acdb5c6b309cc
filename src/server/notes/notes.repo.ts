import type { Kysely, Selectable } from 'kysely';
import type { Note } from '#shared/note.schema';
import type { Database, NotesTable } from '../db/tables.ts';
import { noteSearchDocument } from '../search/note-search-document.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';

/** What a note is about: one contact or one organisation. */
export type NoteSubject = { kind: 'contact'; id: string } | { kind: 'organisation'; id: string };

/**
 * SQL for notes, nothing else: every call is scoped to the acting user's rows, and every write
 * updates the search index in the same transaction (the caller runs it inside one).
 */
export class NotesRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
  ) {}

  /** Whether the contact or organisation exists and belongs to the owner. */
  async hasSubject(ownerId: string, subject: NoteSubject): Promise<boolean> {
    const table = subject.kind === 'contact' ? 'contacts' : 'organisations';
    const row = await this.db
      .selectFrom(table)
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('id', '=', subject.id)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** A page of the subject's notes, newest first. */
  async listBySubject(
    ownerId: string,
    subject: NoteSubject,
    options: { limit: number; offset: number },
  ): Promise<{ items: Note[]; total: number }> {
    const column = subject.kind === 'contact' ? 'contact_id' : 'organisation_id';
    const query = this.db.selectFrom('notes').where('owner_id', '=', ownerId).where(column, '=', subject.id);
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toNote), total: Number(count.total) };
  }

  async findById(ownerId: string, id: string): Promise<Note | undefined> {
    const row = await this.db
      .selectFrom('notes')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toNote(row) : undefined;
  }

  async insert(ownerId: string, id: string, subject: NoteSubject, body: string, now: string): Promise<Note> {
    const row = await this.db
      .insertInto('notes')
      .values({
        id,
        owner_id: ownerId,
        contact_id: subject.kind === 'contact' ? subject.id : null,
        organisation_id: subject.kind === 'organisation' ? subject.id : null,
        body,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const note = toNote(row);
    await this.index(ownerId, note);
    return note;
  }

  /** Writes only if the stored version is still `expectedVersion`; undefined means it was not. */
  async update(
    ownerId: string,
    id: string,
    expectedVersion: number,
    body: string,
    now: string,
  ): Promise<Note | undefined> {
    const row = await this.db
      .updateTable('notes')
      .set((eb) => ({ body, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const note = toNote(row);
    await this.index(ownerId, note);
    return note;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('notes')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await this.searchIndex.remove(this.db, 'note', [id]);
    return true;
  }

  private index(ownerId: string, note: Note): Promise<void> {
    return this.searchIndex.put(this.db, ownerId, noteSearchDocument(note));
  }
}

function toNote(row: Selectable<NotesTable>): Note {
  return {
    id: row.id,
    contactId: row.contact_id,
    organisationId: row.organisation_id,
    body: row.body,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
