import type { Kysely } from 'kysely';

/**
 * The question bank: each user's own copy of the built-in questions, plus the questions they add.
 * The rows of built-in questions are put there by a seed step (src/server/questions/seed-questions.ts)
 * that runs at every start, not by this migration: a later release that improves a question's
 * wording then reaches every user who has not edited it, and never one who has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    /** The shipped question's key ('pay.ranges_by_level'), or null for the user's own question. */
    .addColumn('built_in_key', 'text')
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('lens', 'text', (col) => col.notNull())
    .addColumn('minutes', 'integer', (col) => col.notNull())
    /** JSON object language → text, with only the languages filled: {"en": "…", "de": "…"}. */
    .addColumn('texts', 'text', (col) => col.notNull())
    .addColumn('hidden', 'integer', (col) => col.notNull().defaultTo(0))
    /** 1 once the user changed a built-in question: the seed step leaves its wording alone then. */
    .addColumn('edited', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // One row per built-in question and user; both engines let any number of rows have a null key.
  // Also the index every per-user query of the bank goes through (owner_id comes first).
  await db.schema
    .createIndex('questions_owner_built_in_key')
    .on('questions')
    .columns(['owner_id', 'built_in_key'])
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('0004 cannot be undone; restore the backup taken before it ran');
}
