import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Translate } from '#shared/i18n/translator';
import { BackupService } from '../backup/backup.service.ts';
import { MeetingCalendarService } from '../calendar/meeting-calendar.service.ts';
import { clockFromEnvironment } from '../clock.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { ExportService } from '../transfer/export.service.ts';
import { localUser } from '../users/acting-user.ts';
import { describeCommandError, firstLine, openCliDatabase } from './cli-database.ts';
import { describeUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, helpText, type CliContext } from './cli.ts';
import { streamWriter, writeFileAtomically } from './write-file-atomically.ts';

const formats = ['vcard', 'csv', 'json', 'ics'] as const;
type Format = (typeof formats)[number];

/**
 * `rapport export --format vcard|csv|json|ics [--out FILE]`: the contacts as vCard or CSV,
 * everything as a JSON backup, or the meetings and due follow-ups as the calendar feed serves them. Without --out the data goes to stdout (so it can be piped) and
 * nothing else is printed there.
 */
export async function exportCommand(args: string[], context: CliContext, t: Translate): Promise<number> {
  const out = context.out ?? ((line: string) => console.log(line));
  const err = context.err ?? ((line: string) => console.error(line));
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string', short: 'f' },
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
  if (values.format === undefined) {
    err(t('transfer.cli.formatRequired'));
    return EXIT_USAGE;
  }
  const format = formats.find((known) => known === values.format?.toLowerCase());
  if (format === undefined) {
    err(t('transfer.cli.unknownFormat', { format: values.format }));
    return EXIT_USAGE;
  }
  const opened = await openCliDatabase(values['data-dir'], context.env, t);
  if ('failure' in opened) {
    err(opened.failure);
    return opened.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
  const path = values.out === undefined ? undefined : resolve(values.out);
  try {
    let summary: (path: string) => string = () => '';
    const produce = async (write: (chunk: string) => Promise<void>) => {
      summary = await exportInto(opened.database, format, write, t, context.env);
    };
    if (path === undefined) {
      await produce(streamWriter(context.stdout ?? process.stdout));
      return EXIT_OK;
    }
    await writeFileAtomically(path, produce);
    out(summary(path));
    return EXIT_OK;
  } catch (error) {
    err(
      describeCommandError(t, error) ??
        t('transfer.cli.cannotWrite', { path: path ?? 'stdout', reason: firstLine(error) }),
    );
    return EXIT_FAILURE;
  } finally {
    await opened.database.close();
  }
}

/** Writes the export; answers the sentence that says what went to a file. */
async function exportInto(
  database: DatabaseHandle,
  format: Format,
  write: (chunk: string) => Promise<void>,
  t: Translate,
  env: NodeJS.ProcessEnv,
): Promise<(path: string) => string> {
  if (format === 'ics') {
    // The same clock as `rapport serve`, so RAPPORT_NOW gives the same due follow-ups.
    const calendar = new MeetingCalendarService(database.db, clockFromEnvironment(env.RAPPORT_NOW));
    const feed = await calendar.feedForUser(localUser, t);
    await write(feed.text);
    return (path) =>
      t('scheduling.cli.exported', {
        meetings: t('scheduling.cli.meetings', { count: feed.meetings }),
        followUps: t('scheduling.cli.followUps', { count: feed.dueActions }),
        path,
      });
  }
  const count =
    format === 'json'
      ? (await new BackupService(database).backUp(localUser, write)).contacts
      : await exportContacts(database, format, write);
  return (path) => t('transfer.cli.exported', { count, path });
}

async function exportContacts(
  database: DatabaseHandle,
  format: 'vcard' | 'csv',
  write: (chunk: string) => Promise<void>,
) {
  const { text, count } = await new ExportService(database.db).exportContacts(localUser, format);
  await write(text);
  return count;
}
