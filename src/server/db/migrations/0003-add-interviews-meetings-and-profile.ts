import type { Kysely } from 'kysely';

/**
 * Asking and scheduling: the user's profile (for the templates, the holiday calendar and the
 * follow-up routine), interviews with their history of steps, one meeting per interview (with the
 * SEQUENCE its calendar file carries), the user's own request templates, and a routine chosen per
 * organisation.
 *
 * Days ('YYYY-MM-DD') are the user's calendar days, not instants: business days are counted on
 * them. A meeting's start is a wall-clock time with its IANA zone, so a change of daylight saving
 * time or of the zone's rules later still puts the meeting at the time the advisor agreed to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('owner_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('my_name', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('my_background', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('my_field', 'text', (col) => col.notNull().defaultTo(''))
    /** '' until the user chooses: the service suggests one from the language. */
    .addColumn('country', 'text', (col) => col.notNull().defaultTo(''))
    /** '' until the user chooses: the server's own zone (local mode runs on the user's machine). */
    .addColumn('time_zone', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('routine', 'text', (col) => col.notNull().defaultTo('3b7'))
    /** The calendar feed's capability token (base64url of 32 random bytes), or null. */
    .addColumn('feed_token', 'text', (col) => col.unique())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Null: the user's default routine applies.
  await db.schema.alterTable('organisations').addColumn('routine', 'text').execute();

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('goal', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('request_channel', 'text')
    .addColumn('requested_on', 'text')
    .addColumn('replied_on', 'text')
    /** The routine in force when the request went out; later changes of the setting do not move it. */
    .addColumn('routine', 'text')
    .addColumn('draft_kind', 'text', (col) => col.notNull().defaultTo('cold_email'))
    .addColumn('draft_subject', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('draft_body', 'text', (col) => col.notNull().defaultTo(''))
    /** JSON list of local date-times offered to the advisor, in offered_slots_zone. */
    .addColumn('offered_slots', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('offered_slots_zone', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('rehearsals', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('interviews_owner_stage').on('interviews').columns(['owner_id', 'stage']).execute();
  await db.schema.createIndex('interviews_contact').on('interviews').column('contact_id').execute();

  await db.schema
    .createTable('interview_steps')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (col) => col.notNull().references('interviews.id').onDelete('cascade'))
    /** 1, 2, 3… per interview: the order the steps were recorded in, even within one millisecond. */
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('on_day', 'text', (col) => col.notNull())
    /** JSON object of short texts: the stage moved to, the channel, the other contact, … */
    .addColumn('detail', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('interview_steps_interview')
    .on('interview_steps')
    .columns(['interview_id', 'position'])
    .unique()
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (col) => col.notNull().unique().references('interviews.id').onDelete('cascade'))
    .addColumn('start_local', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('place', 'text', (col) => col.notNull().defaultTo(''))
    /** iCalendar SEQUENCE: grows on every reschedule and cancellation. */
    .addColumn('sequence', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('cancelled', 'integer', (col) => col.notNull().defaultTo(0))
    /** JSON list of the reminders the user has dismissed. */
    .addColumn('reminders_done', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('templates')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('replaces_built_in', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('templates_owner_language').on('templates').columns(['owner_id', 'language']).execute();
}

export async function down(): Promise<void> {
  throw new Error('0003 cannot be undone; restore the backup taken before it ran');
}
