import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../main.ts';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from './cli.ts';

// The data commands on a SQLite data folder, as a user runs them. Restore itself is tested on
// both engines in src/server/backup/backup.test.ts.

describe('rapport export, backup and restore', () => {
  let folder: string;
  let dataDir: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rapport-cli-transfer-'));
    dataDir = join(folder, 'data');
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await runCli(argv, {
      env: { LANG: 'C', ...env },
      version: '9.9.9',
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      stdout,
    });
    return { code, out: out.join('\n'), err: err.join('\n'), stdout: Buffer.concat(chunks).toString('utf8') };
  }

  async function addContacts(...names: string[]) {
    const { database } = await openAppDatabase({ dataDir });
    const api = createTestApp(database);
    for (const name of names) {
      const response = await api.send('POST', '/api/contacts', buildContactInput({ name }));
      expect(response.status).toBe(201);
    }
    const note = await api.send('POST', '/api/notes', {
      contactId: ((await (await api.send('GET', '/api/contacts')).json()) as { items: { id: string }[] }).items[0]?.id,
      body: 'A note',
    });
    expect(note.status).toBe(201);
    await database.close();
  }

  it('exports contacts as vCard or CSV to stdout, and nothing else goes there', async () => {
    await addContacts('Ingrid Bergersen', 'Jonas Keller');
    const vcard = await run(['export', '--format', 'vcard', '--data-dir', dataDir]);
    expect(vcard).toMatchObject({ code: EXIT_OK, out: '', err: '' });
    expect(vcard.stdout.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    const csv = await run(['export', '--format', 'csv', '--data-dir', dataDir]);
    expect(csv.code).toBe(EXIT_OK);
    expect(csv.stdout.startsWith('\uFEFFID,Name,')).toBe(true);
  });

  it('exports to a file with --out and says how many contacts went there', async () => {
    await addContacts('Ingrid Bergersen', 'Jonas Keller');
    const path = join(folder, 'contacts.vcf');
    const result = await run(['export', '--format', 'vcard', '--out', path, '--data-dir', dataDir]);
    expect(result).toMatchObject({ code: EXIT_OK, out: `Exported 2 contacts to ${path}.` });
    expect(readFileSync(path, 'utf8')).toContain('FN:Jonas Keller');
  });

  it('exports everything as JSON: the same as a backup', async () => {
    await addContacts('Ingrid Bergersen');
    const json = await run(['export', '--format', 'json', '--data-dir', dataDir]);
    const path = join(folder, 'backup.json');
    await run(['backup', '--out', path, '--data-dir', dataDir]);
    const strip = (text: string) => ({ ...JSON.parse(text), createdAt: undefined });
    expect(strip(json.stdout)).toEqual(strip(readFileSync(path, 'utf8')));
  });

  it('asks for a format it knows', async () => {
    expect(await run(['export', '--data-dir', dataDir])).toMatchObject({
      code: EXIT_USAGE,
      err: 'Say what to export: --format vcard, --format csv, --format json or --format ics.',
    });
    expect((await run(['export', '--format', 'pdf', '--data-dir', dataDir])).err).toBe(
      '“pdf” is not a format Rapport can export. Choose vcard, csv, json or ics.',
    );
    expect((await run(['export', '--format'])).code).toBe(EXIT_USAGE);
    expect((await run(['backup', '--bogus'])).err).toContain('--bogus');
  });

  it('backs up to a dated file in the current folder by default, never leaving a partial file', async () => {
    await addContacts('Ingrid Bergersen');
    const before = process.cwd();
    process.chdir(folder);
    try {
      const result = await run(['backup', '--data-dir', dataDir]);
      expect(result.code).toBe(EXIT_OK);
      const [file, ...others] = readdirSync(folder).filter((name) => name.startsWith('rapport-backup-'));
      expect(others).toEqual([]);
      expect(file).toMatch(/^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
      expect(result.out).toMatch(
        /^Saved a backup to .*rapport-backup-.*\.json \(contacts: 1, organisations: 1, notes: 1\)\.$/,
      );
      expect(JSON.parse(readFileSync(join(folder, file ?? ''), 'utf8')).format).toBe('rapport-backup');
    } finally {
      process.chdir(before);
    }
  });

  it('says where it cannot write a backup, and leaves nothing behind', async () => {
    const path = join(folder, 'no-such-folder', 'backup.json');
    const result = await run(['backup', '--out', path, '--data-dir', dataDir]);
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.err).toMatch(new RegExp(`^Rapport cannot write ${path}: ENOENT`));
    expect(existsSync(path)).toBe(false);
  });

  it('restores a backup without asking, says what it restored, and the data is back', async () => {
    await addContacts('Ingrid Bergersen', 'Jonas Keller');
    const path = join(folder, 'backup.json');
    await run(['backup', '--out', path, '--data-dir', dataDir]);
    const before = (await run(['export', '--format', 'csv', '--data-dir', dataDir])).stdout;
    await addContacts('Added Later');

    const result = await run(['restore', path, '--data-dir', dataDir]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toBe(
      `Restored the backup ${path} (contacts: 2, organisations: 1, notes: 1). What was in Rapport before has been replaced.`,
    );
    expect((await run(['export', '--format', 'csv', '--data-dir', dataDir])).stdout).toBe(before);
  });

  it('refuses a broken or newer backup with the reason, and changes nothing', async () => {
    await addContacts('Ingrid Bergersen');
    const path = join(folder, 'backup.json');
    await run(['backup', '--out', path, '--data-dir', dataDir]);
    const before = (await run(['export', '--format', 'json', '--data-dir', dataDir])).stdout;
    const file = JSON.parse(readFileSync(path, 'utf8'));

    file.data.notes[0].contact_id = 'missing';
    writeFileSync(path, JSON.stringify(file));
    const broken = await run(['restore', path, '--data-dir', dataDir]);
    expect(broken.code).toBe(EXIT_FAILURE);
    expect(broken.err).toBe(
      'This file is not a Rapport backup, or it is damaged or incomplete. Nothing was changed.\n' +
        '  data.notes[0].contact_id refers to something that does not exist (any more).',
    );

    writeFileSync(path, JSON.stringify({ ...file, schemaVersion: '9999-future' }));
    const newer = await run(['restore', path, '--data-dir', dataDir], { LANG: 'de_DE.UTF-8' });
    expect(newer.code).toBe(EXIT_FAILURE);
    expect(newer.err).toContain('neueren Version von Rapport');
    const after = (await run(['export', '--format', 'json', '--data-dir', dataDir])).stdout;
    expect(JSON.parse(after).data).toEqual(JSON.parse(before).data);
  });

  it('needs exactly one file to restore, and says when it is not there', async () => {
    expect((await run(['restore'])).code).toBe(EXIT_USAGE);
    expect((await run(['restore', 'a.json', 'b.json'])).code).toBe(EXIT_USAGE);
    const missing = await run(['restore', join(folder, 'nope.json'), '--data-dir', dataDir]);
    expect(missing).toMatchObject({ code: EXIT_FAILURE, err: `There is no file ${join(folder, 'nope.json')}.` });
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    const result = await run(['backup', '--out', join(folder, 'x.json')], { DATABASE_URL: 'mysql://x' });
    expect(result.code).toBe(EXIT_USAGE);
  });

  it('lists the data commands in the help, in the terminal’s language', async () => {
    const en = await run(['--help']);
    expect(en.out).toContain('export           write your contacts');
    expect(en.out).toContain('restore FILE     replace everything in Rapport with a backup file');
    expect(en.out).toContain('--format FORMAT');
    expect(en.out).toContain('ics (meetings and due follow-ups, as the calendar feed)');
    const nb = await run(['backup', '--help'], { LANG: 'nb_NO.UTF-8' });
    expect(nb.out).toContain('erstatt alt i Rapport med en sikkerhetskopi');
    expect(nb.out).toContain('ics (møter og oppfølginger, som i kalenderabonnementet)');
  });
});
