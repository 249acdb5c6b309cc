import { newRecordId } from '../db/record-id.ts';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { InterviewStepKind } from '#domain/interview';
import type { Database, InterviewsTable, InterviewStepsTable, MeetingsTable } from '../db/tables.ts';

export type InterviewRow = Selectable<InterviewsTable>;
export type InterviewStepRow = Selectable<InterviewStepsTable>;
export type MeetingRow = Selectable<MeetingsTable>;

/** An interview with the names the pipeline shows and the meeting it may have. */
export type InterviewListRow = InterviewRow & {
  contact_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_routine: string | null;
  meeting_start: string | null;
  meeting_zone: string | null;
  meeting_cancelled: number | null;
};

/**
 * SQL for interviews, their steps and their meeting. Every call is scoped to the owner; the
 * service runs the writes of one use case in one transaction.
 */
export class InterviewsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  list(ownerId: string, filter: { contactId?: string; organisationId?: string; ids?: readonly string[] } = {}) {
    let query = this.db
      .selectFrom('interviews')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .leftJoin('organisations', 'organisations.id', 'contacts.organisation_id')
      .leftJoin('meetings', 'meetings.interview_id', 'interviews.id')
      .selectAll('interviews')
      .select([
        'contacts.name as contact_name',
        'contacts.organisation_id as organisation_id',
        'organisations.name as organisation_name',
        'organisations.routine as organisation_routine',
        'meetings.start_local as meeting_start',
        'meetings.time_zone as meeting_zone',
        'meetings.cancelled as meeting_cancelled',
      ])
      .where('interviews.owner_id', '=', ownerId);
    if (filter.contactId) query = query.where('interviews.contact_id', '=', filter.contactId);
    if (filter.organisationId) query = query.where('contacts.organisation_id', '=', filter.organisationId);
    if (filter.ids) query = query.where('interviews.id', 'in', filter.ids.length ? filter.ids : ['']);
    return query.orderBy('interviews.updated_at', 'desc').orderBy('interviews.id').execute() as Promise<
      InterviewListRow[]
    >;
  }

  async findById(ownerId: string, id: string): Promise<InterviewListRow | undefined> {
    const [row] = await this.list(ownerId, { ids: [id] });
    return row;
  }

  async insert(ownerId: string, values: { contactId: string; goal: string; draftKind: string }, now: string) {
    const id = newRecordId();
    await this.db
      .insertInto('interviews')
      .values({
        id,
        owner_id: ownerId,
        contact_id: values.contactId,
        stage: 'prospect',
        goal: values.goal,
        draft_kind: values.draftKind,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Writes only when the stored version still matches; false when it did not (or no such row). */
  async update(
    ownerId: string,
    id: string,
    expectedVersion: number,
    values: Omit<Updateable<InterviewsTable>, 'id' | 'owner_id' | 'version' | 'created_at' | 'updated_at'>,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('interviews')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('interviews')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async addStep(
    ownerId: string,
    interviewId: string,
    step: { kind: InterviewStepKind; on: string; detail?: Record<string, string> },
    now: string,
  ): Promise<void> {
    // The service writes an interview's steps inside a transaction that also bumps the interview's
    // version, so two writers cannot take the same position.
    const last = await this.db
      .selectFrom('interview_steps')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
    await this.db
      .insertInto('interview_steps')
      .values({
        id: newRecordId(),
        owner_id: ownerId,
        interview_id: interviewId,
        position: Number(last?.position ?? 0) + 1,
        kind: step.kind,
        on_day: step.on,
        detail: JSON.stringify(step.detail ?? {}),
        created_at: now,
      })
      .execute();
  }

  /** The steps of these interviews, oldest first (by day, then by when they were recorded). */
  steps(ownerId: string, interviewIds: readonly string[]): Promise<InterviewStepRow[]> {
    if (interviewIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('interview_steps')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', 'in', interviewIds)
      .orderBy('on_day')
      .orderBy('position')
      .execute();
  }

  meeting(ownerId: string, interviewId: string): Promise<MeetingRow | undefined> {
    return this.db
      .selectFrom('meetings')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
  }

  meetings(ownerId: string, interviewIds?: readonly string[]): Promise<MeetingRow[]> {
    let query = this.db.selectFrom('meetings').selectAll().where('owner_id', '=', ownerId);
    if (interviewIds) query = query.where('interview_id', 'in', interviewIds.length ? interviewIds : ['']);
    return query.orderBy('start_local').execute();
  }

  async insertMeeting(
    ownerId: string,
    interviewId: string,
    values: Pick<MeetingRow, 'start_local' | 'time_zone' | 'duration_minutes' | 'format' | 'place'>,
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('meetings')
      .values({
        id: newRecordId(),
        owner_id: ownerId,
        interview_id: interviewId,
        ...values,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  async updateMeeting(
    ownerId: string,
    meetingId: string,
    values: Omit<Updateable<MeetingsTable>, 'id' | 'owner_id' | 'interview_id' | 'created_at' | 'updated_at'>,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('meetings')
      .set({ ...values, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', meetingId)
      .execute();
  }

  /** What a request needs of its contact: name, title, addresses, and the introducer if any. */
  contactForRequest(ownerId: string, contactId: string) {
    return this.db
      .selectFrom('contacts')
      .leftJoin('contacts as introducers', 'introducers.id', 'contacts.introduced_by_id')
      .select([
        'contacts.id',
        'contacts.name',
        'contacts.title',
        'contacts.emails',
        'contacts.linkedin_url',
        'contacts.introduced_by_id',
        'contacts.may_use_introducer_name',
        'introducers.name as introducer_name',
      ])
      .where('contacts.owner_id', '=', ownerId)
      .where('contacts.id', '=', contactId)
      .executeTakeFirst();
  }

  /** Other contacts at an organisation, for "contact a second person there", fewest interviews first. */
  otherContactsAt(ownerId: string, organisationId: string, exceptContactId: string) {
    return this.db
      .selectFrom('contacts')
      .select(['contacts.id', 'contacts.name'])
      .select((eb) =>
        eb
          .selectFrom('interviews')
          .select((inner) => inner.fn.countAll<string | number>().as('n'))
          .whereRef('interviews.contact_id', '=', 'contacts.id')
          .as('interviews'),
      )
      .where('contacts.owner_id', '=', ownerId)
      .where('contacts.organisation_id', '=', organisationId)
      .where('contacts.id', '!=', exceptContactId)
      .orderBy('interviews')
      .orderBy('contacts.sort_key')
      .limit(20)
      .execute();
  }
}
