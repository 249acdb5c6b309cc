import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../data-dir.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from './cli.ts';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/import');

describe('rapport import', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapport-import-cli-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_GB.UTF-8' }) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['import', ...args], {
      env,
      version: '9.9.9',
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  const contactCount = () => {
    const database = new SqliteDatabase(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      return Number((database.prepare('select count(*) as n from contacts').get() as { n: number }).n);
    } finally {
      database.close();
    }
  };

  it('imports a LinkedIn export into the data folder and prints what it did', async () => {
    const result = await run([join(fixtures, 'linkedin-connections.csv'), '--data-dir', dataDir]);
    expect(result.err).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain('Reading linkedin-connections.csv');
    expect(result.out).toContain('Rows: 8 · new: 8 · possible duplicates: 0 · with problems: 0');
    expect(result.out).toContain(
      'Imported linkedin-connections.csv. Created: 8 · merged: 0 · skipped: 0 · not imported: 0',
    );
    expect(contactCount()).toBe(8);
  });

  it('skips possible duplicates unless told to merge them', async () => {
    await run([join(fixtures, 'linkedin-connections.csv'), '--data-dir', dataDir]);
    const skipped = await run([join(fixtures, 'contacts-v4.vcf'), '--data-dir', dataDir]);
    expect(skipped.out).toContain('Created: 0 · merged: 0 · skipped: 3');
    const merged = await run([
      join(fixtures, 'contacts-v4.vcf'),
      '--format',
      'vcard',
      '--duplicates',
      'merge',
      '--data-dir',
      dataDir,
    ]);
    expect(merged.out).toContain('Created: 0 · merged: 3 · skipped: 0');
    expect(contactCount()).toBe(8);
  });

  it('lists rows that break the rules by line, and imports the others', async () => {
    const file = join(dataDir, 'Connections.csv');
    writeFileSync(
      file,
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Ola,Nordmann,,ola(at)example.no,,,',
        'Kari,Nordmann,,,,,',
      ].join('\n'),
    );
    const result = await run([file, '--data-dir', dataDir]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain('not imported: 1');
    expect(result.out).toContain('  line 2: E-mail addresses does not look like an e-mail address');
    expect(contactCount()).toBe(1);
  });

  it('refuses a damaged file in the terminal’s language, naming the file, line and field, and imports nothing', async () => {
    const file = join(dataDir, 'Connections.csv');
    writeFileSync(
      file,
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Ola,Nordmann,,,,,01 Jan 2024',
        'Kari,Nordmann,,,,,31 Feb 2024',
      ].join('\r\n'),
    );
    const result = await run([file, '--data-dir', dataDir], { LANG: 'nb_NO.UTF-8' });
    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.err).toContain('Ingenting ble importert');
    expect(result.err).toContain('Connections.csv, linje 3, feltet «Connected On»');
    expect(contactCount()).toBe(0);
  });

  it('says what is wrong with the command line', async () => {
    expect((await run([])).err).toContain('Name the file to import');
    expect((await run([])).code).toBe(EXIT_USAGE);
    const format = await run(['x.csv', '--format', 'excel']);
    expect(format.code).toBe(EXIT_USAGE);
    expect(format.err).toContain('--format must be auto, linkedin, google or vcard, not “excel”');
    expect((await run(['x.csv', '--duplicates', 'maybe'])).code).toBe(EXIT_USAGE);
    expect((await run(['a.csv', 'b.csv'])).code).toBe(EXIT_USAGE);
    const missing = await run([join(dataDir, 'nowhere.csv'), '--data-dir', dataDir]);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.err).toContain('There is no file at');
    const help = await run(['--help']);
    expect(help.code).toBe(EXIT_OK);
    expect(help.out).toContain('--duplicates WHAT');
  });
});
