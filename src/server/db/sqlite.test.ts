import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { openSqlite, readSqliteSettings } from './sqlite.ts';

describe('openSqlite on a file', () => {
  let dir: string;
  let handle: DatabaseHandle;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-sqlite-'));
    handle = openSqlite(join(dir, 'rapport.sqlite'));
  });

  afterEach(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses WAL, synchronous FULL, foreign keys and a busy timeout of at least five seconds', () => {
    const settings = readSqliteSettings(handle.sqlite!);
    expect(settings.journalMode).toBe('wal');
    expect(settings.synchronous).toBe(2);
    expect(settings.foreignKeys).toBe(1);
    expect(settings.busyTimeout).toBeGreaterThanOrEqual(5000);
  });

  it('describes itself as a SQLite handle on that file', () => {
    expect(handle.dialect).toBe('sqlite');
    expect(handle.location).toBe(join(dir, 'rapport.sqlite'));
  });

  it('passes the integrity check after the migrations', async () => {
    await migrateToLatest(handle);
    expect(handle.sqlite!.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(handle.sqlite!.pragma('foreign_key_check')).toEqual([]);
  });

  it('enforces foreign keys: a contact for an unknown owner is refused', async () => {
    await migrateToLatest(handle);
    const insert = handle.db
      .insertInto('contacts')
      .values({
        id: 'c1',
        owner_id: 'nobody',
        name: 'Orphan',
        title: '',
        organisation_id: null,
        introduced_by_id: null,
        import_id: null,
        linkedin_url: '',
        notes: '',
        sort_key: 'orphan',
        search_key: 'orphan',
        created_at: '2024-01-01T00:00:00.000Z',
        updated_at: '2024-01-01T00:00:00.000Z',
      })
      .execute();
    await expect(insert).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });
});
