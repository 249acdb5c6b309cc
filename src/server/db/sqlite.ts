import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './tables.ts';
import type { DatabaseHandle } from './database.ts';

/**
 * Opens the embedded database. WAL lets the UI read while a write is under way; synchronous=FULL
 * makes an acknowledged write survive a power cut or a SIGKILL; foreign keys are off by default in
 * SQLite and must be switched on per connection; busy_timeout waits for a lock instead of failing.
 * Each setting is read back, because SQLite ignores a pragma it cannot apply without an error.
 */
export function openSqlite(file: string): DatabaseHandle {
  const sqlite = new SqliteDatabase(file);
  const isMemory = file === ':memory:';
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // SQLite's page cache sits on top of the operating system's, which holds the file anyway.
  // better-sqlite3 builds SQLite with 16 MB per connection (SQLite's own default is 2 MB), which a
  // server filled by searches keeps resident; 4 MB measured the same search and import times on
  // 20,000 contacts and 100,000 notes (bench/) and some 12 MB less RSS. Speed, not safety: not
  // checked below.
  sqlite.pragma('cache_size = -4000');
  assertSqliteSettings(sqlite, isMemory);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    location: file,
    sqlite,
    close: async () => {
      await db.destroy();
    },
  };
}

export function readSqliteSettings(sqlite: SqliteDatabase.Database) {
  return {
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    foreignKeys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
  };
}

const SYNCHRONOUS_FULL = 2;

function assertSqliteSettings(sqlite: SqliteDatabase.Database, isMemory: boolean): void {
  const settings = readSqliteSettings(sqlite);
  const problems: string[] = [];
  // An in-memory database has no file to journal, so SQLite keeps it in "memory" mode.
  if (!isMemory && settings.journalMode !== 'wal') problems.push(`journal_mode is ${settings.journalMode}, not wal`);
  if (settings.synchronous !== SYNCHRONOUS_FULL) problems.push(`synchronous is ${settings.synchronous}, not FULL`);
  if (settings.foreignKeys !== 1) problems.push('foreign_keys is off');
  if (settings.busyTimeout < 5000) problems.push(`busy_timeout is ${settings.busyTimeout}`);
  if (problems.length > 0) {
    sqlite.close();
    throw new Error(`SQLite refused Rapport's settings: ${problems.join('; ')}`);
  }
}
