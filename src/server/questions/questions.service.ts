import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import type { Locale } from '#domain/locale';
import { questionMatchesText, questionTextIn, type QuestionTexts } from '#domain/question';
import { compareQuestions } from '#domain/question-order';
import {
  builtInQuestionsByKey,
  questionCategories,
  tiaraLenses,
  type QuestionCategory,
  type TiaraLens,
} from '#domain/question-bank';
import type { Question } from '#shared/question.schema';
import type { Database } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { parseStoredTexts, QuestionsRepo, type QuestionRow } from './questions.repo.ts';

export interface QuestionFields {
  category: QuestionCategory;
  lens: TiaraLens;
  minutes: number;
  texts: QuestionTexts;
}

export interface QuestionListFilter {
  category?: QuestionCategory | undefined;
  lens?: TiaraLens | undefined;
  q?: string | undefined;
  includeHidden?: boolean | undefined;
}

/**
 * The question bank: the built-in questions (each user has their own copy, kept up to date by
 * seed-questions.ts) and the user's own. Built-in questions can be edited, translated and hidden
 * but not deleted, so the seed step never brings back one the user removed.
 */
export class QuestionsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * The bank in one language, in the order of the categories. The text filter runs here, on the
   * text as shown (JSON in a column is not something both engines can fold and search alike), and
   * a user's bank is a few hundred questions at most.
   */
  async list(user: ActingUser, language: Locale, filter: QuestionListFilter = {}): Promise<Question[]> {
    const rows = await new QuestionsRepo(this.db).list(user.id, {
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.lens ? { lens: filter.lens } : {}),
      includeHidden: filter.includeHidden ?? false,
    });
    return rows
      .map((row) => ({ row, question: toQuestion(row, language) }))
      .filter(({ question }) => questionMatchesText(question.text, filter.q ?? ''))
      .sort((a, b) => compareQuestions(sortFields(a.row, a.question), sortFields(b.row, b.question)))
      .map(({ question }) => question);
  }

  async create(user: ActingUser, language: Locale, fields: QuestionFields): Promise<Question> {
    const row = await new QuestionsRepo(this.db).insert(
      user.id,
      { builtInKey: null, ...fields },
      this.clock().toISOString(),
    );
    return toQuestion(row, language);
  }

  /** Edits texts, category, lens or minutes; a built-in question is marked as edited from then on. */
  async update(user: ActingUser, language: Locale, id: string, version: number, fields: QuestionFields) {
    return this.db.transaction().execute(async (trx) => {
      const repo = new QuestionsRepo(trx);
      const current = await repo.findById(user.id, id);
      if (!current) throw new AppError('not_found');
      const edited = current.built_in_key === null ? 0 : 1;
      const updated = await repo.update(user.id, id, version, { ...fields, edited }, this.clock().toISOString());
      if (!updated) throw new AppError('version_conflict', { current: toQuestion(current, language) });
      return toQuestion(updated, language);
    });
  }

  async setHidden(user: ActingUser, language: Locale, id: string, hidden: boolean): Promise<Question> {
    const row = await new QuestionsRepo(this.db).setHidden(user.id, id, hidden, this.clock().toISOString());
    if (!row) throw new AppError('not_found');
    return toQuestion(row, language);
  }

  /** Gives an edited built-in question its shipped wording back, and with it later improvements. */
  async resetToShipped(user: ActingUser, language: Locale, id: string): Promise<Question> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new QuestionsRepo(trx);
      const current = await repo.findById(user.id, id);
      if (!current) throw new AppError('not_found');
      const shipped = current.built_in_key === null ? undefined : builtInQuestionsByKey.get(current.built_in_key);
      if (!shipped) throw new AppError('validation_failed', { fields: [{ field: 'builtInKey', rule: 'not_found' }] });
      const row = await repo.resetToShipped(
        user.id,
        id,
        { category: shipped.category, lens: shipped.lens, minutes: shipped.minutes, texts: shipped.text },
        this.clock().toISOString(),
      );
      if (!row) throw new AppError('not_found');
      return toQuestion(row, language);
    });
  }

  /** Only the user's own questions go; a built-in one answers built_in_question (hide it instead). */
  async delete(user: ActingUser, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repo = new QuestionsRepo(trx);
      const current = await repo.findById(user.id, id);
      if (!current) throw new AppError('not_found');
      if (current.built_in_key !== null) throw new AppError('built_in_question');
      if (!(await repo.deleteOwn(user.id, id))) throw new AppError('not_found');
    });
  }
}

function sortFields(row: QuestionRow, question: Question) {
  return { category: question.category, builtInKey: row.built_in_key, createdAt: row.created_at };
}

export function toQuestion(row: QuestionRow, language: Locale): Question {
  const texts = parseStoredTexts(row.texts);
  const shown = questionTextIn(texts, language);
  return {
    id: row.id,
    builtInKey: row.built_in_key,
    category: oneOf(questionCategories, row.category, 'role_and_titles'),
    lens: oneOf(tiaraLenses, row.lens, 'insights'),
    minutes: Number(row.minutes),
    text: shown.text,
    textLanguage: shown.language,
    fallback: shown.fallback,
    texts,
    hidden: Number(row.hidden) === 1,
    edited: Number(row.edited) === 1,
    version: Number(row.version),
  };
}

/** A stored value from the closed list, or the fallback when the row holds something unknown. */
function oneOf<Value extends string>(values: readonly Value[], value: string, fallback: Value): Value {
  return (values as readonly string[]).includes(value) ? (value as Value) : fallback;
}
