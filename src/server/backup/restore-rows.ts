import { sql, type Kysely } from 'kysely';
import { contactSearchKey, contactSortKey } from '#domain/contact';
import { AppError } from '#domain/errors';
import { foldForSearch } from '#domain/search-key';
import {
  backupColumns,
  backupFieldPath,
  backupTables,
  backupKeyColumns,
  parseJsonSafely,
  type BackupFile,
  type BackupTable,
  type ContactRow,
} from '#shared/backup.schema';
import { contactSearchDocument, toContact } from '../contacts/contacts.repo.ts';
import type { Dialect } from '../db/database.ts';
import type { Database } from '../db/tables.ts';
import { organisationSearchDocument, toOrganisation } from '../organisations/organisations.repo.ts';
import { noteSearchDocument } from '../search/note-search-document.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';

/** Rows per INSERT: well under both engines' limits on bound parameters (27 columns × 200). */
const CHUNK = 200;

/** The columns a restore writes: the backup's, plus the owner and the keys derived from them. */
export function storedColumns(table: BackupTable): string[] {
  const derived = table === 'contacts' ? ['sort_key', 'search_key'] : table === 'organisations' ? ['sort_key'] : [];
  return ['owner_id', ...backupColumns[table], ...derived];
}

/**
 * Writes a validated backup into an empty staging database, in one transaction: the owner, then
 * each table after the ones it refers to. Derived keys are computed with today's rules, so a
 * backup from before a change of folding still sorts and filters right.
 */
export async function fillStaging(db: Kysely<Database>, ownerId: string, backup: BackupFile, now: Date): Promise<void> {
  const { data } = backup;
  const organisationNames = new Map(data.organisations.map((row) => [row.id, row.name]));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({ id: ownerId, display_name: 'Restore', created_at: now.toISOString() })
      .execute();
    await insertRows(
      trx,
      'organisations',
      data.organisations.map((row) => ({ owner_id: ownerId, ...row, sort_key: foldForSearch(row.name) })),
    );
    await insertRows(
      trx,
      'imports',
      data.imports.map((row) => ({ owner_id: ownerId, ...row })),
    );
    const { ordered, introducedLater } = introducersFirst(data.contacts);
    await insertRows(
      trx,
      'contacts',
      ordered.map((row) => ({
        owner_id: ownerId,
        ...row,
        introduced_by_id: introducedLater.has(row.id) ? null : row.introduced_by_id,
        ...derivedContactKeys(
          row,
          row.organisation_id === null ? '' : (organisationNames.get(row.organisation_id) ?? ''),
        ),
      })),
    );
    // Only contacts in a circle of introductions (A introduced B, B introduced A) get here.
    for (const row of data.contacts.filter((contact) => introducedLater.has(contact.id))) {
      await trx
        .updateTable('contacts')
        .set({ introduced_by_id: row.introduced_by_id })
        .where('id', '=', row.id)
        .execute();
    }
    await insertRows(
      trx,
      'notes',
      data.notes.map((row) => ({ owner_id: ownerId, ...row })),
    );
    await insertRows(
      trx,
      'explore_fields',
      data.explore_fields.map((row) => ({ owner_id: ownerId, ...row })),
    );
    for (const table of [
      'profiles',
      'interviews',
      'interview_steps',
      'meetings',
      'templates',
      'questions',
      'dossiers',
      'plan_items',
      'conversations',
      'reports',
      'tasks',
      'interactions',
      'keep_in_touch',
    ] as const) {
      await insertRows(
        trx,
        table,
        (data[table] as Record<string, unknown>[]).map((row) => ({ owner_id: ownerId, ...row })),
      );
    }
  });
}

