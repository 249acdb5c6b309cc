import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';

/** What duplicate detection needs of a stored contact, and nothing more. */
export interface StoredContactKeys {
  id: string;
  name: string;
  organisation: string;
  emails: string[];
  linkedinUrl: string;
}

export interface ImportRow {
  id: string;
  format: string;
  fileName: string;
  /** JSON text (ImportSummary). */
  summary: string;
  /** JSON text (ImportUndo). */
  undo: string;
  createdAt: string;
  undoneAt: string | null;
}

/** A contact an import created, with what would be lost by deleting it. */
export interface CreatedContactState {
  id: string;
  version: number;
  notes: number;
  introduced: number;
}

/** SQL for imports and the reads an import needs; scoped to the owner like every repository. */
export class ImportsRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
  ) {}

  /** Every contact's duplicate keys in one query (20,000 contacts are a few megabytes). */
  async storedContactKeys(ownerId: string): Promise<StoredContactKeys[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .select([
        'contacts.id',
        'contacts.name',
        'contacts.emails',
        'contacts.linkedin_url',
        'organisations.name as organisation',
      ])
      .where('contacts.owner_id', '=', ownerId)
      .orderBy('contacts.created_at')
      .orderBy('contacts.id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      organisation: row.organisation ?? '',
      emails: parseList(row.emails),
      linkedinUrl: row.linkedin_url,
    }));
  }

  /**
   * Changes whenever a contact or an organisation is added, changed or deleted: every write sets
   * updated_at to now, which is later than any stored value, and a deletion lowers a count. An
   * import checks it between preview and confirmation, so the duplicates it shows are still true.
   */
  async dataVersion(ownerId: string): Promise<string> {
    const [contacts, organisations] = await Promise.all([
      this.db
        .selectFrom('contacts')
        .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('updated_at').as('latest')])
        .where('owner_id', '=', ownerId)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('organisations')
        .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('updated_at').as('latest')])
        .where('owner_id', '=', ownerId)
        .executeTakeFirstOrThrow(),
    ]);
    return JSON.stringify([Number(contacts.n), contacts.latest, Number(organisations.n), organisations.latest]);
  }

  /** Organisation ids by folded name (sort_key), to link imported contacts without a query each. */
  async organisationIdsByKey(ownerId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('organisations')
      .select(['id', 'sort_key'])
      .where('owner_id', '=', ownerId)
      .execute();
    return new Map(rows.map((row) => [row.sort_key, row.id]));
  }

  async insert(ownerId: string, row: ImportRow): Promise<void> {
    await this.db
      .insertInto('imports')
      .values({
        id: row.id,
        owner_id: ownerId,
        format: row.format,
        file_name: row.fileName,
        summary: row.summary,
        undo: row.undo,
        created_at: row.createdAt,
        undone_at: row.undoneAt,
      })
      .execute();
  }

  /** Newest first. */
  async list(ownerId: string, limit: number): Promise<ImportRow[]> {
    const rows = await this.db
      .selectFrom('imports')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toImportRow);
  }

  async findById(ownerId: string, id: string): Promise<ImportRow | undefined> {
    const row = await this.db
      .selectFrom('imports')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toImportRow(row) : undefined;
  }

  /** The one import that may be undone: the newest, unless it was undone already. */
  async latest(ownerId: string): Promise<ImportRow | undefined> {
    const [row] = await this.list(ownerId, 1);
    return row;
  }

  async createdContacts(ownerId: string, importId: string): Promise<CreatedContactState[]> {
    const rows = await this.db
      .selectFrom('contacts as c')
      .select((eb) => [
        'c.id',
        'c.version',
        eb
          .selectFrom('notes')
          .select((inner) => inner.fn.countAll<string | number>().as('n'))
          .whereRef('notes.contact_id', '=', 'c.id')
          .as('notes'),
        eb
          .selectFrom('contacts as introduced')
          .select((inner) => inner.fn.countAll<string | number>().as('n'))
          .whereRef('introduced.introduced_by_id', '=', 'c.id')
          .as('introduced'),
      ])
      .where('c.owner_id', '=', ownerId)
      .where('c.import_id', '=', importId)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      version: Number(row.version),
      notes: Number(row.notes ?? 0),
      introduced: Number(row.introduced ?? 0),
    }));
  }

  /** Deletes the contacts an import created and their entries in the search index. */
  async deleteCreatedContacts(ownerId: string, importId: string, ids: readonly string[]): Promise<void> {
    await this.searchIndex.remove(this.db, 'contact', ids);
    await this.db.deleteFrom('contacts').where('owner_id', '=', ownerId).where('import_id', '=', importId).execute();
  }

  /**
   * Deletes the organisations an import created, among `ids`, that nothing uses any more and that
   * nobody has touched since (still version 1, not a target, no notes).
   */
  async deleteUnusedOrganisations(ownerId: string, ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const unused = await this.db
        .selectFrom('organisations as o')
        .select('o.id')
        .where('o.owner_id', '=', ownerId)
        .where('o.id', 'in', chunk)
        .where('o.version', '=', 1)
        .where('o.is_target', '=', 0)
        .where('o.notes', '=', '')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('contacts')
                .select(sql`1`.as('one'))
                .whereRef('contacts.organisation_id', '=', 'o.id'),
            ),
          ),
        )
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('notes')
                .select(sql`1`.as('one'))
                .whereRef('notes.organisation_id', '=', 'o.id'),
            ),
          ),
        )
        .execute();
      const unusedIds = unused.map((row) => row.id);
      if (unusedIds.length === 0) continue;
      await this.searchIndex.remove(this.db, 'organisation', unusedIds);
      await this.db.deleteFrom('organisations').where('owner_id', '=', ownerId).where('id', 'in', unusedIds).execute();
    }
  }

  async existingOrganisationIds(ownerId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('organisations')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids)
      .execute();
    return new Set(rows.map((row) => row.id));
  }

  async markUndone(ownerId: string, id: string, now: string): Promise<void> {
    await this.db
      .updateTable('imports')
      .set({ undone_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
  }
}

function toImportRow(row: {
  id: string;
  format: string;
  file_name: string;
  summary: string;
  undo: string;
  created_at: string;
  undone_at: string | null;
}): ImportRow {
  return {
    id: row.id,
    format: row.format,
    fileName: row.file_name,
    summary: row.summary,
    undo: row.undo,
    createdAt: row.created_at,
    undoneAt: row.undone_at,
  };
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
