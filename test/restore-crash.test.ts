import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '#server/backup/backup-version';
import { DATABASE_FILE_NAME } from '#server/data-dir';
import { BackupService } from '#server/backup/backup.service';
import { openAppDatabase } from '#server/main';
import { localUser } from '#server/users/acting-user';
import type { BackupFile } from '#shared/backup.schema';

// "A restore killed midway leaves the old database usable" (engineering guide): a child process
// restores a large backup into a SQLite file and is killed with SIGKILL at a random moment, in
// the staging phase or in the swap; the file must pass integrity_check and hold exactly the old
// data or exactly the new, every time.

const repoRoot = join(import.meta.dirname, '..');
const stamp = '2026-11-22T10:00:00.000Z';

function network(prefix: string, contacts: number, notesPerContact: number): BackupFile {
  const file: BackupFile = {
    format: 'rapport-backup',
    schemaVersion: currentSchemaVersion(),
    createdAt: stamp,
    data: {
      contacts: [],
      organisations: [],
      notes: [],
      explore_fields: [],
      imports: [],
      profiles: [],
      interviews: [],
      interview_steps: [],
      meetings: [],
      templates: [],
      questions: [],
      dossiers: [],
      plan_items: [],
      conversations: [],
      reports: [],
      tasks: [],
      interactions: [],
      keep_in_touch: [],
    },
  };
  for (let o = 0; o < 50; o += 1) {
    file.data.organisations.push({
      id: `${prefix}-org-${o}`,
      name: `${prefix} Organisation ${o}`,
      website: '',
      field: '',
      notes: '',
      is_target: o % 2 === 0 ? 1 : 0,
      motivation: o % 4,
      posting: 1 + (o % 3),
      routine: null,
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    });
  }
  for (let c = 0; c < contacts; c += 1) {
    file.data.contacts.push({
      id: `${prefix}-contact-${c}`,
      name: `${prefix} Person ${c}`,
      pronunciation: '',
      title: 'Engineer',
      other_titles: '[]',
      organisation_id: `${prefix}-org-${c % 50}`,
      organisation_relation: '',
      field: '',
      location: 'Oslo',
      emails: JSON.stringify([`p${c}@${prefix}.example`]),
      phones: '[]',
      linkedin_url: '',
      how_known: 'friend',
      met_on: '',
      met_where: '',
      introduced_by_id: c > 0 ? `${prefix}-contact-${c - 1}` : null,
      may_use_introducer_name: 0,
      tags: '["crash"]',
      notes: 'Some notes about this person. '.repeat(5),
      import_id: null,
      version: 1,
      created_at: stamp,
      updated_at: stamp,
    });
    for (let n = 0; n < notesPerContact; n += 1) {
      file.data.notes.push({
        id: `${prefix}-note-${c}-${n}`,
        contact_id: `${prefix}-contact-${c}`,
        organisation_id: null,
        body: `Note ${n} about ${prefix} person ${c}: ${'what we talked about over coffee, '.repeat(10)}`,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
      });
    }
  }
  return file;
}

interface State {
  contacts: number;
  notes: number;
  indexed: number;
}

function inspect(dataDir: string): State & { integrity: string } {
  const raw = new SqliteDatabase(join(dataDir, DATABASE_FILE_NAME));
  try {
    const count = (query: string) => (raw.prepare(query).get() as { n: number }).n;
    return {
      integrity: String(raw.pragma('integrity_check', { simple: true })),
      contacts: count(`select count(*) as n from contacts where owner_id = 'local'`),
      notes: count(`select count(*) as n from notes where owner_id = 'local'`),
      indexed: count(`select count(*) as n from search_docs where owner_id = 'local'`),
    };
  } finally {
    raw.close();
  }
}

function stateOf(file: BackupFile): State {
  const { contacts, notes, organisations } = file.data;
  return {
    contacts: contacts.length,
    notes: notes.length,
    indexed: contacts.length + notes.length + organisations.length,
  };
}

