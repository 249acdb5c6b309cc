import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecordId } from '#server/db/record-id';
import type { DatabaseHandle } from '#server/db/database';
import { localUser } from '#server/users/acting-user';
import type { Interview } from '#shared/interview.schema';
import type { Profile } from '#shared/profile.schema';
import type { Report } from '#shared/report.schema';
import type { Today } from '#shared/today.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('the report and the thank-you note on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;
  let interview: Interview;

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date('2026-11-30T09:00:00Z');
    api = createTestApp(database, { clock: () => now });
    const profile = (await (await api.send('GET', '/api/profile')).json()) as Profile;
    const { feedPath: _feedPath, today: _today, ...rest } = profile;
    const saved = await api.send('PUT', '/api/profile', {
      ...rest,
      myName: 'Ola Hansen',
      country: 'NO',
      timeZone: 'Europe/Oslo',
    });
    expect(saved.status).toBe(200);
    const contact = await (
      await api.send(
        'POST',
        '/api/contacts',
        buildContactInput({ name: 'Åse Lund-Ødegård', organisation: 'Equinor', emails: ['ase@example.no'] }),
      )
    ).json();
    const created = (await (
      await api.send('POST', '/api/interviews', { contactId: contact.id, goal: 'Hear about trading' })
    ).json()) as Interview;
    const scheduled = await api.send('PUT', `/api/interviews/${created.id}/meeting`, {
      start: '2026-12-03T10:00',
      timeZone: 'Europe/Oslo',
      durationMinutes: 20,
      format: 'cafe',
      place: 'Café',
      version: created.version,
    });
    expect(scheduled.status).toBe(200);
    interview = (await scheduled.json()) as Interview;
  });

  afterEach(async () => {
    await database.close();
  });

  /** The live mode's records, written as that feature writes them (it is not this feature's API). */
  async function holdConversation(endedAt: string | null) {
    const at = now.toISOString();
    const items = [
      { text: 'How did you start?', note: 'An internship at 22.', starred: 0, asked: 1 },
      { text: 'What is a normal week?', note: '', starred: 0, asked: 0 },
      { text: 'What surprised you?', note: 'How much | writing there is.', starred: 1, asked: 1 },
      { text: 'What would you learn first?', note: 'SQL before Python.', starred: 1, asked: 0 },
      { text: 'Who else should I meet?', note: '', starred: 0, asked: 1 },
    ];
    await database.db
      .insertInto('plan_items')
      .values(
        items.map((item, position) => ({
          id: newRecordId(),
          owner_id: localUser.id,
          interview_id: interview.id,
          question_id: null,
          minutes: 3,
          position,
          created_at: at,
          updated_at: at,
          ...item,
        })),
      )
      .execute();
    await database.db
      .insertInto('conversations')
      .values({
        interview_id: interview.id,
        owner_id: localUser.id,
        planned_minutes: 20,
        started_at: '2026-12-03T09:00:00Z',
        ended_at: endedAt,
        free_notes: 'Call Ola at the desk next week.',
        updated_at: at,
      })
      .execute();
  }

  const getReport = async (language = 'en') => {
    const response = await api.send('GET', `/api/interviews/${interview.id}/report`, undefined, {
      'accept-language': language,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Report;
  };

  const emptyGains = {
    payRanges: [],
    hours: '',
    conditions: '',
    keywords: [],
    openings: [],
    advice: [],
    resources: [],
    wouldWorkThere: null,
    wouldWorkThereWhy: '',
  };

  it('suggests the outline from the answered questions, starred notes first, until the user writes', async () => {
    await holdConversation('2026-12-03T09:22:00Z');
    const report = await getReport();
    expect(report.bodyIsSuggestion).toBe(true);
    expect(report.version).toBe(0);
    expect(report.heldOn).toBe('2026-12-03');
    expect(report.body).toBe(report.outline);
    expect(report.body).toContain('## Topics covered');
    expect(report.body).toContain('- Who else should I meet?');
    expect(report.body).not.toContain('normal week');
    const learned = report.body.slice(report.body.indexOf('## What I learned'));
    expect(learned.indexOf('★ **key point:** How much \\| writing there is.')).toBeLessThan(
      learned.indexOf('An internship at 22.'),
    );
    expect(report.body).toContain('Call Ola at the desk next week.');
    expect((await getReport('nb')).body).toContain('## Det jeg lærte');
  });

  it('saves the body and the gains, and refuses a save based on an old version', async () => {
    const first = await api.send('PUT', `/api/interviews/${interview.id}/report`, {
      body: '## My report\n\nIt went well.',
      gains: { ...emptyGains, keywords: ['Power markets'], wouldWorkThere: 4 },
      version: 0,
    });
    expect(first.status).toBe(200);
    const saved = (await first.json()) as Report;
    expect(saved).toMatchObject({ version: 1, bodyIsSuggestion: false, body: '## My report\n\nIt went well.' });
    expect(saved.gains.keywords).toEqual(['Power markets']);

    const second = await api.send('PUT', `/api/interviews/${interview.id}/report`, {
      body: 'Second',
      gains: emptyGains,
      version: 1,
    });
    expect(second.status).toBe(200);
    const stale = await api.send('PUT', `/api/interviews/${interview.id}/report`, {
      body: 'Stale',
      gains: emptyGains,
      version: 1,
    });
    expect(stale.status).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error.code).toBe('version_conflict');
    expect(conflict.error.current).toMatchObject({ body: 'Second', version: 2 });
    const staleCreate = await api.send('PUT', `/api/interviews/${interview.id}/report`, {
      body: 'Another tab',
      gains: emptyGains,
      version: 0,
    });
    expect(staleCreate.status).toBe(409);
    expect((await getReport()).body).toBe('Second');
  });

  it('refuses pay with a missing currency or a minimum above the maximum, naming the field, and saves nothing', async () => {
    const response = await api.send(
      'PUT',
      `/api/interviews/${interview.id}/report`,
      {
        body: 'Should not be saved',
        gains: {
          ...emptyGains,
          payRanges: [
            { role: 'Analyst', level: '', min: 500000, max: 600000, currency: '', period: 'year' },
            { role: 'Trader', level: '', min: 900000, max: 700000, currency: 'NOK', period: 'year' },
          ],
        },
        version: 0,
      },
      { 'accept-language': 'nb' },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'gains.payRanges.0.currency', rule: 'invalid_currency' },
        { field: 'gains.payRanges.1.min', rule: 'min_above_max' },
      ]),
    );
    expect(body.error.message).toContain('Valuta');
    expect(body.error.message).toContain('Lønn fra');
    const report = await getReport();
    expect(report.version).toBe(0);
    expect(report.bodyIsSuggestion).toBe(true);
  });

  it('downloads the report as Markdown with the gains and a safe file name', async () => {
    await holdConversation('2026-12-03T09:22:00Z');
    await api.send('PUT', `/api/interviews/${interview.id}/report`, {
      body: '## What I learned\n\n- Trading is a team sport',
      gains: {
        ...emptyGains,
        payRanges: [{ role: 'Analyst', level: 'Junior', min: 550000, max: 650000, currency: 'nok', period: 'year' }],
        openings: [{ what: 'Graduate programme', where: 'Stavanger', expectedBy: '2027-03' }],
        wouldWorkThere: 4,
        wouldWorkThereWhy: 'Kind people',
      },
      version: 0,
    });
    const response = await api.send('GET', `/api/interviews/${interview.id}/report.md`, undefined, {
      'accept-language': 'de',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="ase-lund-odegard-2026-12-03-report.md"',
    );
    const text = await response.text();
    expect(text.startsWith('# Gespräch mit Åse Lund-Ødegård, Equinor\n\n_3. Dezember 2026_\n\n## What I learned')).toBe(
      true,
    );
    expect(text).toContain('### Gehaltsspannen');
    expect(text).toContain('| Analyst | Junior | 550.000 | 650.000 | NOK | Jahr |');
    expect(text).toContain('- **Graduate programme** (Stavanger): erwartet März 2027');
    expect(text).toContain('**4/5**\n\nKind people');
  });

  it('drafts the thank-you note in each language from the advisor, the user and the starred learnings', async () => {
    await holdConversation('2026-12-03T09:22:00Z');
    const expected: Record<string, string> = {
      en: 'Hi Åse,',
      nb: 'Hei Åse,',
      de: 'Guten Tag Åse Lund-Ødegård,',
      id: 'Halo Åse,',
    };
    for (const [language, greeting] of Object.entries(expected)) {
      const { thankYou } = await getReport(language);
      expect(thankYou.drafted).toBe(true);
      expect(thankYou.body.startsWith(greeting)).toBe(true);
      expect(thankYou.body).toContain('- How much | writing there is.\n- SQL before Python.');
      expect(thankYou.body).not.toContain('An internship');
      expect(thankYou.body.endsWith('\nOla Hansen')).toBe(true);
    }
    const edited = await api.send('PUT', `/api/interviews/${interview.id}/thank-you`, {
      subject: 'Takk!',
      body: 'Hei Åse, takk for sist.',
      version: 0,
    });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as Report).thankYou).toMatchObject({ subject: 'Takk!', drafted: false });
  });

  it('writes the thank-you note as an .eml draft to the advisor', async () => {
    await holdConversation('2026-12-03T09:22:00Z');
    const response = await api.send('GET', `/api/interviews/${interview.id}/thank-you.eml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ase-lund-odegard-thank-you.eml"');
    const text = await response.text();
    expect(text).toMatch(/^To: =\?UTF-8\?B\?[^\r\n]+\?=\r\n <ase@example\.no>\r\n/);
    expect(text).toContain('Subject: Thank you for the conversation\r\n');
    expect(text).toContain('X-Unsent: 1\r\n');
    expect(text).toContain('Hi =C3=85se,');
  });

  it('is due in Today the day the conversation ended, and gone once the note is marked sent', async () => {
    // Ended at 23:30 UTC on 3 December: already 4 December in Oslo.
    await holdConversation('2026-12-03T23:30:00Z');
    now = new Date('2026-12-04T10:00:00Z');
    const before = (await (await api.send('GET', '/api/today')).json()) as Today;
    const thanks = before.due.filter((item) => item.kind === 'thank_you');
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatchObject({
      interviewId: interview.id,
      dueOn: '2026-12-04',
      contactName: 'Åse Lund-Ødegård',
    });

    const future = await api.send('POST', `/api/interviews/${interview.id}/thank-you/sent`, {
      channel: 'email',
      on: '2026-12-05',
    });
    expect(future.status).toBe(400);

    const sent = await api.send('POST', `/api/interviews/${interview.id}/thank-you/sent`, {
      channel: 'email',
      on: '2026-12-04',
    });
    expect(sent.status).toBe(200);
    const report = (await sent.json()) as Report;
    expect(report.thankYou).toMatchObject({ sentOn: '2026-12-04', drafted: false });
    expect(report.stage).toBe('thanked');
    const updated = (await (await api.send('GET', `/api/interviews/${interview.id}`)).json()) as Interview;
    expect(updated.stage).toBe('thanked');
    expect(updated.steps.at(-1)).toMatchObject({ kind: 'thank_you_sent', on: '2026-12-04' });

    const after = (await (await api.send('GET', '/api/today')).json()) as Today;
    expect([...after.due, ...after.upcoming].some((item) => item.kind === 'thank_you')).toBe(false);
    const again = await api.send('POST', `/api/interviews/${interview.id}/thank-you/sent`, {
      channel: 'email',
      on: '2026-12-04',
    });
    expect(again.status).toBe(400);
  });

  it('has no thank-you item before the conversation took place', async () => {
    await holdConversation(null);
    const today = (await (await api.send('GET', '/api/today')).json()) as Today;
    expect([...today.due, ...today.upcoming].some((item) => item.kind === 'thank_you')).toBe(false);
  });

  it('answers 404 for an interview that does not exist', async () => {
    expect((await api.send('GET', '/api/interviews/nope/report')).status).toBe(404);
    expect((await api.send('GET', '/api/interviews/nope/report.md')).status).toBe(404);
  });
});
