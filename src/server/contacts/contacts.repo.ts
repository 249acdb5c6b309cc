import { sql, type Kysely, type Selectable } from 'kysely';
import type { Contact } from '#domain/contact';
import { escapeLikePattern } from '#domain/search-key';
import type { ContactsTable, Database } from '../db/tables.ts';

type ContactRow = Selectable<ContactsTable>;

export interface ContactRowValues {
  name: string;
  title: string;
  organisation: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  notes: string;
  sortKey: string;
  searchKey: string;
}

/** SQL for contacts, nothing else: every call is scoped to the acting user's rows. */
export class ContactsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(ownerId: string, id: string, values: ContactRowValues, now: string): Promise<Contact> {
    const row = await this.db
      .insertInto('contacts')
      .values({ id, owner_id: ownerId, ...toColumns(values), version: 1, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toContact(row);
  }

  async findById(ownerId: string, id: string): Promise<Contact | undefined> {
    const row = await this.db
      .selectFrom('contacts')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toContact(row) : undefined;
  }

  /** A page of contacts sorted by name; `foldedQuery` is already folded with foldForSearch. */
  async list(
    ownerId: string,
    options: { foldedQuery: string; limit: number; offset: number },
  ): Promise<{ items: Contact[]; total: number }> {
    let query = this.db.selectFrom('contacts').where('owner_id', '=', ownerId);
    if (options.foldedQuery !== '') {
      // SQLite's LIKE has no escape character unless one is named; PostgreSQL's is backslash.
      const pattern = `%${escapeLikePattern(options.foldedQuery)}%`;
      query = query.where(sql<boolean>`search_key like ${pattern} escape '\\'`);
    }
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy('sort_key').orderBy('id').limit(options.limit).offset(options.offset).execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toContact), total: Number(count.total) };
  }

  /** Writes only if the stored version is still `expectedVersion`; undefined means it was not. */
  async update(
    ownerId: string,
    id: string,
    expectedVersion: number,
    values: ContactRowValues,
    now: string,
  ): Promise<Contact | undefined> {
    const row = await this.db
      .updateTable('contacts')
      .set((eb) => ({ ...toColumns(values), version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    return row ? toContact(row) : undefined;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('contacts')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toColumns(values: ContactRowValues) {
  return {
    name: values.name,
    title: values.title,
    organisation: values.organisation,
    email: values.email,
    phone: values.phone,
    linkedin_url: values.linkedinUrl,
    notes: values.notes,
    sort_key: values.sortKey,
    search_key: values.searchKey,
  };
}

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    organisation: row.organisation,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
    notes: row.notes,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
