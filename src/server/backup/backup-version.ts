import type { BackupData } from '#shared/backup.schema';
import { migrations } from '../db/migrations/index.ts';

/** The schema a backup written now comes from: the name of the last migration. */
export function currentSchemaVersion(known: Record<string, unknown> = migrations): string {
  const names = Object.keys(known).sort();
  const latest = names[names.length - 1];
  if (!latest) throw new Error('no migrations are known');
  return latest;
}

/** Backups exist since this schema; a backup naming an earlier one was not written by Rapport. */
export const FIRST_BACKUP_SCHEMA = '0002-add-organisations-notes-and-contact-details';

/**
 * How a backup written before a migration reads after it. Every migration after the first backup
 * schema needs an entry (backup.test.ts fails otherwise): 'unchanged' when it changes no column a
 * backup holds, else a function that turns the rows of the older schema into those of the newer.
 */
export const backupUpgrades: Record<string, 'unchanged' | ((data: Record<string, unknown[]>) => BackupData)> = {
  // Organisations gained a routine (null: the user's default); interviews, meetings, templates and
  // the profile are new, so a backup from before has none of them.
  '0003-add-interviews-meetings-and-profile': (data) =>
    ({
      ...data,
      // Untrusted rows: only objects are upgraded; anything else is left for the schema to refuse.
      organisations: Array.isArray(data.organisations)
        ? data.organisations.map((row) =>
            typeof row === 'object' && row !== null && !Array.isArray(row) ? { ...row, routine: null } : row,
          )
        : data.organisations,
      profiles: [],
      interviews: [],
      interview_steps: [],
      meetings: [],
      templates: [],
    }) as unknown as BackupData,
  // The question bank is new. A backup from before has none of it: after the restore, the seed
  // step gives the user the built-in questions again (restore.ts).
  '0004-add-question-bank': (data) => ({ ...data, questions: [] }) as unknown as BackupData,
  // The profile gained the elevator pitch (empty in an older backup); preparation, live notes,
  // reports and follow-through are new.
  '0005-add-conversation-and-follow-through': (data) =>
    ({
      ...data,
      dossiers: [],
      plan_items: [],
      conversations: [],
      reports: [],
      tasks: [],
      interactions: [],
      keep_in_touch: [],
      profiles: Array.isArray(data.profiles)
        ? data.profiles.map((row) =>
            typeof row === 'object' && row !== null && !Array.isArray(row) ? { ...row, elevator_pitch: '' } : row,
          )
        : data.profiles,
    }) as unknown as BackupData,
};

export type SchemaVerdict =
  | { kind: 'current' }
  /** Known and older: these upgrades, in order, bring its rows to the current schema. */
  | { kind: 'older'; upgrades: string[] }
  | { kind: 'newer' }
  | { kind: 'unknown' };

/**
 * Migration names start with a number ("0003-…"), so a name this Rapport does not know but whose
 * number is higher than its own last one was written by a newer Rapport.
 */
export function judgeSchemaVersion(version: string, known: Record<string, unknown> = migrations): SchemaVerdict {
  const names = Object.keys(known).sort();
  const current = currentSchemaVersion(known);
  if (version === current) return { kind: 'current' };
  if (names.includes(version)) {
    if (version < FIRST_BACKUP_SCHEMA) return { kind: 'unknown' };
    return { kind: 'older', upgrades: names.filter((name) => name > version) };
  }
  const number = /^(\d+)-/.exec(version)?.[1];
  const currentNumber = /^(\d+)-/.exec(current)?.[1];
  if (number !== undefined && currentNumber !== undefined && Number(number) > Number(currentNumber)) {
    return { kind: 'newer' };
  }
  return { kind: 'unknown' };
}
