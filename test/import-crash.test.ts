import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '#server/data-dir';
import { generateLinkedInCsv } from '../bench/import-fixture.ts';

// `rapport import` from source in a child process, killed without warning while it works.
const repoRoot = join(import.meta.dirname, '..');
const ROWS = 30_000;

interface Outcome {
  /** The process ended by itself (the import finished before the kill). */
  finished: boolean;
  integrity: string;
  contacts: number;
  imports: number;
  indexedContacts: number;
}

/** When to kill: `delayMs` after the line the CLI prints before parsing ('Reading') or right before the transaction ('Rows'). */
interface KillMoment {
  after: 'Reading' | 'Rows';
  delayMs: number;
}

/** Runs the import and sends SIGKILL at `moment`, or never when there is none. */
function importAndKill(dataDir: string, file: string, moment: KillMoment | undefined): Promise<boolean> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/dev-server.ts', 'import', file, '--duplicates', 'create', '--data-dir', dataDir],
    {
      cwd: repoRoot,
      env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    let killTimer: NodeJS.Timeout | undefined;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (moment && (line.startsWith(`${moment.after} `) || line.startsWith(`${moment.after}:`))) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(killTimer);
      if (signal === 'SIGKILL') resolve(false);
      else if (code === 0) resolve(true);
      else reject(new Error(`import exited with ${code}: ${stderr}`));
    });
  });
}

/** What a restart finds: SQLite recovers the WAL when the file is opened again. */
function inspect(dataDir: string): Omit<Outcome, 'finished'> {
  const database = new SqliteDatabase(join(dataDir, DATABASE_FILE_NAME));
  try {
    const count = (sql: string) => Number((database.prepare(sql).get() as { n: number }).n);
    return {
      integrity: String(database.pragma('integrity_check', { simple: true })),
      contacts: count('select count(*) as n from contacts'),
      imports: count('select count(*) as n from imports'),
      indexedContacts: count("select count(*) as n from search_docs where kind = 'contact'"),
    };
  } finally {
    database.close();
  }
}

describe('an import killed with SIGKILL', () => {
  let workDir: string;
  let file: string;

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'rapport-import-crash-'));
    file = join(workDir, 'Connections.csv');
    writeFileSync(file, generateLinkedInCsv(ROWS));
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('leaves a database that passes integrity_check and holds all of the rows or none', async () => {
    // While parsing; at random moments of the transaction, which starts right after the "Rows:"
    // line and takes one to three seconds here; around its end; and one run left alone.
    const random = (from: number, to: number) => Math.round(from + Math.random() * (to - from));
    const moments: Array<KillMoment | undefined> = [
      { after: 'Reading', delayMs: random(0, 300) },
      { after: 'Rows', delayMs: random(0, 150) },
      { after: 'Rows', delayMs: random(150, 600) },
      { after: 'Rows', delayMs: random(600, 1200) },
      { after: 'Rows', delayMs: random(1200, 3000) },
      undefined,
    ];
    const outcomes: Outcome[] = [];
    for (const [index, moment] of moments.entries()) {
      const dataDir = join(workDir, `data-${index}`);
      const finished = await importAndKill(dataDir, file, moment);
      outcomes.push({ finished, ...inspect(dataDir) });
    }
    for (const outcome of outcomes) {
      expect(outcome.integrity).toBe('ok');
      expect([0, ROWS]).toContain(outcome.contacts);
      // The import row, the contacts and their index entries commit together or not at all.
      expect(outcome.imports).toBe(outcome.contacts === ROWS ? 1 : 0);
      expect(outcome.indexedContacts).toBe(outcome.contacts);
      if (outcome.finished) expect(outcome.contacts).toBe(ROWS);
    }
    // The run left alone must have imported everything; the test is about the others.
    expect(outcomes.at(-1)).toMatchObject({ finished: true, contacts: ROWS });
  }, 240_000);
});
