import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '#shared/i18n/translator';
import { DATABASE_FILE_NAME, defaultDataDir } from '../data-dir.ts';
import { terminalLocale } from './cli-locale.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from './cli.ts';

const en = translatorFor('en');

interface CliRun {
  out: string[];
  err: string[];
  exit: Promise<number>;
}

/** Runs a command that ends by itself (help, version, a usage error, a failed start). */
async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env,
    version: '9.9.9',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    // Should the server start after all, it stops at once, and the output shows its URL.
    untilStopped: () => Promise.resolve(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Servers still running when a test ends (also when it fails), stopped in afterEach. */
const running: Array<() => Promise<number>> = [];

/** Starts `rapport serve` and resolves once it is listening, or with the exit code if it ended first. */
async function startServe(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const run: CliRun = { out: [], err: [], exit: Promise.resolve(-1) };
  let stop = () => {};
  const stopRequested = new Promise<void>((resolve) => (stop = resolve));
  let markListening = () => {};
  const listening = new Promise<void>((resolve) => (markListening = resolve));
  run.exit = runCli(['serve', ...argv], {
    env,
    version: '9.9.9',
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
    untilStopped: () => {
      markListening();
      return stopRequested;
    },
  });
  let stopped: Promise<number> | undefined;
  const stopServer = () => {
    stop();
    stopped ??= run.exit;
    return stopped;
  };
  running.push(stopServer);
  await Promise.race([listening, run.exit]);
  const urlLine = run.out.find((line) => line.includes('http://'));
  const url = urlLine?.match(/http:\/\/\S+/)?.[0];
  if (url === undefined) {
    throw new Error(`serve did not start: ${[...run.out, ...run.err].join('\n')}`);
  }
  return { ...run, url, stop: stopServer };
}

/** A port that was free a moment ago: bound to port 0, read back, released. */
async function freePort(): Promise<number> {
  const server = await listenOnAnyPort();
  const port = portOf(server);
  await closeServer(server);
  return port;
}

function listenOnAnyPort(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a port');
  return address.port;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

let dataRoot: string;

beforeEach(() => {
  dataRoot = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((stopServer) => stopServer()));
  vi.unstubAllEnvs();
  rmSync(dataRoot, { recursive: true, force: true });
});

describe('rapport help and version', () => {
  it('prints the usage with the serve command for --help', async () => {
    const { code, out, err } = await run(['--help']);
    expect(code).toBe(EXIT_OK);
    expect(out).toContain('Usage: rapport');
    expect(out).toMatch(/^\s+serve\s/m);
    expect(out).toContain('--data-dir DIR');
    expect(err).toBe('');
  });

  it('prints the usage when no command is given', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(EXIT_OK);
    expect(out).toContain('Usage: rapport');
    expect(out).toMatch(/^\s+serve\s/m);
  });

  it('prints the usage for serve --help without starting a server', async () => {
    const { code, out } = await run(['serve', '--help']);
    expect(code).toBe(EXIT_OK);
    expect(out).toContain('Usage: rapport');
  });

  it('speaks Norwegian when the terminal says LANG=nb_NO.UTF-8', async () => {
    const { code, out } = await run(['--help'], { LANG: 'nb_NO.UTF-8' });
    expect(code).toBe(EXIT_OK);
    expect(out).toContain('Bruk: rapport');
    expect(out).not.toContain('Usage:');
  });

  it('speaks German when the terminal says LANG=de_DE.UTF-8', async () => {
    const { out } = await run(['--help'], { LANG: 'de_DE.UTF-8' });
    expect(out).toContain('Aufruf: rapport');
    expect(out).toContain(translatorFor('de')('cli.serveSummary'));
  });

  it('speaks Indonesian when the terminal says LANG=id_ID.UTF-8', async () => {
    const { out } = await run(['--help'], { LANG: 'id_ID.UTF-8' });
    expect(out).toContain('Cara pakai: rapport');
    expect(out).toContain(translatorFor('id')('cli.serveSummary'));
  });

  it('names the default data folder in the help', async () => {
    const { out } = await run(['--help'], { XDG_DATA_HOME: '/srv/xdg-data' });
    expect(out).toContain(defaultDataDir({ XDG_DATA_HOME: '/srv/xdg-data' }));
  });

  it('prints the version it was given for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const { code, out } = await run([flag]);
      expect(code).toBe(EXIT_OK);
      expect(out).toBe('9.9.9');
    }
  });
});

