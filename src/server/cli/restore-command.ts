import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Translate } from '#shared/i18n/translator';
import { BackupService } from '../backup/backup.service.ts';
import { localUser } from '../users/acting-user.ts';
import { describeCommandError, firstLine, openCliDatabase } from './cli-database.ts';
import { describeUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, helpText, type CliContext } from './cli.ts';

/**
 * `rapport restore FILE`: replaces everything in Rapport with the backup. It asks nothing: naming
 * the file on the command line is the decision. The file is checked whole before anything changes.
 */
export async function restoreCommand(args: string[], context: CliContext, t: Translate): Promise<number> {
  const out = context.out ?? ((line: string) => console.log(line));
  const err = context.err ?? ((line: string) => console.error(line));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err(describeUsageError(t, error));
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    out(helpText(t, context.env));
    return EXIT_OK;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    err(t('transfer.cli.restoreNeedsFile'));
    return EXIT_USAGE;
  }
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    err(
      code === 'ENOENT'
        ? t('transfer.cli.fileNotFound', { path })
        : t('transfer.cli.cannotRead', { path, reason: firstLine(error) }),
    );
    return EXIT_FAILURE;
  }
  const opened = await openCliDatabase(parsed.values['data-dir'], context.env, t);
  if ('failure' in opened) {
    err(opened.failure);
    return opened.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
  try {
    const summary = await new BackupService(opened.database).restore(localUser, text);
    out(t('transfer.cli.restored', { path, ...summary }));
    return EXIT_OK;
  } catch (error) {
    const described = describeCommandError(t, error);
    if (described === undefined) throw error;
    err(described);
    return EXIT_FAILURE;
  } finally {
    await opened.database.close();
  }
}
