#!/usr/bin/env node
// The `rapport` command. The code lives in the bundle that `npm run build` writes to dist/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

/*
 * `rapport serve` runs for days and holds little (some 20 MB of live objects with 20,000 contacts),
 * but V8 sizes its young generation for throughput: up to two 16 MiB semi-spaces, which a burst of
 * searches fills and which then stay resident (about 27 MiB of the server's RSS, measured by
 * bench/search.bench.ts). Two 2 MiB semi-spaces cost the server nothing measurable in search
 * latency (same bench) and keep it under its memory budget (issue 3: 150 MiB with 20,000 contacts
 * and 100,000 notes).
 *
 * Node takes that V8 setting only on its command line: the heap is sized when the process starts,
 * so v8.setFlagsFromString is too late, and NODE_OPTIONS would have to be set by whoever starts
 * Rapport (and would reach every Node process Rapport starts). So `serve` starts Node again with
 * the flag: in place where Node can (process.execve, Node 22.15 and later, not on Windows),
 * otherwise as a child process that this one waits for. The other commands run once and exit;
 * they keep V8's defaults, which suit their batch work. A flag the user gives Node themselves
 * (in NODE_OPTIONS or on the command line) wins.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=2'];

const root = new URL('../', import.meta.url);
const cli = new URL('dist/server/cli.js', root);

if (!existsSync(cli)) {
  // Before the build there is no translator; the English text comes from the catalogue itself.
  const messages = JSON.parse(readFileSync(new URL('src/shared/i18n/locales/en/cli.json', root), 'utf8'));
  console.error(messages.cli.notBuilt);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args[0] === 'serve' && !hasYoungGenerationFlag()) {
  const nodeArgs = [...SERVER_NODE_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...args];
  if (typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...nodeArgs]);
  await runAsChild(nodeArgs);
} else {
  if (args[0] === 'serve') stopWhenParentGoes();
  const { runCli } = await import(cli.href);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  process.exitCode = await runCli(args, {
    env: process.env,
    version,
    webRoot: fileURLToPath(new URL('dist/web', root)),
  });
}

function hasYoungGenerationFlag() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return given.some((flag) => /^--max[-_]semi[-_]space[-_]size\b/.test(flag));
}

/**
 * Runs the server in a child process and ends as it ends. A stop signal is passed on as SIGTERM
 * (the server closes its database on it; Ctrl+C reaches both processes, and the server stops
 * once). The IPC channel tells the child when this process is gone, even by SIGKILL.
 */
function runAsChild(nodeArgs) {
  const child = spawn(process.execPath, nodeArgs, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const passOn = (signal) => {
    // On Windows Ctrl+C reaches the child by itself, and a "SIGTERM" there would kill it outright.
    if (process.platform === 'win32' && signal === 'SIGINT') return;
    child.kill('SIGTERM');
  };
  for (const signal of signals) process.on(signal, passOn);
  return new Promise(() => {
    child.once('error', (error) => {
      console.error(error.message);
      process.exit(1);
    });
    child.once('exit', (code, signal) => {
      for (const name of signals) process.off(name, passOn);
      // Ended by a signal: the shell's convention, 128 + its number.
      process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
    });
  });
}

/** In a child started by runAsChild: stop the server (as on SIGTERM) if the parent disappears. */
function stopWhenParentGoes() {
  if (!process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
