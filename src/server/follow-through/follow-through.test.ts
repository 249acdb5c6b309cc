import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '#server/db/database';
import type { Profile } from '#shared/profile.schema';
import type { KeepInTouch, Task, TaskChange, TaskList } from '#shared/task.schema';
import type { Today } from '#shared/today.schema';
import { newRecordId } from '../db/record-id.ts';
import { localUser } from '../users/acting-user.ts';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('tasks, interactions and keeping in touch on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date('2026-11-30T09:00:00Z');
    api = createTestApp(database, { clock: () => now });
    const profile = (await (await api.send('GET', '/api/profile')).json()) as Profile;
    const { feedPath: _feedPath, today: _today, ...input } = profile as Profile & { feedPath: unknown; today: unknown };
    await api.send('PUT', '/api/profile', { ...input, myName: 'Ola Nordmann', country: 'NO', timeZone: 'Europe/Oslo' });
  });

  afterEach(async () => {
    await database.close();
  });

  const json = async <T>(response: Response, status = 200): Promise<T> => {
    expect(response.status, await response.clone().text()).toBe(status);
    return (await response.json()) as T;
  };

  const contactNamed = async (name: string) =>
    json<{ id: string }>(
      await api.send('POST', '/api/contacts', buildContactInput({ name, emails: ['kari@example.com'] })),
      201,
    );

  /** An interview with the conversation held on `heldOn` (the step live mode writes). */
  const heldInterview = async (contactId: string, heldOn: string) => {
    const interview = await json<{ id: string }>(
      await api.send('POST', '/api/interviews', { contactId, goal: 'Learn about the field' }),
      201,
    );
    await database.db
      .insertInto('interview_steps')
      .values({
        id: newRecordId(),
        owner_id: localUser.id,
        interview_id: interview.id,
        position: 100,
        kind: 'held',
        on_day: heldOn,
        created_at: now.toISOString(),
      })
      .execute();
    return interview.id;
  };

  const today = async () => json<Today>(await api.send('GET', '/api/today'));

  it('creates, lists, edits and deletes a task, and refuses bad input naming the field', async () => {
    const contact = await contactNamed('Kari Nordmann');
    const created = await json<Task>(
      await api.send('POST', '/api/tasks', {
        kind: 'advice',
        text: 'Rewrite my CV summary',
        contactId: contact.id,
        dueOn: '2026-12-02',
      }),
      201,
    );
    expect(created).toMatchObject({ kind: 'advice', contactName: 'Kari Nordmann', doneOn: null, version: 1 });

    const bad = await api.send('POST', '/api/tasks', { kind: 'chores', text: '', dueOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: Array<{ field: string }> } }).error.fields.map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['kind', 'text', 'dueOn']));
    const unknownContact = await api.send('POST', '/api/tasks', { text: 'x', contactId: 'nobody' });
    expect(unknownContact.status).toBe(400);

    const edited = await json<TaskChange>(
      await api.send('PATCH', `/api/tasks/${created.id}`, { version: 1, text: 'Rewrite the summary of my CV' }),
    );
    expect(edited.task).toMatchObject({ text: 'Rewrite the summary of my CV', version: 2 });
    expect(edited.reportBack).toBeNull();
    const stale = await api.send('PATCH', `/api/tasks/${created.id}`, { version: 1, done: true });
    expect(stale.status).toBe(409);

    expect((await json<TaskList>(await api.send('GET', `/api/tasks?contactId=${contact.id}`))).items).toHaveLength(1);
    expect((await api.send('DELETE', `/api/tasks/${created.id}`)).status).toBe(204);
    expect((await json<TaskList>(await api.send('GET', '/api/tasks?status=all'))).items).toEqual([]);
    expect((await api.send('DELETE', `/api/tasks/${created.id}`)).status).toBe(404);
  });

  it('finishing a task about an advisor offers a report-back note in the language of the request', async () => {
    const advisor = await contactNamed('Kari Nordmann');
    await heldInterview(advisor.id, '2026-11-20');
    const stranger = await contactNamed('Per Hansen');
    const task = await json<Task>(
      await api.send('POST', '/api/tasks', { kind: 'advice', text: 'Joined the Python meetup', contactId: advisor.id }),
      201,
    );
    const finished = await json<TaskChange>(
      await api.send('PATCH', `/api/tasks/${task.id}`, { version: 1, done: true }, { 'accept-language': 'nb' }),
    );
    expect(finished.task.doneOn).toBe('2026-11-30');
    expect(finished.reportBack).toMatchObject({ contactName: 'Kari Nordmann', email: 'kari@example.com' });
    expect(finished.reportBack!.body).toContain('Hei Kari,');
    expect(finished.reportBack!.body).toContain('joined the Python meetup');
    expect(finished.reportBack!.body).toContain('Ola Nordmann');

    const other = await json<Task>(
      await api.send('POST', '/api/tasks', { text: 'Call back', contactId: stranger.id }),
      201,
    );
    const done = await json<TaskChange>(await api.send('PATCH', `/api/tasks/${other.id}`, { version: 1, done: true }));
    expect(done.reportBack).toBeNull();

    const reopened = await json<TaskChange>(
      await api.send('PATCH', `/api/tasks/${task.id}`, { version: 2, done: false }),
    );
    expect(reopened.task.doneOn).toBeNull();
    expect((await json<TaskList>(await api.send('GET', '/api/tasks?status=done'))).items).toHaveLength(1);
  });

  it('logs interactions, which restart the cadence, and keeps the user setting', async () => {
    const contact = await contactNamed('Kari Nordmann');
    const before = await json<KeepInTouch>(await api.send('GET', `/api/contacts/${contact.id}/keep-in-touch`));
    expect(before).toMatchObject({ active: false, nextDueOn: null, everyMonths: 3 });

    await heldInterview(contact.id, '2026-08-31');
    const afterHeld = await json<KeepInTouch>(await api.send('GET', `/api/contacts/${contact.id}/keep-in-touch`));
    expect(afterHeld).toMatchObject({ active: true, lastOn: '2026-08-31', nextDueOn: '2026-11-30' });

    await json(
      await api.send('POST', `/api/contacts/${contact.id}/interactions`, {
        kind: 'call',
        on: '2026-11-15',
        note: 'Quick chat',
      }),
      201,
    );
    const afterCall = await json<KeepInTouch>(await api.send('GET', `/api/contacts/${contact.id}/keep-in-touch`));
    expect(afterCall).toMatchObject({ lastOn: '2026-11-15', nextDueOn: '2027-02-15' });
    expect(afterCall.interactions).toEqual([
      expect.objectContaining({ kind: 'call', on: '2026-11-15', note: 'Quick chat' }),
    ]);

    const monthly = await json<KeepInTouch>(
      await api.send('PUT', `/api/contacts/${contact.id}/keep-in-touch`, { everyMonths: 1, stopped: false }),
    );
    expect(monthly.nextDueOn).toBe('2026-12-15');
    const stopped = await json<KeepInTouch>(
      await api.send('PUT', `/api/contacts/${contact.id}/keep-in-touch`, { everyMonths: 1, stopped: true }),
    );
    expect(stopped).toMatchObject({ stopped: true, nextDueOn: null });

    const bad = await api.send('PUT', `/api/contacts/${contact.id}/keep-in-touch`, { everyMonths: 25, stopped: false });
    expect(bad.status).toBe(400);
    const future = await api.send('POST', `/api/contacts/${contact.id}/interactions`, {
      kind: 'email',
      on: '2026-12-05',
    });
    expect(future.status).toBe(400);
    const badKind = await api.send('POST', `/api/contacts/${contact.id}/interactions`, {
      kind: 'fax',
      on: '2026-11-01',
    });
    expect(badKind.status).toBe(400);
    expect((await api.send('GET', '/api/contacts/nobody/keep-in-touch')).status).toBe(404);
    expect(await json<unknown[]>(await api.send('GET', `/api/contacts/${contact.id}/interactions`))).toHaveLength(1);

    // Without a day, an interaction is logged on the user's today (Oslo: 30 November).
    const now = await json<{ on: string }>(
      await api.send('POST', `/api/contacts/${contact.id}/interactions`, { kind: 'message' }),
      201,
    );
    expect(now.on).toBe('2026-11-30');
    expect(await json<KeepInTouch>(await api.send('GET', `/api/contacts/${contact.id}/keep-in-touch`))).toMatchObject({
      lastOn: '2026-11-30',
      today: '2026-11-30',
    });
  });

  it('shows due tasks, keep-in-touch and "connect on LinkedIn" in Today until they are done', async () => {
    const kari = await contactNamed('Kari Nordmann');
    const interviewId = await heldInterview(kari.id, '2026-08-30');
    const task = await json<Task>(
      await api.send('POST', '/api/tasks', {
        kind: 'other',
        text: 'Send the article',
        contactId: kari.id,
        dueOn: '2026-12-03',
      }),
      201,
    );
    await api.send('POST', '/api/tasks', { text: 'Someday', dueOn: null });

    const first = await today();
    const linkedIn = first.due.find((item) => item.taskKind === 'connect_linkedin');
    expect(linkedIn).toMatchObject({
      kind: 'task',
      interviewId,
      contactName: 'Kari Nordmann',
      taskId: null,
      dueOn: '2026-08-30',
    });
    expect(first.due.find((item) => item.kind === 'keep_in_touch')).toMatchObject({
      contactId: kari.id,
      dueOn: '2026-11-30',
      interviewId: null,
    });
    expect(first.upcoming.find((item) => item.taskId === task.id)).toMatchObject({
      text: 'Send the article',
      taskKind: 'other',
    });
    expect([...first.due, ...first.upcoming].some((item) => item.text === 'Someday')).toBe(false);

    // "Done" on the derived item creates the task already finished.
    await json(
      await api.send('POST', '/api/tasks', {
        kind: 'connect_linkedin',
        text: 'Connect on LinkedIn',
        interviewId,
        done: true,
      }),
      201,
    );
    await json(
      await api.send('POST', `/api/contacts/${kari.id}/interactions`, { kind: 'message', on: '2026-11-30' }),
      201,
    );
    const second = await today();
    const mine = [...second.due, ...second.upcoming].filter(
      (item) => item.kind === 'task' || item.kind === 'keep_in_touch',
    );
    expect(mine.map((item) => item.taskId)).toEqual([task.id]);
  });
});
