import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { BackupFile, RestoreSummary } from '#shared/backup.schema';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openSqlite } from '../db/sqlite.ts';
import type { Database } from '../db/tables.ts';
import { seedBuiltInQuestions } from '../questions/seed-questions.ts';
import { SearchIndex } from '../search/search-index.repo.ts';
import { fillStaging, indexStaging, swapIntoLive } from './restore-rows.ts';

export type RestorePhase = 'staging' | 'swapping' | 'done';

export interface RestoreOptions {
  now?: Date;
  /** Told when each phase starts: the crash test kills the process in the middle of one. */
  onPhase?: (phase: RestorePhase) => void;
}

/** A staging database left behind by a killed restore is removed by a later one after this long. */
const STALE_STAGING_MS = 60 * 60 * 1000;

/**
 * Replaces everything `ownerId` has with a validated backup (see parseBackupText), in two steps
 * (docs/decisions/0011-backup-and-restore.md):
 *
 * 1. Staging: a fresh database of the same engine (a new SQLite file beside the live one, or a new
 *    PostgreSQL schema) is migrated with the real migrations, filled with the backup, indexed for
 *    search and checked. The live data is not touched; any failure ends here.
 * 2. Swap: in ONE transaction on the live database, the owner's rows and index entries are
 *    deleted and the staged ones copied in. The transaction is atomic on both engines: a restore
 *    killed at any moment leaves either the old data or the new, complete.
 *
 * Restores of one database run one at a time.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  ownerId: string,
  backup: BackupFile,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const now = options.now ?? new Date();
  const run = async () => {
    await (handle.dialect === 'sqlite'
      ? restoreOnSqlite(handle, ownerId, backup, now, options)
      : restoreOnPostgres(handle, ownerId, backup, now, options));
    // A backup from before the question bank has none of it: the built-in questions come back as at
    // a start (the backed-up ones keep their edits and hidden flags). A crash before this line
    // loses nothing: the next start seeds too.
    await seedBuiltInQuestions(handle.db, ownerId, now);
  };
  await oneAtATime(handle, run);
  options.onPhase?.('done');
  const { data } = backup;
  return {
    contacts: data.contacts.length,
    organisations: data.organisations.length,
    notes: data.notes.length,
    exploreFields: data.explore_fields.length,
    imports: data.imports.length,
    interviews: data.interviews.length,
    templates: data.templates.length,
  };
}

const running = new WeakMap<DatabaseHandle, Promise<unknown>>();

async function oneAtATime(handle: DatabaseHandle, work: () => Promise<void>): Promise<void> {
  const before = running.get(handle) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(work);
  running.set(handle, mine);
  await mine;
}

async function restoreOnSqlite(
  handle: DatabaseHandle,
  ownerId: string,
  backup: BackupFile,
  now: Date,
  options: RestoreOptions,
): Promise<void> {
  const file = stagingFileFor(handle.location, now);
  removeStaleStagingFiles(file, now);
  try {
    options.onPhase?.('staging');
    const staging = openSqlite(file);
    try {
      await stage(staging, ownerId, backup, now);
      const integrity = String(staging.sqlite?.pragma('integrity_check', { simple: true }));
      const brokenLinks = staging.sqlite?.pragma('foreign_key_check') as unknown[];
      if (integrity !== 'ok' || brokenLinks.length > 0) {
        throw new Error(`the staging database failed its check: ${integrity}, ${brokenLinks.length} broken links`);
      }
    } finally {
      await staging.close();
    }

    options.onPhase?.('swapping');
    // ATTACH is not allowed inside a transaction; Kysely runs it when the connection is free.
    await sql`attach database ${file} as restore_staging`.execute(handle.db);
    try {
      await handle.db
        .transaction()
        .execute((trx) =>
          swapIntoLive(trx, 'sqlite', ownerId, backup, (table) => sql.table(`restore_staging.${table}`)),
        );
    } finally {
      await sql`detach database restore_staging`.execute(handle.db);
    }
  } finally {
    removeSqliteFiles(file);
  }
}

async function restoreOnPostgres(
  handle: DatabaseHandle,
  ownerId: string,
  backup: BackupFile,
  now: Date,
  options: RestoreOptions,
): Promise<void> {
  // One connection throughout: the staging schema is reached through its search_path.
  await handle.db.connection().execute(async (connection) => {
    const setting = await sql<{ search_path: string }>`select current_setting('search_path') as search_path`.execute(
      connection,
    );
    const livePath = setting.rows[0]?.search_path ?? 'public';
    const schema = `rapport_restore_${Math.floor(now.getTime() / 1000)}_${randomBytes(4).toString('hex')}`;
    await dropStaleStagingSchemas(connection, now);
    await sql`create schema ${sql.id(schema)}`.execute(connection);
    try {
      options.onPhase?.('staging');
      await sql`select set_config('search_path', ${schema}, false)`.execute(connection);
      await stage(
        { db: connection, dialect: 'postgres', location: `schema ${schema}`, close: async () => {} },
        ownerId,
        backup,
        now,
      );
      await sql`select set_config('search_path', ${livePath}, false)`.execute(connection);

      options.onPhase?.('swapping');
      await connection
        .transaction()
        .execute((trx) => swapIntoLive(trx, 'postgres', ownerId, backup, (table) => sql.table(`${schema}.${table}`)));
    } finally {
      await sql`select set_config('search_path', ${livePath}, false)`.execute(connection);
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(connection);
    }
  });
}

/** Migrate the fresh staging database, fill it and build its search index, as the app would. */
async function stage(staging: DatabaseHandle, ownerId: string, backup: BackupFile, now: Date): Promise<void> {
  await migrateToLatest(staging);
  await fillStaging(staging.db, ownerId, backup, now);
  await indexStaging(staging.db, new SearchIndex(staging.dialect), ownerId, backup);
}

/**
 * Beside the live file, so that the copy into it stays on one disk; an in-memory database (tests)
 * stages in the temporary folder. The name says when it was made, for removeStaleStagingFiles.
 */
function stagingFileFor(location: string, now: Date): string {
  const live = location === ':memory:' ? join(tmpdir(), 'rapport-memory.db') : location;
  return `${live}.restore-${now.getTime()}-${randomBytes(4).toString('hex')}.staging`;
}

/** A restore killed during staging leaves its file behind; the next restore clears it away. */
function removeStaleStagingFiles(file: string, now: Date): void {
  const folder = dirname(file);
  const prefix = basename(file).replace(/\.restore-.*$/, '.restore-');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const made = name.startsWith(prefix) ? /\.restore-(\d+)-[0-9a-f]+\.staging$/.exec(name)?.[1] : undefined;
    if (made !== undefined && now.getTime() - Number(made) > STALE_STAGING_MS) removeSqliteFiles(join(folder, name));
  }
}

function removeSqliteFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

async function dropStaleStagingSchemas(db: Kysely<Database>, now: Date): Promise<void> {
  const schemas = await sql<{ name: string }>`
    select nspname as name from pg_namespace where nspname like 'rapport\\_restore\\_%'`.execute(db);
  for (const { name } of schemas.rows) {
    const made = /^rapport_restore_(\d+)_[0-9a-f]+$/.exec(name)?.[1];
    if (made !== undefined && now.getTime() - Number(made) * 1000 > STALE_STAGING_MS) {
      await sql`drop schema if exists ${sql.id(name)} cascade`.execute(db);
    }
  }
}
