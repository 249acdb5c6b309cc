import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import { closedStages, interviewStages, type InterviewStage } from '#domain/interview';
import { conversationPhases, liveLimits, type ConversationPhase } from '#domain/live-timer';
import type { Conversation } from '#shared/conversation.schema';
import type { Database } from '../db/tables.ts';
import { InterviewsRepo, type InterviewListRow } from '../interviews/interviews.repo.ts';
import { InterviewsService } from '../interviews/interviews.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { ConversationRepo, type ConversationRow, type GuardedWrite } from './conversation.repo.ts';

/**
 * Live mode's use cases: start the clock once, save every keystroke (last write wins, a late
 * older write is ignored: see ConversationRepo), and end the conversation, which records the
 * interview as held in its history.
 */
export class ConversationService {
  private readonly interviews: InterviewsService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.interviews = new InterviewsService(db, clock);
  }

  async get(user: ActingUser, interviewId: string): Promise<Conversation> {
    const interview = await this.interviewOf(user, interviewId);
    const repo = new ConversationRepo(this.db);
    const row = await repo.find(user.id, interviewId);
    const items = await repo.planItems(user.id, interviewId);
    const meeting = await new InterviewsRepo(this.db).meeting(user.id, interviewId);
    return {
      interviewId,
      contactId: interview.contact_id,
      contactName: interview.contact_name,
      plannedMinutes: row?.started_at ? Number(row.planned_minutes) : await this.defaultMinutes(user, interviewId),
      startedAt: row?.started_at ?? null,
      endedAt: row?.ended_at ?? null,
      phase: phaseOf(row),
      freeNotes: row?.free_notes ?? '',
      serverNow: this.clock().toISOString(),
      hasMeeting: Boolean(meeting && Number(meeting.cancelled) !== 1),
      planEmpty: items.length === 0,
      items: items.map((item) => ({
        id: item.id,
        text: item.text,
        category: item.category,
        lens: item.lens,
        minutes: Number(item.minutes),
        note: item.note,
        starred: Number(item.starred) === 1,
        asked: Number(item.asked) === 1,
      })),
    };
  }

  /**
   * Starts the countdown at the server's now. Idempotent: once started, starting again (a reload,
   * a double tap, another device) answers the conversation as it is, so the countdown never resets.
   */
  async start(user: ActingUser, interviewId: string, input: { plannedMinutes?: number | undefined }) {
    await this.interviewOf(user, interviewId);
    const plannedMinutes = input.plannedMinutes ?? (await this.defaultMinutes(user, interviewId));
    await this.db.transaction().execute(async (trx) => {
      const repo = new ConversationRepo(trx);
      await repo.ensure(user.id, interviewId, plannedMinutes);
      await repo.start(user.id, interviewId, plannedMinutes, this.clock().toISOString());
    });
    return this.get(user, interviewId);
  }

  async setPhase(user: ActingUser, interviewId: string, input: { phase: ConversationPhase; writtenAt: string }) {
    return this.writeConversation(user, interviewId, { phase: input.phase }, input.writtenAt);
  }

  async setFreeNotes(user: ActingUser, interviewId: string, input: { freeNotes: string; writtenAt: string }) {
    return this.writeConversation(user, interviewId, { free_notes: input.freeNotes }, input.writtenAt);
  }

  async writePlanItem(
    user: ActingUser,
    interviewId: string,
    itemId: string,
    input: { note?: string | undefined; starred?: boolean | undefined; asked?: boolean | undefined; writtenAt: string },
  ): Promise<{ applied: boolean }> {
    await this.interviewOf(user, interviewId);
    const values: { note?: string; starred?: number; asked?: number } = {};
    if (input.note !== undefined) values.note = input.note;
    if (input.starred !== undefined) values.starred = input.starred ? 1 : 0;
    if (input.asked !== undefined) values.asked = input.asked ? 1 : 0;
    const result = await new ConversationRepo(this.db).writePlanItem(
      user.id,
      interviewId,
      itemId,
      values,
      input.writtenAt,
    );
    return appliedOrNotFound(result);
  }

  /**
   * Ends the conversation: the end instant, and in the same transaction the interview's "held"
   * step and stage, as the interviews service records its steps (InterviewsRepo.update bumps the
   * version, addStep appends to the history). Ending twice records it once. An interview already
   * further on (thanked, keeping in touch) keeps its stage.
   */
  async end(user: ActingUser, interviewId: string): Promise<Conversation> {
    await this.interviewOf(user, interviewId);
    const { today } = await this.interviews.today(user);
    const plannedMinutes = await this.defaultMinutes(user, interviewId);
    await this.db.transaction().execute(async (trx) => {
      const now = this.clock().toISOString();
      const repo = new ConversationRepo(trx);
      await repo.ensure(user.id, interviewId, plannedMinutes);
      if (!(await repo.end(user.id, interviewId, now))) return;
      const interviews = new InterviewsRepo(trx);
      const row = await interviews.findById(user.id, interviewId);
      if (!row) throw new AppError('not_found');
      const stage = stageOf(row);
      const values = shouldBecomeHeld(stage) ? { stage: 'held' } : {};
      if (!(await interviews.update(user.id, interviewId, Number(row.version), values, now)))
        throw new AppError('version_conflict');
      await interviews.addStep(user.id, interviewId, { kind: 'held', on: today }, now);
    });
    return this.get(user, interviewId);
  }

  private async writeConversation(
    user: ActingUser,
    interviewId: string,
    values: { phase?: string; free_notes?: string },
    writtenAt: string,
  ): Promise<{ applied: boolean }> {
    await this.interviewOf(user, interviewId);
    const repo = new ConversationRepo(this.db);
    // Notes may be taken before the clock starts: the row then exists, not started.
    await repo.ensure(user.id, interviewId, await this.defaultMinutes(user, interviewId));
    return appliedOrNotFound(await repo.writeConversation(user.id, interviewId, values, writtenAt));
  }

  private async interviewOf(user: ActingUser, interviewId: string): Promise<InterviewListRow> {
    const row = await new InterviewsRepo(this.db).findById(user.id, interviewId);
    if (!row) throw new AppError('not_found');
    return row;
  }

  /** The meeting's agreed length when there is one, else the method's default of 20 minutes. */
  private async defaultMinutes(user: ActingUser, interviewId: string): Promise<number> {
    const meeting = await new InterviewsRepo(this.db).meeting(user.id, interviewId);
    const minutes = meeting && Number(meeting.cancelled) !== 1 ? Number(meeting.duration_minutes) : NaN;
    return minutes >= liveLimits.minMinutes && minutes <= liveLimits.maxMinutes ? minutes : liveLimits.defaultMinutes;
  }
}

function phaseOf(row: ConversationRow | undefined): ConversationPhase {
  const phase = row?.phase;
  return conversationPhases.find((known) => known === phase) ?? 'small_talk';
}

function stageOf(row: InterviewListRow): InterviewStage {
  return interviewStages.find((stage) => stage === row.stage) ?? 'prospect';
}

/** Held comes after scheduled and prepared; a closed or earlier interview evidently took place too. */
function shouldBecomeHeld(stage: InterviewStage): boolean {
  return ['prospect', 'requested', 'scheduled', 'prepared'].includes(stage) || closedStages.includes(stage);
}

function appliedOrNotFound(result: GuardedWrite): { applied: boolean } {
  if (result === 'missing') throw new AppError('not_found');
  return { applied: result === 'applied' };
}
