import type { Kysely } from 'kysely';
import { localDayOf, type CalendarDay } from '#domain/calendar-day';
import { weekendsOnly } from '#domain/business-days';
import { AppError, type FieldProblem } from '#domain/errors';
import { closesOn } from '#domain/follow-up-routine';
import {
  closedStages,
  type InterviewStage,
  type MeetingReminder,
  type RequestChannel,
  type ReplyOutcome,
} from '#domain/interview';
import { routineStateOf } from '#domain/interview-routine';
import { zonedToInstant } from '#domain/zoned-time';
import type { Interview, InterviewSummary } from '#shared/interview.schema';
import { holidayCalendarFor } from '../calendar/holiday-calendar.ts';
import type { Database } from '../db/tables.ts';
import { ProfileService, type ResolvedProfile } from '../profile/profile.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { routineFacts, routineOf, stageOf, toInterview, toSummary, remindersDoneOf } from './interview-view.ts';
import { InterviewsRepo, type InterviewListRow } from './interviews.repo.ts';

export interface MeetingFields {
  start: string;
  timeZone: string;
  durationMinutes: number;
  end: string | null;
  format: string;
  place: string;
}

/**
 * The use cases of an interview: from prospect through the request, the routine's steps and the
 * reply to a scheduled meeting. Each use case is one transaction that also writes the step it
 * took into the history, so the history is the truth the routine is computed from.
 */