async function insertRows(db: Kysely<Database>, table: BackupTable, rows: Record<string, unknown>[]): Promise<void> {
  const columns = storedColumns(table);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = chunk.map((row) => sql`(${sql.join(columns.map((column) => row[column]))})`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      values ${sql.join(values)}`.execute(db);
    await yieldToOtherRequests();
  }
}

/**
 * better-sqlite3 answers synchronously, so a long chain of awaits on it never lets the event loop
 * run: the server would not answer anyone until staging is done. Staging works on its own
 * database, so other requests may run between its chunks.
 */
function yieldToOtherRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function derivedContactKeys(row: ContactRow, organisation: string) {
  const list = (json: string) => (parseJsonSafely(json) as string[] | undefined) ?? [];
  return {
    sort_key: contactSortKey(row.name),
    search_key: contactSearchKey({
      name: row.name,
      title: row.title,
      organisation,
      emails: list(row.emails),
      otherTitles: list(row.other_titles),
    }),
  };
}

/** Documents handed to the index at a time: bounds the folded copies of the text held at once. */
const INDEX_BATCH = 1000;

/**
 * Builds the staging database's search index from the backup's rows, with the documents the
 * repositories index (contactSearchDocument and the others) and addMany's multi-row inserts:
 * what rebuildSearchIndex would store, without reading every row back or three statements each.
 */
export async function indexStaging(
  db: Kysely<Database>,
  searchIndex: SearchIndex,
  ownerId: string,
  backup: BackupFile,
): Promise<void> {
  const { data } = backup;
  const organisationNames = new Map(data.organisations.map((row) => [row.id, row.name]));
  const owned = { owner_id: ownerId };
  const documents = [
    ...data.contacts.map((row) => () => {
      const organisation = row.organisation_id === null ? '' : (organisationNames.get(row.organisation_id) ?? '');
      const stored = { ...owned, ...row, ...derivedContactKeys(row, organisation), organisation_name: organisation };
      return contactSearchDocument(toContact(stored));
    }),
    ...data.organisations.map(
      (row) => () =>
        organisationSearchDocument(toOrganisation({ ...owned, ...row, sort_key: foldForSearch(row.name) })),
    ),
    ...data.notes.map((row) => () => noteSearchDocument({ id: row.id, body: row.body })),
  ];
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < documents.length; start += INDEX_BATCH) {
      const batch = documents.slice(start, start + INDEX_BATCH).map((make) => make());
      await searchIndex.addMany(trx, ownerId, batch);
      await yieldToOtherRequests();
    }
  });
}

/**
 * Contacts in an order where each one's introducer is already there, so every INSERT passes its
 * foreign key check on both engines. A circle of introductions (A introduced B, B introduced A,
 * or someone "introduced by" themselves) has no such order: the contact that closes the circle
 * goes in without its introducer, which is set once everyone exists. Linear in the contacts.
 */
function introducersFirst(contacts: ContactRow[]): { ordered: ContactRow[]; introducedLater: Set<string> } {
  const byId = new Map(contacts.map((row) => [row.id, row]));
  const state = new Map<string, 'on-path' | 'placed'>();
  const ordered: ContactRow[] = [];
  const introducedLater = new Set<string>();
  for (const start of contacts) {
    // Walk up from this contact through introducers not placed yet; then place them top down.
    const path: ContactRow[] = [];
    let row: ContactRow | undefined = start;
    while (row !== undefined && !state.has(row.id)) {
      state.set(row.id, 'on-path');
      path.push(row);
      const introducer: ContactRow | undefined =
        row.introduced_by_id === null ? undefined : byId.get(row.introduced_by_id);
      if (introducer !== undefined && state.get(introducer.id) === 'on-path') {
        introducedLater.add(row.id);
        break;
      }
      row = introducer;
    }
    for (const placed of path.reverse()) {
      state.set(placed.id, 'placed');
      ordered.push(placed);
    }
  }
  return { ordered, introducedLater };
}

/**
 * Replaces the owner's rows in the live database with the staging database's, inside the
 * caller's transaction: delete the owner's rows and index entries, copy the staged tables and the
 * staged index over. `staged(table)` names a staging table as seen from the live connection.
 */
export async function swapIntoLive(
  trx: Kysely<Database>,
  dialect: Dialect,
  ownerId: string,
  backup: BackupFile,
  staged: (table: string) => ReturnType<typeof sql.table>,
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`delete from search_index where owner_id = ${ownerId}`.execute(trx);
  } else {
    await sql`delete from search_fts where rowid in (select id from search_docs where owner_id = ${ownerId})`.execute(
      trx,
    );
    await sql`delete from search_docs where owner_id = ${ownerId}`.execute(trx);
  }
  // Notes first, so the cascades from contacts and organisations have nothing left to do.
  for (const table of [
    'plan_items',
    'dossiers',
    'conversations',
    'reports',
    'tasks',
    'interactions',
    'keep_in_touch',
    'interview_steps',
    'meetings',
    'interviews',
    'templates',
    'questions',
    'profiles',
    'notes',
    'contacts',
    'organisations',
    'explore_fields',
    'imports',
  ] as const) {
    await sql`delete from ${sql.table(table)} where owner_id = ${ownerId}`.execute(trx);
  }
  for (const table of backupTables) {
    await refuseForeignIds(trx, table, backup, staged);
    const columns = sql.join(storedColumns(table).map((column) => sql.ref(column)));
    // Contacts refer to each other; both engines check a foreign key at the end of the statement.
    await sql`insert into ${sql.table(table)} (${columns}) select ${columns} from ${staged(table)}`.execute(trx);
  }
  if (dialect === 'postgres') {
    await sql`insert into search_index (owner_id, kind, ref_id, title, body)
      select owner_id, kind, ref_id, title, body from ${staged('search_index')}`.execute(trx);
    return;
  }
  await sql`insert into search_docs (owner_id, kind, ref_id)
    select owner_id, kind, ref_id from ${staged('search_docs')} order by id`.execute(trx);
  await sql`insert into search_fts (rowid, title, body)
    select live.id, f.title, f.body
    from ${staged('search_fts')} f
    join ${staged('search_docs')} s on s.id = f.rowid
    join search_docs live on live.kind = s.kind and live.ref_id = s.ref_id`.execute(trx);
}

/**
 * Ids are unique across all users. With the owner's own rows gone, an id that is still taken
 * belongs to someone else (their copy of the same backup, in server mode): refuse, name the row.
 */
async function refuseForeignIds(
  trx: Kysely<Database>,
  table: BackupTable,
  backup: BackupFile,
  staged: (table: string) => ReturnType<typeof sql.table>,
): Promise<void> {
  const key = backupKeyColumns[table];
  // The profile is keyed by its owner, who is the one restoring.
  if (key === null) return;
  const taken = await sql<{ key: string }>`
    select s.${sql.ref(key)} as key from ${staged(table)} s
    join ${sql.table(table)} live on live.${sql.ref(key)} = s.${sql.ref(key)} limit 1`.execute(trx);
  const value = taken.rows[0]?.key;
  if (value === undefined) return;
  const index = (backup.data[table] as Record<string, unknown>[]).findIndex((row) => row[key] === value);
  throw new AppError('backup_invalid', {
    fields: [{ field: backupFieldPath(table, index, key), rule: 'invalid_value' }],
  });
}
