import { parseArgs } from 'node:util';
import { translatorFor, type Translate } from '#shared/i18n/translator';
import { defaultDataDir } from '../data-dir.ts';
import { isPostgresUrl } from '../db/database.ts';
import { MigrationFailedError, MigrationRefusedError } from '../db/migrate.ts';
import { createTerminalLogger } from '../logger.ts';
import { clockFromEnvironment } from '../clock.ts';
import { startServer } from '../main.ts';
import { terminalLocale } from './cli-locale.ts';
import { openBrowser } from './open-browser.ts';
import { backupCommand } from './backup-command.ts';
import { exportCommand } from './export-command.ts';
import { restoreCommand } from './restore-command.ts';
import { importCommand } from './import-command.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliContext {
  env: NodeJS.ProcessEnv;
  version: string;
  webRoot?: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Where a command whose output is data (export) writes it; process.stdout by default. */
  stdout?: NodeJS.WritableStream;
  /** Resolves when the server should stop; by default on SIGINT or SIGTERM. */
  untilStopped?: () => Promise<void>;
}

/** `rapport <command>`: returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const t = translatorFor(terminalLocale(context.env));
  const out = context.out ?? ((line: string) => console.log(line));
  const err = context.err ?? ((line: string) => console.error(line));
  const [command, ...rest] = argv;

  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(helpText(t, context.env));
    return EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    out(context.version);
    return EXIT_OK;
  }
  if (command === 'export') return exportCommand(rest, context, t);
  if (command === 'backup') return backupCommand(rest, context, t);
  if (command === 'restore') return restoreCommand(rest, context, t);
  if (command === 'import') return importCommand(rest, context, t);
  if (command !== 'serve') {
    err(command.startsWith('-') ? t('cli.unknownOption', { option: command }) : t('cli.unknownCommand', { command }));
    return EXIT_USAGE;
  }
  return serveCommand(rest, context, t, out, err);
}

async function serveCommand(
  args: string[],
  context: CliContext,
  t: Translate,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        open: { type: 'boolean' },
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
  const portText = values.port ?? context.env.RAPPORT_PORT ?? '4321';
  const port = parsePort(portText);
  if (port === undefined) {
    err(t('cli.invalidPort', { value: portText }));
    return EXIT_USAGE;
  }
  const host = values.host ?? '127.0.0.1';
  const dataDir = values['data-dir'] ?? context.env.RAPPORT_DATA_DIR ?? defaultDataDir(context.env);
  // An empty DATABASE_URL means "not set"; anything else must name PostgreSQL, or the user would
  // believe their data went to a server while it went to a local file.
  const databaseUrl = context.env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    err(t('cli.databaseUrlUnsupported'));
    return EXIT_USAGE;
  }

  let server;
  try {
    server = await startServer({
      port,
      host,
      dataDir,
      logger: createTerminalLogger(context.env.RAPPORT_LOG_LEVEL),
      clock: clockFromEnvironment(context.env.RAPPORT_NOW),
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(context.webRoot ? { webRoot: context.webRoot } : {}),
    });
  } catch (error) {
    err(describeStartFailure(error, { t, port, host, dataDir }));
    return EXIT_FAILURE;
  }

  if (server.migration.backupPath) out(t('cli.backupBeforeMigration', { path: server.migration.backupPath }));
  out(t('cli.listening', { url: server.url }));
  out(
    isPostgresUrl(databaseUrl)
      ? t('cli.databaseServer', { host: server.database.location })
      : t('cli.dataLocation', { path: server.database.location }),
  );
  out(t('cli.stop'));
  if (values.open) openBrowser(server.url);

  await (context.untilStopped ?? waitForSignal)();
  await server.close();
  out(t('cli.stopped'));
  return EXIT_OK;
}

export function helpText(t: Translate, env: NodeJS.ProcessEnv): string {
  return [
    t('cli.usage'),
    '',
    t('cli.commands'),
    `  serve            ${t('cli.serveSummary')}`,
    `  export           ${t('cli.exportSummary')}`,
    `  backup           ${t('cli.backupSummary')}`,
    `  restore FILE     ${t('cli.restoreSummary')}`,
    `  import FILE      ${t('cli.importCommandSummary')}`,
    '',
    t('cli.options'),
    `  --port N         ${t('cli.portOption')}`,
    `  --host ADDRESS   ${t('cli.hostOption')}`,
    `  --data-dir DIR   ${t('cli.dataDirOption', { path: defaultDataDir(env) })}`,
    `  --open           ${t('cli.openOption')}`,
    `  -h, --help       ${t('cli.helpOption')}`,
    `  -v, --version    ${t('cli.versionOption')}`,
    '',
    t('cli.dataOptions'),
    `  --format FORMAT  ${t('cli.formatOption')}`,
    `  --out FILE       ${t('cli.outOption')}`,
    `  --data-dir DIR   ${t('cli.dataDirOption', { path: defaultDataDir(env) })}`,
    '',
    t('cli.databaseNote'),
  ].join('\n');
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}

function describeStartFailure(
  error: unknown,
  where: { t: Translate; port: number; host: string; dataDir: string },
): string {
  const { t } = where;
  const code = (error as { code?: string }).code;
  const syscall = (error as { syscall?: string }).syscall;
  if (error instanceof MigrationRefusedError) {
    return t('cli.migrationRefused', { path: where.dataDir, reason: error.reason });
  }
  if (error instanceof MigrationFailedError) {
    return t('cli.migrationFailed', { path: where.dataDir, reason: error.reason });
  }
  if (syscall === 'listen' && (code === 'EACCES' || code === 'EPERM'))
    return t('cli.portNotAllowed', { port: where.port });
  if (code === 'EADDRINUSE') {
    return t('cli.portInUse', { port: where.port, suggestion: where.port < 65535 ? where.port + 1 : where.port - 1 });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return t('cli.hostUnavailable', { host: where.host });
  if (code === 'EEXIST' || code === 'ENOTDIR') return t('cli.dataDirIsFile', { path: where.dataDir });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return t('cli.dataDirNoPermission', { path: where.dataDir });
  if (code === 'SQLITE_CANTOPEN') return t('cli.dataDirUnusable', { path: where.dataDir, reason: firstLine(error) });
  return firstLine(error);
}

/** parseArgs explains mistakes in English; we say the same in the user's language. */
export function describeUsageError(t: Translate, error: unknown): string {
  const code = (error as { code?: string }).code;
  const quoted = firstLine(error).match(/'([^']+)'/)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted.split(' ')[0] ?? quoted;
    return t('cli.missingValue', { option, example: option === '--port' ? '4321' : '…' });
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t('cli.unexpectedArgument', { argument: quoted });
  return t('cli.unknownOption', { option: quoted });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