export class InterviewsService {
  private readonly profiles: ProfileService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.profiles = new ProfileService(db, clock);
  }

  /** The user's today, in their time zone: the day steps are dated by default. */
  async today(user: ActingUser): Promise<{ today: CalendarDay; profile: ResolvedProfile }> {
    const profile = await this.profiles.resolve(user);
    return { today: localDayOf(this.clock(), profile.timeZone), profile };
  }

  async list(user: ActingUser, filter: { contactId?: string; organisationId?: string }): Promise<InterviewSummary[]> {
    await this.closeOverdue(user);
    const calendar = holidayCalendarFor((await this.profiles.resolve(user)).country);
    return (await new InterviewsRepo(this.db).list(user.id, filter)).map((row) => toSummary(row, calendar));
  }

  async get(user: ActingUser, id: string): Promise<Interview> {
    await this.closeOverdue(user, [id]);
    const repo = new InterviewsRepo(this.db);
    const row = await repo.findById(user.id, id);
    if (!row) throw new AppError('not_found');
    const profile = await this.profiles.resolve(user);
    const contact = await repo.contactForRequest(user.id, row.contact_id);
    return toInterview({
      row,
      steps: await repo.steps(user.id, [id]),
      meeting: await repo.meeting(user.id, id),
      contact: {
        name: contact?.name ?? row.contact_name,
        title: contact?.title ?? '',
        emails: parseTextList(contact?.emails),
        linkedinUrl: contact?.linkedin_url ?? '',
        introducerName: contact?.introducer_name ?? null,
        mayUseIntroducerName: Boolean(contact?.introducer_name && Number(contact.may_use_introducer_name) === 1),
      },
      userRoutine: profile.routine,
      calendar: holidayCalendarFor(profile.country),
    });
  }

  /** A new interview starts as a prospect; the request draft starts warm when the introducer allows it. */
  async create(user: ActingUser, input: { contactId: string; goal: string }): Promise<Interview> {
    const id = await this.inTransaction(user, async (repo, now, today) => {
      const contact = await repo.repo.contactForRequest(user.id, input.contactId);
      if (!contact) throw validation({ field: 'contactId', rule: 'not_found' });
      const warm = contact.introducer_name !== null && Number(contact.may_use_introducer_name) === 1;
      const id = await repo.repo.insert(
        user.id,
        { contactId: contact.id, goal: input.goal, draftKind: warm ? 'warm_email' : 'cold_email' },
        now,
      );
      await repo.repo.addStep(user.id, id, { kind: 'created', on: today }, now);
      return id;
    });
    return this.get(user, id);
  }

  async saveDraft(
    user: ActingUser,
    id: string,
    draft: { goal: string; draftKind: string; draftSubject: string; draftBody: string; version: number },
  ): Promise<Interview> {
    await this.change(user, id, draft.version, () => ({
      values: {
        goal: draft.goal,
        draft_kind: draft.draftKind,
        draft_subject: draft.draftSubject,
        draft_body: draft.draftBody,
      },
    }));
    return this.get(user, id);
  }

  /**
   * A move on the pipeline board, recorded in the history. Moving a prospect to "requested" says
   * the request went out today (by a channel the board does not know), so the routine starts;
   * moving a closed interview back into the pipeline reopens it, with one fresh wait.
   */
  async changeStage(user: ActingUser, id: string, stage: InterviewStage, version: number): Promise<Interview> {
    const { profile } = await this.today(user);
    await this.change(user, id, version, (row, today) => {
      const from = stageOf(row.stage);
      if (from === stage) return { values: {} };
      const moved: StepToAdd = { kind: 'stage_changed', on: today, detail: { from, to: stage } };
      if (stage === 'requested' && !row.requested_on)
        return {
          values: { stage, requested_on: today, replied_on: null, routine: routineOf(row, profile.routine) },
          steps: [moved, { kind: 'request_sent', on: today, detail: {} }],
        };
      if (closedStages.includes(from) && !closedStages.includes(stage))
        return { values: { stage }, steps: [moved, { kind: 'reopened', on: today }] };
      return { values: { stage }, step: moved };
    });
    return this.get(user, id);
  }

  /** The request went out: the routine starts, counted from this day, with the routine in force now. */
  async markSent(
    user: ActingUser,
    id: string,
    input: { channel: RequestChannel; on: CalendarDay; version: number },
  ): Promise<Interview> {
    const { profile } = await this.today(user);
    await this.change(user, id, input.version, (row, today) => {
      if (row.requested_on && stageOf(row.stage) !== 'prospect')
        throw validation({ field: 'stage', rule: 'not_allowed_now' });
      assertNotFuture(input.on, today);
      return {
        values: {
          stage: 'requested',
          request_channel: input.channel,
          requested_on: input.on,
          replied_on: null,
          routine: routineOf(row, profile.routine),
        },
        step: { kind: 'request_sent', on: input.on, detail: { channel: input.channel } },
      };
    });
    return this.get(user, id);
  }

  async markFollowUpSent(
    user: ActingUser,
    id: string,
    input: { on: CalendarDay; version: number },
  ): Promise<Interview> {
    await this.change(user, id, input.version, (row, today) => {
      assertWaitingForReply(row);
      assertNotFuture(input.on, today);
      return { values: {}, step: { kind: 'follow_up_sent', on: input.on } };
    });
    return this.get(user, id);
  }

  /**
   * The 3B step: the user contacted (or chose not to contact) a second person at the organisation.
   * Naming that person starts an interview with them too, unless one is already open.
   */
  async markSecondContact(
    user: ActingUser,
    id: string,
    input: { on: CalendarDay; contactId: string | null; version: number },
  ): Promise<Interview> {
    await this.change(user, id, input.version, async (row, today, repo, now) => {
      assertWaitingForReply(row);
      assertNotFuture(input.on, today);
      const detail: Record<string, string> = {};
      if (input.contactId) {
        const other = await repo.repo.contactForRequest(user.id, input.contactId);
        if (!other) throw validation({ field: 'contactId', rule: 'not_found' });
        detail.contactId = other.id;
        detail.contactName = other.name;
        const open = (await repo.repo.list(user.id, { contactId: other.id })).some(
          (interview) => !closedStages.includes(stageOf(interview.stage)),
        );
        if (!open) {
          const warm = other.introducer_name !== null && Number(other.may_use_introducer_name) === 1;
          const newId = await repo.repo.insert(
            user.id,
            { contactId: other.id, goal: row.goal, draftKind: warm ? 'warm_email' : 'cold_email' },
            now,
          );
          await repo.repo.addStep(
            user.id,
            newId,
            { kind: 'created', on: today, detail: { fromInterview: row.id } },
            now,
          );
        }
      }
      return { values: {}, step: { kind: 'second_contact', on: input.on, detail } };
    });
    return this.get(user, id);
  }

  /** A reply ends the routine. A decline ends the interview; an acceptance leads to scheduling. */
  async recordReply(
    user: ActingUser,
    id: string,
    input: { on: CalendarDay; outcome: ReplyOutcome; version: number },
  ): Promise<Interview> {
    await this.change(user, id, input.version, (row, today) => {
      if (!row.requested_on) throw validation({ field: 'stage', rule: 'not_allowed_now' });
      assertNotFuture(input.on, today);
      if (input.on < row.requested_on) throw validation({ field: 'on', rule: 'before_start' });
      const stage = stageOf(row.stage);
      const nextStage: InterviewStage =
        input.outcome === 'declined' ? 'declined' : stage === 'no-reply' || stage === 'declined' ? 'requested' : stage;
      return {
        values: { replied_on: input.on, stage: nextStage },
        step: { kind: 'reply_received', on: input.on, detail: { outcome: input.outcome } },
      };
    });
    return this.get(user, id);
  }

  /** A closed interview (no reply, declined) opens again and waits for a reply once more. */
  async reopen(user: ActingUser, id: string, version: number): Promise<Interview> {
    await this.change(user, id, version, (row, today) => {
      if (!closedStages.includes(stageOf(row.stage))) throw validation({ field: 'stage', rule: 'not_allowed_now' });
      return {
        values: { stage: row.requested_on ? 'requested' : 'prospect' },
        step: { kind: 'reopened', on: today },
      };
    });
    return this.get(user, id);
  }

  /** The preparation checklist is done: a scheduled interview becomes prepared (preparation feature). */
  async markPrepared(user: ActingUser, id: string, version: number): Promise<Interview> {
    await this.change(user, id, version, (row, today) => {
      if (stageOf(row.stage) !== 'scheduled') throw validation({ field: 'stage', rule: 'not_allowed_now' });
      return { values: { stage: 'prepared' }, step: { kind: 'prepared', on: today } };
    });
    return this.get(user, id);
  }

  async countRehearsal(user: ActingUser, id: string, version: number): Promise<Interview> {
    await this.change(user, id, version, (row) => ({ values: { rehearsals: Number(row.rehearsals) + 1 } }));
    return this.get(user, id);
  }

  async setOfferedSlots(
    user: ActingUser,
    id: string,
    input: { slots: string[]; timeZone: string; version: number },
  ): Promise<Interview> {
    const now = this.clock();
    input.slots.forEach((slot, index) => {
      if (zonedToInstant(slot, input.timeZone) <= now)
        throw validation({ field: `slots.${index}`, rule: 'in_the_past' });
    });
    await this.change(user, id, input.version, () => ({
      values: { offered_slots: JSON.stringify(input.slots), offered_slots_zone: input.timeZone },
    }));
    return this.get(user, id);
  }

  /**
   * Schedules the meeting, or moves it. A move (or a change of place) raises the SEQUENCE so a
   * calendar that has the earlier file replaces it instead of adding a second event.
   */
  async scheduleMeeting(user: ActingUser, id: string, input: MeetingFields & { version: number }): Promise<Interview> {
    const durationMinutes = meetingDuration(input);
    if (zonedToInstant(input.start, input.timeZone) <= this.clock())
      throw validation({ field: 'start', rule: 'in_the_past' });
    await this.change(user, id, input.version, async (row, today, repo, now) => {
      const values = {
        start_local: input.start,
        time_zone: input.timeZone,
        duration_minutes: durationMinutes,
        format: input.format,
        place: input.place,
      };
      const existing = await repo.repo.meeting(user.id, id);
      const detail = { start: input.start, timeZone: input.timeZone };
      let step: StepToAdd;
      if (!existing) {
        await repo.repo.insertMeeting(user.id, id, values, now);
        step = { kind: 'scheduled', on: today, detail };
      } else {
        const changed =
          Number(existing.cancelled) === 1 ||
          (Object.keys(values) as Array<keyof typeof values>).some(
            (key) => String(existing[key]) !== String(values[key]),
          );
        if (!changed) return { values: {} };
        const sameTime = existing.start_local === input.start && existing.time_zone === input.timeZone;
        await repo.repo.updateMeeting(
          user.id,
          existing.id,
          {
            ...values,
            sequence: Number(existing.sequence) + 1,
            cancelled: 0,
            // Reminders were about the old day; a new day brings them back.
            reminders_done: sameTime ? existing.reminders_done : '[]',
          },
          now,
        );
        step = { kind: Number(existing.cancelled) === 1 ? 'scheduled' : 'rescheduled', on: today, detail };
      }
      const stage = stageOf(row.stage);
      const nextStage: InterviewStage = ['prospect', 'requested', 'declined', 'no-reply'].includes(stage)
        ? 'scheduled'
        : stage;
      return {
        values: { stage: nextStage, replied_on: row.replied_on ?? (row.requested_on ? today : null) },
        step,
      };
    });
    return this.get(user, id);
  }

  /** The calendar file of a cancelled meeting carries METHOD:CANCEL and the next SEQUENCE. */
  async cancelMeeting(user: ActingUser, id: string, version: number): Promise<Interview> {
    await this.change(user, id, version, async (row, today, repo, now) => {
      const meeting = await repo.repo.meeting(user.id, id);
      if (!meeting || Number(meeting.cancelled) === 1) throw validation({ field: 'stage', rule: 'not_allowed_now' });
      await repo.repo.updateMeeting(user.id, meeting.id, { cancelled: 1, sequence: Number(meeting.sequence) + 1 }, now);
      const stage = stageOf(row.stage);
      return {
        values: { stage: stage === 'scheduled' || stage === 'prepared' ? 'requested' : stage },
        step: { kind: 'cancelled', on: today, detail: { start: meeting.start_local, timeZone: meeting.time_zone } },
      };
    });
    return this.get(user, id);
  }

  async dismissReminder(user: ActingUser, id: string, reminder: MeetingReminder): Promise<Interview> {
    await this.inTransaction(user, async ({ repo }, now) => {
      const meeting = await repo.meeting(user.id, id);
      if (!meeting) throw new AppError('not_found');
      const done = new Set(remindersDoneOf(meeting));
      done.add(reminder);
      await repo.updateMeeting(user.id, meeting.id, { reminders_done: JSON.stringify([...done]) }, now);
    });
    return this.get(user, id);
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    if (!(await new InterviewsRepo(this.db).delete(user.id, id))) throw new AppError('not_found');
  }

  /**
   * The routine closes an interview nobody answered: "after that: no reply". Done when interviews
   * are read rather than by a timer, so a machine that slept through the day still closes it, on
   * the day the routine said, and the history shows that day.
   */
  async closeOverdue(user: ActingUser, ids?: readonly string[]): Promise<void> {
    const { today, profile } = await this.today(user);
    const calendar = holidayCalendarFor(profile.country);
    const repo = new InterviewsRepo(this.db);
    const waiting = (await repo.list(user.id, ids ? { ids } : {})).filter(
      (row) => stageOf(row.stage) === 'requested' && row.requested_on && !row.replied_on,
    );
    if (waiting.length === 0) return;
    const steps = await repo.steps(
      user.id,
      waiting.map((row) => row.id),
    );
    for (const row of waiting) {
      const facts = routineFacts(
        row,
        steps.filter((step) => step.interview_id === row.id),
        profile.routine,
      );
      const state = routineStateOf(facts);
      const closeDay = state ? closesOn(state, calendar) : null;
      if (!closeDay || closeDay > today) continue;
      await this.inTransaction(user, async (tx, now) => {
        const closed = await tx.repo.update(user.id, row.id, Number(row.version), { stage: 'no-reply' }, now);
        if (closed) await tx.repo.addStep(user.id, row.id, { kind: 'closed_no_reply', on: closeDay }, now);
      });
    }
  }

  private async change(
    user: ActingUser,
    id: string,
    version: number,
    decide: (row: InterviewListRow, today: CalendarDay, tx: Tx, now: string) => Change | Promise<Change>,
  ): Promise<void> {
    await this.inTransaction(user, async (tx, now, today) => {
      const row = await tx.repo.findById(user.id, id);
      if (!row) throw new AppError('not_found');
      if (Number(row.version) !== version)
        throw new AppError('version_conflict', { current: toSummary(row, weekendsOnly) });
      const change = await decide(row, today, tx, now);
      if (!(await tx.repo.update(user.id, id, version, change.values, now)))
        throw new AppError('version_conflict', { current: toSummary(row, weekendsOnly) });
      for (const step of change.steps ?? (change.step ? [change.step] : []))
        await tx.repo.addStep(user.id, id, step, now);
    });
  }

  private async inTransaction<T>(
    user: ActingUser,
    work: (tx: Tx, now: string, today: CalendarDay) => Promise<T>,
  ): Promise<T> {
    const { today } = await this.today(user);
    return this.db.transaction().execute(async (trx) => {
      const now = this.clock().toISOString();
      return work({ db: trx, repo: new InterviewsRepo(trx) }, now, today);
    });
  }
}

