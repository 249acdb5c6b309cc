#!/usr/bin/env -S npx tsx
/**
 * `npm test`: every test the project has, in one command, ending in one line CI can read.
 *
 *   1. `npm run build`, because the browser tests run the built app in dist/;
 *   2. Vitest (unit + integration), JSON report to a temp dir;
 *   3. Playwright (browser), JSON report to the same temp dir;
 *   4. a summary whose very last line is `N passed, N failed` over both runners.
 *
 * Every runner's own output streams to the terminal as it runs; the counts come from the JSON
 * reports, never from parsing that output.
 *
 * Exit code: 0 only when the build worked, both runners exited 0, both wrote a report, and
 * Playwright executed at least one test. A runner that goes red without a failing test (it
 * crashed, a file did not load, an unhandled error, no test found) counts as one failure in the
 * summary, so that the last line never reads "0 failed" on a red run.
 *
 * Flags (`npm test -- --unit-only`):
 *   --unit-only   Vitest only: no build, no browser (fast, needs no Chromium)
 *   --e2e-only    build + Playwright only
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONReport } from '@playwright/test/reporter';
import type { JsonTestResults } from 'vitest/reporters';

const root = fileURLToPath(new URL('../', import.meta.url));
// The project's own binaries, so the script works however it is started (npm test, npx tsx…).
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Outcome {
  label: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why the step is red even if no test failed; empty when it is green. */
  problems: string[];
}

const USAGE = 'usage: npm test [-- --unit-only | --e2e-only]';

function parseFlags(argv: string[]): { unit: boolean; e2e: boolean } {
  const flags = new Set(argv);
  for (const flag of flags) {
    if (flag !== '--unit-only' && flag !== '--e2e-only') {
      console.error(`Unknown option '${flag}'.\n${USAGE}`);
      process.exit(2);
    }
  }
  if (flags.has('--unit-only') && flags.has('--e2e-only')) {
    console.error(`--unit-only and --e2e-only exclude each other.\n${USAGE}`);
    process.exit(2);
  }
  return { unit: !flags.has('--e2e-only'), e2e: !flags.has('--unit-only') };
}

// A SIGTERM (a CI time limit, a closed terminal) is passed on to the runner in progress, and no
// further step starts. Ctrl-C reaches the runners directly through the terminal's process group.
let currentChild: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stoppedBy = signal;
    if (signal === 'SIGTERM') currentChild?.kill(signal);
  });
}

/** Runs a command with the terminal as its output; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    currentChild = child;
    child.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      currentChild = undefined;
      if (signal) console.error(`${command} was stopped by ${signal}`);
      resolve(code ?? 1);
    });
  });
}

function readReport<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined; // half-written by a runner that died: as good as missing
  }
}

async function runVitest(reportDir: string): Promise<Outcome> {
  const reportPath = join(reportDir, 'vitest.json');
  const code = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportPath}`,
  ]);
  const outcome: Outcome = { label: 'unit', passed: 0, failed: 0, skipped: 0, problems: [] };
  const report = readReport<JsonTestResults>(reportPath);
  if (code !== 0) outcome.problems.push(`vitest exited with code ${code}`);
  if (!report) {
    outcome.problems.push('vitest wrote no JSON report');
    return outcome;
  }
  outcome.passed = report.numPassedTests;
  outcome.failed = report.numFailedTests;
  outcome.skipped = report.numPendingTests + report.numTodoTests;
  // A test file that fails to import reports no test at all, only a failed file.
  const filesThatFailedToRun = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of filesThatFailedToRun) {
    outcome.failed += 1;
    outcome.problems.push(`${file.name.replace(root, '')} did not run: ${file.message.split('\n')[0]}`);
  }
  if (!report.success) outcome.problems.push('vitest reported the run as failed');
  return outcome;
}

async function runPlaywright(reportDir: string): Promise<Outcome> {
  const reportPath = join(reportDir, 'playwright.json');
  const code = await run(bin('playwright'), ['test', '--reporter=list,json'], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportPath,
  });
  const outcome: Outcome = { label: 'browser', passed: 0, failed: 0, skipped: 0, problems: [] };
  const report = readReport<JSONReport>(reportPath);
  if (code !== 0) outcome.problems.push(`playwright exited with code ${code}`);
  if (!report) {
    outcome.problems.push('playwright wrote no JSON report');
    return outcome;
  }
  // retries is 0, so "flaky" (passed on a retry) only appears if someone turns retries on.
  outcome.passed = report.stats.expected + report.stats.flaky;
  outcome.failed = report.stats.unexpected;
  outcome.skipped = report.stats.skipped;
  for (const error of report.errors) outcome.problems.push(`playwright: ${error.message?.split('\n')[0]}`);
  if (outcome.passed + outcome.failed === 0) outcome.problems.push('playwright executed no test');
  return outcome;
}

function printSummary(outcomes: Outcome[]): void {
  console.log('\n── test summary ──');
  for (const outcome of outcomes) {
    // A red step with no failing test still counts as one failure (see the top of this file).
    if (outcome.problems.length > 0 && outcome.failed === 0) outcome.failed = 1;
    const skipped = outcome.skipped > 0 ? `, ${outcome.skipped} skipped` : '';
    console.log(`${outcome.label}: ${outcome.passed} passed, ${outcome.failed} failed${skipped}`);
    for (const problem of outcome.problems) console.log(`  ✗ ${problem}`);
  }
  const total = (key: 'passed' | 'failed' | 'skipped') => outcomes.reduce((sum, o) => sum + o[key], 0);
  if (total('skipped') > 0) console.log(`${total('skipped')} skipped`);
  // Keep this the last line: CI reads it.
  console.log(`${total('passed')} passed, ${total('failed')} failed`);
}

async function main(): Promise<number> {
  const want = parseFlags(process.argv.slice(2));
  // A fresh directory per run, so a report left over from an earlier run can never be read.
  const reportDir = mkdtempSync(join(tmpdir(), 'rapport-test-reports-'));
  const outcomes: Outcome[] = [];
  try {
    let built = true;
    if (want.e2e) {
      const code = await run('npm', ['run', 'build']);
      built = code === 0;
      if (!built) {
        outcomes.push({
          label: 'build',
          passed: 0,
          failed: 1,
          skipped: 0,
          problems: [`npm run build exited with code ${code}; the browser tests were not run`],
        });
      }
    }
    if (want.unit && !stoppedBy) outcomes.push(await runVitest(reportDir));
    if (want.e2e && built && !stoppedBy) outcomes.push(await runPlaywright(reportDir));
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  if (stoppedBy) {
    console.error(`Stopped by ${stoppedBy}: no summary.`);
    return stoppedBy === 'SIGINT' ? 130 : 143;
  }
  printSummary(outcomes);
  return outcomes.some((outcome) => outcome.failed > 0 || outcome.problems.length > 0) ? 1 : 0;
}

process.exitCode = await main();
