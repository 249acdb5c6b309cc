import type SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  contactSearchKey,
  type Contact,
  type ContactFields,
  type HowKnown,
  type OrganisationRelation,
} from '#domain/contact';
import { foldParts } from '#domain/fold-parts';
import { escapeLikePattern, foldForSearch } from '#domain/search-key';
import { bulkInsert, type BulkColumn } from '../db/bulk-insert.ts';
import type { ContactsTable, Database } from '../db/tables.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';

type ContactRow = Selectable<ContactsTable> & { organisation_name: string | null };

/**
 * A contact about to be inserted in bulk (insertMany): its fields, with `fields.organisation` the
 * name of the organisation whose id is `organisationId`. Three references instead of a copy of
 * every field: an import holds 30,000 of them at once.
 */
export interface NewContact {
  id: string;
  organisationId: string | null;
  fields: ContactFields;
  /** foldForSearch(fields.name), when the caller has it already (the sort key). */
  foldedName?: string;
}

/** A contact's columns as the service hands them over: organisation resolved to an id, keys computed. */
export interface ContactRowValues {
  name: string;
  pronunciation: string;
  title: string;
  otherTitles: string[];
  organisationId: string | null;
  organisationRelation: OrganisationRelation | '';
  field: string;
  location: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string;
  howKnown: HowKnown | '';
  metOn: string;
  metWhere: string;
  introducedById: string | null;
  mayUseIntroducerName: boolean;
  tags: string[];
  notes: string;
  sortKey: string;
  searchKey: string;
}

/**
 * SQL for contacts, nothing else: every call is scoped to the acting user's rows, and every write
 * updates the search index in the same transaction (the caller runs it inside one).
 */
