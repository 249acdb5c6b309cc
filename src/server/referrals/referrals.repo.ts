import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';

/** SQL for the people an advisor introduced (reads only: contacts are written by ContactsService). */
export class ReferralsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  introducedBy(ownerId: string, advisorId: string) {
    return this.db
      .selectFrom('contacts')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .select([
        'contacts.id as id',
        'contacts.name as name',
        'contacts.title as title',
        'organisations.name as organisation',
        'contacts.may_use_introducer_name as may_use_introducer_name',
        'contacts.created_at as created_at',
      ])
      .where('contacts.owner_id', '=', ownerId)
      .where('contacts.introduced_by_id', '=', advisorId)
      .orderBy('contacts.created_at')
      .orderBy('contacts.id')
      .execute();
  }

  advisorOf(ownerId: string, interviewId: string) {
    return this.db
      .selectFrom('interviews')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .select(['contacts.id as id', 'contacts.name as name'])
      .where('interviews.owner_id', '=', ownerId)
      .where('interviews.id', '=', interviewId)
      .executeTakeFirst();
  }
}
