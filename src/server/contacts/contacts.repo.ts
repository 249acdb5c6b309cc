import { sql, type Kysely, type Selectable } from 'kysely';
import { contactSearchKey, type Contact, type HowKnown, type OrganisationRelation } from '#domain/contact';
import { escapeLikePattern } from '#domain/search-key';
import type { ContactsTable, Database } from '../db/tables.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';

type ContactRow = Selectable<ContactsTable> & { organisation_name: string | null };

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
      .values({ id, owner_id: ownerId, ...toColumns(values), import_id: importId, version: 1, created_at: now, updated_at: now })
      .execute();
    const contact = await this.findById(ownerId, id);
    if (!contact) throw new Error('contact vanished right after insert');
    await this.index(ownerId, contact);
    return contact;
  }

  async findById(ownerId: string, id: string): Promise<Contact | undefined> {
    const row = await this.selectContacts(ownerId).where('contacts.id', '=', id).executeTakeFirst();
    return row ? toContact(row) : undefined;
  }

  async findByIds(ownerId: string, ids: readonly string[]): Promise<Contact[]> {
    if (ids.length === 0) return [];
    const rows = await this.selectContacts(ownerId).where('contacts.id', 'in', ids).execute();
    return rows.map(toContact);
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
    const [rows, count] = await Promise.all([
      query
        .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
        .selectAll('contacts')
        .select('organisations.name as organisation_name')
        .orderBy('contacts.sort_key')
        .orderBy('contacts.id')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
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
    const result = await this.db.deleteFrom('contacts').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
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
    await this.db.updateTable('notes').set({ contact_id: toId }).where('owner_id', '=', ownerId).where('contact_id', '=', fromId).execute();
  }

  /** After an organisation is renamed, its contacts' search keys and index entries follow. */
  async refreshOrganisationName(ownerId: string, organisationId: string): Promise<void> {
    const rows = await this.selectContacts(ownerId).where('contacts.organisation_id', '=', organisationId).execute();
    for (const contact of rows.map(toContact)) {
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
  return {
    kind: 'contact' as const,
    refId: contact.id,
    title: [contact.name, contact.organisation, contact.title, ...contact.otherTitles].join(' '),
    body: [
      contact.pronunciation,
      contact.field,
      contact.location,
      contact.metWhere,
      ...contact.emails,
      ...contact.tags,
      contact.notes,
    ].join('\n'),
  };
}

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

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
