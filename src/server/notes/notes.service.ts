import { newRecordId } from '../db/record-id.ts';
import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import type { Note, NotePage } from '#shared/note.schema';
import type { Database } from '../db/tables.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { NotesRepo, type NoteSubject } from './notes.repo.ts';

/**
 * The use cases for dated notes about a contact or an organisation. Input arrives validated; the
 * subject must be one of the user's own (anyone else's answers 404, like a missing one).
 */
export class NotesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(
    user: ActingUser,
    query: { contactId?: string | undefined; organisationId?: string | undefined; limit: number; offset: number },
  ): Promise<NotePage> {
    const subject = subjectOf(query);
    const repo = new NotesRepo(this.db, this.searchIndex);
    if (!(await repo.hasSubject(user.id, subject))) throw new AppError('not_found');
    return repo.listBySubject(user.id, subject, { limit: query.limit, offset: query.offset });
  }

  create(
    user: ActingUser,
    input: { contactId: string | null; organisationId: string | null; body: string },
  ): Promise<Note> {
    const subject = subjectOf({
      contactId: input.contactId ?? undefined,
      organisationId: input.organisationId ?? undefined,
    });
    return this.inTransaction(async (notes, now) => {
      // Someone else's contact answers like a missing one: 404, never a hint that it exists.
      if (!(await notes.hasSubject(user.id, subject))) throw new AppError('not_found');
      return notes.insert(user.id, newRecordId(), subject, input.body, now);
    });
  }

  /** Saves an edit made on `version`; if the note changed in between, 409 with the note as it is now. */
  update(user: ActingUser, id: string, version: number, body: string): Promise<Note> {
    return this.inTransaction(async (notes, now) => {
      const updated = await notes.update(user.id, id, version, body, now);
      if (updated) return updated;
      const current = await notes.findById(user.id, id);
      if (!current) throw new AppError('not_found');
      throw new AppError('version_conflict', { current });
    });
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    await this.inTransaction(async (notes) => {
      if (!(await notes.delete(user.id, id))) throw new AppError('not_found');
    });
  }

  private inTransaction<T>(work: (notes: NotesRepo, now: string) => Promise<T>): Promise<T> {
    const now = this.clock().toISOString();
    return this.db.transaction().execute((trx) => work(new NotesRepo(trx, this.searchIndex), now));
  }
}

/** The schemas allow exactly one of the two ids; this turns them into a subject. */
function subjectOf(ids: { contactId?: string | undefined; organisationId?: string | undefined }): NoteSubject {
  if (ids.contactId) return { kind: 'contact', id: ids.contactId };
  if (ids.organisationId) return { kind: 'organisation', id: ids.organisationId };
  throw new AppError('validation_failed', { fields: [{ field: 'contactId', rule: 'required' }] });
}
