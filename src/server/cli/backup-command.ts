import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Translate } from '#shared/i18n/translator';
import { BackupService } from '../backup/backup.service.ts';
import { datedFileName } from '../transfer/export.service.ts';
import { localUser } from '../users/acting-user.ts';
import { describeCommandError, firstLine, openCliDatabase } from './cli-database.ts';
import { describeUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, helpText, type CliContext } from './cli.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

/** `rapport backup [--out FILE]`: everything, as a JSON backup, by default rapport-backup-<date>.json here. */
export async function backupCommand(args: string[], context: CliContext, t: Translate): Promise<number> {
  const out = context.out ?? ((line: string) => console.log(line));
  const err = context.err ?? ((line: string) => console.error(line));
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string', short: 'o' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    err(describeUsageError(t, error));
    return EXIT_USAGE;
  }
  if (values.help) {
    out(helpText(t, context.env));
    return EXIT_OK;
  }
  const path = resolve(values.out ?? datedFileName('rapport-backup', 'json', new Date()));
  const opened = await openCliDatabase(values['data-dir'], context.env, t);
  if ('failure' in opened) {
    err(opened.failure);
    return opened.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
  try {
    const service = new BackupService(opened.database);
    let counts = { contacts: 0, organisations: 0, notes: 0 };
    await writeFileAtomically(path, async (write) => {
      counts = await service.backUp(localUser, write);
    });
    out(t('transfer.cli.backedUp', { path, ...counts }));
    return EXIT_OK;
  } catch (error) {
    err(describeCommandError(t, error) ?? t('transfer.cli.cannotWrite', { path, reason: firstLine(error) }));
    return EXIT_FAILURE;
  } finally {
    await opened.database.close();
  }
}
