import { describe, expect, it } from 'vitest';
import { AppError } from '#domain/errors';
import { backupTables } from '#shared/backup.schema';
import { currentSchemaVersion, judgeSchemaVersion } from './backup-version.ts';
import { parseBackupText } from './parse-backup.ts';

const known = {
  '0001-create-users-and-contacts': {},
  '0002-add-organisations-notes-and-contact-details': {},
  '0003-something-later': {},
};

const emptyBackup = (schemaVersion = currentSchemaVersion()) =>
  JSON.stringify({
    format: 'rapport-backup',
    schemaVersion,
    createdAt: '2026-11-22T10:00:00.000Z',
    data: Object.fromEntries(backupTables.map((table) => [table, []])),
  });

function refusal(text: string): AppError {
  try {
    parseBackupText(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the backup was accepted');
}

describe('judging a backup’s schema version', () => {
  it('knows the current schema, an older one and a newer one', () => {
    expect(judgeSchemaVersion('0003-something-later', known)).toEqual({ kind: 'current' });
    expect(judgeSchemaVersion('0002-add-organisations-notes-and-contact-details', known)).toEqual({
      kind: 'older',
      upgrades: ['0003-something-later'],
    });
    expect(judgeSchemaVersion('0004-from-a-newer-rapport', known)).toEqual({ kind: 'newer' });
    expect(judgeSchemaVersion('10000-far-future', known)).toEqual({ kind: 'newer' });
  });

  it('does not take a name it cannot place for a newer schema', () => {
    expect(judgeSchemaVersion('0002-a-fork-of-rapport', known)).toEqual({ kind: 'unknown' });
    expect(judgeSchemaVersion('latest', known)).toEqual({ kind: 'unknown' });
    // Backups began with 0002: a file naming 0001 was not written by Rapport.
    expect(judgeSchemaVersion('0001-create-users-and-contacts', known)).toEqual({ kind: 'unknown' });
  });
});

describe('reading a backup file', () => {
  it('reads a backup from before interviews existed: organisations get the default routine, new tables none', () => {
    const before = JSON.stringify({
      format: 'rapport-backup',
      schemaVersion: '0002-add-organisations-notes-and-contact-details',
      createdAt: '2026-11-01T10:00:00.000Z',
      data: {
        contacts: [],
        organisations: [
          {
            id: 'org-1',
            name: 'Statkraft',
            website: '',
            field: '',
            notes: '',
            is_target: 1,
            motivation: 3,
            posting: 2,
            version: 1,
            created_at: '2026-11-01T10:00:00.000Z',
            updated_at: '2026-11-01T10:00:00.000Z',
          },
        ],
        notes: [],
        explore_fields: [],
        imports: [],
      },
    });
    const upgraded = parseBackupText(before);
    expect(upgraded.data.organisations[0]?.routine).toBeNull();
    expect(upgraded.data.interviews).toEqual([]);
    expect(upgraded.data.profiles).toEqual([]);
  });

  it('accepts an empty backup, with or without a byte order mark', () => {
    expect(parseBackupText(emptyBackup()).data.contacts).toEqual([]);
    expect(parseBackupText(`\uFEFF${emptyBackup()}`).data.contacts).toEqual([]);
  });

  it('refuses a newer schema before looking at its rows', () => {
    const newer = JSON.parse(emptyBackup('9999-later')) as { data: unknown };
    newer.data = 'rows in a shape this version cannot know';
    expect(refusal(JSON.stringify(newer)).code).toBe('backup_too_new');
  });

  it.each([
    ['an empty file', ''],
    ['a PNG', '\x89PNG\r\n\x1a\n'],
    ['JSON that is not an object', '[1,2,3]'],
    ['another format', JSON.stringify({ format: 'vcard', schemaVersion: '0002' })],
    ['a cut-off file', emptyBackup().slice(0, -10)],
  ])('refuses %s as not a backup', (_what, text) => {
    expect(refusal(text).code).toBe('backup_invalid');
  });
});