describe('rapport usage errors', () => {
  it('refuses an unknown command with exit code 2 and names it', async () => {
    const { code, out, err } = await run(['frobnicate']);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.unknownCommand', { command: 'frobnicate' }));
    expect(err).toContain('frobnicate');
    expect(out).toBe('');
  });

  it('refuses an unknown option before the command with exit code 2', async () => {
    const { code, err } = await run(['--bogus']);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toContain('--bogus');
  });

  it('refuses an unknown serve option with exit code 2 and names it', async () => {
    const { code, err } = await run(['serve', '--bogus', '--data-dir', dataRoot]);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.unknownOption', { option: '--bogus' }));
  });

  it('says in the terminal language, without English mixed in, that an option is unknown', async () => {
    const { code, err } = await run(['serve', '--bogus'], { LANG: 'de_DE.UTF-8' });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe('Unbekannte Option „--bogus“. „rapport --help“ zeigt die Optionen.');
  });

  it('says which option lacks its value', async () => {
    const { code, err } = await run(['serve', '--port']);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.missingValue', { option: '--port', example: '4321' }));
  });

  it('names an argument that serve does not take', async () => {
    const { code, err } = await run(['serve', 'extra']);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.unexpectedArgument', { argument: 'extra' }));
  });

  it('refuses a DATABASE_URL that does not name PostgreSQL instead of quietly using SQLite', async () => {
    const { code, err, out } = await run(['serve', '--port', '0', '--data-dir', dataRoot], {
      DATABASE_URL: 'mysql://localhost/rapport',
    });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.databaseUrlUnsupported'));
    expect(out).not.toContain('http://');
  });

  it('refuses a port that is not a number with exit code 2', async () => {
    const { code, err } = await run(['serve', '--port', 'abc', '--data-dir', dataRoot]);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.invalidPort', { value: 'abc' }));
  });

  it('refuses a port above 65535 with exit code 2', async () => {
    const { code, err } = await run(['serve', '--port', '70000', '--data-dir', dataRoot]);
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.invalidPort', { value: '70000' }));
  });

  it('refuses an invalid RAPPORT_PORT the same way as an invalid --port', async () => {
    const { code, err } = await run(['serve', '--data-dir', dataRoot], { RAPPORT_PORT: '-1' });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(en('cli.invalidPort', { value: '-1' }));
  });

  it('reports the invalid port in the terminal language', async () => {
    const { code, err } = await run(['serve', '--port', 'abc', '--data-dir', dataRoot], { LANG: 'nb_NO.UTF-8' });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toBe(translatorFor('nb')('cli.invalidPort', { value: 'abc' }));
  });
});

