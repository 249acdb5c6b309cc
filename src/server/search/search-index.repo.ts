import type SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { foldForSearch, isPrefixTerm, searchTerms } from '#domain/search-key';
import { bulkInsert } from '../db/bulk-insert.ts';
import type { Dialect } from '../db/database.ts';
import type { Database, SearchKind } from '../db/tables.ts';

export interface SearchDocument {
  kind: SearchKind;
  refId: string;
  title: string;
  body: string;
}

export interface SearchHit {
  kind: SearchKind;
  refId: string;
  rank: number;
}

/** How many of the index's best matches the SQLite search ranks per result asked for (see search()). */
const CANDIDATES_PER_RESULT = 4;

/**
 * The full-text index over contacts, organisations and notes. Repositories call put() and remove()
 * inside the same transaction as the row they change, so the index never disagrees with the data:
 * a deleted contact leaves no trace here. Text is folded before it is stored (foldForSearch).
 */
export class SearchIndex {
  constructor(readonly dialect: Dialect) {}

  async put(db: Kysely<Database>, ownerId: string, document: SearchDocument): Promise<void> {
    if (this.dialect === 'postgres') {
      const title = wordsOf(document.title);
      const body = wordsOf(document.body);
      await db
        .insertInto('search_index')
        .values({ owner_id: ownerId, kind: document.kind, ref_id: document.refId, title, body })
        .onConflict((conflict) => conflict.columns(['kind', 'ref_id']).doUpdateSet({ title, body }))
        .execute();
      return;
    }
    const title = foldForSearch(document.title);
    const body = foldForSearch(document.body);
    const existing = await db
      .selectFrom('search_docs')
      .select('id')
      .where('kind', '=', document.kind)
      .where('ref_id', '=', document.refId)
      .executeTakeFirst();
    if (existing) {
      await sql`update search_fts set title = ${title}, body = ${body} where rowid = ${existing.id}`.execute(db);
      return;
    }
    const inserted = await db
      .insertInto('search_docs')
      .values({ owner_id: ownerId, kind: document.kind, ref_id: document.refId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`insert into search_fts (rowid, title, body) values (${inserted.id}, ${title}, ${body})`.execute(db);
  }

  /**
   * Indexes many documents that are not in the index yet (rows just inserted, as an import does)
   * with bulk statements (see bulkInsert) and no lookup per document. A document that is already
   * indexed makes it fail on SQLite and is overwritten on PostgreSQL: use put() for rows that
   * changed. With `folded`, titles and bodies are already folded with foldForSearch (the caller
   * folded repeated parts once, see foldParts). `sqlite` is the raw connection under `db`, when
   * `db` is a SQLite transaction (see BulkTarget).
   */
  async addMany(
    db: Kysely<Database>,
    ownerId: string,
    documents: Iterable<SearchDocument>,
    options: { folded?: boolean; sqlite?: SqliteDatabase.Database | undefined } = {},
  ): Promise<void> {
    const fold = options.folded ? (text: string) => text : foldForSearch;
    if (this.dialect === 'postgres') {
      await bulkInsert(
        { db, dialect: 'postgres' },
        'search_index',
        ['owner_id', 'kind', 'ref_id', 'title', 'body'].map((name) => ({ name })),
        mapEach(documents, (document) => [
          ownerId,
          document.kind,
          document.refId,
          wordsOfFolded(fold(document.title)),
          wordsOfFolded(fold(document.body)),
        ]),
        sql`on conflict (kind, ref_id) do update set title = excluded.title, body = excluded.body`,
      );
      return;
    }
    if (options.sqlite) {
      const insertDocument = options.sqlite.prepare(
        'insert into search_docs (owner_id, kind, ref_id) values (?, ?, ?)',
      );
      const insertText = options.sqlite.prepare('insert into search_fts (rowid, title, body) values (?, ?, ?)');
      for (const document of documents) {
        const { lastInsertRowid } = insertDocument.run(ownerId, document.kind, document.refId);
        insertText.run(lastInsertRowid, fold(document.title), fold(document.body));
      }
      return;
    }
    // The new documents take the rowids after the highest one. Called inside the transaction that
    // wrote the rows, which holds SQLite's write lock: nobody else can take these rowids meanwhile.
    const highest = await sql<{ id: number | null }>`select max(id) as id from search_docs`.execute(db);
    const first = Number(highest.rows[0]?.id ?? 0) + 1;
    const all = [...documents];
    const target = { db, dialect: 'sqlite' as const };
    await bulkInsert(
      target,
      'search_docs',
      ['id', 'owner_id', 'kind', 'ref_id'].map((name) => ({ name })),
      all.map((document, index) => [first + index, ownerId, document.kind, document.refId]),
    );
    await bulkInsert(
      target,
      'search_fts',
      ['rowid', 'title', 'body'].map((name) => ({ name })),
      all.map((document, index) => [first + index, fold(document.title), fold(document.body)]),
    );
  }

  async remove(db: Kysely<Database>, kind: SearchKind, refIds: readonly string[]): Promise<void> {
    if (refIds.length === 0) return;
    if (this.dialect === 'postgres') {
      await db.deleteFrom('search_index').where('kind', '=', kind).where('ref_id', 'in', refIds).execute();
      return;
    }
    for (const chunk of chunks(refIds, 500)) {
      const rows = await db
        .selectFrom('search_docs')
        .select('id')
        .where('kind', '=', kind)
        .where('ref_id', 'in', chunk)
        .execute();
      if (rows.length === 0) continue;
      const ids = rows.map((row) => row.id);
      await sql`delete from search_fts where rowid in (${sql.join(ids)})`.execute(db);
      await db.deleteFrom('search_docs').where('id', 'in', ids).execute();
    }
  }

  /** Empties the index (all owners): before a rebuild or a restore. */
  async clear(db: Kysely<Database>): Promise<void> {
    if (this.dialect === 'postgres') {
      await db.deleteFrom('search_index').execute();
      return;
    }
    await sql`delete from search_fts`.execute(db);
    await db.deleteFrom('search_docs').execute();
  }

  /**
   * The best matches for a query typed by the user, best first. Every word must occur, each as a
   * word or the start of one, so results appear while the user is still typing.
   */
  async search(db: Kysely<Database>, ownerId: string, query: string, limit: number): Promise<SearchHit[]> {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    if (this.dialect === 'postgres') {
      const tsquery = terms.map((term) => (isPrefixTerm(term) ? `${term}:*` : term)).join(' & ');
      const result = await sql<{ kind: SearchKind; ref_id: string; rank: number }>`
        select kind, ref_id, ts_rank(document, query) as rank
        from search_index, to_tsquery('simple', ${tsquery}) as query
        where owner_id = ${ownerId} and document @@ query
        order by rank desc, ref_id
        limit ${limit}`.execute(db);
      return result.rows.map((row) => ({ kind: row.kind, refId: row.ref_id, rank: Number(row.rank) }));
    }
    const match = ftsMatchExpression(terms);
    // bm25 is lower for better matches; a hit in the title (a name) counts ten times a hit in the body.
    // First the best few candidates of the whole index, ranked inside FTS5, and only then whose they
    // are: looking up the owner of every match first costs as much again for a common word (a
    // word in 50,000 notes: 60 ms instead of 35). A local database has one owner, so the candidates
    // hold the answer; if other owners' documents took their places, the full query decides.
    const candidates = await sql<{ kind: SearchKind; ref_id: string; rank: number }>`
      select d.kind, d.ref_id, f.rank
      from (
        select rowid, bm25(search_fts, 10.0, 1.0) as rank from search_fts
        where search_fts match ${match} order by rank limit ${limit * CANDIDATES_PER_RESULT}
      ) f join search_docs d on d.id = f.rowid
      where d.owner_id = ${ownerId}
      order by f.rank, d.ref_id
      limit ${limit}`.execute(db);
    const rows =
      candidates.rows.length === limit
        ? candidates.rows
        : (
            await sql<{ kind: SearchKind; ref_id: string; rank: number }>`
              select d.kind, d.ref_id, bm25(search_fts, 10.0, 1.0) as rank
              from search_fts join search_docs d on d.id = search_fts.rowid
              where search_fts match ${match} and d.owner_id = ${ownerId}
              order by rank, d.ref_id
              limit ${limit}`.execute(db)
          ).rows;
    return rows.map((row) => ({ kind: row.kind, refId: row.ref_id, rank: -Number(row.rank) }));
  }
}

/**
 * The FTS5 MATCH expression for search terms: each one quoted (terms hold only letters and digits,
 * so nothing the user types is read as query syntax), a prefix from two letters on, all required.
 */
export function ftsMatchExpression(terms: readonly string[]): string {
  return terms.map((term) => (isPrefixTerm(term) ? `"${term}"*` : `"${term}"`)).join(' ');
}

/**
 * Folded text as words separated by spaces. PostgreSQL's parser reads "ingrid.berg@example.no" as
 * one e-mail token and a URL as a host and a path, so "example" would find nothing there; reduced
 * to its words, text splits exactly as FTS5's unicode61 tokenizer and searchTerms() split it, and
 * both engines find the same documents.
 */
function* mapEach<T, R>(items: Iterable<T>, map: (item: T) => R): Generator<R> {
  for (const item of items) yield map(item);
}

function wordsOf(text: string): string {
  return wordsOfFolded(foldForSearch(text));
}

function wordsOfFolded(folded: string): string {
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
