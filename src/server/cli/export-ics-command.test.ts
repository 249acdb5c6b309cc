import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../main.ts';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { EXIT_OK, runCli } from './cli.ts';

// `rapport export --format ics` on a SQLite data folder, as a user runs it. The calendar text
// itself is tested in src/server/calendar; here: the command writes what the feed serves.

/** Monday 2 November 2026, 09:00 in Oslo: the day the request goes out. */
const NOW = '2026-11-02T08:00:00.000Z';

describe('rapport export --format ics', () => {
  let folder: string;
  let dataDir: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'rapport-cli-ics-'));
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
      env: { LANG: 'C', RAPPORT_NOW: NOW, ...env },
      version: '9.9.9',
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      stdout,
    });
    return { code, out: out.join('\n'), err: err.join('\n'), stdout: Buffer.concat(chunks).toString('utf8') };
  }

  /**
   * Two requests sent today: one gets a meeting (so it has no follow-ups any more), the other
   * waits for its 3B7 steps. Answers the feed the running server would serve.
   */
  async function addInterviews(): Promise<string> {
    const { database } = await openAppDatabase({ dataDir });
    const api = createTestApp(database, { clock: () => new Date(NOW) });
    const json = async (method: string, path: string, body?: unknown) => {
      const response = await api.send(method, path, body);
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
      return (await response.json()) as { id: string; version: number; feedPath: string };
    };
    await json('PUT', '/api/profile', {
      myName: 'Kari',
      myBackground: '',
      myField: '',
      country: 'NO',
      timeZone: 'Europe/Oslo',
      routine: '3b7',
      version: 1,
    });
    for (const [name, meets] of [
      ['Ingrid Bergersen', true],
      ['Jonas Keller', false],
    ] as const) {
      const contact = await json('POST', '/api/contacts', buildContactInput({ name, organisation: 'Statkraft' }));
      let interview = await json('POST', '/api/interviews', { contactId: contact.id, goal: 'Learn about hydropower' });
      interview = await json('POST', `/api/interviews/${interview.id}/sent`, {
        channel: 'email',
        on: '2026-11-02',
        version: interview.version,
      });
      if (meets)
        await json('PUT', `/api/interviews/${interview.id}/meeting`, {
          start: '2026-11-10T10:00',
          timeZone: 'Europe/Oslo',
          durationMinutes: 20,
          end: null,
          format: 'cafe',
          place: 'Kaffebrenneriet, Aker Brygge; by the window',
          version: interview.version,
        });
    }
    const profile = await json('POST', '/api/profile/feed-token');
    const feed = await api.app.request(`${profile.feedPath}?lang=en`);
    expect(feed.status).toBe(200);
    const text = await feed.text();
    await database.close();
    return text;
  }

  /** The lines that do not depend on the moment the file was written. */
  const stable = (text: string) => text.split('\r\n').filter((line) => !line.startsWith('DTSTAMP'));

  it('writes the same calendar as the feed to stdout: meetings and due follow-ups, and nothing else there', async () => {
    const served = await addInterviews();
    const result = await run(['export', '--format', 'ics', '--data-dir', dataDir]);
    expect(result).toMatchObject({ code: EXIT_OK, out: '', err: '' });
    expect(stable(result.stdout)).toEqual(stable(served));

    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const meeting = events.find((event) => event.summary.includes('Ingrid Bergersen'));
    expect(meeting?.location).toBe('Kaffebrenneriet, Aker Brygge; by the window');
    expect(meeting?.startDate.toString()).toBe('2026-11-10T10:00:00');
    expect(meeting?.startDate.zone?.tzid).toBe('Europe/Oslo');
    expect(meeting?.sequence).toBe(0);
    // Jonas has not answered: his 3B step (a second person at Statkraft) is in the calendar too.
    expect(events.map((event) => event.summary)).toContain('Contact a second person at Statkraft');
  });

  it('writes the calendar to a file with --out and says what it holds, in the terminal’s language', async () => {
    await addInterviews();
    const path = join(folder, 'rapport.ics');
    const result = await run(['export', '--format', 'ICS', '--out', path, '--data-dir', dataDir]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toMatch(new RegExp(`^Exported 1 meeting and \\d+ follow-ups? to ${path}\\.$`));
    expect(readFileSync(path, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const nb = await run(['export', '--format', 'ics', '--out', path, '--data-dir', dataDir], { LANG: 'nb_NO.UTF-8' });
    expect(nb.out).toMatch(/^Eksporterte 1 møte og \d+ oppfølginge?r? til /);
    expect(readFileSync(path, 'utf8')).toContain('Kontakt en person til hos Statkraft');
  });

  it('writes an empty calendar for a user with no meetings yet', async () => {
    const result = await run(['export', '--format', 'ics', '--data-dir', dataDir]);
    expect(result.code).toBe(EXIT_OK);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
