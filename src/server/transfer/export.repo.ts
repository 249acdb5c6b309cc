import type { Kysely } from 'kysely';
import type { Contact } from '#domain/contact';
import type { Database } from '../db/tables.ts';
import { toContact } from '../contacts/contacts.repo.ts';

/** SQL for the exports: every contact of the owner, with its organisation's name, sorted by name. */
export async function listContactsForExport(db: Kysely<Database>, ownerId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
    .selectAll('contacts')
    .select('organisations.name as organisation_name')
    .where('contacts.owner_id', '=', ownerId)
    .orderBy('contacts.sort_key')
    .orderBy('contacts.id')
    .execute();
  return rows.map(toContact);
}
