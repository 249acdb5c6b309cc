import type { Kysely } from 'kysely';

/**
 * Everything issue 5 keeps about the conversation itself and what follows it: preparing
 * (dossier, checklist, elevator pitch, plan), holding it (live notes), the report with its gains
 * and thank-you note, and following through (tasks, logged interactions, keep-in-touch cadence).
 *
 * Each part is its own table keyed by the interview (or contact) rather than more columns on
 * interviews: live notes are saved on every keystroke and must not bump the interview's version
 * (which guards its stage and draft against stale writes), and the other way round.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Written once, used before every interview (issue 5: "stored once, reusable").
  await db.schema
    .alterTable('profiles')
    .addColumn('elevator_pitch', 'text', (col) => col.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('interview_id', 'text', (col) => col.primaryKey().references('interviews.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    /** What I want to leave knowing: longer than the interview's one-sentence goal. */
    .addColumn('leave_knowing', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('person_background', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('organisation_notes', 'text', (col) => col.notNull().defaultTo(''))
    /** JSON list of the checklist items ticked, by key ('research_done', …). */
    .addColumn('checklist', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // The plan is a document of its own: the wording is copied from the bank when a question is
  // chosen (what the user will read aloud), so editing or deleting the bank's question later
  // changes no plan, and the notes taken against it keep their question.
  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (col) => col.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (col) => col.references('questions.id').onDelete('set null'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('lens', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('minutes', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    /** Live mode: the quick note, the star, and whether the question was asked. */
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('starred', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('asked', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('plan_items_interview').on('plan_items').columns(['interview_id', 'position']).execute();

  // Live mode. started_at is an instant (UTC ISO): the countdown is computed from it, so it keeps
  // running across reloads, other devices and server restarts.
  await db.schema
    .createTable('conversations')
    .addColumn('interview_id', 'text', (col) => col.primaryKey().references('interviews.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('planned_minutes', 'integer', (col) => col.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('phase', 'text', (col) => col.notNull().defaultTo('small_talk'))
    .addColumn('free_notes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Right after: the report (Markdown the user edits from the outline), the gains as one JSON
  // document (src/shared/gains.schema.ts validates it on the way in and out), the thank-you note.
  await db.schema
    .createTable('reports')
    .addColumn('interview_id', 'text', (col) => col.primaryKey().references('interviews.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('gains', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('thank_you_subject', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('thank_you_body', 'text', (col) => col.notNull().defaultTo(''))
    /** Calendar day in the user's zone, or null while the note is not sent. */
    .addColumn('thank_you_sent_on', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.references('contacts.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (col) => col.references('interviews.id').onDelete('set null'))
    /** 'advice' | 'connect_linkedin' | 'report_back' | 'other' (src/domain/task.ts). */
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('due_on', 'text')
    .addColumn('done_on', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('tasks_owner_done').on('tasks').columns(['owner_id', 'done_on']).execute();
  await db.schema.createIndex('tasks_contact').on('tasks').column('contact_id').execute();
  await db.schema.createIndex('tasks_interview').on('tasks').column('interview_id').execute();

  // Logged interactions restart the keep-in-touch cadence. Meetings held and notes sent through
  // Rapport show in the interview history already; this holds the rest (a call, a message).
  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.notNull().references('contacts.id').onDelete('cascade'))
    /** 'meeting' | 'email' | 'call' | 'message'. */
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('on_day', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('interactions_contact').on('interactions').columns(['contact_id', 'on_day']).execute();

  /** A contact's cadence; no row means the default (every 3 months) once there is something to keep up. */
  await db.schema
    .createTable('keep_in_touch')
    .addColumn('contact_id', 'text', (col) => col.primaryKey().references('contacts.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('every_months', 'integer', (col) => col.notNull().defaultTo(3))
    /** 1 when the user stopped keeping in touch with this contact. */
    .addColumn('stopped', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('0005 cannot be undone; restore the backup taken before it ran');
}