describe('rapport serve', () => {
  it('starts on a free port, says where it listens and where the data is, and answers the health check', async () => {
    const dataDir = join(dataRoot, 'data');
    const server = await startServe(['--port', '0', '--data-dir', dataDir]);
    const output = server.out.join('\n');
    expect(output).toContain('http://127.0.0.1:');
    expect(output).toContain(join(dataDir, DATABASE_FILE_NAME));
    expect(output).toContain(en('cli.stop'));

    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });

    expect(await server.stop()).toBe(EXIT_OK);
    expect(server.out.at(-1)).toBe(en('cli.stopped'));
    expect(server.err).toEqual([]);
  });

  it('keeps a contact created over HTTP after a stop and a new start on the same data folder', async () => {
    const dataDir = join(dataRoot, 'data');
    const first = await startServe(['--port', '0', '--data-dir', dataDir]);
    const created = await fetch(`${first.url}/api/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: first.url },
      body: JSON.stringify({ name: 'Ingrid Bergersen', organisation: 'Statkraft' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await first.stop()).toBe(EXIT_OK);

    const second = await startServe(['--port', '0', '--data-dir', dataDir]);
    const list = (await (await fetch(`${second.url}/api/contacts`)).json()) as {
      total: number;
      items: Array<{ id: string; name: string; organisation: string }>;
    };
    expect(list.total).toBe(1);
    expect(list.items).toEqual([expect.objectContaining({ id, name: 'Ingrid Bergersen', organisation: 'Statkraft' })]);
    expect(await second.stop()).toBe(EXIT_OK);
  });

  it('listens on RAPPORT_PORT and keeps its data in RAPPORT_DATA_DIR when no options are given', async () => {
    const port = await freePort();
    const dataDir = join(dataRoot, 'from-env');
    const server = await startServe([], { RAPPORT_PORT: String(port), RAPPORT_DATA_DIR: dataDir });
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    expect(server.out.join('\n')).toContain(join(dataDir, DATABASE_FILE_NAME));
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(true);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('prefers --port and --data-dir over RAPPORT_PORT and RAPPORT_DATA_DIR', async () => {
    const optionDir = join(dataRoot, 'from-option');
    const envDir = join(dataRoot, 'from-env');
    const server = await startServe(['--port', '0', '--data-dir', optionDir], {
      RAPPORT_PORT: '1',
      RAPPORT_DATA_DIR: envDir,
    });
    expect(server.url).not.toBe('http://127.0.0.1:1');
    expect(existsSync(join(optionDir, DATABASE_FILE_NAME))).toBe(true);
    expect(existsSync(envDir)).toBe(false);
  });

  it('exits with 1 and suggests another port when the port is already in use', async () => {
    const blocker = await listenOnAnyPort();
    try {
      const port = portOf(blocker);
      const { code, out, err } = await run(['serve', '--port', String(port), '--data-dir', join(dataRoot, 'data')]);
      expect(code).toBe(EXIT_FAILURE);
      expect(err).toBe(en('cli.portInUse', { port, suggestion: port + 1 }));
      expect(err).toContain(String(port));
      expect(out).not.toContain('http://');
    } finally {
      await closeServer(blocker);
    }
  });

  it('says in the terminal language that the port is in use', async () => {
    const blocker = await listenOnAnyPort();
    try {
      const port = portOf(blocker);
      const { code, err } = await run(['serve', '--port', String(port), '--data-dir', join(dataRoot, 'data')], {
        LANG: 'de_DE.UTF-8',
      });
      expect(code).toBe(EXIT_FAILURE);
      expect(err).toBe(translatorFor('de')('cli.portInUse', { port, suggestion: port + 1 }));
    } finally {
      await closeServer(blocker);
    }
  });

  it('exits with 1 and names the path when the data folder is a regular file', async () => {
    const file = join(dataRoot, 'not-a-folder');
    writeFileSync(file, 'hello');
    const { code, out, err } = await run(['serve', '--port', '0', '--data-dir', file]);
    expect(code).toBe(EXIT_FAILURE);
    expect(err).toBe(en('cli.dataDirIsFile', { path: file }));
    expect(out).not.toContain('http://');
  });

  it('exits with 1 with the data folder message when the data folder lies inside a regular file', async () => {
    const file = join(dataRoot, 'not-a-folder');
    writeFileSync(file, 'hello');
    const dataDir = join(file, 'data');
    const { code, err } = await run(['serve', '--port', '0', '--data-dir', dataDir]);
    expect(code).toBe(EXIT_FAILURE);
    expect(err).toBe(en('cli.dataDirIsFile', { path: dataDir }));
  });
});

describe('terminalLocale', () => {
  it('reads the language from LANG', () => {
    expect(terminalLocale({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(terminalLocale({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(terminalLocale({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(terminalLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
  });

  it('falls back to English without any language variable or for an unsupported language', () => {
    expect(terminalLocale({})).toBe('en');
    expect(terminalLocale({ LANG: 'fr_FR.UTF-8' })).toBe('en');
  });

  it('gives LC_ALL precedence over LC_MESSAGES, and LC_MESSAGES over LANG', () => {
    expect(terminalLocale({ LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'id_ID.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('de');
    expect(terminalLocale({ LC_MESSAGES: 'id_ID.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('id');
  });

  it('skips the C and POSIX locales, which name no language', () => {
    expect(terminalLocale({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(terminalLocale({ LC_ALL: 'POSIX', LC_MESSAGES: 'C', LANG: 'id_ID.UTF-8' })).toBe('id');
  });

  it('uses the first entry of LANGUAGE when nothing else is set', () => {
    expect(terminalLocale({ LANGUAGE: 'nb:de:en' })).toBe('nb');
  });

  it('reads every Norwegian spelling as bokmål', () => {
    expect(terminalLocale({ LANG: 'no_NO.UTF-8' })).toBe('nb');
    expect(terminalLocale({ LANG: 'nn_NO' })).toBe('nb');
  });
});

describe('defaultDataDir', () => {
  it('uses XDG_DATA_HOME on Linux when it is set', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/srv/xdg-data' }, 'linux')).toBe('/srv/xdg-data/rapport');
  });

  it('uses ~/.local/share/rapport on Linux without XDG_DATA_HOME', () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.local', 'share', 'rapport'));
  });

  it('ignores a relative XDG_DATA_HOME, which the XDG specification says to ignore', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative/data' }, 'linux')).toBe(
      join(homedir(), '.local', 'share', 'rapport'),
    );
  });

  it('uses ~/Library/Application Support/Rapport on macOS, whatever XDG_DATA_HOME says', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/srv/xdg-data' }, 'darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'Rapport'),
    );
  });

  it('uses %APPDATA%\\Rapport on Windows', () => {
    const appData = 'C:\\Users\\Ada\\AppData\\Roaming';
    const dir = defaultDataDir({ APPDATA: appData }, 'win32');
    expect(dir.startsWith(appData)).toBe(true);
    expect(dir).toMatch(/Roaming[\\/]Rapport$/);
  });

  it('falls back to the home folder’s AppData\\Roaming on Windows without APPDATA', () => {
    expect(defaultDataDir({}, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', 'Rapport'));
  });
});
