import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '#domain/errors';
import { describeFieldProblem, type Translate } from '#shared/i18n/translator';
import { describeFileProblem } from '#shared/file-problem';
import { importActions, importFormats, type FileProblem, type ImportAction } from '#shared/import.schema';
import { defaultDataDir } from '../data-dir.ts';
import { ImportsService } from '../imports/imports.service.ts';
import { SearchIndex } from '../search/search-index.repo.ts';
import { MAX_IMPORT_BYTES } from '../transfer/decode-text.ts';
import { localUser } from '../users/acting-user.ts';
import { describeCommandError, firstLine, openCliDatabase } from './cli-database.ts';
import { describeUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliContext } from './cli.ts';

const formatChoices = ['auto', ...importFormats] as const;

/**
 * `rapport import FILE [--format auto|linkedin|google|vcard] [--duplicates skip|merge|create]
 * [--data-dir DIR]`: the same preview and confirmation as the import page, in one go. Possible
 * duplicates are skipped unless --duplicates says otherwise; the whole file is imported in one
 * transaction or not at all, and the app's import page can undo it.
 */
export async function importCommand(args: string[], context: CliContext, t: Translate): Promise<number> {
  const out = context.out ?? ((line: string) => console.log(line));
  const err = context.err ?? ((line: string) => console.error(line));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'auto' },
        duplicates: { type: 'string', default: 'skip' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(describeUsageError(t, error));
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(importHelp(t, context.env));
    return EXIT_OK;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) {
    err(t('cli.importMissingFile'));
    return EXIT_USAGE;
  }
  if (extra[0] !== undefined) {
    err(t('cli.importUnexpectedArgument', { argument: extra[0] }));
    return EXIT_USAGE;
  }
  const format = formatChoices.find((choice) => choice === values.format?.toLowerCase());
  if (!format) {
    err(t('cli.importInvalidFormat', { value: values.format }));
    return EXIT_USAGE;
  }
  const duplicates = importActions.find((action) => action === values.duplicates?.toLowerCase());
  if (!duplicates) {
    err(t('cli.importInvalidDuplicates', { value: values.duplicates }));
    return EXIT_USAGE;
  }
  const fileName = basename(path);

  let bytes: Uint8Array;
  try {
    // Checked before reading: a huge file must not be loaded into memory just to be refused.
    if (statSync(path).size > MAX_IMPORT_BYTES) {
      err(t('errors.unreadable_file'));
      err(describeFileProblem(t, { fileName, line: 1, reason: 'too_large' }));
      return EXIT_FAILURE;
    }
    bytes = readFileSync(path);
  } catch (error) {
    err(describeFileError(t, error, path));
    return EXIT_FAILURE;
  }

  const opened = await openCliDatabase(values['data-dir'], context.env, t);
  if ('failure' in opened) {
    err(opened.failure);
    return opened.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
  try {
    return await runImport(
      new ImportsService(opened.database, new SearchIndex(opened.database.dialect)),
      { bytes, fileName, format, duplicates },
      t,
      out,
      err,
    );
  } catch (error) {
    err(describeCommandError(t, error) ?? firstLine(error));
    return EXIT_FAILURE;
  } finally {
    await opened.database.close();
  }
}

async function runImport(
  service: ImportsService,
  file: { bytes: Uint8Array; fileName: string; format: (typeof formatChoices)[number]; duplicates: ImportAction },
  t: Translate,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  out(t('cli.importReading', { file: file.fileName }));
  let preview;
  try {
    preview = await service.preview(localUser, file.bytes, { fileName: file.fileName, format: file.format });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'unreadable_file' || !error.details.file) throw error;
    err(t('errors.unreadable_file'));
    err(describeFileProblem(t, error.details.file as FileProblem));
    return EXIT_FAILURE;
  }
  out(
    t('cli.importFound', {
      rows: preview.counts.rows,
      new: preview.counts.new,
      duplicates: preview.counts.duplicates,
      errors: preview.counts.errors,
    }),
  );
  const record = await service.confirm(localUser, preview.previewId, { duplicates: file.duplicates, choices: {} });
  const { summary } = record;
  out(
    t('cli.importDone', {
      file: file.fileName,
      created: summary.created,
      merged: summary.merged,
      skipped: summary.skipped,
      errors: new Set(summary.errors.map((problem) => problem.line)).size,
    }),
  );
  for (const problem of summary.errors) {
    out(t('cli.importRowProblem', { line: problem.line, problem: describeFieldProblem(t, problem) }));
  }
  out(t('cli.importUndoHint'));
  return EXIT_OK;
}

export function importHelp(t: Translate, env: NodeJS.ProcessEnv): string {
  return [
    t('cli.importUsage'),
    '',
    t('cli.importOptions'),
    `  --format FORMAT     ${t('cli.importFormatOption')}`,
    `  --duplicates WHAT   ${t('cli.importDuplicatesOption')}`,
    `  --data-dir DIR      ${t('cli.dataDirOption', { path: defaultDataDir(env) })}`,
    `  -h, --help          ${t('cli.helpOption')}`,
  ].join('\n');
}

function describeFileError(t: Translate, error: unknown, path: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return t('cli.importNoSuchFile', { path });
  if (code === 'EISDIR') return t('cli.importIsFolder', { path });
  if (code === 'EACCES' || code === 'EPERM') return t('cli.importNoPermission', { path });
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return t('cli.importCannotOpen', { path, reason });
}
