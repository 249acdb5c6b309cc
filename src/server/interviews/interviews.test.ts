import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import type { Interview } from '#shared/interview.schema';
import type { Today } from '#shared/today.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

/** Monday 7 December 2026, 10:00 in Oslo. */
const MONDAY = '2026-12-07T09:00:00Z';

describe.each(testDatabases)('interviews and the follow-up routine on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date(MONDAY);
    api = createTestApp(database, { clock: () => now });
    const profile = await (await api.send('GET', '/api/profile')).json();
    const saved = await api.send('PUT', '/api/profile', {
      myName: 'Kari Nordmann',
      myBackground: 'a master student in energy economics',
      myField: 'renewable energy',
      country: 'NO',
      timeZone: 'Europe/Oslo',
      routine: '3b7',
      version: profile.version,
    });
    expect(saved.status).toBe(200);
  });

  afterEach(async () => {
    await database.close();
  });

  const createContact = async (overrides: Record<string, unknown> = {}) => {
    const response = await api.send(
      'POST',
      '/api/contacts',
      buildContactInput({ organisation: 'Statkraft', ...overrides }),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; name: string; organisationId: string };
  };

  const startInterview = async (contactId: string): Promise<Interview> => {
    const response = await api.send('POST', '/api/interviews', { contactId, goal: 'Learn how trading desks hire' });
    expect(response.status).toBe(201);
    return response.json();
  };

  const post = async (path: string, body: unknown, status = 200): Promise<Interview> => {
    const response = await api.send('POST', path, body);
    expect(response.status, await response.clone().text()).toBe(status);
    return response.json();
  };

  const read = async (id: string): Promise<Interview> => (await api.send('GET', `/api/interviews/${id}`)).json();
  const today = async (): Promise<Today> => (await api.send('GET', '/api/today')).json();

  it('runs the 3B7 routine in Norwegian business days, from request to "no reply"', async () => {
    const first = await createContact({ name: 'Ola Hansen' });
    const second = await createContact({ name: 'Ingrid Berg' });
    const interview = await startInterview(first.id);
    expect(interview.stage).toBe('prospect');
    expect((await today()).due.map((item) => item.kind)).toEqual(['send_request']);

    const sent = await post(`/api/interviews/${interview.id}/sent`, {
      channel: 'email',
      on: '2026-12-07',
      version: interview.version,
    });
    expect(sent.stage).toBe('requested');
    expect(sent.routine).toBe('3b7');
    expect(sent.routineSchedule.map((step) => [step.kind, step.dueOn])).toEqual([
      ['second_contact', '2026-12-10'],
      ['follow_up', '2026-12-16'],
      // 7 business days after the follow-up was due: 25 and 26 December are holidays in Norway.
      ['close_no_reply', '2026-12-28'],
    ]);

    // Monday: the second-contact step is coming, not due.
    let list = await today();
    expect(list.due).toEqual([]);
    expect(list.upcoming.map((item) => [item.kind, item.dueOn, item.nextContact?.name])).toEqual([
      ['second_contact', '2026-12-10', 'Ingrid Berg'],
    ]);

    // Thursday, three business days later: due, offering Ingrid.
    now = new Date('2026-12-10T08:00:00Z');
    list = await today();
    expect(list.due.map((item) => item.kind)).toEqual(['second_contact']);
    const afterSecond = await post(`/api/interviews/${interview.id}/second-contact`, {
      on: '2026-12-10',
      contactId: second.id,
      version: sent.version,
    });
    const withIngrid = (await (await api.send('GET', `/api/interviews?contactId=${second.id}`)).json()).items;
    expect(withIngrid.map((item: Interview) => item.stage)).toEqual(['prospect']);

    // The follow-up is due on the seventh business day.
    now = new Date('2026-12-16T08:00:00Z');
    expect((await today()).due.filter((item) => item.interviewId === interview.id).map((item) => item.kind)).toEqual([
      'follow_up',
    ]);

    // Nobody answered, nothing was done: after the wait the interview closes on its own.
    now = new Date('2026-12-29T08:00:00Z');
    const closed = await read(interview.id);
    expect(closed.stage).toBe('no-reply');
    expect(closed.steps.at(-1)).toMatchObject({ kind: 'closed_no_reply', on: '2026-12-28' });
    expect(closed.replyLabel).toBe('curmudgeon');
    expect((await today()).due.find((item) => item.interviewId === interview.id)?.kind).toBe('closed_no_reply');

    // Reopened, it waits again and asks nothing more until a reply or the next close.
    const reopened = await post(`/api/interviews/${interview.id}/reopen`, { version: closed.version });
    expect(reopened.stage).toBe('requested');
    expect((await today()).due.filter((item) => item.interviewId === interview.id)).toEqual([]);
    expect(afterSecond.steps.map((step) => step.kind)).toContain('second_contact');
  });

  it('labels a contact who replied within three business days a booster, and a later one an obligate', async () => {
    const quick = await startInterview((await createContact()).id);
    const slow = await startInterview((await createContact()).id);
    now = new Date('2026-12-21T09:00:00Z');
    const quickSent = await post(`/api/interviews/${quick.id}/sent`, {
      channel: 'email',
      on: '2026-12-07',
      version: 1,
    });
    const slowSent = await post(`/api/interviews/${slow.id}/sent`, { channel: 'phone', on: '2026-12-07', version: 1 });
    const quickReply = await post(`/api/interviews/${quick.id}/reply`, {
      on: '2026-12-10',
      outcome: 'accepted',
      version: quickSent.version,
    });
    const slowReply = await post(`/api/interviews/${slow.id}/reply`, {
      on: '2026-12-11',
      outcome: 'declined',
      version: slowSent.version,
    });
    expect(quickReply.replyLabel).toBe('booster');
    expect(slowReply.replyLabel).toBe('obligate');
    expect(slowReply.stage).toBe('declined');
    expect(quickReply.routineSchedule.every((step) => step.done)).toBe(true);
  });

  it('refuses steps that do not fit: a follow-up before the request, a reply dated in the future', async () => {
    const interview = await startInterview((await createContact()).id);
    const early = await api.send('POST', `/api/interviews/${interview.id}/follow-up`, { on: '2026-12-07', version: 1 });
    expect(early.status).toBe(400);
    expect((await early.json()).error.fields).toEqual([{ field: 'stage', rule: 'not_allowed_now' }]);
    const future = await api.send('POST', `/api/interviews/${interview.id}/sent`, {
      channel: 'email',
      on: '2026-12-09',
      version: 1,
    });
    expect(future.status).toBe(400);
    expect((await read(interview.id)).steps.map((step) => step.kind)).toEqual(['created']);
  });

  it('refuses a stale version with the interview as it is now', async () => {
    const interview = await startInterview((await createContact()).id);
    await post(`/api/interviews/${interview.id}/stage`, { stage: 'requested', version: 1 });
    const stale = await api.send('POST', `/api/interviews/${interview.id}/stage`, { stage: 'held', version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current.stage).toBe('requested');
  });

  it('moves on the pipeline and records each move in the history', async () => {
    const interview = await startInterview((await createContact()).id);
    const moved = await post(`/api/interviews/${interview.id}/stage`, { stage: 'held', version: 1 });
    expect(moved.stage).toBe('held');
    expect(moved.steps.at(-1)).toMatchObject({ kind: 'stage_changed', detail: { from: 'prospect', to: 'held' } });
  });

  it('deletes an interview with its history when its contact is deleted', async () => {
    const contact = await createContact();
    const interview = await startInterview(contact.id);
    expect((await api.send('DELETE', `/api/contacts/${contact.id}`)).status).toBe(204);
    expect((await api.send('GET', `/api/interviews/${interview.id}`)).status).toBe(404);
  });

  it('answers 404 for an interview that does not exist, and 400 for an unknown contact', async () => {
    expect((await api.send('GET', '/api/interviews/nope')).status).toBe(404);
    const response = await api.send('POST', '/api/interviews', { contactId: 'nope' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual([{ field: 'contactId', rule: 'not_found' }]);
  });
});

describe.each(testDatabases)('moves on the pipeline board on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date(MONDAY);
    api = createTestApp(database, { clock: () => now });
  });

  afterEach(async () => {
    await database.close();
  });

  const move = async (id: string, stage: string, version: number): Promise<Interview> => {
    const response = await api.send('POST', `/api/interviews/${id}/stage`, { stage, version });
    expect(response.status).toBe(200);
    return response.json();
  };

  it('starts the routine when a prospect is moved to "requested", dated today', async () => {
    const contact = await (await api.send('POST', '/api/contacts', buildContactInput())).json();
    const interview = (await (
      await api.send('POST', '/api/interviews', { contactId: contact.id })
    ).json()) as Interview;
    const moved = await move(interview.id, 'requested', interview.version);
    expect(moved.requestedOn).toBe('2026-12-07');
    expect(moved.steps.map((step) => step.kind)).toEqual(['created', 'stage_changed', 'request_sent']);
    expect(moved.routineSchedule.length).toBeGreaterThan(0);
  });

  it('reopens an interview dragged out of "no reply", so the routine does not close it again at once', async () => {
    const contact = await (await api.send('POST', '/api/contacts', buildContactInput())).json();
    const interview = (await (
      await api.send('POST', '/api/interviews', { contactId: contact.id })
    ).json()) as Interview;
    await api.send('POST', `/api/interviews/${interview.id}/sent`, { channel: 'email', on: '2026-11-02', version: 1 });
    const closed = (await (await api.send('GET', `/api/interviews/${interview.id}`)).json()) as Interview;
    expect(closed.stage).toBe('no-reply');
    const moved = await move(interview.id, 'requested', closed.version);
    expect(moved.steps.at(-1)?.kind).toBe('reopened');
    const later = (await (await api.send('GET', `/api/interviews/${interview.id}`)).json()) as Interview;
    expect(later.stage).toBe('requested');
  });
});
