import { sql } from 'kysely';
import { builtInQuestions } from '#domain/question-bank';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { migrations } from '#server/db/migrations/index';
import { SearchIndex } from '#server/search/search-index.repo';
import { backupColumns, backupTables, type BackupFile } from '#shared/backup.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';
import { backupUpgrades, currentSchemaVersion, FIRST_BACKUP_SCHEMA } from './backup-version.ts';
import { storedColumns } from './restore-rows.ts';

const NOW = new Date('2026-11-22T10:00:00.000Z');

describe.each(testDatabases)('backup and restore on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    api = createTestApp(database, { clock: () => NOW });
  });

  afterEach(async () => {
    await database.close();
  });

  const post = async (path: string, body: unknown) => {
    const response = await api.send('POST', path, body);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as { id: string; version: number };
  };

  /** A network with every kind of row and link a backup must carry. */
  const seed = async () => {
    const nav = await post('/api/organisations', {
      name: 'NAV',
      website: 'https://www.nav.no',
      isTarget: true,
      motivation: 3,
      posting: 2,
      notes: 'Big *public* employer',
    });
    const ingrid = await post(
      '/api/contacts',
      buildContactInput({
        name: 'Ingrid Bergersen',
        pronunciation: 'ING-rid BER-ger-sen',
        organisation: 'NAV',
        otherTitles: ['UX designer', 'Service designer'],
        organisationRelation: 'current_employee',
        howKnown: 'alumni',
        metOn: '2024-03-12',
        tags: ['design', 'oslo'],
        notes: 'Line one\nLine two with "quotes", commas; and semicolons',
      }),
    );
    const jonas = await post(
      '/api/contacts',
      buildContactInput({ name: 'Jonas Keller', introducedById: ingrid.id, mayUseIntroducerName: true }),
    );
    await post('/api/notes', { contactId: ingrid.id, body: 'Talked about **quokkas** and service design' });
    await post('/api/notes', { organisationId: nav.id, body: 'Hiring in spring' });
    await post('/api/explore-fields', { name: 'Renewable energy', notes: 'Ask Jonas' });
    const importId = '0b0e7bd2-5f3a-4b4e-9a43-2d9c6a3c1e01';
    await database.db
      .insertInto('imports')
      .values({
        id: importId,
        owner_id: 'local',
        format: 'linkedin',
        file_name: 'Connections.csv',
        summary: '{"created":1}',
        undo: '[]',
        created_at: NOW.toISOString(),
        undone_at: null,
      })
      .execute();
    await database.db.updateTable('contacts').set({ import_id: importId }).where('id', '=', jonas.id).execute();
    // Asking and scheduling: the profile, an interview with its history and meeting, an own template.
    const profile = (await (await api.send('GET', '/api/profile')).json()) as { version: number };
    await api.send('PUT', '/api/profile', {
      myName: 'Kari',
      myBackground: 'a student of design',
      myField: 'service design',
      country: 'NO',
      timeZone: 'Europe/Oslo',
      routine: '7+7',
      version: profile.version,
    });
    const interview = await post('/api/interviews', { contactId: jonas.id, goal: 'How did you get into UX?' });
    const sent = (await (
      await api.send('POST', `/api/interviews/${interview.id}/sent`, { channel: 'email', on: '2026-11-20', version: 1 })
    ).json()) as { version: number };
    const scheduled = await api.send('PUT', `/api/interviews/${interview.id}/meeting`, {
      start: '2026-12-03T10:00',
      timeZone: 'Europe/Oslo',
      format: 'video',
      place: 'https://meet.example/abc',
      version: sent.version,
    });
    expect(scheduled.status).toBe(200);
    await post('/api/templates', {
      kind: 'follow_up',
      language: 'nb',
      name: 'Min',
      body: 'Hei {{advisor_first_name}}',
    });
    await seedConversation(interview.id, ingrid.id, jonas.id);
    return { nav, ingrid, jonas };
  };

  /** One row in each of issue 5's tables, written directly: the backup must carry them all. */
  const seedConversation = async (interviewId: string, ingridId: string, jonasId: string) => {
    const stamp = NOW.toISOString();
    const owner = { owner_id: 'local' };
    await database.db
      .updateTable('profiles')
      .set({ elevator_pitch: 'I design services; I want to learn about UX.' })
      .execute();
    await database.db
      .insertInto('dossiers')
      .values({
        ...owner,
        interview_id: interviewId,
        leave_knowing: 'How teams work',
        checklist: '["research_done"]',
        updated_at: stamp,
      })
      .execute();
    const question = await database.db.selectFrom('questions').select('id').limit(1).executeTakeFirst();
    await database.db
      .insertInto('plan_items')
      .values([
        {
          ...owner,
          id: '0193a000-0000-7000-8000-000000000001',
          interview_id: interviewId,
          question_id: question?.id ?? null,
          text: 'What does a week look like?',
          minutes: 3,
          position: 0,
          note: 'Sprints; "research" days',
          starred: 1,
          asked: 1,
          created_at: stamp,
          updated_at: stamp,
        },
        {
          ...owner,
          id: '0193a000-0000-7000-8000-000000000002',
          interview_id: interviewId,
          question_id: null,
          text: 'Own question',
          minutes: 2,
          position: 1,
          note: '',
          starred: 0,
          asked: 0,
          created_at: stamp,
          updated_at: stamp,
        },
      ])
      .execute();
    await database.db
      .insertInto('conversations')
      .values({
        ...owner,
        interview_id: interviewId,
        planned_minutes: 20,
        started_at: stamp,
        ended_at: stamp,
        phase: 'next_steps',
        free_notes: 'Ask Ingrid',
        updated_at: stamp,
      })
      .execute();
    await database.db
      .insertInto('reports')
      .values({
        ...owner,
        interview_id: interviewId,
        body: '# What I learned',
        gains: JSON.stringify({
          keywords: ['Figma'],
          payRanges: [
            { role: 'UX designer', level: 'junior', min: 500000, max: 600000, currency: 'NOK', period: 'year' },
          ],
        }),
        thank_you_subject: 'Thank you',
        thank_you_body: 'Thanks, Jonas',
        thank_you_sent_on: '2026-12-03',
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await database.db
      .insertInto('tasks')
      .values({
        ...owner,
        id: '0193a000-0000-7000-8000-000000000003',
        contact_id: jonasId,
        interview_id: interviewId,
        kind: 'advice',
        text: 'Take the UX course',
        due_on: '2026-12-10',
        done_on: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await database.db
      .insertInto('interactions')
      .values({
        ...owner,
        id: '0193a000-0000-7000-8000-000000000004',
        contact_id: ingridId,
        kind: 'call',
        on_day: '2026-11-01',
        note: 'Quick call',
        created_at: stamp,
      })
      .execute();
    await database.db
      .insertInto('keep_in_touch')
      .values({ ...owner, contact_id: ingridId, every_months: 6, updated_at: stamp })
      .execute();
  };

  const backup = async () => {
    const response = await api.send('GET', '/api/backup');
    expect(response.status).toBe(200);
    return response.text();
  };

  const restore = (body: string, headers: Record<string, string> = {}) =>
    api.send('POST', '/api/restore', body, headers);

  const wipe = async () => {
    for (const table of [
      'plan_items',
      'dossiers',
      'conversations',
      'reports',
      'tasks',
      'interactions',
      'keep_in_touch',
      'interview_steps',
      'meetings',
      'interviews',
      'templates',
      'profiles',
      'notes',
      'contacts',
      'organisations',
      'explore_fields',
      'imports',
    ] as const) {
      await database.db.deleteFrom(table).execute();
    }
    await new SearchIndex(database.dialect).clear(database.db);
  };

  const exports = async () => ({
    vcard: await (await api.send('GET', '/api/export/contacts.vcf')).text(),
    csv: await (await api.send('GET', '/api/export/contacts.csv')).text(),
  });

  const searchTitles = async (q: string) => {
    const response = await api.send('GET', `/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: { kind: string }[] }).items.map((item) => item.kind).sort();
  };

  const expectError = async (response: Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; fields?: { field: string; rule: string }[] } };
    expect(body.error.code).toBe(code);
    return body.error.fields ?? [];
  };

  it('gives a backup as a JSON download with the schema version and every row', async () => {
    await seed();
    const response = await api.send('GET', '/api/backup');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rapport-backup-2026-11-22.json"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const file = JSON.parse(await response.text()) as BackupFile;
    expect(file).toMatchObject({
      format: 'rapport-backup',
      schemaVersion: currentSchemaVersion(),
      createdAt: NOW.toISOString(),
    });
    expect(Object.fromEntries(Object.entries(file.data).map(([table, rows]) => [table, rows.length]))).toEqual({
      contacts: 2,
      organisations: 2,
      notes: 2,
      explore_fields: 1,
      imports: 1,
      profiles: 1,
      interviews: 1,
      interview_steps: 3,
      meetings: 1,
      templates: 1,
      // The built-in questions, seeded for every user as at a start.
      questions: builtInQuestions.length,
      dossiers: 1,
      plan_items: 2,
      conversations: 1,
      reports: 1,
      tasks: 1,
      interactions: 1,
      keep_in_touch: 1,
    });
    // The calendar feed's token is a key, not data: it stays out of a backup.
    expect(Object.keys(file.data.profiles[0] ?? {})).not.toContain('feed_token');
    // Whose data it is and the derived keys are the restoring side's business.
    expect(Object.keys(file.data.contacts[0] ?? {})).not.toContain('owner_id');
    expect(Object.keys(file.data.contacts[0] ?? {})).not.toContain('search_key');
  });

  it('backs up, wipes, restores and backs up again: the same file, the same exports, search works', async () => {
    await seed();
    const before = await backup();
    const exportsBefore = await exports();
    await wipe();
    expect(JSON.parse(await backup()).data.contacts).toEqual([]);

    const response = await restore(before);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      contacts: 2,
      organisations: 2,
      notes: 2,
      exploreFields: 1,
      imports: 1,
      interviews: 1,
      templates: 1,
    });

    expect(await backup()).toBe(before);
    expect(await exports()).toEqual(exportsBefore);
    expect(await searchTitles('quokkas')).toEqual(['note']);
    expect(await searchTitles('bergersen')).toContain('contact');
    const list = (await (await api.send('GET', '/api/contacts?q=ingrid')).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  it('replaces what is there now, leaving no trace of it in the list or the search index', async () => {
    await seed();
    const snapshot = await backup();
    const extra = await post('/api/contacts', buildContactInput({ name: 'Zelda Afterwards', notes: 'xylophone' }));
    await post('/api/notes', { contactId: extra.id, body: 'xylophone lessons' });
    expect(await searchTitles('xylophone')).toEqual(['contact', 'note']);

    expect((await restore(snapshot)).status).toBe(200);
    expect((await api.send('GET', `/api/contacts/${extra.id}`)).status).toBe(404);
    expect(await searchTitles('xylophone')).toEqual([]);
    expect(await backup()).toBe(snapshot);
  });

  it('leaves other users’ data alone', async () => {
    const snapshot = await backup();
    await database.db
      .insertInto('users')
      .values({ id: 'other', display_name: 'Other', created_at: NOW.toISOString() })
      .execute();
    await database.db
      .insertInto('contacts')
      .values({
        id: 'other-contact',
        owner_id: 'other',
        name: 'Not Yours',
        title: '',
        linkedin_url: '',
        notes: '',
        sort_key: 'not yours',
        search_key: 'not yours',
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      })
      .execute();
    await seed();
    expect((await restore(snapshot)).status).toBe(200);
    const others = await database.db.selectFrom('contacts').select('id').where('owner_id', '=', 'other').execute();
    expect(others).toEqual([{ id: 'other-contact' }]);
  });

  it('refuses a backup from a newer schema with its own code, and changes nothing', async () => {
    await seed();
    const before = await backup();
    const newer = { ...JSON.parse(before), schemaVersion: '9999-something-from-the-future' };
    newer.data.contacts[0].a_column_from_the_future = 'x';
    await expectError(await restore(JSON.stringify(newer)), 422, 'backup_too_new');
    expect(await backup()).toBe(before);
  });

  it('refuses a file that is not a backup or is broken, naming the place, and changes nothing', async () => {
    await seed();
    const before = await backup();
    const file = () => JSON.parse(before) as BackupFile;

    await expectError(await restore(before.slice(0, before.length / 2)), 400, 'backup_invalid');
    expect(await expectError(await restore('{"contacts":[]}'), 400, 'backup_invalid')).toEqual([
      { field: 'format', rule: 'invalid_value' },
      { field: 'schemaVersion', rule: 'required' },
    ]);
    expect(
      await expectError(await restore(JSON.stringify({ ...file(), schemaVersion: 'made-up' })), 400, 'backup_invalid'),
    ).toEqual([{ field: 'schemaVersion', rule: 'invalid_value' }]);

    const orphan = file();
    orphan.data.notes[1]!.contact_id = 'no-such-contact';
    orphan.data.notes[1]!.organisation_id = null;
    expect(await expectError(await restore(JSON.stringify(orphan)), 400, 'backup_invalid')).toEqual([
      { field: 'data.notes[1].contact_id', rule: 'not_found' },
    ]);

    const huge = file();
    huge.data.contacts[1]!.name = 'x'.repeat(1024 * 1024);
    expect(await expectError(await restore(JSON.stringify(huge)), 400, 'backup_invalid')).toEqual([
      { field: 'data.contacts[1].name', rule: 'too_long', limit: 200 },
    ]);

    const twice = file();
    twice.data.contacts.push({ ...twice.data.contacts[0]! });
    expect(await expectError(await restore(JSON.stringify(twice)), 400, 'backup_invalid')).toEqual([
      { field: 'data.contacts[2].id', rule: 'invalid_value' },
    ]);

    const wrongTypes = file();
    (wrongTypes.data.organisations[0] as Record<string, unknown>).motivation = 7;
    (wrongTypes.data.contacts[0] as Record<string, unknown>).emails = '["fine", 3]';
    (wrongTypes.data.contacts[1] as Record<string, unknown>).created_at = 'yesterday';
    expect(await expectError(await restore(JSON.stringify(wrongTypes)), 400, 'backup_invalid')).toEqual([
      { field: 'data.contacts[0].emails', rule: 'invalid_value' },
      { field: 'data.contacts[1].created_at', rule: 'invalid_date' },
      { field: 'data.organisations[0].motivation', rule: 'too_large', limit: 3 },
    ]);
    expect(await backup()).toBe(before);
  });

  it('explains a broken file in the language of the request', async () => {
    const response = await restore('{"format":"rapport-backup"', { 'accept-language': 'nb' });
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/sikkerhetskopi/);
  });

  it('is not fooled by __proto__ or constructor keys: they are refused and pollute nothing', async () => {
    await seed();
    const before = await backup();
    const payloads = [
      before.replace('{"format"', '{"__proto__":{"polluted":"yes"},"format"'),
      before.replace('"data":{', '"data":{"__proto__":{"polluted":"yes"},'),
      before.replace('{"id"', '{"__proto__":{"polluted":"yes"},"id"'),
      before.replace('{"id"', '{"constructor":{"prototype":{"polluted":"yes"}},"id"'),
      before.replace('"summary":"{', '"summary":"{\\"__proto__\\":{\\"polluted\\":\\"yes\\"},'),
    ];
    for (const payload of payloads) {
      expect(() => JSON.parse(payload) as unknown).not.toThrow();
      const fields = await expectError(await restore(payload), 400, 'backup_invalid');
      expect(fields.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await backup()).toBe(before);
  });

  it('restores a circle of introductions and a contact who introduced themselves', async () => {
    const { ingrid, jonas } = await seed();
    const file = JSON.parse(await backup()) as BackupFile;
    for (const row of file.data.contacts) row.introduced_by_id = row.id === ingrid.id ? jonas.id : ingrid.id;
    const text = JSON.stringify(file);
    expect((await restore(text)).status).toBe(200);
    const rows = await database.db.selectFrom('contacts').select(['id', 'introduced_by_id']).orderBy('id').execute();
    expect(Object.fromEntries(rows.map((row) => [row.id, row.introduced_by_id]))).toEqual({
      [ingrid.id]: jonas.id,
      [jonas.id]: ingrid.id,
    });

    for (const row of file.data.contacts) row.introduced_by_id = row.id;
    expect((await restore(JSON.stringify(file))).status).toBe(200);
    const selves = await database.db.selectFrom('contacts').select(['id', 'introduced_by_id']).execute();
    expect(selves.every((row) => row.introduced_by_id === row.id)).toBe(true);
  });

  it('refuses ids that belong to another user, and changes nothing', async () => {
    await seed();
    const before = await backup();
    const file = JSON.parse(before) as BackupFile;
    await database.db
      .insertInto('users')
      .values({ id: 'other', display_name: 'Other', created_at: NOW.toISOString() })
      .execute();
    await database.db
      .insertInto('explore_fields')
      .values({ id: 'taken-by-other', owner_id: 'other', name: 'Theirs', notes: '', created_at: NOW.toISOString() })
      .execute();
    file.data.explore_fields[0]!.id = 'taken-by-other';
    expect(await expectError(await restore(JSON.stringify(file)), 400, 'backup_invalid')).toEqual([
      { field: 'data.explore_fields[0].id', rule: 'invalid_value' },
    ]);
    expect(await backup()).toBe(before);
  });

  it('takes a restore larger than the usual 2 MiB body limit, and refuses one over 100 MiB', async () => {
    await seed();
    const file = JSON.parse(await backup()) as BackupFile;
    file.data.notes[0]!.body = 'long note '.repeat(9_000);
    const template = file.data.notes[0]!;
    for (let index = 0; index < 40; index += 1) file.data.notes.push({ ...template, id: `bulk-note-${index}` });
    const text = JSON.stringify(file);
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    expect((await restore(text)).status).toBe(200);
    expect((await api.send('POST', '/api/contacts', text)).status).toBe(413);

    const tooLarge = await restore('{}', { 'content-length': String(101 * 1024 * 1024) });
    await expectError(tooLarge, 413, 'payload_too_large');
    const notJson = await api.send('POST', '/api/restore', text, { 'content-type': 'text/plain' });
    await expectError(notJson, 415, 'unsupported_media_type');
  });

  it('refuses a restore from another website', async () => {
    const response = await api.app.request('/api/restore', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: await backup(),
    });
    expect(response.status).toBe(403);
  });

  it('backs up every column of every table, apart from the owner, the derived keys and the feed token', async () => {
    // A key, not data: a restored profile gets no feed until the user makes a new one.
    const leftOut: Record<string, string[]> = { profiles: ['feed_token'] };
    for (const table of backupTables) {
      const actual =
        database.dialect === 'sqlite'
          ? (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(database.db)).rows
          : (
              await sql<{ name: string }>`select column_name as name from information_schema.columns
                where table_schema = current_schema() and table_name = ${table}`.execute(database.db)
            ).rows;
      const backedUp = actual.map((row) => row.name).filter((name) => !leftOut[table]?.includes(name));
      expect(storedColumns(table).sort(), table).toEqual(backedUp.sort());
      expect(storedColumns(table)).toEqual(expect.arrayContaining(backupColumns[table]));
    }
  });
});

describe('the backup schema version', () => {
  it('says, for every migration since backups began, how an older backup reads after it', () => {
    const later = Object.keys(migrations)
      .sort()
      .filter((name) => name > FIRST_BACKUP_SCHEMA);
    expect(later.filter((name) => backupUpgrades[name] === undefined)).toEqual([]);
  });
});
