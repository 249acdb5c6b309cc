import { sql, SqliteAdapter, type Kysely } from 'kysely';
// The one outside dependency of a migration: folding must match what the application writes.
import { foldForSearch } from '#domain/search-key';

/**
 * The network: organisations (with the LAMP target fields), the contact details the method needs
 * (how I know them, who introduced us, several e-mails and phones, tags), dated notes, fields to
 * explore, import batches (for undo), and the full-text search index.
 *
 * Lists (e-mails, phones, tags, other titles) are JSON text: they are read and written whole with
 * their contact, and JSON text reads the same on SQLite and PostgreSQL. Existing contacts keep
 * their organisation (as a linked organisation), e-mail and phone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('sort_key', 'text', (col) => col.notNull())
    .addColumn('website', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('field', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('notes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('is_target', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('motivation', 'integer')
    .addColumn('posting', 'integer')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // One organisation per folded name and owner: imports and the form link to it by name.
  await db.schema
    .createIndex('organisations_owner_name')
    .on('organisations')
    .columns(['owner_id', 'sort_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo('{}'))
    /** JSON: the contacts a merge changed, as they were before, so the import can be undone. */
    .addColumn('undo', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  const contactColumns: Array<[string, 'text' | 'integer', string | number | null]> = [
    ['organisation_id', 'text', null],
    ['pronunciation', 'text', ''],
    ['other_titles', 'text', '[]'],
    ['field', 'text', ''],
    ['location', 'text', ''],
    ['emails', 'text', '[]'],
    ['phones', 'text', '[]'],
    ['how_known', 'text', ''],
    ['met_on', 'text', ''],
    ['met_where', 'text', ''],
    ['introduced_by_id', 'text', null],
    ['may_use_introducer_name', 'integer', 0],
    ['organisation_relation', 'text', ''],
    ['tags', 'text', '[]'],
    ['import_id', 'text', null],
  ];
  for (const [name, type, fallback] of contactColumns) {
    await db.schema
      .alterTable('contacts')
      .addColumn(name, type, (col) => {
        let column = fallback === null ? col : col.notNull().defaultTo(fallback);
        if (name === 'organisation_id') column = column.references('organisations.id').onDelete('set null');
        if (name === 'introduced_by_id') column = column.references('contacts.id').onDelete('set null');
        if (name === 'import_id') column = column.references('imports.id').onDelete('set null');
        return column;
      })
      .execute();
  }

  await moveContactDetails(db);
  await db.schema.alterTable('contacts').dropColumn('organisation').execute();
  await db.schema.alterTable('contacts').dropColumn('email').execute();
  await db.schema.alterTable('contacts').dropColumn('phone').execute();
  await db.schema.createIndex('contacts_organisation').on('contacts').column('organisation_id').execute();
  await db.schema.createIndex('contacts_introduced_by').on('contacts').column('introduced_by_id').execute();
  await db.schema.createIndex('contacts_import').on('contacts').column('import_id').execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.references('contacts.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (col) => col.references('organisations.id').onDelete('cascade'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('notes_contact').on('notes').columns(['contact_id', 'created_at']).execute();
  await db.schema.createIndex('notes_organisation').on('notes').columns(['organisation_id', 'created_at']).execute();

  await db.schema
    .createTable('explore_fields')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await createSearchIndex(db, isSqlite);
  // The index is derived data: main.ts rebuilds it after any migration, and the repositories keep
  // it in step from then on.
}

/**
 * Each distinct organisation text becomes an organisation (one per owner and folded name), and the
 * single e-mail and phone become one-element lists. Done in JavaScript, row by row, so the folding
 * and the JSON are exactly what the application writes; the migration runs inside a transaction.
 */
async function moveContactDetails(db: Kysely<unknown>): Promise<void> {
  const contacts = await sql<{
    id: string;
    owner_id: string;
    organisation: string;
    email: string;
    phone: string;
    created_at: string;
  }>`
    select id, owner_id, organisation, email, phone, created_at from contacts order by created_at`.execute(db);
  const organisationIds = new Map<string, string>();
  for (const contact of contacts.rows) {
    const name = contact.organisation.trim();
    let organisationId: string | null = null;
    if (name !== '') {
      const key = `${contact.owner_id}\u0000${foldForSearch(name)}`;
      organisationId = organisationIds.get(key) ?? null;
      if (!organisationId) {
        organisationId = crypto.randomUUID();
        organisationIds.set(key, organisationId);
        await sql`insert into organisations (id, owner_id, name, sort_key, created_at, updated_at)
          values (${organisationId}, ${contact.owner_id}, ${name}, ${foldForSearch(name)}, ${contact.created_at}, ${contact.created_at})`.execute(
          db,
        );
      }
    }
    const emails = JSON.stringify(contact.email.trim() ? [contact.email.trim()] : []);
    const phones = JSON.stringify(contact.phone.trim() ? [contact.phone.trim()] : []);
    await sql`update contacts set organisation_id = ${organisationId}, emails = ${emails}, phones = ${phones}
      where id = ${contact.id}`.execute(db);
  }
}

/**
 * One index over contacts, organisations and notes. It holds folded text (see foldForSearch), so
 * both engines match "bjorn" to "Bjørn" the same way; the UI highlights the original text itself.
 *
 * SQLite: search_docs says whose document a row is and what it indexes (an ordinary indexed
 * table), and the FTS5 table search_fts holds the text under the same rowid, ranked by bm25.
 * Finding a document's FTS row by its rowid keeps updates and deletes from scanning the index.
 *
 * PostgreSQL: one table with a generated tsvector (the 'simple' configuration: the text is folded
 * already, and stemming for one language would be wrong for the other three) under a GIN index.
 */
async function createSearchIndex(db: Kysely<unknown>, isSqlite: boolean): Promise<void> {
  if (isSqlite) {
    await sql`create table search_docs (
      id integer primary key,
      owner_id text not null references users(id) on delete cascade,
      kind text not null,
      ref_id text not null,
      unique (kind, ref_id))`.execute(db);
    await sql`create virtual table search_fts using fts5(title, body,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`.execute(db);
    return;
  }
  await sql`create table search_index (
      owner_id text not null references users(id) on delete cascade,
      kind text not null,
      ref_id text not null,
      title text not null,
      body text not null,
      document tsvector generated always as (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
      ) stored,
      primary key (kind, ref_id))`.execute(db);
  await sql`create index search_index_document on search_index using gin (document)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('0002 cannot be undone; restore the backup taken before it ran');
}
