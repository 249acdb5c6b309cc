import { AppError, type FieldProblem } from '#domain/errors';
import {
  backupFileSchema,
  backupHeaderSchema,
  findBackupReferenceProblems,
  type BackupFile,
} from '#shared/backup.schema';
import { toFieldProblems } from '#shared/validation';
import { backupUpgrades, judgeSchemaVersion } from './backup-version.ts';

/** A broken file can have a problem in every row; the first few say enough. */
const MAX_PROBLEMS = 20;

/**
 * Reads a backup file and checks all of it before anything else happens: that it is JSON, that it
 * is a Rapport backup, that this Rapport knows its schema (a newer one is refused with its own
 * code), every row against the schema, and every reference between rows. Pure: no database.
 *
 * Prototype pollution: JSON.parse makes "__proto__" an ordinary own property (it never calls the
 * setter), and the strict schemas refuse any key they do not list, "__proto__" and "constructor"
 * included; what comes out are new objects with known keys only.
 */
export function parseBackupText(text: string): BackupFile {
  let input: unknown;
  try {
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new AppError('backup_invalid');
  }
  const header = backupHeaderSchema.safeParse(input);
  if (!header.success) throw new AppError('backup_invalid', { fields: describeProblems(header.error, input) });

  const verdict = judgeSchemaVersion(header.data.schemaVersion);
  if (verdict.kind === 'newer') throw new AppError('backup_too_new');
  if (verdict.kind === 'unknown') {
    throw new AppError('backup_invalid', { fields: [{ field: 'schemaVersion', rule: 'invalid_value' }] });
  }
  if (verdict.kind === 'older') input = upgrade(input as { data?: unknown; schemaVersion: string }, verdict.upgrades);

  const parsed = backupFileSchema.safeParse(input);
  if (!parsed.success) throw new AppError('backup_invalid', { fields: describeProblems(parsed.error, input) });
  const references = findBackupReferenceProblems(parsed.data.data, MAX_PROBLEMS);
  if (references.length > 0) throw new AppError('backup_invalid', { fields: references });
  return parsed.data;
}

function upgrade(input: { data?: unknown; schemaVersion: string }, upgrades: string[]): unknown {
  // Upgrades read untrusted rows: anything not shaped like tables is left for the schema to refuse.
  if (typeof input.data !== 'object' || input.data === null || Array.isArray(input.data)) return input;
  let data = input.data as Record<string, unknown[]>;
  let schemaVersion = input.schemaVersion;
  for (const name of upgrades) {
    const step = backupUpgrades[name];
    // A migration without an entry is a bug caught by backup.test.ts; refuse rather than guess.
    if (step === undefined)
      throw new AppError('backup_invalid', { fields: [{ field: 'schemaVersion', rule: 'invalid_value' }] });
    if (step !== 'unchanged') data = step(data) as unknown as Record<string, unknown[]>;
    schemaVersion = name;
  }
  return { ...input, schemaVersion, data };
}

/** zod's paths ("data.notes.3.contact_id") as a reader of JSON writes them: "data.notes[3].contact_id". */
function describeProblems(error: Parameters<typeof toFieldProblems>[0], input: unknown): FieldProblem[] {
  return toFieldProblems(error, input)
    .slice(0, MAX_PROBLEMS)
    .map((problem) => ({ ...problem, field: problem.field.replace(/\.(\d+)(?=\.|$)/g, '[$1]') }));
}
