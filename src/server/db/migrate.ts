import { existsSync } from 'node:fs';
import { Migrator, sql, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { DatabaseHandle } from './database.ts';

/** The database's history does not match this version of Rapport; nothing was changed. */
export class MigrationRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`migration refused: ${reason}`);
    this.name = 'MigrationRefusedError';
  }
}

/** A migration broke while running; it was rolled back, so the database is as it was. */
export class MigrationFailedError extends Error {
  constructor(
    readonly reason: string,
    readonly backupPath?: string,
  ) {
    super(`migration failed: ${reason}`);
    this.name = 'MigrationFailedError';
  }
}

export interface MigrationOutcome {
  applied: string[];
  /** Where the SQLite file was copied before it was changed, if it was. */
  backupPath?: string;
}

/**
 * Brings the schema up to date at start. Kysely's migrator refuses a history with a migration this
 * version does not know (a newer Rapport wrote it) or with migrations out of order; we check that
 * first ourselves so that nothing, not even the backup, happens on a database we must not touch.
 */
export async function migrateToLatest(
  handle: DatabaseHandle,
  known: typeof migrations = migrations,
): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => known },
    // Kysely looks for its history tables in every schema it can see unless told which one, and
    // then finds another schema's (a second PostgreSQL test suite, a restore's staging schema).
    ...(handle.dialect === 'postgres' ? { migrationTableSchema: await currentPostgresSchema(handle) } : {}),
  });
  const executed = await readExecutedMigrations(handle);
  assertHistoryIsKnown(executed, Object.keys(known).sort());
  const pending = Object.keys(known).filter((name) => !executed.includes(name));
  if (pending.length === 0) return { applied: [] };

  const backupPath = executed.length > 0 ? await backUpSqliteFile(handle, pending[0] ?? 'migration') : undefined;
  const result = await withinSqliteTransaction(handle, () => migrator.migrateToLatest());
  if (result.error) {
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationFailedError(reason, backupPath);
  }
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  return { applied, ...(backupPath ? { backupPath } : {}) };
}

async function currentPostgresSchema(handle: DatabaseHandle): Promise<string> {
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db);
  const schema = result.rows[0]?.schema;
  if (!schema) throw new MigrationRefusedError('the search_path names no schema to keep the tables in');
  return schema;
}

async function readExecutedMigrations(handle: DatabaseHandle): Promise<string[]> {
  // Looked up through the search path on PostgreSQL, so that a schema of its own (as the tests
  // use) does not see another schema's history.
  const exists =
    handle.dialect === 'sqlite'
      ? await sql<{
          found: number;
        }>`select 1 as found from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(handle.db)
      : await sql<{ found: number }>`select 1 as found where to_regclass('kysely_migration') is not null`.execute(
          handle.db,
        );
  if (exists.rows.length === 0) return [];
  const executed = await sql<{ name: string }>`select name from kysely_migration`.execute(handle.db);
  // Sorted here, not in SQL: a PostgreSQL collation may order names differently from JavaScript.
  return executed.rows.map((row) => row.name).sort();
}

/**
 * Kysely runs migrations in a transaction only where it believes DDL is transactional, which it
 * does not assume for SQLite (though SQLite supports it). Without one, a migration that fails
 * half-way leaves half a schema behind. better-sqlite3 has a single connection, so a BEGIN on it
 * covers every statement the migrator sends, including its history rows.
 */
async function withinSqliteTransaction(
  handle: DatabaseHandle,
  migrate: () => Promise<MigrationResultSet>,
): Promise<MigrationResultSet> {
  if (!handle.sqlite) return migrate();
  handle.sqlite.exec('BEGIN IMMEDIATE');
  let result: MigrationResultSet | undefined;
  try {
    result = await migrate();
  } finally {
    handle.sqlite.exec(result && !result.error ? 'COMMIT' : 'ROLLBACK');
  }
  return result;
}

function assertHistoryIsKnown(executed: string[], known: string[]): void {
  executed.forEach((name, index) => {
    if (!known.includes(name)) {
      throw new MigrationRefusedError(`it has migration "${name}", which this version does not know`);
    }
    if (known[index] !== name) {
      throw new MigrationRefusedError(`migration "${name}" was applied out of order`);
    }
  });
}

/** Copies an existing SQLite file aside before its schema changes, so an upgrade can be undone. */
async function backUpSqliteFile(handle: DatabaseHandle, firstPending: string): Promise<string | undefined> {
  if (handle.dialect !== 'sqlite' || !handle.sqlite || handle.location === ':memory:') return undefined;
  if (!existsSync(handle.location)) return undefined;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${handle.location}.before-${firstPending}.${stamp}.bak`;
  await handle.sqlite.backup(target);
  return target;
}
