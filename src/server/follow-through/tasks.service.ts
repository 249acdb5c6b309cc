import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import { parseStoredGains } from '#shared/gains.schema';
import type { Locale } from '#domain/locale';
import { draftReportBack } from '#domain/report-back';
import { asksForReportBack, type TaskKind } from '#domain/task';
import type {
  AdviceItem,
  ReportBackDraft,
  Task,
  TaskChange,
  TaskInput,
  TaskList,
  TaskUpdate,
} from '#shared/task.schema';
import { newRecordId } from '../db/record-id.ts';
import type { Database } from '../db/tables.ts';
import { InterviewsService } from '../interviews/interviews.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { FollowThroughRepo, type TaskRow } from './follow-through.repo.ts';

/**
 * Follow-through tasks. Finishing one about an advisor (someone the user held a conversation
 * with) answers a report-back note to send them: people who gave advice like to hear what came of it.
 */
export class TasksService {
  private readonly interviews: InterviewsService;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.interviews = new InterviewsService(db, clock);
  }

  async list(
    user: ActingUser,
    query: { status: 'open' | 'done' | 'all'; contactId?: string | undefined },
  ): Promise<TaskList> {
    const { today } = await this.interviews.today(user);
    const rows = await new FollowThroughRepo(this.db).listTasks(user.id, {
      status: query.status,
      ...(query.contactId ? { contactId: query.contactId } : {}),
    });
    return { today, items: rows.map(toTask) };
  }

  async create(user: ActingUser, input: TaskInput): Promise<Task> {
    const { today } = await this.interviews.today(user);
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const repo = new FollowThroughRepo(trx);
      let contactId = input.contactId;
      if (input.interviewId) {
        const interview = await repo.interviewBelongsTo(user.id, input.interviewId);
        if (!interview) throw notFoundField('interviewId');
        contactId ??= interview.contact_id;
      }
      if (contactId && !(await repo.findContact(user.id, contactId))) throw notFoundField('contactId');
      const id = newRecordId();
      await repo.insertTask(user.id, id, { ...input, contactId, doneOn: input.done ? today : null }, now);
      return toTask((await repo.findTask(user.id, id))!);
    });
  }

  async update(user: ActingUser, id: string, change: TaskUpdate, locale: Locale): Promise<TaskChange> {
    const { today, profile } = await this.interviews.today(user);
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const repo = new FollowThroughRepo(trx);
      const before = await repo.findTask(user.id, id);
      if (!before) throw new AppError('not_found');
      const values: { text?: string; due_on?: string | null; done_on?: string | null } = {};
      if (change.text !== undefined) values.text = change.text;
      if (change.dueOn !== undefined) values.due_on = change.dueOn;
      if (change.done !== undefined) values.done_on = change.done ? (before.done_on ?? today) : null;
      if (!(await repo.updateTask(user.id, id, change.version, values, now))) {
        throw new AppError('version_conflict', { current: toTask(before) });
      }
      const task = toTask((await repo.findTask(user.id, id))!);
      const finished = before.done_on === null && task.doneOn !== null;
      const reportBack = finished ? await this.reportBackFor(repo, user, task, locale, profile.myName) : null;
      return { task, reportBack };
    });
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await new FollowThroughRepo(trx).deleteTask(user.id, id))) throw new AppError('not_found');
    });
  }

  /** Every piece of advice in the user's reports, with the task already made from it (matched by its words). */
  async advice(user: ActingUser): Promise<AdviceItem[]> {
    const repo = new FollowThroughRepo(this.db);
    const [reports, tasks] = await Promise.all([
      repo.reportsWithAdvice(user.id),
      repo.listTasks(user.id, { status: 'all' }),
    ]);
    const items: AdviceItem[] = [];
    for (const report of reports) {
      for (const text of parseStoredGains(report.gains).advice) {
        // Made from this advice, or written by hand with the same words about the same advisor.
        const task = tasks.find(
          (row) =>
            (row.interview_id === report.interview_id || row.contact_id === report.contact_id) &&
            row.text.trim().toLowerCase() === text.trim().toLowerCase(),
        );
        items.push({
          interviewId: report.interview_id,
          contactId: report.contact_id,
          contactName: report.contact_name,
          text,
          taskId: task?.id ?? null,
        });
      }
    }
    return items;
  }

  private async reportBackFor(
    repo: FollowThroughRepo,
    user: ActingUser,
    task: Task,
    locale: Locale,
    myName: string,
  ): Promise<ReportBackDraft | null> {
    if (!task.contactId || !asksForReportBack(task.kind)) return null;
    const steps = await repo.contactSteps(user.id, task.contactId);
    if (!steps.some((step) => step.kind === 'held')) return null;
    const contact = await repo.findContact(user.id, task.contactId);
    if (!contact) return null;
    const draft = draftReportBack(locale, { advisorName: contact.name, done: task.text, myName });
    const emails = parseList(contact.emails);
    return { contactId: contact.id, contactName: contact.name, email: emails[0] ?? null, ...draft };
  }
}

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    kind: row.kind as TaskKind,
    text: row.text,
    contactId: row.contact_id,
    contactName: row.contact_name,
    interviewId: row.interview_id,
    dueOn: row.due_on,
    doneOn: row.done_on,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function notFoundField(field: string): AppError {
  return new AppError('validation_failed', { fields: [{ field, rule: 'not_found' }] });
}
