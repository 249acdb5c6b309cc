import type { Kysely, Selectable } from 'kysely';
import type { ConversationsTable, Database, PlanItemsTable } from '../db/tables.ts';

export type ConversationRow = Selectable<ConversationsTable>;
export type PlanItemRow = Selectable<PlanItemsTable>;

/** What a guarded write did: applied, ignored as older than what is stored, or found nothing. */
/** Earlier than any write's instant. */
const noLiveWriteYet = new Date(0).toISOString();

export type GuardedWrite = 'applied' | 'stale' | 'missing';

/**
 * SQL for live mode: the conversation row and the live fields of the plan's questions (note,
 * star, asked). The plan's questions and their order belong to the prepare page; this never
 * inserts, deletes or reorders them. Every call is scoped to the owner.
 *
 * The per-keystroke writes are guarded by time instead of a version: a write carries the instant
 * the browser made it (`writtenAt`, on the server's clock as the browser estimates it), is stored
 * as the row's updated_at, and only applies when it is not older than the updated_at already
 * there. So the last write wins, and an older write that arrives late (a retried request, a
 * second tab's queue) changes nothing. No extra column is needed.
 */
export class ConversationRepo {
  constructor(private readonly db: Kysely<Database>) {}

  find(ownerId: string, interviewId: string): Promise<ConversationRow | undefined> {
    return this.db
      .selectFrom('conversations')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
  }

  /** The conversation row, created not started when missing (notes may be taken before the start). */
  async ensure(ownerId: string, interviewId: string, plannedMinutes: number): Promise<void> {
    await this.db
      .insertInto('conversations')
      .values({
        interview_id: interviewId,
        owner_id: ownerId,
        planned_minutes: plannedMinutes,
        // updated_at is the instant of the last live write (see above); none yet, so any write applies.
        updated_at: noLiveWriteYet,
      })
      .onConflict((conflict) => conflict.column('interview_id').doNothing())
      .execute();
  }

  /** Starts the clock once: a second start (a reload, another device) leaves the first instant. */
  async start(ownerId: string, interviewId: string, plannedMinutes: number, now: string): Promise<void> {
    await this.db
      .updateTable('conversations')
      .set({ planned_minutes: plannedMinutes, started_at: now })
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('started_at', 'is', null)
      .execute();
  }

  async end(ownerId: string, interviewId: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('conversations')
      .set({ ended_at: now })
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async writeConversation(
    ownerId: string,
    interviewId: string,
    values: { phase?: string; free_notes?: string },
    writtenAt: string,
  ): Promise<GuardedWrite> {
    const result = await this.db
      .updateTable('conversations')
      .set({ ...values, updated_at: writtenAt })
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('updated_at', '<=', writtenAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return 'applied';
    return (await this.find(ownerId, interviewId)) ? 'stale' : 'missing';
  }

  planItems(ownerId: string, interviewId: string): Promise<PlanItemRow[]> {
    return this.db
      .selectFrom('plan_items')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  async writePlanItem(
    ownerId: string,
    interviewId: string,
    itemId: string,
    values: { note?: string; starred?: number; asked?: number },
    writtenAt: string,
  ): Promise<GuardedWrite> {
    const result = await this.db
      .updateTable('plan_items')
      .set({ ...values, updated_at: writtenAt })
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('id', '=', itemId)
      .where('updated_at', '<=', writtenAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return 'applied';
    const exists = await this.db
      .selectFrom('plan_items')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    return exists ? 'stale' : 'missing';
  }
}
