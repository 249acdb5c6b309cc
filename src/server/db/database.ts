import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';

/** An open database, whichever engine is behind it. Repositories only see `db`. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite file, or the PostgreSQL host and database, for messages (no password). */
  location: string;
  /** The raw SQLite connection, for backups and integrity checks; absent on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}
