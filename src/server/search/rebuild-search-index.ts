import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import { contactSearchDocument, toContact } from '../contacts/contacts.repo.ts';
import { organisationSearchDocument, toOrganisation } from '../organisations/organisations.repo.ts';
import { noteSearchDocument } from './note-search-document.ts';
import type { SearchIndex } from './search-index.repo.ts';

/**
 * Fills the search index from the data, for every owner. The index is derived: this runs after a
 * migration (a restore builds its index in staging, see ADR 0011), inside one transaction so a search never sees it half-built.
 */
export async function rebuildSearchIndex(db: Kysely<Database>, searchIndex: SearchIndex): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await searchIndex.clear(trx);
    let documents = 0;
    const contacts = await trx
      .selectFrom('contacts')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .selectAll('contacts')
      .select('organisations.name as organisation_name')
      .execute();
    for (const row of contacts) {
      await searchIndex.put(trx, row.owner_id, contactSearchDocument(toContact(row)));
      documents += 1;
    }
    for (const row of await trx.selectFrom('organisations').selectAll().execute()) {
      await searchIndex.put(trx, row.owner_id, organisationSearchDocument(toOrganisation(row)));
      documents += 1;
    }
    for (const row of await trx.selectFrom('notes').selectAll().execute()) {
      await searchIndex.put(trx, row.owner_id, noteSearchDocument({ id: row.id, body: row.body }));
      documents += 1;
    }
    return documents;
  });
}
