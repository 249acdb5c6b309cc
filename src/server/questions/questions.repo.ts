import { newRecordId } from '../db/record-id.ts';
import type { Kysely, Selectable } from 'kysely';
import { isLocale } from '#domain/locale';
import { normaliseQuestionTexts, type QuestionTexts } from '#domain/question';
import type { Database, QuestionsTable } from '../db/tables.ts';

export type QuestionRow = Selectable<QuestionsTable>;

export interface QuestionValues {
  category: string;
  lens: string;
  minutes: number;
  texts: QuestionTexts;
}

export interface NewQuestion extends QuestionValues {
  builtInKey: string | null;
}

/** Rows per INSERT: 81 built-in questions go in one statement, well under both engines' limits. */
const INSERT_CHUNK = 200;

/** SQL for the question bank; every query is scoped by the owner. */
export class QuestionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  list(ownerId: string, filter: { category?: string; lens?: string; includeHidden: boolean }): Promise<QuestionRow[]> {
    let query = this.db.selectFrom('questions').selectAll().where('owner_id', '=', ownerId);
    if (filter.category) query = query.where('category', '=', filter.category);
    if (filter.lens) query = query.where('lens', '=', filter.lens);
    if (!filter.includeHidden) query = query.where('hidden', '=', 0);
    return query.execute();
  }

  findById(ownerId: string, id: string): Promise<QuestionRow | undefined> {
    return this.db
      .selectFrom('questions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The owner's copies of built-in questions, for the seed step to compare with what ships. */
  listBuiltIn(ownerId: string) {
    return this.db
      .selectFrom('questions')
      .select(['id', 'built_in_key', 'category', 'lens', 'minutes', 'texts', 'edited'])
      .where('owner_id', '=', ownerId)
      .where('built_in_key', 'is not', null)
      .execute();
  }

  insert(ownerId: string, question: NewQuestion, now: string): Promise<QuestionRow> {
    return this.db
      .insertInto('questions')
      .values(toInsert(ownerId, question, now))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * Inserts built-in questions the owner lacks. A copy that appeared meanwhile (two starts seeding
   * at once) is left as it is: the unique key (owner, built-in key) makes the second one a no-op.
   */
  async insertBuiltIns(ownerId: string, questions: NewQuestion[], now: string): Promise<void> {
    for (let start = 0; start < questions.length; start += INSERT_CHUNK) {
      await this.db
        .insertInto('questions')
        .values(questions.slice(start, start + INSERT_CHUNK).map((question) => toInsert(ownerId, question, now)))
        .onConflict((conflict) => conflict.columns(['owner_id', 'built_in_key']).doNothing())
        .execute();
    }
  }

  /** The user's change: stored only when `expectedVersion` is still current. */
  update(
    ownerId: string,
    id: string,
    expectedVersion: number,
    values: QuestionValues & { edited: number },
    now: string,
  ) {
    return this.db
      .updateTable('questions')
      .set((eb) => ({ ...toColumns(values), edited: values.edited, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }

  /**
   * A newer shipped wording for a built-in question, only while the user has not edited it: the
   * condition is in the statement, so an edit saved a moment earlier is never overwritten.
   */
  async updateShipped(ownerId: string, id: string, values: QuestionValues, now: string): Promise<void> {
    await this.db
      .updateTable('questions')
      .set((eb) => ({ ...toColumns(values), version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('edited', '=', 0)
      .execute();
  }

  /** Back to the shipped wording; the question follows later releases again. */
  resetToShipped(ownerId: string, id: string, values: QuestionValues, now: string) {
    return this.db
      .updateTable('questions')
      .set((eb) => ({ ...toColumns(values), edited: 0, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  setHidden(ownerId: string, id: string, hidden: boolean, now: string) {
    return this.db
      .updateTable('questions')
      .set((eb) => ({ hidden: hidden ? 1 : 0, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  /** Deletes one of the user's own questions; a built-in one is never deleted (it is hidden). */
  async deleteOwn(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('questions')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('built_in_key', 'is', null)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}

/** The stored JSON as texts; anything unexpected in it is left out rather than shown. */
export function parseStoredTexts(json: string): QuestionTexts {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const texts: Record<string, string> = {};
  for (const [language, text] of Object.entries(parsed)) {
    if (isLocale(language) && typeof text === 'string') texts[language] = text;
  }
  return normaliseQuestionTexts(texts);
}

/** Texts as stored: the languages in a fixed order, so equal texts are equal JSON. */
export function storedTexts(texts: QuestionTexts): string {
  return JSON.stringify(normaliseQuestionTexts(texts));
}

function toColumns(values: QuestionValues) {
  return { category: values.category, lens: values.lens, minutes: values.minutes, texts: storedTexts(values.texts) };
}

function toInsert(ownerId: string, question: NewQuestion, now: string) {
  return {
    id: newRecordId(),
    owner_id: ownerId,
    built_in_key: question.builtInKey,
    ...toColumns(question),
    created_at: now,
    updated_at: now,
  };
}
