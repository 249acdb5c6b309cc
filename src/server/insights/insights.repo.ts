import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';

/** Read-only SQL for the insights page: reports with their advisor, interviews with how-known. */
export class InsightsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  reports(ownerId: string) {
    return this.db
      .selectFrom('reports')
      .innerJoin('interviews', 'interviews.id', 'reports.interview_id')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .select([
        'reports.interview_id',
        'reports.gains',
        'contacts.id as contact_id',
        'contacts.name as contact_name',
        'contacts.title as contact_title',
        'contacts.field as contact_field',
        'organisations.name as organisation_name',
      ])
      .where('reports.owner_id', '=', ownerId)
      .orderBy('reports.created_at')
      .execute();
  }

  interviews(ownerId: string) {
    return this.db
      .selectFrom('interviews')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .select(['interviews.id', 'interviews.requested_on', 'interviews.replied_on', 'contacts.how_known'])
      .where('interviews.owner_id', '=', ownerId)
      .execute();
  }

  async heldInterviewIds(ownerId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('interview_steps')
      .select('interview_id')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('kind', '=', 'held')
      .execute();
    return new Set(rows.map((row) => row.interview_id));
  }
}
