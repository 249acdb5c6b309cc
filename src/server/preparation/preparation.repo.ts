import type { Kysely, Selectable } from 'kysely';
import type { Database, DossiersTable, PlanItemsTable } from '../db/tables.ts';
import { newRecordId } from '../db/record-id.ts';

export type DossierRow = Selectable<DossiersTable>;
export type PlanItemRow = Selectable<PlanItemsTable>;

export interface DossierValues {
  leave_knowing: string;
  person_background: string;
  organisation_notes: string;
  /** JSON list of ticked checklist keys. */
  checklist: string;
}

export interface NewPlanItem {
  questionId: string;
  text: string;
  category: string;
  lens: string;
  minutes: number;
}

/**
 * SQL for preparing a conversation: the dossier, the plan's items, the elevator pitch on the
 * profile, and what the dossier shows of the contact and organisation. Every query is scoped by
 * the owner. Plan items' note, starred and asked belong to live mode: never written here.
 */
export class PreparationRepo {
  constructor(private readonly db: Kysely<Database>) {}

  person(ownerId: string, contactId: string) {
    return this.db
      .selectFrom('contacts')
      .select([
        'id',
        'name',
        'pronunciation',
        'title',
        'other_titles',
        'linkedin_url',
        'field',
        'how_known',
        'organisation_id',
      ])
      .where('owner_id', '=', ownerId)
      .where('id', '=', contactId)
      .executeTakeFirst();
  }

  async organisation(ownerId: string, organisationId: string) {
    const organisation = await this.db
      .selectFrom('organisations')
      .select(['id', 'name', 'website', 'field'])
      .where('owner_id', '=', ownerId)
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!organisation) return undefined;
    const notes = await this.db
      .selectFrom('notes')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('owner_id', '=', ownerId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return { ...organisation, notesCount: Number(notes?.n ?? 0) };
  }

  dossier(ownerId: string, interviewId: string): Promise<DossierRow | undefined> {
    return this.db
      .selectFrom('dossiers')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
  }

  /** The first save; undefined when another save created the row meanwhile (a stale "version 0"). */
  async insertDossier(
    ownerId: string,
    interviewId: string,
    values: DossierValues,
    now: string,
  ): Promise<DossierRow | undefined> {
    const inserted = await this.db
      .insertInto('dossiers')
      .values({ interview_id: interviewId, owner_id: ownerId, ...values, updated_at: now })
      .onConflict((conflict) => conflict.column('interview_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    return inserted;
  }

  /** Writes only when the stored version still matches; undefined when it did not. */
  updateDossier(ownerId: string, interviewId: string, expectedVersion: number, values: DossierValues, now: string) {
    return this.db
      .updateTable('dossiers')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }

  /** Dossiers of these interviews, for Today's "prepare" items. */
  dossiers(ownerId: string, interviewIds: readonly string[]) {
    if (interviewIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('dossiers')
      .select(['interview_id', 'checklist'])
      .where('owner_id', '=', ownerId)
      .where('interview_id', 'in', interviewIds)
      .execute();
  }

  planItems(ownerId: string, interviewId: string): Promise<PlanItemRow[]> {
    return this.db
      .selectFrom('plan_items')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .orderBy('position')
      .orderBy('created_at')
      .execute();
  }

  /** Appends after the last item, in the order given. */
  async appendPlanItems(ownerId: string, interviewId: string, items: readonly NewPlanItem[], now: string) {
    if (items.length === 0) return;
    const last = await this.db
      .selectFrom('plan_items')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
    const start = Number(last?.position ?? 0) + 1;
    await this.db
      .insertInto('plan_items')
      .values(
        items.map((item, index) => ({
          id: newRecordId(),
          owner_id: ownerId,
          interview_id: interviewId,
          question_id: item.questionId,
          text: item.text,
          category: item.category,
          lens: item.lens,
          minutes: item.minutes,
          position: start + index,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }

  async deletePlanItem(ownerId: string, interviewId: string, itemId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('plan_items')
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async setPlanPositions(ownerId: string, interviewId: string, itemIds: readonly string[], now: string) {
    for (const [index, id] of itemIds.entries()) {
      await this.db
        .updateTable('plan_items')
        .set({ position: index + 1, updated_at: now })
        .where('owner_id', '=', ownerId)
        .where('interview_id', '=', interviewId)
        .where('id', '=', id)
        .execute();
    }
  }

  questions(ownerId: string, ids: readonly string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('questions')
      .select(['id', 'built_in_key', 'category', 'lens', 'minutes', 'texts', 'hidden'])
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids)
      .execute();
  }

  builtInQuestions(ownerId: string, keys: readonly string[]) {
    if (keys.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('questions')
      .select(['id', 'built_in_key', 'category', 'lens', 'minutes', 'texts', 'hidden'])
      .where('owner_id', '=', ownerId)
      .where('built_in_key', 'in', keys)
      .execute();
  }

  /** The pitch is one column of the profile row, versioned with it. */
  updatePitch(ownerId: string, expectedVersion: number, pitch: string, now: string) {
    return this.db
      .updateTable('profiles')
      .set((eb) => ({ elevator_pitch: pitch, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }
}
