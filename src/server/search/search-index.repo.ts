import { sql, type Kysely } from 'kysely';
import { foldForSearch, searchTerms } from '#domain/search-key';
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

/**
 * The full-text index over contacts, organisations and notes. Repositories call put() and remove()
 * inside the same transaction as the row they change, so the index never disagrees with the data:
 * a deleted contact leaves no trace here. Text is folded before it is stored (foldForSearch).
 */
export class SearchIndex {
  constructor(readonly dialect: Dialect) {}

  async put(db: Kysely<Database>, ownerId: string, document: SearchDocument): Promise<void> {
    const title = foldForSearch(document.title);
    const body = foldForSearch(document.body);
    if (this.dialect === 'postgres') {
      await db
        .insertInto('search_index')
        .values({ owner_id: ownerId, kind: document.kind, ref_id: document.refId, title, body })
        .onConflict((conflict) => conflict.columns(['kind', 'ref_id']).doUpdateSet({ title, body }))
        .execute();
      return;
    }
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
      const tsquery = terms.map((term) => `${term}:*`).join(' & ');
      const result = await sql<{ kind: SearchKind; ref_id: string; rank: number }>`
        select kind, ref_id, ts_rank(document, query) as rank
        from search_index, to_tsquery('simple', ${tsquery}) as query
        where owner_id = ${ownerId} and document @@ query
        order by rank desc, ref_id
        limit ${limit}`.execute(db);
      return result.rows.map((row) => ({ kind: row.kind, refId: row.ref_id, rank: Number(row.rank) }));
    }
    const match = terms.map((term) => `"${term}"*`).join(' ');
    // bm25 is lower for better matches; a hit in the title (a name) counts ten times a hit in the body.
    const result = await sql<{ kind: SearchKind; ref_id: string; rank: number }>`
      select d.kind, d.ref_id, bm25(search_fts, 10.0, 1.0) as rank
      from search_fts join search_docs d on d.id = search_fts.rowid
      where search_fts match ${match} and d.owner_id = ${ownerId}
      order by rank, d.ref_id
      limit ${limit}`.execute(db);
    return result.rows.map((row) => ({ kind: row.kind, refId: row.ref_id, rank: -Number(row.rank) }));
  }
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
