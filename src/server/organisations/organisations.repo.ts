import { newRecordId } from '../db/record-id.ts';
import type SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import { isRoutineKind, type RoutineKind } from '#domain/follow-up-routine';
import type { Organisation } from '#domain/organisation';
import { escapeLikePattern, foldForSearch } from '#domain/search-key';
import { bulkInsert } from '../db/bulk-insert.ts';
import type { Database, OrganisationsTable } from '../db/tables.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';

type OrganisationRow = Selectable<OrganisationsTable>;

export interface OrganisationRowValues {
  name: string;
  website: string;
  field: string;
  notes: string;
  isTarget: boolean;
  motivation: number | null;
  posting: number | null;
  routine: RoutineKind | null;
}

export type OrganisationWithAdvocates = Organisation & { advocates: number };

/** SQL for organisations: scoped to the owner; writes keep the search index in step. */
export class OrganisationsRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
  ) {}

  async insert(ownerId: string, id: string, values: OrganisationRowValues, now: string): Promise<Organisation> {
    const row = await this.db
      .insertInto('organisations')
      .values({ id, owner_id: ownerId, ...toColumns(values), version: 1, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const organisation = toOrganisation(row);
    await this.index(ownerId, organisation);
    return organisation;
  }

  /**
   * Inserts new organisations known only by name (an import meeting employers for the first
   * time) with bulk statements, and indexes them in one go.
   */
  async insertManyByName(
    ownerId: string,
    rows: ReadonlyArray<{ id: string; name: string }>,
    now: string,
    /** The raw connection under this repository's transaction, on SQLite (see BulkTarget). */
    sqlite?: SqliteDatabase.Database,
  ): Promise<void> {
    await bulkInsert(
      { db: this.db, dialect: this.searchIndex.dialect, sqlite },
      'organisations',
      ['id', 'owner_id', 'name', 'sort_key', 'created_at', 'updated_at'].map((name) => ({ name })),
      rows.map(({ id, name }) => [id, ownerId, name, foldForSearch(name), now, now]),
    );
    await this.searchIndex.addMany(
      this.db,
      ownerId,
      rows.map(({ id, name }) =>
        organisationSearchDocument({
          id,
          name,
          website: '',
          field: '',
          notes: '',
          isTarget: false,
          motivation: null,
          posting: null,
          routine: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      ),
      { sqlite },
    );
  }

  /**
   * The organisation with this name (ignoring case and accents), created if there is none. Contacts
   * and imports name organisations as text; this keeps one row per organisation.
   */
  async findOrCreateByName(ownerId: string, name: string, now: string): Promise<string> {
    const sortKey = foldForSearch(name);
    const existing = await this.db
      .selectFrom('organisations')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('sort_key', '=', sortKey)
      .executeTakeFirst();
    if (existing) return existing.id;
    const created = await this.insert(
      ownerId,
      newRecordId(),
      { name, website: '', field: '', notes: '', isTarget: false, motivation: null, posting: null, routine: null },
      now,
    );
    return created.id;
  }

  async findById(ownerId: string, id: string): Promise<OrganisationWithAdvocates | undefined> {
    const row = await this.selectWithAdvocates(ownerId).where('organisations.id', '=', id).executeTakeFirst();
    return row ? { ...toOrganisation(row), advocates: Number(row.advocates) } : undefined;
  }

  async findIdByName(ownerId: string, name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('organisations')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('sort_key', '=', foldForSearch(name))
      .executeTakeFirst();
    return row?.id;
  }

  async list(
    ownerId: string,
    options: { foldedQuery: string; targetsOnly?: boolean; limit: number; offset: number },
  ): Promise<{ items: OrganisationWithAdvocates[]; total: number }> {
    let query = this.db.selectFrom('organisations').where('organisations.owner_id', '=', ownerId);
    if (options.foldedQuery !== '') {
      const pattern = `%${escapeLikePattern(options.foldedQuery)}%`;
      query = query.where(sql<boolean>`organisations.sort_key like ${pattern} escape '\\'`);
    }
    if (options.targetsOnly) query = query.where('organisations.is_target', '=', 1);
    const [rows, count] = await Promise.all([
      this.selectWithAdvocates(ownerId)
        .where((eb) => eb('organisations.id', 'in', query.select('organisations.id')))
        .orderBy('organisations.sort_key')
        .orderBy('organisations.id')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((row) => ({ ...toOrganisation(row), advocates: Number(row.advocates) })),
      total: Number(count.total),
    };
  }

  async update(
    ownerId: string,
    id: string,
    expectedVersion: number,
    values: OrganisationRowValues,
    now: string,
  ): Promise<Organisation | undefined> {
    const row = await this.db
      .updateTable('organisations')
      .set((eb) => ({ ...toColumns(values), version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const organisation = toOrganisation(row);
    await this.index(ownerId, organisation);
    return organisation;
  }

  /** Every organisation on the target list, unordered: the domain ranks them (rankTargets). */
  async listTargets(ownerId: string): Promise<OrganisationWithAdvocates[]> {
    const rows = await this.selectWithAdvocates(ownerId).where('organisations.is_target', '=', 1).execute();
    return rows.map((row) => ({ ...toOrganisation(row), advocates: Number(row.advocates) }));
  }

  /** The ids of the contacts who work there, so their search data can follow a deletion. */
  async contactIds(ownerId: string, id: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('contacts')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('organisation_id', '=', id)
      .execute();
    return rows.map((row) => row.id);
  }

  /** What deleting would touch: contacts linked to it (they stay) and its notes (they go). */
  async countLinks(ownerId: string, id: string): Promise<{ contacts: number; notes: number }> {
    const [contacts, notes] = await Promise.all([
      this.db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('owner_id', '=', ownerId)
        .where('organisation_id', '=', id)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('notes')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('owner_id', '=', ownerId)
        .where('organisation_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    return { contacts: Number(contacts.n), notes: Number(notes.n) };
  }

  /** Deletes the organisation and its notes; its contacts stay, without an organisation. */
  async delete(ownerId: string, id: string): Promise<boolean> {
    const noteIds = await this.db
      .selectFrom('notes')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('organisation_id', '=', id)
      .execute();
    const result = await this.db
      .deleteFrom('organisations')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await this.searchIndex.remove(this.db, 'organisation', [id]);
    await this.searchIndex.remove(
      this.db,
      'note',
      noteIds.map((note) => note.id),
    );
    return true;
  }

  private selectWithAdvocates(ownerId: string) {
    return this.db
      .selectFrom('organisations')
      .selectAll('organisations')
      .select((eb) =>
        eb
          .selectFrom('contacts')
          .select((inner) => inner.fn.countAll<string | number>().as('n'))
          .whereRef('contacts.organisation_id', '=', 'organisations.id')
          .as('advocates'),
      )
      .where('organisations.owner_id', '=', ownerId);
  }

  private index(ownerId: string, organisation: Organisation): Promise<void> {
    return this.searchIndex.put(this.db, ownerId, organisationSearchDocument(organisation));
  }
}

export function organisationSearchDocument(organisation: Organisation) {
  return {
    kind: 'organisation' as const,
    refId: organisation.id,
    title: organisation.name,
    body: [organisation.field, organisation.website, organisation.notes].join('\n'),
  };
}

function toColumns(values: OrganisationRowValues) {
  return {
    name: values.name,
    sort_key: foldForSearch(values.name),
    website: values.website,
    field: values.field,
    notes: values.notes,
    is_target: values.isTarget ? 1 : 0,
    motivation: values.motivation,
    posting: values.posting,
    routine: values.routine,
  };
}

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    field: row.field,
    notes: row.notes,
    isTarget: Number(row.is_target) === 1,
    motivation: row.motivation === null ? null : Number(row.motivation),
    posting: row.posting === null ? null : Number(row.posting),
    routine: isRoutineKind(row.routine ?? '') ? (row.routine as RoutineKind) : null,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Whether an insert or update broke the one-name-per-owner index (organisations_owner_name): the
 * service checks first, so only two saves racing each other get here.
 */
export function isDuplicateNameError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code === '23505') return constraint === 'organisations_owner_name'; // PostgreSQL
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('organisations.sort_key')
  );
}
