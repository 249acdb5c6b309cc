// Cold start: how long from spawning `rapport serve` until GET /api/health answers 200, compared
// with a bare node:http server started and polled the same way. The baseline holds Node's own start
// cost, so the ratio isolates what Rapport adds (loading Hono, Kysely, better-sqlite3, pino, zod,
// opening and migrating a fresh database). `rapport serve` starts Node a second time with a smaller
// young generation (bin/rapport.js); that is part of the figure, and a third start, with the flag
// given to Node directly so that no second start is needed, shows what it costs.
//
//   tsx bench/cold-start.bench.ts        (or all benches: npm run bench)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatMs,
  isMain,
  makeTempDir,
  median,
  printComparisons,
  removeTempDir,
  repoRoot,
  sleep,
  type BenchResult,
} from './bench-utils.ts';

/** Timed pairs. Odd, so the median is a measured run; small, because each start costs ~0.5 s. */
const RUNS = 5;
/** Untimed pairs first, so the first timed run does not also pay for a cold disk cache. */
const WARMUP_RUNS = 1;
/** A start that takes longer than this is a hang or a failure, not a figure. */
const START_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 5;
const STOP_GRACE_MS = 3_000;

const CLI_BUNDLE = join(repoRoot, 'dist', 'server', 'cli.js');
const WEB_INDEX = join(repoRoot, 'dist', 'web', 'index.html');

/** Both servers print a line like this; Rapport's English text is forced through the env below. */
const URL_LINE = /running at (http:\/\/127\.0\.0\.1:\d+)/;

/** The baseline: the least a Node HTTP server can do, printing its URL like Rapport does. */
const BASELINE_SCRIPT = `
const server = require('node:http').createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"status":"ok"}');
});
server.listen(0, '127.0.0.1', () => console.log('baseline is running at http://127.0.0.1:' + server.address().port));
`;

export interface ColdStartResult extends BenchResult {
  rapportMedianMs: number;
  /** `node --max-semi-space-size=2 bin/rapport.js serve`: the same server without the second start. */
  directMedianMs: number;
  baselineMedianMs: number;
  ratio: number;
  /** Spawn until the "running at" line, Rapport only: the rest of the time is the first request. */
  rapportListeningMedianMs: number;
  rapportSamplesMs: number[];
  baselineSamplesMs: number[];
}

interface StartSample {
  listeningMs: number;
  firstOkMs: number;
}

/** Children still running, killed on exit if a failure skips their normal stop. */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

export async function run(): Promise<ColdStartResult> {
  const notes = ensureBuilt();
  installExitHook();

  const samples = { rapport: [] as StartSample[], direct: [] as StartSample[], baseline: [] as StartSample[] };
  const starts = {
    rapport: () => timeRapportStart([]),
    direct: () => timeRapportStart(DIRECT_NODE_FLAGS),
    baseline: () => timeBaselineStart(),
  };
  for (let i = 0; i < WARMUP_RUNS + RUNS; i++) {
    // Rotate which one goes first, so drift in machine load hits all of them alike.
    const order = (['rapport', 'direct', 'baseline'] as const).map((_, k, all) => all[(i + k) % all.length]!);
    for (const which of order) {
      const sample = await starts[which]();
      if (i >= WARMUP_RUNS) samples[which].push(sample);
    }
  }
  const { rapport, direct, baseline } = samples;

  const rapportSamplesMs = rapport.map((s) => s.firstOkMs);
  const baselineSamplesMs = baseline.map((s) => s.firstOkMs);
  const rapportMedianMs = median(rapportSamplesMs);
  const baselineMedianMs = median(baselineSamplesMs);
  const ratio = rapportMedianMs / baselineMedianMs;
  const directMedianMs = median(direct.map((s) => s.firstOkMs));
  return {
    name: 'cold start',
    rapportMedianMs,
    directMedianMs,
    baselineMedianMs,
    ratio,
    rapportListeningMedianMs: median(rapport.map((s) => s.listeningMs)),
    rapportSamplesMs,
    baselineSamplesMs,
    comparisons: [
      {
        measure: `spawn to first 200 /api/health (median of ${RUNS})`,
        value: formatMs(rapportMedianMs),
        baseline: `${formatMs(baselineMedianMs)} (bare node:http)`,
        ratio,
      },
      {
        measure: 'the same, flag given to Node directly (no second start)',
        value: formatMs(directMedianMs),
        baseline: `${formatMs(baselineMedianMs)} (bare node:http)`,
        ratio: directMedianMs / baselineMedianMs,
      },
    ],
    notes: [
      `Starting Node a second time for the smaller young generation costs ${formatMs(rapportMedianMs - directMedianMs)} ` +
        `of the ${formatMs(rapportMedianMs)} (medians).`,
      ...notes,
    ],
  };
}

