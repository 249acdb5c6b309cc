import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import { newRecordId } from '#server/db/record-id';
import { localUser } from '#server/users/acting-user';
import type { Conversation } from '#shared/conversation.schema';
import type { Interview } from '#shared/interview.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('live mode on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;
  let interview: Interview;
  let itemIds: string[];

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date('2026-11-30T09:00:00Z');
    api = createTestApp(database, { clock: () => now });
    const contact = await (await api.send('POST', '/api/contacts', buildContactInput({ name: 'Åse Lund' }))).json();
    interview = await (
      await api.send('POST', '/api/interviews', { contactId: contact.id, goal: 'Hear about trading' })
    ).json();
    itemIds = [];
  });

  afterEach(async () => {
    await database.close();
  });

  const path = (suffix = '') => `/api/interviews/${interview.id}/conversation${suffix}`;
  const at = (minutes: number) => new Date(Date.parse('2026-11-30T09:00:00Z') + minutes * 60_000).toISOString();

  /** The plan as the prepare page would have written it. */
  async function planOf(texts: string[]) {
    for (const [position, text] of texts.entries()) {
      const id = newRecordId();
      itemIds.push(id);
      await database.db
        .insertInto('plan_items')
        .values({
          id,
          owner_id: localUser.id,
          interview_id: interview.id,
          text,
          minutes: 3,
          position,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
    }
  }

  async function schedule(durationMinutes: number) {
    const response = await api.send('PUT', `/api/interviews/${interview.id}/meeting`, {
      start: '2026-12-03T10:00',
      timeZone: 'Europe/Oslo',
      durationMinutes,
      format: 'cafe',
      place: 'Café',
      version: interview.version,
    });
    expect(response.status).toBe(200);
    interview = await response.json();
  }

  const read = async () => (await (await api.send('GET', path())).json()) as Conversation;

  it('shows an empty plan and the default 20 minutes before anything was planned or started', async () => {
    const conversation = await read();
    expect(conversation).toMatchObject({
      contactName: 'Åse Lund',
      plannedMinutes: 20,
      startedAt: null,
      endedAt: null,
      phase: 'small_talk',
      freeNotes: '',
      planEmpty: true,
      hasMeeting: false,
      items: [],
      serverNow: '2026-11-30T09:00:00.000Z',
    });
  });

  it('starts once with the meeting’s length, and starting again keeps the first start', async () => {
    await schedule(30);
    await planOf(['What does a normal week look like?', 'How did you get in?']);
    const started = await api.send('POST', path('/start'), {});
    expect(started.status).toBe(200);
    expect(await started.json()).toMatchObject({ plannedMinutes: 30, startedAt: now.toISOString(), hasMeeting: true });

    now = new Date(at(7));
    const again = (await (await api.send('POST', path('/start'), { plannedMinutes: 45 })).json()) as Conversation;
    expect(again.startedAt).toBe('2026-11-30T09:00:00.000Z');
    expect(again.plannedMinutes).toBe(30);
    expect(again.serverNow).toBe(at(7));
    expect(again.items.map((item) => item.text)).toEqual(['What does a normal week look like?', 'How did you get in?']);
  });

  it('refuses a length of 0 or 600 minutes with a message naming the field, and starts nothing', async () => {
    for (const plannedMinutes of [0, 600]) {
      const response = await api.send('POST', path('/start'), { plannedMinutes }, { 'accept-language': 'nb' });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields[0]).toMatchObject({ field: 'plannedMinutes' });
      expect(body.error.message).toContain('Planlagt varighet');
    }
    expect((await read()).startedAt).toBeNull();
  });

  it('saves notes, stars, ticks, the phase and the free notes', async () => {
    await planOf(['What does a normal week look like?', 'How did you get in?']);
    await api.send('POST', path('/start'), {});
    const [first, second] = itemIds;
    const writes = [
      api.send('PUT', path(`/plan-items/${first}`), { note: 'Mostly meetings', writtenAt: at(1) }),
      api.send('PUT', path(`/plan-items/${second}`), { starred: true, asked: true, writtenAt: at(2) }),
      api.send('PATCH', path('/phase'), { phase: 'questions', writtenAt: at(2) }),
    ];
    for (const response of await Promise.all(writes)) expect(await response.json()).toEqual({ applied: true });
    expect(
      await (
        await api.send('PUT', path('/free-notes'), { freeNotes: 'Ask about the graduate scheme', writtenAt: at(3) })
      ).json(),
    ).toEqual({ applied: true });

    const conversation = await read();
    expect(conversation.phase).toBe('questions');
    expect(conversation.freeNotes).toBe('Ask about the graduate scheme');
    expect(conversation.planEmpty).toBe(false);
    expect(conversation.items).toMatchObject([
      { note: 'Mostly meetings', starred: false, asked: false },
      { note: '', starred: true, asked: true },
    ]);
  });

  it('ignores an older write that arrives after a newer one', async () => {
    await planOf(['How did you get in?']);
    const item = path(`/plan-items/${itemIds[0]}`);
    await api.send('PUT', item, { note: 'They started as an intern, then', writtenAt: at(5) });
    const late = await api.send('PUT', item, { note: 'They started', writtenAt: at(4) });
    expect(await late.json()).toEqual({ applied: false });
    await api.send('PUT', path('/free-notes'), { freeNotes: 'newer', writtenAt: at(5) });
    const lateNotes = await api.send('PUT', path('/free-notes'), { freeNotes: 'older', writtenAt: at(4) });
    expect(await lateNotes.json()).toEqual({ applied: false });

    const conversation = await read();
    expect(conversation.items[0]!.note).toBe('They started as an intern, then');
    expect(conversation.freeNotes).toBe('newer');
  });

  it('takes free notes before the clock starts', async () => {
    const response = await api.send('PUT', path('/free-notes'), { freeNotes: 'Before we began', writtenAt: at(0) });
    expect(await response.json()).toEqual({ applied: true });
    expect(await read()).toMatchObject({ freeNotes: 'Before we began', startedAt: null });
  });

  it('refuses a megabyte of notes with a message in the user’s language, and keeps what was saved', async () => {
    await planOf(['How did you get in?']);
    await api.send('PUT', path(`/plan-items/${itemIds[0]}`), { note: 'kept', writtenAt: at(1) });
    const megabyte = 'x'.repeat(1_000_000);
    const note = await api.send(
      'PUT',
      path(`/plan-items/${itemIds[0]}`),
      { note: megabyte, writtenAt: at(2) },
      { 'accept-language': 'de' },
    );
    expect(note.status).toBe(400);
    const body = await note.json();
    expect(body.error.fields[0]).toMatchObject({ field: 'note', rule: 'too_long', limit: 100_000 });
    expect(body.error.message).toContain('Notiz');
    const free = await api.send('PUT', path('/free-notes'), { freeNotes: megabyte, writtenAt: at(2) });
    expect(free.status).toBe(400);
    expect((await free.json()).error.fields[0]).toMatchObject({ field: 'freeNotes', rule: 'too_long' });
    expect((await read()).items[0]!.note).toBe('kept');
  });

  it('answers not found for a question of another interview or an unknown interview', async () => {
    const missing = await api.send('PUT', path('/plan-items/nope'), { note: 'x', writtenAt: at(1) });
    expect(missing.status).toBe(404);
    const unknown = await api.send('GET', '/api/interviews/nope/conversation');
    expect(unknown.status).toBe(404);
  });

  it('ends the conversation: the interview is held, with one held step in its history', async () => {
    await schedule(20);
    await api.send('POST', path('/start'), {});
    now = new Date(at(22));
    const ended = (await (await api.send('POST', path('/end'))).json()) as Conversation;
    expect(ended.endedAt).toBe(at(22));
    await api.send('POST', path('/end'));

    const held = (await (await api.send('GET', `/api/interviews/${interview.id}`)).json()) as Interview;
    expect(held.stage).toBe('held');
    const steps = held.steps.filter((step) => step.kind === 'held');
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ on: '2026-11-30' });
  });
});
