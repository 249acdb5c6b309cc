import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { BACKUP_FORMAT, backupColumns, backupKeyColumns, type BackupTable } from '#shared/backup.schema';
import type { DatabaseHandle } from '../db/database.ts';
import type { Database } from '../db/tables.ts';
import { currentSchemaVersion } from './backup-version.ts';

/** The order of the tables in the file: what a reader looks for first. */
const fileOrder = [
  'contacts',
  'organisations',
  'notes',
  'explore_fields',
  'imports',
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
] as const satisfies readonly BackupTable[];

/** Rows read per query: small enough to keep memory flat, large enough to keep queries few. */
const PAGE_SIZE = 500;

export type BackupCounts = Record<BackupTable, number>;

/**
 * Writes everything one user has as a JSON backup, piece by piece through `write`, so a backup of
 * 20,000 contacts and 100,000 notes never sits in memory whole. One row per line: the file is
 * still one JSON document, and it reads (and diffs) well in a text editor.
 *
 * All rows come from one consistent snapshot, so a note never names a contact that the backup
 * lacks because it was added half-way. On SQLite the snapshot is a read transaction on a second,
 * read-only connection: WAL lets it read while the app keeps writing, so a slow download holds up
 * nobody. On PostgreSQL it is a REPEATABLE READ transaction. Rows are ordered by id, so the same
 * data always gives the same file.
 */
export async function writeBackup(
  handle: DatabaseHandle,
  ownerId: string,
  now: Date,
  write: (chunk: string) => void | Promise<void>,
): Promise<BackupCounts> {
  const snapshot = openSnapshot(handle);
  try {
    const transaction = snapshot.db.transaction();
    return await (
      handle.dialect === 'postgres' ? transaction.setIsolationLevel('repeatable read') : transaction
    ).execute(async (trx) => {
      const header = { format: BACKUP_FORMAT, schemaVersion: currentSchemaVersion(), createdAt: now.toISOString() };
      await write(`${JSON.stringify(header).slice(0, -1)},"data":{\n`);
      const counts = {} as BackupCounts;
      for (const [position, table] of fileOrder.entries()) {
        await write(`${position === 0 ? '' : ',\n'}${JSON.stringify(table)}:[`);
        counts[table] = await writeRows(trx, table, ownerId, write);
        await write(counts[table] === 0 ? ']' : '\n]');
      }
      await write('\n}}\n');
      return counts;
    });
  } finally {
    await snapshot.close();
  }
}

/** The whole backup as one string: for tests and small data; the routes and the CLI stream. */
export async function backupToString(handle: DatabaseHandle, ownerId: string, now: Date): Promise<string> {
  const chunks: string[] = [];
  await writeBackup(handle, ownerId, now, (chunk) => {
    chunks.push(chunk);
  });
  return chunks.join('');
}

async function writeRows(
  db: Kysely<Database>,
  table: BackupTable,
  ownerId: string,
  write: (chunk: string) => void | Promise<void>,
): Promise<number> {
  const columns = sql.join(backupColumns[table].map((column) => sql.ref(column)));
  const key = backupKeyColumns[table];
  if (key === null) {
    // One row per owner (the profile): nothing to page through.
    const { rows } = await sql<Record<string, unknown>>`
      select ${columns} from ${sql.table(table)} where owner_id = ${ownerId}`.execute(db);
    if (rows.length > 0) await write(rows.map((row) => `\n${JSON.stringify(row)}`).join(','));
    return rows.length;
  }
  let count = 0;
  let lastKey: string | undefined;
  for (;;) {
    // Keyset paging on the primary key: every page is an index range, however deep.
    const page = await sql<Record<string, unknown>>`
      select ${columns} from ${sql.table(table)}
      where owner_id = ${ownerId} ${lastKey === undefined ? sql`` : sql`and ${sql.ref(key)} > ${lastKey}`}
      order by ${sql.ref(key)} limit ${PAGE_SIZE}`.execute(db);
    if (page.rows.length === 0) return count;
    const lines = page.rows.map((row, index) => `${count + index === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
    await write(lines.join(''));
    count += page.rows.length;
    lastKey = String(page.rows[page.rows.length - 1]?.[key]);
    if (page.rows.length < PAGE_SIZE) return count;
  }
}

/**
 * Where a consistent read comes from. A SQLite file gets a read-only connection of its own; an
 * in-memory SQLite database (tests) has no file to open twice, so it uses the app's connection.
 */
function openSnapshot(handle: DatabaseHandle): { db: Kysely<Database>; close(): Promise<void> } {
  if (handle.dialect !== 'sqlite' || handle.location === ':memory:') {
    return { db: handle.db, close: async () => {} };
  }
  const reader = new SqliteDatabase(handle.location, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reader }) });
  return { db, close: () => db.destroy() };
}