/** What bin/rapport.js adds for `serve`; given here, it starts the server without a second start. */
const DIRECT_NODE_FLAGS = ['--max-semi-space-size=2'];

function timeRapportStart(nodeFlags: string[]): Promise<StartSample> {
  const dataDir = makeTempDir('cold-start');
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: 'C' };
  // The CLI picks its language from these before LANG, and would use PostgreSQL if DATABASE_URL
  // were set in the caller's shell; the bench measures the local SQLite start.
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  return timeStart(
    [...nodeFlags, join(repoRoot, 'bin', 'rapport.js'), 'serve', '--port', '0', '--data-dir', dataDir],
    env,
    '/api/health',
  ).finally(() => removeTempDir(dataDir));
}

function timeBaselineStart(): Promise<StartSample> {
  return timeStart(['-e', BASELINE_SCRIPT], { ...process.env, LANG: 'C', LC_ALL: 'C' }, '/api/health');
}

/**
 * Spawns `node <args>`, waits for its "running at <url>" line, then polls `path` until it answers
 * 200. Times are from just before spawn. The child is always stopped before this resolves.
 */
async function timeStart(args: string[], env: NodeJS.ProcessEnv, path: string): Promise<StartSample> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  try {
    const url = await waitForUrl(child);
    const listeningMs = performance.now() - started;
    await pollUntilOk(`${url}${path}`, started);
    return { listeningMs, firstOkMs: performance.now() - started };
  } finally {
    await stop(child);
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(`no "running at" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    function fail(why: string): void {
      clearTimeout(timer);
      reject(new Error(`${why}\n--- stdout ---\n${stdout.slice(-2000)}\n--- stderr ---\n${stderr.slice(-2000)}`));
    }
    // The listeners stay attached after the URL is found: they keep draining the pipes (the
    // server may log to stderr), so a full pipe can never block the child.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < 64_000) stdout += chunk;
      const match = URL_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 64_000) stderr += chunk;
    });
    child.once('error', (error) => fail(`could not spawn: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
  });
}

/** The URL line comes after listen(), so the first poll normally succeeds; the loop is a guard. */
async function pollUntilOk(url: string, started: number): Promise<void> {
  let lastProblem = 'no answer';
  while (performance.now() - started < START_TIMEOUT_MS) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer(); // read the body so the connection is free again
      if (response.status === 200) return;
      lastProblem = `status ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new Error(`${url} did not answer 200 within ${START_TIMEOUT_MS} ms (last: ${lastProblem})`);
}

/** SIGTERM (Rapport closes its database on it), then SIGKILL if it has not exited in time. */
async function stop(child: ChildProcess): Promise<void> {
  // No pid: the spawn itself failed, so there is nothing to stop (and 'exit' may never come).
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    const inTime = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!inTime) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  liveChildren.delete(child);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });
}

/**
 * The bench starts the built CLI, as a user would. Builds once if the bundle is missing. If the full
 * build fails (the web app may not be buildable yet), falls back to the server bundle alone: the API
 * and /api/health work without the web app, and the result says so.
 */
function ensureBuilt(): string[] {
  const notes: string[] = [];
  if (!existsSync(CLI_BUNDLE)) {
    console.log('dist/server/cli.js is missing: running `npm run build` once...');
    if (!npmRun('build')) {
      console.log('`npm run build` failed (output above); building the server alone with `npm run build:server`.');
      if (!npmRun('build:server')) {
        throw new Error(
          'Could not build the server (`npm run build:server` failed, output above); nothing to measure.',
        );
      }
    }
  } else if (newestSourceMtime() > statSync(CLI_BUNDLE).mtimeMs) {
    notes.push('dist/server/cli.js is older than src/: the figure is for the last build (run `npm run build`).');
  }
  if (!existsSync(WEB_INDEX)) {
    notes.push('dist/web is not built: the figure is for a start without the browser app.');
  }
  return notes;
}

function npmRun(script: string): boolean {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, ['run', script], { cwd: repoRoot, stdio: 'inherit' }).status === 0;
}

function newestSourceMtime(): number {
  let newest = 0;
  const pending = ['domain', 'shared', 'server'].map((dir) => join(repoRoot, 'src', dir));
  // A plain walk of three source folders: finite, and no dependency for a glob.
  while (pending.length > 0) {
    const dir = pending.pop()!;
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      // Tests are not bundled, so an edited test does not make the build stale.
      else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

export function printColdStart(result: ColdStartResult): void {
  console.log(`\n== ${result.name} ==`);
  console.log(`Rapport  samples: ${result.rapportSamplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`baseline samples: ${result.baselineSamplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`Rapport spawn to "running at" line (median): ${formatMs(result.rapportListeningMedianMs)}`);
  printComparisons(result);
}

if (isMain(import.meta.url)) {
  try {
    printColdStart(await run());
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
