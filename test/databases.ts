import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle } from '#server/db/database';
import { migrateToLatest } from '#server/db/migrate';
import { openPostgres } from '#server/db/postgres';
import { openSqlite } from '#server/db/sqlite';
import { seedBuiltInQuestions } from '#server/questions/seed-questions';
import { ensureLocalUser, localUser } from '#server/users/acting-user';

/**
 * The databases every integration suite runs against: in-memory SQLite always, and PostgreSQL
 * when TEST_DATABASE_URL points at a server (CI starts one; see .ci/run). Each PostgreSQL suite
 * gets a schema of its own, dropped afterwards, so test files can run in parallel.
 */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;

if (!postgresUrl && !process.env.RAPPORT_PG_NOTICE_SHOWN) {
  process.env.RAPPORT_PG_NOTICE_SHOWN = '1';
  console.warn('[rapport] TEST_DATABASE_URL is not set: the PostgreSQL integration suites are skipped (CI runs them).');
}

export const testDatabases: TestDatabase[] = [
  { name: 'sqlite', open: async () => prepare(openSqlite(':memory:')) },
  ...(postgresUrl ? [{ name: 'postgres' as const, open: () => openPostgresSchema(postgresUrl) }] : []),
];

async function prepare(handle: DatabaseHandle): Promise<DatabaseHandle> {
  // As openAppDatabase does at every start: migrate, the local user, the built-in questions.
  await migrateToLatest(handle);
  await ensureLocalUser(handle.db);
  await seedBuiltInQuestions(handle.db, localUser.id);
  return handle;
}

async function openPostgresSchema(url: string): Promise<DatabaseHandle> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await openPostgres(url, { schema, maxConnections: 4 });
  const close = handle.close;
  handle.close = async () => {
    await close();
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`drop schema ${schema} cascade`);
    await cleanup.end();
  };
  return prepare(handle);
}

/**
 * Breaks the database under a running app, to provoke an unexpected error: the contacts table
 * goes (PostgreSQL needs CASCADE for the tables that refer to it; SQLite has no such keyword).
 */
export async function breakContactsTable(handle: DatabaseHandle): Promise<void> {
  await (handle.dialect === 'postgres' ? sql`drop table contacts cascade` : sql`drop table contacts`).execute(
    handle.db,
  );
}
