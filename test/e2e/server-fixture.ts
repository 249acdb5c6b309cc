import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type APIRequestContext } from '@playwright/test';

/**
 * Runs the real `rapport serve` (the built bundle in dist/, as a user would) in a child process,
 * so browser tests cover the CLI, the migrations on a real SQLite file and the static files too.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliPath = join(repoRoot, 'bin', 'rapport.js');

const STARTUP_TIMEOUT_MS = 15_000;
/** How long a SIGTERM gets before SIGKILL: the server closes its database cleanly in far less. */
const STOP_GRACE_MS = 5_000;
/** Enough of stderr to explain a failed start without keeping an endless log in memory. */
const STDERR_TAIL_CHARS = 8_000;

// Printed by the CLI in English because the child runs with LANG=C (see childEnv).
const LISTENING_LINE = /Rapport is running at (https?:\/\/\S+)/;

export interface RapportServer {
  /** The base URL, e.g. http://127.0.0.1:41234; changes after restart() (a new free port). */
  readonly url: string;
  readonly dataDir: string;
  /** SIGTERM, wait for the exit, SIGKILL if it takes too long. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Stops, then starts again on the same data directory: what a user's restart does. `now` moves
   * the server's clock (RAPPORT_NOW), e.g. to three business days after a request.
   */
  restart(options?: { now?: string }): Promise<{ url: string }>;
}

/** Server processes still alive, killed if the test worker exits without stopping them. */
const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

/**
 * Starts a server on `dataDir`, or on a fresh temporary directory that the caller removes after
 * stop() (the `rapport` fixture below does both for you).
 */
export async function startRapport(options: { dataDir?: string; now?: string } = {}): Promise<RapportServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'rapport-e2e-')));
  let current: ServerProcess;
  try {
    current = await spawnServer(dataDir, options.now);
  } catch (error) {
    // A directory we made ourselves is ours to clean up; a caller's is left alone.
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    get url() {
      return current.url;
    },
    dataDir,
    stop: () => current.stop(),
    async restart(restartOptions: { now?: string } = {}) {
      await current.stop();
      current = await spawnServer(dataDir, restartOptions.now ?? options.now);
      return { url: current.url };
    },
  };
}

interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

async function spawnServer(dataDir: string, now?: string): Promise<ServerProcess> {
  // Port 0: the OS picks a free port, so tests never collide with each other or a dev server.
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: childEnv(now),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);

  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      liveChildren.delete(child);
      resolve();
    });
  });

  let stderr = '';
  child.stderr.setEncoding('utf8');
  // Always read stderr and stdout to the end: the server writes its log to stderr and its messages
  // to stdout, and a full pipe would block it mid-test.
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
  });
  const stdoutLines = createInterface({ input: child.stdout, crlfDelay: Infinity });

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const inTime = await Promise.race([exited.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
    if (!inTime) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(startError(`did not print its URL within ${STARTUP_TIMEOUT_MS / 1000} s`, stderr)),
        STARTUP_TIMEOUT_MS,
      );
      stdoutLines.on('line', (line) => {
        const match = LISTENING_LINE.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(startError(`could not be started: ${error.message}`, stderr));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        // stderr may still hold unread data when 'exit' fires; give it a moment to arrive.
        setTimeout(() => reject(startError(`exited early (code ${code}, signal ${signal})`, stderr)), 50);
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** English messages whatever the developer's locale (so LISTENING_LINE matches); RAPPORT_NOW when a test sets the clock. */
function childEnv(now?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C' };
  if (now) env.RAPPORT_NOW = now;
  else delete env.RAPPORT_NOW;
  // These outrank LANG in the CLI's locale choice (cli-locale.ts).
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  // The tests own their data directory: a DATABASE_URL from the shell would send the server to
  // someone's PostgreSQL instead.
  delete env.DATABASE_URL;
  return env;
}

function startError(what: string, stderr: string): Error {
  const hint = stderr.trim() ? `\n--- stderr ---\n${stderr.trim()}` : ' (nothing on stderr)';
  return new Error(`rapport serve ${what}${hint}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * `test` with a `rapport` fixture: a fresh server and data directory for every test. With `now`,
 * the server's clock starts there (RAPPORT_NOW), so dates and business days read the same in
 * any year; `rapport.restart({ now })` moves it on.
 */
export function testWithServer(now?: string) {
  return base.extend<{ rapport: RapportServer }>({
    // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    rapport: async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'rapport-e2e-'));
      try {
        const server = await startRapport({ dataDir, ...(now ? { now } : {}) });
        try {
          await use(server);
        } finally {
          await server.stop();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  });
}

export const test = testWithServer();

/** A same-origin JSON call to the API, as the app makes it, that must succeed: its JSON answer. */
export async function callApi(
  request: APIRequestContext,
  url: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: object,
): Promise<Record<string, unknown> & { id: string; version: number }> {
  const response = await request.fetch(`${url}${path}`, {
    method,
    ...(data ? { data } : {}),
    headers: { origin: url },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as Record<string, unknown> & { id: string; version: number };
}

export { expect } from '@playwright/test';
