import type { Kysely, Selectable } from 'kysely';
import { interactionStepKinds } from '#domain/keep-in-touch';
import type { Database, InteractionsTable, KeepInTouchTable, TasksTable } from '../db/tables.ts';

export type TaskRow = Selectable<TasksTable> & { contact_name: string | null };
export type InteractionRow = Selectable<InteractionsTable>;
export type KeepInTouchRow = Selectable<KeepInTouchTable>;
export interface ContactStepRow {
  contact_id: string;
  interview_id: string;
  kind: string;
  on_day: string;
}

/**
 * SQL for tasks, logged interactions and keep-in-touch settings, and the interview facts they
 * read (steps that were an exchange with the contact). Every query is scoped to the owner.
 */
export class FollowThroughRepo {
  constructor(private readonly db: Kysely<Database>) {}

  listTasks(ownerId: string, filter: { status?: 'open' | 'done' | 'all'; contactId?: string; ids?: string[] } = {}) {
    let query = this.db
      .selectFrom('tasks')
      .leftJoin('contacts', 'contacts.id', 'tasks.contact_id')
      .selectAll('tasks')
      .select('contacts.name as contact_name')
      .where('tasks.owner_id', '=', ownerId);
    if (filter.status === 'open') query = query.where('tasks.done_on', 'is', null);
    if (filter.status === 'done') query = query.where('tasks.done_on', 'is not', null);
    if (filter.contactId) query = query.where('tasks.contact_id', '=', filter.contactId);
    if (filter.ids) query = query.where('tasks.id', 'in', filter.ids.length ? filter.ids : ['']);
    return query.orderBy('tasks.created_at').orderBy('tasks.id').execute() as Promise<TaskRow[]>;
  }

  async findTask(ownerId: string, id: string): Promise<TaskRow | undefined> {
    const [row] = await this.listTasks(ownerId, { status: 'all', ids: [id] });
    return row;
  }

  async insertTask(
    ownerId: string,
    id: string,
    values: {
      kind: string;
      text: string;
      contactId: string | null;
      interviewId: string | null;
      dueOn: string | null;
      doneOn: string | null;
    },
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('tasks')
      .values({
        id,
        owner_id: ownerId,
        kind: values.kind,
        text: values.text,
        contact_id: values.contactId,
        interview_id: values.interviewId,
        due_on: values.dueOn,
        done_on: values.doneOn,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  /** Writes only when the stored version still matches; false otherwise. */
  async updateTask(
    ownerId: string,
    id: string,
    version: number,
    values: { text?: string; due_on?: string | null; done_on?: string | null },
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('tasks')
      .set({ ...values, version: version + 1, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async deleteTask(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('tasks')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Kind and interview of every connect_linkedin task, to hide the derived ones already acted on. */
  linkedInTasks(ownerId: string) {
    return this.db
      .selectFrom('tasks')
      .select(['interview_id', 'done_on'])
      .where('owner_id', '=', ownerId)
      .where('kind', '=', 'connect_linkedin')
      .execute();
  }

  findContact(ownerId: string, id: string) {
    return this.db
      .selectFrom('contacts')
      .select(['id', 'name', 'emails', 'linkedin_url'])
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async interviewBelongsTo(ownerId: string, interviewId: string): Promise<{ contact_id: string } | undefined> {
    return this.db
      .selectFrom('interviews')
      .select('contact_id')
      .where('owner_id', '=', ownerId)
      .where('id', '=', interviewId)
      .executeTakeFirst();
  }

  /** Steps that were an exchange with the contact (and 'held'), of one contact or all. */
  contactSteps(ownerId: string, contactId?: string): Promise<ContactStepRow[]> {
    let query = this.db
      .selectFrom('interview_steps')
      .innerJoin('interviews', 'interviews.id', 'interview_steps.interview_id')
      .select([
        'interviews.contact_id',
        'interview_steps.interview_id',
        'interview_steps.kind',
        'interview_steps.on_day',
      ])
      .where('interview_steps.owner_id', '=', ownerId)
      .where('interview_steps.kind', 'in', interactionStepKinds);
    if (contactId) query = query.where('interviews.contact_id', '=', contactId);
    return query.orderBy('interview_steps.on_day').execute();
  }

  listInteractions(ownerId: string, contactId?: string): Promise<InteractionRow[]> {
    let query = this.db.selectFrom('interactions').selectAll().where('owner_id', '=', ownerId);
    if (contactId) query = query.where('contact_id', '=', contactId);
    return query.orderBy('on_day', 'desc').orderBy('created_at', 'desc').execute();
  }

  async insertInteraction(
    ownerId: string,
    id: string,
    values: { contactId: string; kind: string; on: string; note: string },
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('interactions')
      .values({
        id,
        owner_id: ownerId,
        contact_id: values.contactId,
        kind: values.kind,
        on_day: values.on,
        note: values.note,
        created_at: now,
      })
      .execute();
  }

  keepInTouchSettings(ownerId: string, contactId?: string): Promise<KeepInTouchRow[]> {
    let query = this.db.selectFrom('keep_in_touch').selectAll().where('owner_id', '=', ownerId);
    if (contactId) query = query.where('contact_id', '=', contactId);
    return query.execute();
  }

  async saveKeepInTouch(
    ownerId: string,
    contactId: string,
    values: { everyMonths: number; stopped: boolean },
    now: string,
  ): Promise<void> {
    const row = { every_months: values.everyMonths, stopped: values.stopped ? 1 : 0, updated_at: now };
    await this.db
      .insertInto('keep_in_touch')
      .values({ contact_id: contactId, owner_id: ownerId, ...row })
      .onConflict((conflict) => conflict.column('contact_id').doUpdateSet(row))
      .execute();
  }

  /** Names and organisations of contacts, for Today's rows. */
  contactsByIds(ownerId: string, ids: readonly string[]) {
    return this.db
      .selectFrom('contacts')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .select(['contacts.id', 'contacts.name', 'organisations.name as organisation_name'])
      .where('contacts.owner_id', '=', ownerId)
      .where('contacts.id', 'in', ids.length ? ids : [''])
      .execute();
  }

  /** Interviews with their contact and stage, by id. */
  interviewsByIds(ownerId: string, ids: readonly string[]) {
    return this.db
      .selectFrom('interviews')
      .select(['id', 'contact_id', 'stage'])
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids.length ? ids : [''])
      .execute();
  }

  /** The advice lists of every report, with the interview's contact. */
  reportsWithAdvice(ownerId: string) {
    return this.db
      .selectFrom('reports')
      .innerJoin('interviews', 'interviews.id', 'reports.interview_id')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .select(['reports.interview_id', 'reports.gains', 'interviews.contact_id', 'contacts.name as contact_name'])
      .where('reports.owner_id', '=', ownerId)
      .orderBy('reports.created_at', 'desc')
      .execute();
  }
}
