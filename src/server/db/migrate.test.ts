import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.ts';
import type { DatabaseHandle } from './database.ts';
import { migrateToLatest, MigrationFailedError, MigrationRefusedError } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { openSqlite } from './sqlite.ts';

const knownNames = Object.keys(migrations).sort();

/** A migration a newer Rapport might ship: adds a column to contacts. */
const addColumn: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('contacts').addColumn('test_extra', 'text').execute();
  },
};

/** A migration that leaves a visible mark, to prove a refused run did not apply it. */
const createMarkerTable: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.createTable('test_marker').addColumn('id', 'text').execute();
  },
};

const newerVersion = { ...migrations, '9002-test-add-column': addColumn };

async function recordExecutedMigration(handle: DatabaseHandle, name: string): Promise<void> {
  await sql`insert into kysely_migration (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(
    handle.db,
  );
}

async function readHistory(handle: DatabaseHandle): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db);
  return result.rows.map((row) => row.name);
}

function sqliteTableNames(file: string): string[] {
  const raw = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (
      raw.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as { name: string }[]
    )
      .map((row) => row.name)
      .filter((name) => !name.startsWith('sqlite_'));
  } finally {
    raw.close();
  }
}

function sqliteColumnNames(file: string, table: string): string[] {
  const raw = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (raw.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
  } finally {
    raw.close();
  }
}

describe('migrateToLatest on a SQLite file', () => {
  let dir: string;
  let file: string;
  const opened: DatabaseHandle[] = [];

  const open = () => {
    const handle = openSqlite(file);
    opened.push(handle);
    return handle;
  };

  /** Opens, runs `work`, and closes, so the file on disk is complete (WAL checkpointed). */
  const withDatabase = async <T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> => {
    const handle = openSqlite(file);
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };

  const backupFiles = () => readdirSync(dir).filter((name) => name.endsWith('.bak'));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-migrate-'));
    file = join(dir, 'rapport.sqlite');
  });

  afterEach(async () => {
    for (const handle of opened.splice(0)) await handle.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every migration to a fresh database and makes no backup', async () => {
    const outcome = await migrateToLatest(open());
    expect(outcome.applied).toEqual(knownNames);
    expect(outcome.backupPath).toBeUndefined();
    expect(backupFiles()).toEqual([]);
    expect(await readHistory(opened[0]!)).toEqual(knownNames);
  });

  it('applies nothing and makes no backup when the database is already up to date', async () => {
    await withDatabase((handle) => migrateToLatest(handle));
    const outcome = await withDatabase((handle) => migrateToLatest(handle));
    expect(outcome).toEqual({ applied: [] });
    expect(backupFiles()).toEqual([]);
  });

  it('copies an existing database aside before applying a pending migration', async () => {
    await withDatabase(async (handle) => {
      await migrateToLatest(handle);
      await handle.db
        .insertInto('users')
        .values({ id: 'before-upgrade', display_name: 'Kept in the backup', created_at: '2024-01-01T00:00:00.000Z' })
        .execute();
    });

    const outcome = await withDatabase((handle) => migrateToLatest(handle, newerVersion));

    expect(outcome.applied).toEqual(['9002-test-add-column']);
    expect(outcome.backupPath).toEqual(expect.any(String));
    const backupPath = outcome.backupPath!;
    expect(backupPath.startsWith(`${file}.before-9002-test-add-column.`)).toBe(true);
    expect(existsSync(backupPath)).toBe(true);
    expect(backupFiles()).toHaveLength(1);

    // The backup is a database in its own right, with the schema and rows from before the upgrade.
    expect(sqliteColumnNames(backupPath, 'contacts')).not.toContain('test_extra');
    const backup = new SqliteDatabase(backupPath, { readonly: true, fileMustExist: true });
    try {
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(backup.prepare('select name from kysely_migration order by name').pluck().all()).toEqual(knownNames);
      expect(backup.prepare(`select display_name from users where id = 'before-upgrade'`).pluck().get()).toBe(
        'Kept in the backup',
      );
    } finally {
      backup.close();
    }

    // The live database has moved on.
    expect(sqliteColumnNames(file, 'contacts')).toContain('test_extra');
  });

  it('refuses a database whose history holds a migration this version does not know, and leaves it untouched', async () => {
    await withDatabase(async (handle) => {
      await migrateToLatest(handle);
      await recordExecutedMigration(handle, '0099-from-a-newer-rapport');
    });
    const bytesBefore = readFileSync(file);
    const mtimeBefore = statSync(file).mtimeMs;
    const tablesBefore = sqliteTableNames(file);

    const attempt = withDatabase((handle) =>
      migrateToLatest(handle, { ...migrations, '9002-test-create-marker': createMarkerTable }),
    );

    await expect(attempt).rejects.toBeInstanceOf(MigrationRefusedError);
    await expect(attempt).rejects.toThrow(/"0099-from-a-newer-rapport", which this version does not know/);
    expect(backupFiles()).toEqual([]);
    expect(sqliteTableNames(file)).toEqual(tablesBefore);
    expect(sqliteTableNames(file)).not.toContain('test_marker');
    expect(statSync(file).mtimeMs).toBe(mtimeBefore);
    expect(readFileSync(file).equals(bytesBefore)).toBe(true);
  });

  it('refuses a history with a migration missing in between, and leaves the database untouched', async () => {
    const withoutTheMiddle = { ...migrations, '9003-test-create-marker': createMarkerTable };
    await withDatabase((handle) => migrateToLatest(handle, withoutTheMiddle));
    const bytesBefore = readFileSync(file);

    const attempt = withDatabase((handle) =>
      migrateToLatest(handle, { ...withoutTheMiddle, '9002-test-add-column': addColumn }),
    );

    await expect(attempt).rejects.toBeInstanceOf(MigrationRefusedError);
    await expect(attempt).rejects.toThrow(/"9003-test-create-marker" was applied out of order/);
    expect(backupFiles()).toEqual([]);
    expect(sqliteColumnNames(file, 'contacts')).not.toContain('test_extra');
    expect(readFileSync(file).equals(bytesBefore)).toBe(true);
  });
});

describe.each(testDatabases)('migrateToLatest refusals on $name', (testDatabase) => {
  let database: DatabaseHandle;

  beforeEach(async () => {
    database = await testDatabase.open();
  });

  afterEach(async () => {
    await database.close();
  });

  const tableExists = async (name: string) => {
    const found =
      database.dialect === 'sqlite'
        ? await sql`select 1 from sqlite_master where type = 'table' and name = ${name}`.execute(database.db)
        : await sql`select 1 where to_regclass(${name}) is not null`.execute(database.db);
    return found.rows.length > 0;
  };

  it('finds nothing to do on a database that test setup already migrated', async () => {
    expect(await migrateToLatest(database)).toEqual({ applied: [] });
    expect(await readHistory(database)).toEqual(knownNames);
  });

  it('refuses a history with a migration this version does not know, applying nothing', async () => {
    await recordExecutedMigration(database, '0099-from-a-newer-rapport');

    const attempt = migrateToLatest(database, { ...migrations, '9002-test-create-marker': createMarkerTable });

    await expect(attempt).rejects.toBeInstanceOf(MigrationRefusedError);
    await expect(attempt).rejects.toThrow(/which this version does not know/);
    expect(await tableExists('test_marker')).toBe(false);
    expect(await readHistory(database)).toEqual([...knownNames, '0099-from-a-newer-rapport']);
  });

  it('refuses a history that skips a migration this version has in between, applying nothing', async () => {
    await recordExecutedMigration(database, '9003-test-already-applied');

    const attempt = migrateToLatest(database, {
      ...migrations,
      '9002-test-create-marker': createMarkerTable,
      '9003-test-already-applied': addColumn,
    });

    await expect(attempt).rejects.toBeInstanceOf(MigrationRefusedError);
    await expect(attempt).rejects.toThrow(/"9003-test-already-applied" was applied out of order/);
    expect(await tableExists('test_marker')).toBe(false);
    expect(await readHistory(database)).toEqual([...knownNames, '9003-test-already-applied']);
  });

  it('rolls back a migration that fails half-way, so the next start can run it again', async () => {
    const failsHalfWay: Migration = {
      up: async (db: Kysely<unknown>) => {
        await db.schema.createTable('test_marker').addColumn('id', 'text').execute();
        throw new Error('the second step of this migration broke');
      },
    };

    const attempt = migrateToLatest(database, { ...migrations, '9002-test-fails-half-way': failsHalfWay });

    await expect(attempt).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(attempt).rejects.toThrow(/the second step of this migration broke/);
    expect(await tableExists('test_marker')).toBe(false);
    expect(await readHistory(database)).toEqual(knownNames);
    const retried = await migrateToLatest(database, { ...migrations, '9002-test-fails-half-way': createMarkerTable });
    expect(retried.applied).toEqual(['9002-test-fails-half-way']);
    expect(await tableExists('test_marker')).toBe(true);
  });
});