/** Runs the child; `killAt` decides, from the phases seen so far, when (ms from now) to kill it. */
function runChild(dataDir: string, backupPath: string, killAt?: (phase: string) => number | undefined) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/restore-crash-child.ts', dataDir, backupPath], {
    cwd: repoRoot,
    env: { ...process.env, LANG: 'C', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const phases: { phase: string; at: number }[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  createInterface({ input: child.stdout }).on('line', (phase) => {
    phases.push({ phase, at: Date.now() });
    const delay = killAt?.(phase);
    if (delay !== undefined) setTimeout(() => child.kill('SIGKILL'), delay);
  });
  return new Promise<{ phases: typeof phases; killed: boolean; stderr: string }>((resolve) => {
    child.once('exit', (_code, signal) => resolve({ phases, killed: signal === 'SIGKILL', stderr }));
  });
}

describe('a restore killed with SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-restore-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves a database that passes integrity_check and holds the old data or the new, completely', async () => {
    const files = { old: network('old', 1000, 2), new: network('new', 3000, 3) };
    const paths = { old: join(dataDir, 'old.json'), new: join(dataDir, 'new.json') };
    writeFileSync(paths.old, JSON.stringify(files.old));
    writeFileSync(paths.new, JSON.stringify(files.new));

    const { database } = await openAppDatabase({ dataDir });
    await new BackupService(database).restore(localUser, JSON.stringify(files.old));
    await database.close();
    expect(inspect(dataDir)).toEqual({ integrity: 'ok', ...stateOf(files.old) });

    // A full run each way, to learn how long each phase takes on this machine.
    const timings = {} as Record<keyof typeof files, { staging: number; swap: number }>;
    for (const target of ['new', 'old'] as const) {
      const full = await runChild(dataDir, paths[target]);
      expect(full.stderr).toBe('');
      expect(full.phases.map((entry) => entry.phase)).toEqual(['staging', 'swapping', 'done']);
      const [staging, swapping, done] = full.phases.map((entry) => entry.at) as [number, number, number];
      timings[target] = { staging: swapping - staging, swap: done - swapping };
      expect(inspect(dataDir)).toEqual({ integrity: 'ok', ...stateOf(files[target]) });
    }
    let current: keyof typeof files = 'old';

    const outcomes: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const target = current === 'old' ? 'new' : 'old';
      // Even rounds: anywhere in staging. Odd rounds: inside the swap transaction.
      const inSwap = round % 2 === 1;
      const delay = Math.floor(Math.random() * Math.max(1, inSwap ? timings[target].swap : timings[target].staging));
      const run = await runChild(dataDir, paths[target], (phase) =>
        phase === (inSwap ? 'swapping' : 'staging') ? delay : undefined,
      );
      const after = inspect(dataDir);
      expect(after.integrity).toBe('ok');
      const holds = [stateOf(files.old), stateOf(files.new)].findIndex(
        (state) => state.contacts === after.contacts && state.notes === after.notes && state.indexed === after.indexed,
      );
      expect(holds, JSON.stringify(after)).not.toBe(-1);
      current = holds === 0 ? 'old' : 'new';
      const when = run.killed ? `killed ${delay} ms into ${inSwap ? 'swap' : 'staging'}` : 'finished';
      outcomes.push(`${when}: ${current === target ? 'all new data' : 'all old data'}`);
    }
    console.warn(`[restore crash] ${outcomes.join('; ')}`);

    // Still usable by the app: it opens, and a restore over it works.
    const reopened = await openAppDatabase({ dataDir });
    await new BackupService(reopened.database).restore(localUser, JSON.stringify(files.old));
    await reopened.database.close();
    expect(inspect(dataDir)).toEqual({ integrity: 'ok', ...stateOf(files.old) });
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.staging')).length).toBeLessThanOrEqual(6);
  }, 180_000);
});
