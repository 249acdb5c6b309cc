import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistKeys } from '#domain/preparation-checklist';
import { suggestedPlans } from '#domain/question-bank';
import type { DatabaseHandle } from '#server/db/database';
import type { Interview } from '#shared/interview.schema';
import type { Dossier, Pitch, Plan } from '#shared/preparation.schema';
import type { Profile } from '#shared/profile.schema';
import type { Question } from '#shared/question.schema';
import type { Today } from '#shared/today.schema';
import { buildContactInput, createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';

describe.each(testDatabases)('preparing a conversation on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;
  let now: Date;
  let interview: Interview;

  beforeEach(async () => {
    database = await testDatabase.open();
    now = new Date('2026-11-30T09:00:00Z');
    api = createTestApp(database, { clock: () => now });
    const profile = (await (await api.send('GET', '/api/profile')).json()) as Profile;
    const { feedPath: _feedPath, today: _today, ...fields } = profile;
    expect((await api.send('PUT', '/api/profile', { ...fields, country: 'NO', timeZone: 'Europe/Oslo' })).status).toBe(
      200,
    );
    const contact = await (
      await api.send(
        'POST',
        '/api/contacts',
        buildContactInput({
          name: 'Åse Lund',
          pronunciation: 'OH-seh LOOND',
          title: 'Energy trader',
          otherTitles: ['Power analyst'],
          organisation: 'Equinor',
          field: 'Energy trading',
          howKnown: 'alumni',
        }),
      )
    ).json();
    interview = await (
      await api.send('POST', '/api/interviews', { contactId: contact.id, goal: 'Hear how trading desks hire' })
    ).json();
  });

  afterEach(async () => {
    await database.close();
  });

  const path = (rest: string) => `/api/interviews/${interview.id}${rest}`;

  const schedule = async (start = '2026-12-03T10:00', durationMinutes = 20) => {
    const response = await api.send('PUT', path('/meeting'), {
      start,
      timeZone: 'Europe/Oslo',
      durationMinutes,
      format: 'cafe',
      place: 'Café Ølhallen',
      version: interview.version,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    interview = (await response.json()) as Interview;
  };

  const dossier = async (): Promise<Dossier> => (await api.send('GET', path('/dossier'))).json() as Promise<Dossier>;

  const saveDossier = (current: Dossier, change: Partial<Dossier>) =>
    api.send('PUT', path('/dossier'), {
      leaveKnowing: current.leaveKnowing,
      personBackground: current.personBackground,
      organisationNotes: current.organisationNotes,
      checklist: current.checklist,
      version: current.version,
      ...change,
    });

  const plan = async (language = 'en'): Promise<Plan> =>
    (await api.send('GET', path('/plan'), undefined, { 'accept-language': language })).json() as Promise<Plan>;

  const questions = async (query = ''): Promise<Question[]> =>
    ((await (await api.send('GET', `/api/questions${query}`)).json()) as { items: Question[] }).items;

  it('shows the person, the organisation and the goal before anything is written', async () => {
    await schedule();
    const found = await dossier();
    expect(found).toMatchObject({
      version: 0,
      goal: 'Hear how trading desks hire',
      stage: 'scheduled',
      checklist: [],
      complete: false,
      person: {
        name: 'Åse Lund',
        pronunciation: 'OH-seh LOOND',
        title: 'Energy trader',
        otherTitles: ['Power analyst'],
        field: 'Energy trading',
        howKnown: 'alumni',
      },
      organisation: { name: 'Equinor', notesCount: 0 },
      meeting: { start: '2026-12-03T10:00', durationMinutes: 20, place: 'Café Ølhallen' },
    });
  });

  it('creates the dossier on the first save and refuses a stale version with the current one', async () => {
    const first = await saveDossier(await dossier(), {
      leaveKnowing: 'Whether juniors start on the desk',
      checklist: ['research_done'],
    });
    expect(first.status).toBe(200);
    const saved = (await first.json()) as Dossier;
    expect(saved).toMatchObject({ version: 1, leaveKnowing: 'Whether juniors start on the desk' });
    expect(saved.checklist).toEqual(['research_done']);

    const again = await saveDossier(saved, { checklist: ['offer_coffee', 'research_done', 'offer_coffee'] });
    expect(((await again.json()) as Dossier).checklist).toEqual(['research_done', 'offer_coffee']);

    const stale = await saveDossier(saved, { leaveKnowing: 'Overwritten?' });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { code: string; current: Dossier } };
    expect(body.error.code).toBe('version_conflict');
    expect(body.error.current.version).toBe(2);
    const staleCreate = await saveDossier({ ...saved, version: 0 }, {});
    expect(staleCreate.status).toBe(409);
    expect((await dossier()).leaveKnowing).toBe('Whether juniors start on the desk');
  });

  it('refuses an over-long text, an unknown checklist item and a foreign interview, writing nothing', async () => {
    const current = await dossier();
    const tooLong = await saveDossier(current, { leaveKnowing: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    const problem = (await tooLong.json()) as { error: { code: string; fields: unknown[]; message: string } };
    expect(problem.error.fields).toEqual([{ field: 'leaveKnowing', rule: 'too_long', limit: 2000 }]);
    const unknownItem = await saveDossier(current, { checklist: ['bring_flowers' as never] });
    expect(unknownItem.status).toBe(400);
    expect((await dossier()).version).toBe(0);
    expect((await api.send('GET', '/api/interviews/nobody/dossier')).status).toBe(404);
    expect((await saveDossier({ ...current }, {})).status).toBe(200);
  });

  it('marks a scheduled interview prepared, with a step in the history, and refuses it from another stage', async () => {
    const early = await api.send('POST', path('/prepared'), { version: interview.version });
    expect(early.status).toBe(400);
    expect(((await early.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      { field: 'stage', rule: 'not_allowed_now' },
    ]);
    await schedule();
    await saveDossier(await dossier(), { checklist: [...checklistKeys] });
    const ticked = await dossier();
    expect(ticked.complete).toBe(true);
    const stale = await api.send('POST', path('/prepared'), { version: interview.version - 1 });
    expect(stale.status).toBe(409);
    const prepared = await api.send('POST', path('/prepared'), { version: ticked.interviewVersion });
    expect(prepared.status).toBe(200);
    const after = (await prepared.json()) as Interview;
    expect(after.stage).toBe('prepared');
    expect(after.steps.at(-1)).toMatchObject({ kind: 'prepared', on: '2026-11-30' });
    const twice = await api.send('POST', path('/prepared'), { version: after.version });
    expect(twice.status).toBe(400);
  });

  it('keeps one elevator pitch on the profile, versioned, at most 2,000 characters', async () => {
    const initial = (await (await api.send('GET', '/api/profile/pitch')).json()) as Pitch;
    expect(initial.pitch).toBe('');
    const saved = await api.send('PUT', '/api/profile/pitch', {
      pitch: 'I have five years in grid operations and want to learn how trading works.',
      version: initial.version,
    });
    expect(saved.status).toBe(200);
    const pitch = (await saved.json()) as Pitch;
    expect(pitch.version).toBe(initial.version + 1);
    expect(((await (await api.send('GET', '/api/profile/pitch')).json()) as Pitch).pitch).toContain('grid operations');
    expect((await api.send('PUT', '/api/profile/pitch', { pitch: 'Old tab', version: initial.version })).status).toBe(
      409,
    );
    const tooLong = await api.send('PUT', '/api/profile/pitch', { pitch: 'x'.repeat(2001), version: pitch.version });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      { field: 'pitch', rule: 'too_long', limit: 2000 },
    ]);
  });

  it('starts with an empty plan measured against 20 minutes until a meeting is scheduled', async () => {
    const empty = await plan();
    expect(empty).toMatchObject({ items: [], meetingMinutes: 20, meetingScheduled: false });
    expect(empty.timing).toMatchObject({ verdict: 'room', minutes: 14 });
    await schedule('2026-12-03T10:00', 15);
    expect(await plan()).toMatchObject({ meetingMinutes: 15, meetingScheduled: true, timing: { minutes: 9 } });
  });

  it('fills an empty plan with a suggested plan, then adds only what is missing', async () => {
    const response = await api.send('POST', path('/plan/suggested'), { goal: 'explore_field' });
    expect(response.status).toBe(201);
    const filled = (await response.json()) as Plan;
    const bank = await questions();
    const keyOf = (questionId: string | null) => bank.find((question) => question.id === questionId)?.builtInKey;
    expect(filled.items.map((item) => keyOf(item.questionId))).toEqual(suggestedPlans.explore_field);
    expect(filled.timing.verdict).not.toBe('over');
    const again = (await (await api.send('POST', path('/plan/suggested'), { goal: 'search_advice' })).json()) as Plan;
    const shared = suggestedPlans.search_advice.filter((key) => suggestedPlans.explore_field.includes(key));
    expect(again.skipped).toBe(shared.length);
    expect(again.items).toHaveLength(filled.items.length + suggestedPlans.search_advice.length - shared.length);
    expect((await api.send('POST', path('/plan/suggested'), { goal: 'get_a_job' })).status).toBe(400);
  });

  it('copies the text in the user language and says when it fell back to English', async () => {
    const own = await api.send('POST', '/api/questions', {
      category: 'pay',
      lens: 'insights',
      minutes: 2,
      texts: { en: 'How open are people here about pay?' },
    });
    const ownQuestion = (await own.json()) as Question;
    const builtIn = (await questions()).find((question) => question.builtInKey === 'culture.describe')!;
    const added = await api.send(
      'POST',
      path('/plan/items'),
      { questionIds: [builtIn.id, ownQuestion.id] },
      { 'accept-language': 'nb' },
    );
    expect(added.status).toBe(201);
    const items = ((await added.json()) as Plan).items;
    expect(items[0]).toMatchObject({ questionId: builtIn.id, textLanguage: 'nb', fallback: false });
    expect(items[0]!.text).toBe(builtIn.texts.nb);
    expect(items[1]).toMatchObject({ text: 'How open are people here about pay?', textLanguage: 'en', fallback: true });
  });

  it('refuses a question that is not the user’s, without adding the others', async () => {
    const [first] = await questions();
    const response = await api.send('POST', path('/plan/items'), { questionIds: [first!.id, 'not-a-question'] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      { field: 'questionIds.1', rule: 'not_found' },
    ]);
    expect((await plan()).items).toEqual([]);
    expect((await api.send('POST', path('/plan/items'), { questionIds: [] })).status).toBe(400);
    expect((await api.send('POST', '/api/interviews/other/plan/items', { questionIds: [first!.id] })).status).toBe(404);
  });

  it('reorders and removes items, and refuses an empty, repeated or outdated order', async () => {
    const filled = (await (
      await api.send('POST', path('/plan/suggested'), { goal: 'evaluate_organisation' })
    ).json()) as Plan;
    const ids = filled.items.map((item) => item.id);
    const reversed = [...ids].reverse();
    const reordered = await api.send('PUT', path('/plan/order'), { itemIds: reversed });
    expect(reordered.status).toBe(200);
    expect(((await reordered.json()) as Plan).items.map((item) => item.id)).toEqual(reversed);
    expect((await plan()).items.map((item) => item.id)).toEqual(reversed);

    expect((await api.send('PUT', path('/plan/order'), { itemIds: [] })).status).toBe(400);
    expect((await api.send('PUT', path('/plan/order'), { itemIds: [ids[0], ids[0], ...ids.slice(2)] })).status).toBe(
      400,
    );

    expect((await api.send('DELETE', path(`/plan/items/${ids[0]}`))).status).toBe(204);
    expect((await api.send('DELETE', path(`/plan/items/${ids[0]}`))).status).toBe(404);
    const outdated = await api.send('PUT', path('/plan/order'), { itemIds: ids });
    expect(outdated.status).toBe(409);
    const current = ((await outdated.json()) as { error: { current: Plan } }).error.current;
    expect(current.items.map((item) => item.id)).toEqual(reversed.filter((id) => id !== ids[0]));
  });

  it('tells when the plan runs over the meeting and by how much', async () => {
    await schedule('2026-12-03T10:00', 15);
    const filled = (await (await api.send('POST', path('/plan/suggested'), { goal: 'explore_field' })).json()) as Plan;
    expect(filled.timing.verdict).toBe('over');
    expect(filled.timing.minutes).toBe(filled.timing.plannedMinutes - 15);
  });

  it('lists "prepare" in Today the day before the meeting while the checklist is incomplete', async () => {
    await schedule('2026-12-03T10:00');
    const prepareItems = async () =>
      ((await (await api.send('GET', '/api/today')).json()) as Today).due.filter((item) => item.kind === 'prepare');
    now = new Date('2026-12-01T09:00:00Z');
    expect(await prepareItems()).toEqual([]);
    now = new Date('2026-12-02T07:00:00Z');
    expect(await prepareItems()).toMatchObject([
      { interviewId: interview.id, contactName: 'Åse Lund', dueOn: '2026-12-02', meetingStart: '2026-12-03T10:00' },
    ]);
    now = new Date('2026-12-03T07:00:00Z');
    expect(await prepareItems()).toHaveLength(1);
    await saveDossier(await dossier(), { checklist: [...checklistKeys] });
    expect(await prepareItems()).toEqual([]);
  });
});
