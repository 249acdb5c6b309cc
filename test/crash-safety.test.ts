import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '#server/data-dir';

// Runs the real server from source in a child process, so it can be killed without warning.
const repoRoot = join(import.meta.dirname, '..');

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/dev-server.ts', 'serve', '--port', '0', '--data-dir', dataDir],
    {
      cwd: repoRoot,
      env: { ...process.env, LANG: 'C', LC_ALL: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Rapport is running at (\S+)/.exec(line);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('a server killed with SIGKILL', () => {
  let dataDir: string | undefined;
  let running: ChildProcess | undefined;

  afterEach(async () => {
    if (running && running.exitCode === null && running.signalCode === null) await killHard(running);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every write it acknowledged, in a database that passes integrity_check', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapport-crash-'));
    const first = await startServer(dataDir);
    running = first.child;

    const acknowledged: string[] = [];
    for (let index = 0; index < 40; index += 1) {
      const response = await fetch(`${first.url}/api/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.url },
        body: JSON.stringify({ name: `Acknowledged ${index}`, notes: 'x'.repeat(2000) }),
      });
      expect(response.status).toBe(201);
      acknowledged.push(((await response.json()) as { id: string }).id);
    }
    // No grace: the process gets no chance to flush, checkpoint or close the database.
    await killHard(first.child);

    const raw = new SqliteDatabase(join(dataDir, DATABASE_FILE_NAME));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const second = await startServer(dataDir);
    running = second.child;
    const page = (await (await fetch(`${second.url}/api/contacts?limit=200`)).json()) as {
      total: number;
      items: { id: string }[];
    };
    expect(page.total).toBe(acknowledged.length);
    expect(page.items.map((item) => item.id).sort()).toEqual([...acknowledged].sort());
  }, 60_000);
});
