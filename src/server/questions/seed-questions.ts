import type { Kysely } from 'kysely';
import { builtInQuestions, type BuiltInQuestion } from '#domain/question-bank';
import { normaliseQuestionTexts, sameQuestionTexts } from '#domain/question';
import type { Database } from '../db/tables.ts';
import { parseStoredTexts, QuestionsRepo, type NewQuestion } from './questions.repo.ts';

export interface SeedOutcome {
  inserted: number;
  updated: number;
}

/**
 * Brings one user's copy of the built-in questions up to what this release ships, matched by key:
 *
 * - a shipped question the user does not have yet is added (a new user gets them all, an existing
 *   one the questions a new release brings);
 * - a built-in question the user has not edited takes the shipped category, lens, minutes and
 *   texts, so a better wording in a later release reaches them;
 * - a question the user edited is never touched, and neither is any `hidden` flag: hiding is the
 *   user's choice, and a hidden question stays hidden across releases.
 *
 * Runs at every start (openAppDatabase) and for every new user, so it compares before it writes:
 * when nothing changed it is one SELECT per user. One transaction per user.
 */
export async function seedBuiltInQuestions(
  db: Kysely<Database>,
  ownerId: string,
  now: Date = new Date(),
  shipped: readonly BuiltInQuestion[] = builtInQuestions,
): Promise<SeedOutcome> {
  return db.transaction().execute(async (trx) => {
    const repo = new QuestionsRepo(trx);
    const existing = new Map((await repo.listBuiltIn(ownerId)).map((row) => [row.built_in_key, row]));
    const missing: NewQuestion[] = [];
    let updated = 0;
    for (const question of shipped) {
      const values = { category: question.category, lens: question.lens, minutes: question.minutes };
      const texts = normaliseQuestionTexts(question.text);
      const row = existing.get(question.key);
      if (!row) {
        missing.push({ builtInKey: question.key, ...values, texts });
        continue;
      }
      if (Number(row.edited) === 1) continue;
      const unchanged =
        row.category === values.category &&
        row.lens === values.lens &&
        Number(row.minutes) === values.minutes &&
        sameQuestionTexts(parseStoredTexts(row.texts), texts);
      if (unchanged) continue;
      await repo.updateShipped(ownerId, row.id, { ...values, texts }, now.toISOString());
      updated += 1;
    }
    if (missing.length > 0) await repo.insertBuiltIns(ownerId, missing, now.toISOString());
    return { inserted: missing.length, updated };
  });
}

/** The seed step for every user of the database: what a start of Rapport runs after migrating. */
export async function seedBuiltInQuestionsForEveryone(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  const users = await db.selectFrom('users').select('id').orderBy('id').execute();
  for (const user of users) await seedBuiltInQuestions(db, user.id, now);
}