export class ContactsRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
  ) {}

  async insert(
    ownerId: string,
    id: string,
    values: ContactRowValues,
    now: string,
    importId: string | null = null,
  ): Promise<Contact> {
    await this.db
      .insertInto('contacts')
      .values({
        id,
        owner_id: ownerId,
        ...toColumns(values),
        import_id: importId,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const contact = await this.findById(ownerId, id);
    if (!contact) throw new Error('contact vanished right after insert');
    await this.index(ownerId, contact);
    return contact;
  }

  /**
   * Inserts many new contacts (an import) and indexes them with bulk statements (see bulkInsert)
   * instead of the query builder per row: at 30,000 rows the building would cost more than the
   * work itself. The contacts are given as they will read back; their keys and index
   * text are folded part by part (foldParts) with `fold`, which an import memoises.
   */
  async insertMany(
    ownerId: string,
    contacts: readonly NewContact[],
    now: string,
    options: {
      importId?: string | null;
      fold?: (text: string) => string;
      /** The raw connection under this repository's transaction, on SQLite (see BulkTarget). */
      sqlite?: SqliteDatabase.Database | undefined;
    } = {},
  ): Promise<void> {
    const { importId = null, fold = foldForSearch, sqlite } = options;
    await bulkInsert(
      { db: this.db, dialect: this.searchIndex.dialect, sqlite },
      'contacts',
      bulkContactColumns,
      mapLazily(contacts, ({ id, organisationId, fields, foldedName = fold(fields.name) }) => [
        id,
        ownerId,
        fields.name,
        fields.pronunciation,
        fields.title,
        jsonList(fields.otherTitles),
        organisationId,
        fields.organisationRelation,
        fields.field,
        fields.location,
        jsonList(fields.emails),
        jsonList(fields.phones),
        fields.linkedinUrl,
        fields.howKnown,
        fields.metOn,
        fields.metWhere,
        fields.introducedById,
        fields.mayUseIntroducerName ? 1 : 0,
        jsonList(fields.tags),
        fields.notes,
        importId,
        // contactSortKey and contactSearchKey, folded part by part.
        foldedName,
        foldParts([fields.organisation, fields.title, ...fields.otherTitles, ...fields.emails], fold, foldedName),
        1,
        now,
        now,
      ]),
    );
    await this.searchIndex.addMany(
      this.db,
      ownerId,
      mapLazily(contacts, ({ id, fields, foldedName = fold(fields.name) }) => {
        const parts = contactSearchParts(fields);
        return {
          kind: 'contact' as const,
          refId: id,
          title: foldParts(parts.titleAfterName, fold, foldedName),
          body: foldParts(parts.body, fold),
        };
      }),
      { folded: true, sqlite },
    );
  }

  async findById(ownerId: string, id: string): Promise<Contact | undefined> {
    const row = await this.selectContacts(ownerId).where('contacts.id', '=', id).executeTakeFirst();
    return row ? toContact(row) : undefined;
  }

  async findByIds(ownerId: string, ids: readonly string[]): Promise<Contact[]> {
    if (ids.length === 0) return [];
    // Looked up by primary key, the owner checked on the rows: with "owner_id = ? and id in (…)"
    // SQLite walks the owner's index over every contact instead (3-10 ms at 20,000 contacts).
    const rows = await this.db
      .selectFrom('contacts')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .selectAll('contacts')
      .select('organisations.name as organisation_name')
      .where('contacts.id', 'in', ids)
      .execute();
    return rows.filter((row) => row.owner_id === ownerId).map(toContact);
  }

  /** A page of contacts sorted by name; `foldedQuery` is already folded with foldForSearch. */
  async list(
    ownerId: string,
    options: { foldedQuery: string; organisationId?: string; limit: number; offset: number },
  ): Promise<{ items: Contact[]; total: number }> {
    let query = this.db.selectFrom('contacts').where('contacts.owner_id', '=', ownerId);
    if (options.foldedQuery !== '') {
      // SQLite's LIKE has no escape character unless one is named; PostgreSQL's is backslash.
      const pattern = `%${escapeLikePattern(options.foldedQuery)}%`;
      query = query.where(sql<boolean>`contacts.search_key like ${pattern} escape '\\'`);
    }
    if (options.organisationId) query = query.where('contacts.organisation_id', '=', options.organisationId);
    // The page's ids first, from the (owner_id, sort_key, id) index alone, then only those rows:
    // skipping 19,950 ids in an index is cheap, skipping 19,950 whole rows is not (18 ms → 1 ms).
    const [page, count] = await Promise.all([
      query
        .select('contacts.id')
        .orderBy('contacts.sort_key')
        .orderBy('contacts.id')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    const byId = new Map(
      (
        await this.findByIds(
          ownerId,
          page.map((row) => row.id),
        )
      ).map((contact) => [contact.id, contact]),
    );
    const items = page.map((row) => byId.get(row.id)).filter((contact): contact is Contact => contact !== undefined);
    return { items, total: Number(count.total) };
  }

  /** Writes only if the stored version is still `expectedVersion`; undefined means it was not. */
  async update(
    ownerId: string,
    id: string,
    expectedVersion: number,
    values: ContactRowValues,
    now: string,
  ): Promise<Contact | undefined> {
    const result = await this.db
      .updateTable('contacts')
      .set((eb) => ({ ...toColumns(values), version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    const contact = await this.findById(ownerId, id);
    if (contact) await this.index(ownerId, contact);
    return contact;
  }

  /** Deletes the contact, its notes (by cascade) and every trace of both in the search index. */
  async delete(ownerId: string, id: string): Promise<boolean> {
    const noteIds = await this.db
      .selectFrom('notes')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('contact_id', '=', id)
      .execute();
    const result = await this.db
      .deleteFrom('contacts')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await this.searchIndex.remove(this.db, 'contact', [id]);
    await this.searchIndex.remove(
      this.db,
      'note',
      noteIds.map((note) => note.id),
    );
    return true;
  }

  async countLinks(ownerId: string, id: string): Promise<{ notes: number; introduced: number }> {
    const [notes, introduced] = await Promise.all([
      this.db
        .selectFrom('notes')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('owner_id', '=', ownerId)
        .where('contact_id', '=', id)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('owner_id', '=', ownerId)
        .where('introduced_by_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    return { notes: Number(notes.n), introduced: Number(introduced.n) };
  }

  /** Everyone's id, name and introducer: enough to draw any referral chain. */
  async listReferralPeople(ownerId: string) {
    const rows = await this.db
      .selectFrom('contacts')
      .select(['id', 'name', 'introduced_by_id'])
      .where('owner_id', '=', ownerId)
      .execute();
    return rows.map((row) => ({ id: row.id, name: row.name, introducedById: row.introduced_by_id }));
  }

  /** Moves every link that points at `fromId` to `toId` (for a merge). */
  async relink(ownerId: string, fromId: string, toId: string): Promise<void> {
    await this.db
      .updateTable('contacts')
      .set({ introduced_by_id: toId })
      .where('owner_id', '=', ownerId)
      .where('introduced_by_id', '=', fromId)
      .where('id', '<>', toId)
      .execute();
    await this.db
      .updateTable('notes')
      .set({ contact_id: toId })
      .where('owner_id', '=', ownerId)
      .where('contact_id', '=', fromId)
      .execute();
  }

  /** After an organisation is renamed, its contacts' search keys and index entries follow. */
  async refreshOrganisationName(ownerId: string, organisationId: string): Promise<void> {
    const rows = await this.selectContacts(ownerId).where('contacts.organisation_id', '=', organisationId).execute();
    await this.refreshSearchData(ownerId, rows.map(toContact));
  }

  /** After their organisation is deleted, these contacts' search keys and index entries lose its name. */
  async refreshSearchDataOf(ownerId: string, ids: readonly string[]): Promise<void> {
    await this.refreshSearchData(ownerId, await this.findByIds(ownerId, ids));
  }

  private async refreshSearchData(ownerId: string, contacts: readonly Contact[]): Promise<void> {
    for (const contact of contacts) {
      await this.db
        .updateTable('contacts')
        .set({ search_key: contactSearchKey(contact) })
        .where('id', '=', contact.id)
        .execute();
      await this.index(ownerId, contact);
    }
  }

  private selectContacts(ownerId: string) {
    return this.db
      .selectFrom('contacts')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .selectAll('contacts')
      .select('organisations.name as organisation_name')
      .where('contacts.owner_id', '=', ownerId);
  }

  private index(ownerId: string, contact: Contact): Promise<void> {
    return this.searchIndex.put(this.db, ownerId, contactSearchDocument(contact));
  }
}

/** What full-text search sees of a contact: who they are in the title, everything else in the body. */
export function contactSearchDocument(contact: Contact) {
  const parts = contactSearchParts(contact);
  return {
    kind: 'contact' as const,
    refId: contact.id,
    title: [contact.name, ...parts.titleAfterName].join(' '),
    body: parts.body.join('\n'),
  };
}

/** The title is the name and then these; insertMany folds the name once and reuses it. */
function contactSearchParts(contact: ContactFields): { titleAfterName: string[]; body: string[] } {
  return {
    titleAfterName: [contact.organisation, contact.title, ...contact.otherTitles],
    body: [
      contact.pronunciation,
      contact.field,
      contact.location,
      contact.metWhere,
      ...contact.emails,
      ...contact.tags,
      contact.notes,
    ],
  };
}

/** Every column of a new contact, in the order insertMany sends them. */
const bulkContactColumns: BulkColumn[] = [
  'id',
  'owner_id',
  'name',
  'pronunciation',
  'title',
  'other_titles',
  'organisation_id',
  'organisation_relation',
  'field',
  'location',
  'emails',
  'phones',
  'linkedin_url',
  'how_known',
  'met_on',
  'met_where',
  'introduced_by_id',
  'may_use_introducer_name',
  'tags',
  'notes',
  'import_id',
  'sort_key',
  'search_key',
  'version',
  'created_at',
  'updated_at',
].map((name) => ({ name, integer: name === 'version' || name === 'may_use_introducer_name' }));

function toColumns(values: ContactRowValues) {
  return {
    name: values.name,
    pronunciation: values.pronunciation,
    title: values.title,
    other_titles: JSON.stringify(values.otherTitles),
    organisation_id: values.organisationId,
    organisation_relation: values.organisationRelation,
    field: values.field,
    location: values.location,
    emails: JSON.stringify(values.emails),
    phones: JSON.stringify(values.phones),
    linkedin_url: values.linkedinUrl,
    how_known: values.howKnown,
    met_on: values.metOn,
    met_where: values.metWhere,
    introduced_by_id: values.introducedById,
    may_use_introducer_name: values.mayUseIntroducerName ? 1 : 0,
    tags: JSON.stringify(values.tags),
    notes: values.notes,
    sort_key: values.sortKey,
    search_key: values.searchKey,
  };
}

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    pronunciation: row.pronunciation,
    title: row.title,
    otherTitles: parseList(row.other_titles),
    organisationId: row.organisation_id,
    organisation: row.organisation_name ?? '',
    organisationRelation: row.organisation_relation as Contact['organisationRelation'],
    field: row.field,
    location: row.location,
    emails: parseList(row.emails),
    phones: parseList(row.phones),
    linkedinUrl: row.linkedin_url,
    howKnown: row.how_known as Contact['howKnown'],
    metOn: row.met_on,
    metWhere: row.met_where,
    introducedById: row.introduced_by_id,
    mayUseIntroducerName: Number(row.may_use_introducer_name) === 1,
    tags: parseList(row.tags),
    notes: row.notes,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Each item mapped when it is used: 30,000 rows are never all in memory twice. */
function* mapLazily<T, R>(items: readonly T[], map: (item: T) => R): Generator<R> {
  for (const item of items) yield map(item);
}

/** A list as stored; most imported contacts have empty ones. */
function jsonList(values: readonly string[]): string {
  return values.length === 0 ? '[]' : JSON.stringify(values);
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
