import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInQuestions, type BuiltInQuestion } from '#domain/question-bank';
import type { DatabaseHandle } from '#server/db/database';
import type { Question } from '#shared/question.schema';
import { createTestApp } from '../../../test/factories.ts';
import { testDatabases } from '../../../test/databases.ts';
import { seedBuiltInQuestions, seedBuiltInQuestionsForEveryone } from './seed-questions.ts';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const LATER = new Date('2027-05-02T08:00:00.000Z');

/** The shipped bank as a later release might ship it: some questions reworded, one added. */
function laterRelease(changes: Record<string, Partial<BuiltInQuestion['text']>>, added: BuiltInQuestion[] = []) {
  return [
    ...builtInQuestions.map((question) =>
      changes[question.key] ? { ...question, text: { ...question.text, ...changes[question.key] } } : question,
    ),
    ...added,
  ];
}

const ownQuestion = {
  category: 'pay',
  lens: 'insights',
  minutes: 2,
  texts: { en: 'How open are people here about what they earn?' },
};

describe.each(testDatabases)('the question bank on $name', (testDatabase) => {
  let database: DatabaseHandle;
  let api: ReturnType<typeof createTestApp>;

  beforeEach(async () => {
    database = await testDatabase.open();
    await seedBuiltInQuestions(database.db, 'local', NOW);
    api = createTestApp(database, { clock: () => NOW });
  });

  afterEach(async () => {
    await database.close();
  });

  const list = async (query = ''): Promise<Question[]> => {
    const response = await api.send('GET', `/api/questions${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { items: Question[] }).items;
  };

  const byKey = async (key: string, query = '?includeHidden=true'): Promise<Question> => {
    const question = (await list(query)).find((item) => item.builtInKey === key);
    if (!question) throw new Error(`no question ${key}`);
    return question;
  };

  const storedRows = () =>
    database.db
      .selectFrom('questions')
      .select(['id', 'built_in_key', 'texts', 'hidden', 'edited', 'version', 'updated_at'])
      .where('owner_id', '=', 'local')
      .orderBy('id')
      .execute();

  const errorOf = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    return ((await response.json()) as { error: { code: string; message: string; fields?: unknown[] } }).error;
  };

  describe('the seed step', () => {
    it('gives the user every built-in question once, and a second seed changes nothing', async () => {
      const before = await storedRows();
      expect(before).toHaveLength(builtInQuestions.length);
      expect(new Set(before.map((row) => row.built_in_key))).toEqual(new Set(builtInQuestions.map((q) => q.key)));

      expect(await seedBuiltInQuestions(database.db, 'local', LATER)).toEqual({ inserted: 0, updated: 0 });
      await seedBuiltInQuestionsForEveryone(database.db, LATER);
      expect(await storedRows()).toEqual(before);
    });

    it("keeps the user's edit and hidden flag when a later release rewords questions, and rewords the others", async () => {
      const edited = await byKey('pay.ranges_by_level');
      const response = await api.send('PUT', `/api/questions/${edited.id}`, {
        category: edited.category,
        lens: edited.lens,
        minutes: edited.minutes,
        texts: { ...edited.texts, de: 'Welche Gehaltsspannen sind für Berufseinsteiger realistisch?' },
        version: edited.version,
      });
      expect(response.status).toBe(200);
      const hidden = await byKey('culture.describe');
      expect((await api.send('POST', `/api/questions/${hidden.id}/hide`)).status).toBe(200);

      const outcome = await seedBuiltInQuestions(
        database.db,
        'local',
        LATER,
        laterRelease({
          'pay.ranges_by_level': { de: 'Neu: Wie viel verdient man auf welcher Stufe?' },
          'culture.describe': { en: 'How would you sum up the culture here in three words?' },
        }),
      );
      expect(outcome).toEqual({ inserted: 0, updated: 1 });

      const keptEdit = await byKey('pay.ranges_by_level', '?includeHidden=true&language=de');
      expect(keptEdit.text).toBe('Welche Gehaltsspannen sind für Berufseinsteiger realistisch?');
      expect(keptEdit.edited).toBe(true);
      const reworded = await byKey('culture.describe', '?includeHidden=true&language=en');
      expect(reworded.text).toBe('How would you sum up the culture here in three words?');
      expect(reworded.hidden).toBe(true);
      expect(reworded.version).toBe(hidden.version + 2);
    });

    it('adds a question a new release ships, and leaves it at that on the next start', async () => {
      const added: BuiltInQuestion = {
        key: 'technology.ai_tools',
        category: 'technology',
        lens: 'trends',
        minutes: 2,
        text: {
          en: 'How are AI tools changing the work in your field?',
          nb: 'Hvordan endrer KI-verktøy arbeidet i bransjen din?',
          de: 'Wie verändern KI-Werkzeuge die Arbeit in Ihrem Fach?',
          id: 'Bagaimana alat AI mengubah pekerjaan di bidang Anda?',
        },
      };
      const release = laterRelease({}, [added]);
      expect(await seedBuiltInQuestions(database.db, 'local', LATER, release)).toEqual({ inserted: 1, updated: 0 });
      expect(await seedBuiltInQuestions(database.db, 'local', LATER, release)).toEqual({ inserted: 0, updated: 0 });
      const question = await byKey('technology.ai_tools', '?language=nb&category=technology');
      expect(question.text).toBe('Hvordan endrer KI-verktøy arbeidet i bransjen din?');
      expect(question.fallback).toBe(false);
    });

    it('seeds every user of the database, each with a copy of their own', async () => {
      await database.db
        .insertInto('users')
        .values({ id: 'other', display_name: 'Other', created_at: NOW.toISOString() })
        .execute();
      await seedBuiltInQuestionsForEveryone(database.db, NOW);
      const counts = await database.db
        .selectFrom('questions')
        .select(['owner_id', (eb) => eb.fn.countAll<string>().as('count')])
        .groupBy('owner_id')
        .orderBy('owner_id')
        .execute();
      expect(counts.map((row) => [row.owner_id, Number(row.count)])).toEqual([
        ['local', builtInQuestions.length],
        ['other', builtInQuestions.length],
      ]);
    });
  });

  describe('listing and filtering', () => {
    it('lists the visible questions in category order, in the language of the request', async () => {
      const items = await list();
      expect(items).toHaveLength(builtInQuestions.length);
      expect(items.map((item) => item.builtInKey)).toEqual(builtInQuestions.map((question) => question.key));
      const german = await (
        await api.send('GET', '/api/questions?category=role_and_titles', undefined, { 'accept-language': 'de' })
      ).json();
      expect(german.items[0].text).toBe(builtInQuestions[0]?.text.de);
      expect(german.items[0].textLanguage).toBe('de');
    });

    it('filters by category, lens and folded text in the chosen language', async () => {
      const pay = await list('?category=pay');
      expect(pay.length).toBeGreaterThanOrEqual(3);
      expect(pay.every((item) => item.category === 'pay')).toBe(true);

      const trends = await list('?lens=trends');
      expect(trends.every((item) => item.lens === 'trends')).toBe(true);
      expect(trends.length).toBe(builtInQuestions.filter((question) => question.lens === 'trends').length);

      // "lonn" finds "lønn" (ø folds to o), in Norwegian only.
      const norwegian = await list(`?language=nb&q=${encodeURIComponent('LONN')}`);
      expect(norwegian.length).toBeGreaterThan(0);
      expect(norwegian.every((item) => item.text.toLowerCase().includes('lønn'))).toBe(true);
      expect(await list('?language=en&q=lonn')).toEqual([]);

      const both = await list('?language=en&category=pay&lens=insights&q=range');
      expect(both.every((item) => item.category === 'pay' && item.lens === 'insights')).toBe(true);
      expect(both.every((item) => /range/i.test(item.text))).toBe(true);
    });

    it('falls back to English, and says so, for a language the question is not written in', async () => {
      const created = (await (await api.send('POST', '/api/questions', ownQuestion)).json()) as Question;
      expect(created.builtInKey).toBeNull();
      const [german] = await list(`?language=de&q=${encodeURIComponent('earn')}&category=pay`);
      expect(german).toMatchObject({
        id: created.id,
        text: ownQuestion.texts.en,
        textLanguage: 'en',
        fallback: true,
        texts: { en: ownQuestion.texts.en },
      });
      const [english] = await list('?language=en&q=earn&category=pay');
      expect(english?.fallback).toBe(false);
    });

    it('shows a question written in Norwegian only in Norwegian, flagged, when English is asked', async () => {
      await api.send('POST', '/api/questions', { ...ownQuestion, texts: { nb: 'Snakker folk åpent om lønn her?' } });
      const [shown] = await list('?language=en&category=pay&q=snakker');
      expect(shown).toMatchObject({ text: 'Snakker folk åpent om lønn her?', textLanguage: 'nb', fallback: true });
    });

    it('refuses an unknown filter value, naming the field', async () => {
      const error = await errorOf(await api.send('GET', '/api/questions?lens=gossip'), 400);
      expect(error.fields).toEqual([{ field: 'lens', rule: 'invalid_value' }]);
    });
  });

  describe('changing the bank', () => {
    it('adds a question of the user’s own, trimmed, with only the languages filled', async () => {
      const response = await api.send('POST', '/api/questions', {
        ...ownQuestion,
        texts: { en: '  What surprised you most in your first year?  ', de: '', nb: '   ' },
        category: 'advisor_path',
        lens: 'advice',
        minutes: 3,
      });
      expect(response.status).toBe(201);
      const created = (await response.json()) as Question;
      expect(created).toMatchObject({
        builtInKey: null,
        category: 'advisor_path',
        lens: 'advice',
        minutes: 3,
        texts: { en: 'What surprised you most in your first year?' },
        hidden: false,
        edited: false,
        version: 1,
      });
      expect((await list()).some((item) => item.id === created.id)).toBe(true);
    });

    it.each([
      ['no text at all', { texts: {} }, [{ field: 'texts', rule: 'required' }]],
      ['only blank texts', { texts: { en: '   ', de: '' } }, [{ field: 'texts', rule: 'required' }]],
      ['minutes 0', { minutes: 0 }, [{ field: 'minutes', rule: 'too_small', limit: 1 }]],
      ['minutes 6', { minutes: 6 }, [{ field: 'minutes', rule: 'too_large', limit: 5 }]],
      ['an unknown category', { category: 'gossip' }, [{ field: 'category', rule: 'invalid_value' }]],
      [
        'an unknown language',
        { texts: { en: 'What is new?', fr: 'Quoi de neuf ?' } },
        [{ field: 'texts.fr', rule: 'unknown_field' }],
      ],
      ['a text too long', { texts: { en: 'x'.repeat(501) } }, [{ field: 'texts', rule: 'too_long', limit: 500 }]],
    ])('refuses a question with %s, naming the field, and saves nothing', async (_what, change, fields) => {
      const before = await storedRows();
      const error = await errorOf(await api.send('POST', '/api/questions', { ...ownQuestion, ...change }), 400);
      expect(error.code).toBe('validation_failed');
      expect(error.fields).toEqual(fields);
      expect(await storedRows()).toEqual(before);
    });

    it('says what is wrong in the language of the request', async () => {
      const response = await api.send(
        'POST',
        '/api/questions',
        { ...ownQuestion, minutes: 6, texts: {} },
        {
          'accept-language': 'de',
        },
      );
      const error = await errorOf(response, 400);
      expect(error.message).toContain('Minuten darf höchstens 5 sein.');
      expect(error.message).toContain('Fragetext');
    });

    it('edits a built-in question per language, marks it as edited, and refuses a stale edit with 409', async () => {
      const question = await byKey('typical_day.yesterday');
      const fields = {
        category: 'typical_day',
        lens: 'insights',
        minutes: 4,
        texts: { ...question.texts, de: 'Wie sah Ihr gestriger Arbeitstag aus?', nb: '' },
        version: question.version,
      };
      const response = await api.send('PUT', `/api/questions/${question.id}`, fields);
      expect(response.status).toBe(200);
      const updated = (await response.json()) as Question;
      expect(updated).toMatchObject({ lens: 'insights', minutes: 4, edited: true, version: question.version + 1 });
      expect(updated.texts.nb).toBeUndefined();
      const norwegian = await byKey('typical_day.yesterday', '?language=nb');
      expect(norwegian).toMatchObject({ fallback: true, textLanguage: 'en', text: question.texts.en });

      const stale = await errorOf(await api.send('PUT', `/api/questions/${question.id}`, fields), 409);
      expect(stale.code).toBe('version_conflict');
      expect((await byKey('typical_day.yesterday', '?language=de')).text).toBe('Wie sah Ihr gestriger Arbeitstag aus?');
    });

    it('gives an edited built-in question its shipped wording back', async () => {
      const question = await byKey('pay.ranges_by_level');
      const shipped = builtInQuestions.find((item) => item.key === 'pay.ranges_by_level');
      await api.send('PUT', `/api/questions/${question.id}`, {
        ...question,
        minutes: 1,
        texts: { en: 'Mine' },
        version: question.version,
      });
      const response = await api.send('POST', `/api/questions/${question.id}/reset`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ edited: false, minutes: shipped?.minutes, texts: shipped?.text });
    });

    it('hides a question from the list and shows it again', async () => {
      const question = await byKey('outlook.changing');
      const hidden = (await (await api.send('POST', `/api/questions/${question.id}/hide`)).json()) as Question;
      expect(hidden.hidden).toBe(true);
      expect((await list()).some((item) => item.id === question.id)).toBe(false);
      expect((await list('?includeHidden=true')).find((item) => item.id === question.id)?.hidden).toBe(true);
      expect((await api.send('POST', `/api/questions/${question.id}/show`)).status).toBe(200);
      expect((await list()).some((item) => item.id === question.id)).toBe(true);
    });

    it('deletes a question of the user’s own, but never a built-in one (it can be hidden instead)', async () => {
      const own = (await (await api.send('POST', '/api/questions', ownQuestion)).json()) as Question;
      expect((await api.send('DELETE', `/api/questions/${own.id}`)).status).toBe(204);
      expect((await list()).some((item) => item.id === own.id)).toBe(false);

      const builtIn = await byKey('who_else.anyone_else');
      const refused = await errorOf(await api.send('DELETE', `/api/questions/${builtIn.id}`), 409);
      expect(refused.code).toBe('built_in_question');
      expect(refused.message).toMatch(/hide/i);
      expect((await list()).some((item) => item.id === builtIn.id)).toBe(true);
    });

    it('answers 404 on every id route for a missing id and for another user’s question', async () => {
      await database.db
        .insertInto('users')
        .values({ id: 'other', display_name: 'Other', created_at: NOW.toISOString() })
        .execute();
      await seedBuiltInQuestions(database.db, 'other', NOW);
      const theirs = await database.db
        .selectFrom('questions')
        .select(['id', 'version', 'texts'])
        .where('owner_id', '=', 'other')
        .executeTakeFirstOrThrow();
      for (const id of [theirs.id, '5c0d3f7e-0000-4000-8000-000000000000']) {
        const routes: Array<[string, string, unknown?]> = [
          ['PUT', `/api/questions/${id}`, { ...ownQuestion, version: theirs.version }],
          ['POST', `/api/questions/${id}/hide`],
          ['POST', `/api/questions/${id}/show`],
          ['POST', `/api/questions/${id}/reset`],
          ['DELETE', `/api/questions/${id}`],
        ];
        for (const [method, path, body] of routes) {
          expect((await api.send(method, path, body)).status, `${method} ${path}`).toBe(404);
        }
      }
      const after = await database.db
        .selectFrom('questions')
        .select(['version', 'texts'])
        .where('id', '=', theirs.id)
        .executeTakeFirstOrThrow();
      expect(after).toEqual({ version: theirs.version, texts: theirs.texts });
    });
  });

  describe('backup and restore', () => {
    it('carries the bank with its edits, hidden flags and own questions through a backup and a restore', async () => {
      const own = (await (await api.send('POST', '/api/questions', ownQuestion)).json()) as Question;
      const hidden = await byKey('culture.describe');
      await api.send('POST', `/api/questions/${hidden.id}/hide`);
      const before = await list('?includeHidden=true');
      const backup = await (await api.send('GET', '/api/backup')).text();
      expect(JSON.parse(backup).data.questions).toHaveLength(builtInQuestions.length + 1);

      await database.db.deleteFrom('questions').execute();
      expect((await api.send('POST', '/api/restore', backup)).status).toBe(200);
      expect(await list('?includeHidden=true')).toEqual(before);
      expect((await list()).some((item) => item.id === own.id)).toBe(true);
    });

    it('gives the built-in questions back after restoring a backup from before the question bank', async () => {
      const backup = JSON.parse(await (await api.send('GET', '/api/backup')).text());
      delete backup.data.questions;
      backup.schemaVersion = '0003-add-interviews-meetings-and-profile';
      const response = await api.send('POST', '/api/restore', JSON.stringify(backup));
      expect(response.status, await response.clone().text()).toBe(200);
      expect(await list()).toHaveLength(builtInQuestions.length);
    });
  });
});
