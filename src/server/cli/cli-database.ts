import { isAppError } from '#domain/errors';
import { describeFieldProblem, type Translate } from '#shared/i18n/translator';
import { defaultDataDir } from '../data-dir.ts';
import { isPostgresUrl, type DatabaseHandle } from '../db/database.ts';
import { MigrationFailedError, MigrationRefusedError } from '../db/migrate.ts';
import { openAppDatabase } from '../main.ts';

/**
 * The database a data command (export, backup, restore) works on: the same one `rapport serve`
 * would use (--data-dir, else RAPPORT_DATA_DIR, else the platform's data folder; DATABASE_URL for
 * PostgreSQL), opened and migrated the same way. Returns a message instead when it cannot be.
 */
export async function openCliDatabase(
  dataDirOption: string | undefined,
  env: NodeJS.ProcessEnv,
  t: Translate,
): Promise<{ database: DatabaseHandle } | { failure: string; usage: boolean }> {
  const dataDir = dataDirOption ?? env.RAPPORT_DATA_DIR ?? defaultDataDir(env);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    return { failure: t('cli.databaseUrlUnsupported'), usage: true };
  }
  try {
    const { database } = await openAppDatabase({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    return { database };
  } catch (error) {
    return { failure: describeDatabaseFailure(t, error, dataDir), usage: false };
  }
}

function describeDatabaseFailure(t: Translate, error: unknown, dataDir: string): string {
  const code = (error as { code?: string }).code;
  if (error instanceof MigrationRefusedError) return t('cli.migrationRefused', { path: dataDir, reason: error.reason });
  if (error instanceof MigrationFailedError) return t('cli.migrationFailed', { path: dataDir, reason: error.reason });
  if (code === 'EEXIST' || code === 'ENOTDIR') return t('cli.dataDirIsFile', { path: dataDir });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t('cli.dataDirNoPermission', { path: dataDir });
  return t('cli.dataDirUnusable', { path: dataDir, reason: firstLine(error) });
}

/** An AppError as the terminal shows it: the message, then one line per field problem. */
export function describeCommandError(t: Translate, error: unknown): string | undefined {
  if (!isAppError(error)) return undefined;
  const lines = [t(`errors.${error.code}`, { limit: error.details.limit })];
  for (const problem of error.details.fields ?? []) lines.push(`  ${describeFieldProblem(t, problem)}`);
  return lines.join('\n');
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