interface Tx {
  db: Kysely<Database>;
  repo: InterviewsRepo;
}

type StepToAdd = Parameters<InterviewsRepo['addStep']>[2];

interface Change {
  values: Parameters<InterviewsRepo['update']>[3];
  step?: StepToAdd;
  /** When one change records more than one step (a board move that also sends or reopens). */
  steps?: StepToAdd[];
}

function validation(problem: FieldProblem): AppError {
  return new AppError('validation_failed', { fields: [problem] });
}

function assertNotFuture(day: CalendarDay, today: CalendarDay): void {
  if (day > today) throw validation({ field: 'on', rule: 'not_allowed_now' });
}

function assertWaitingForReply(row: InterviewListRow): void {
  if (stageOf(row.stage) !== 'requested' || !row.requested_on || row.replied_on)
    throw validation({ field: 'stage', rule: 'not_allowed_now' });
}

/** The length from the duration, or from an end time when one is given (which must follow the start). */
export function meetingDuration(input: { start: string; durationMinutes: number; end: string | null }): number {
  if (input.end === null) return input.durationMinutes;
  const minutes = minutesBetween(input.start, input.end);
  if (minutes <= 0) throw validation({ field: 'end', rule: 'before_start' });
  if (minutes > 240) throw validation({ field: 'end', rule: 'too_large', limit: 240 });
  return minutes;
}

function minutesBetween(start: string, end: string): number {
  // Wall-clock arithmetic: both times are on the same clock, so a DST change between them does not count.
  const asUtc = (local: string) => Date.parse(`${local}:00Z`);
  return Math.round((asUtc(end) - asUtc(start)) / 60_000);
}

function parseTextList(json: string | undefined): string[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
