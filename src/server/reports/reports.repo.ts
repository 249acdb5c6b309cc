import type { Kysely, Selectable } from 'kysely';
import type { Database, ReportsTable } from '../db/tables.ts';

export type ReportRow = Selectable<ReportsTable>;

/** What a report may change; the rest (ids, version, times) the repository keeps. */
export type ReportChange = Partial<
  Pick<ReportRow, 'body' | 'gains' | 'thank_you_subject' | 'thank_you_body' | 'thank_you_sent_on'>
>;

/**
 * SQL for reports and what the outline is made of (plan items, the conversation's free notes).
 * Every call is scoped to the owner. Plan items and conversations belong to the live mode: they
 * are only read here.
 */
export class ReportsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  find(ownerId: string, interviewId: string): Promise<ReportRow | undefined> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
  }

  /** The reports of these interviews, for Today. */
  findMany(ownerId: string, interviewIds: readonly string[]): Promise<ReportRow[]> {
    if (interviewIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', 'in', interviewIds)
      .execute();
  }

  /** The first save of a report creates it at version 1. */
  async insert(ownerId: string, interviewId: string, values: ReportChange, now: string): Promise<void> {
    await this.db
      .insertInto('reports')
      .values({ interview_id: interviewId, owner_id: ownerId, ...values, version: 1, created_at: now, updated_at: now })
      .execute();
  }

  /** Writes only when the stored version still matches; false when it did not. */
  async update(
    ownerId: string,
    interviewId: string,
    expectedVersion: number,
    values: ReportChange,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('reports')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  planItems(ownerId: string, interviewId: string) {
    return this.db
      .selectFrom('plan_items')
      .select(['text', 'note', 'starred', 'asked'])
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
  }

  conversation(ownerId: string, interviewId: string) {
    return this.db
      .selectFrom('conversations')
      .select(['free_notes', 'ended_at'])
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
  }

  /** When the conversations of these interviews ended (UTC instants), for Today. */
  conversationEnds(ownerId: string, interviewIds: readonly string[]) {
    if (interviewIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('conversations')
      .select(['interview_id', 'ended_at'])
      .where('owner_id', '=', ownerId)
      .where('interview_id', 'in', interviewIds)
      .where('ended_at', 'is not', null)
      .execute();
  }
}
