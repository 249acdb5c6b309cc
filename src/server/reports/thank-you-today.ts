import type { Kysely } from 'kysely';
import { localDayOf } from '#domain/calendar-day';
import type { InterviewStage } from '#domain/interview';
import type { TodayItem } from '#shared/today.schema';
import type { Database } from '../db/tables.ts';
import { stageOf } from '../interviews/interview-view.ts';
import { InterviewsRepo, type InterviewListRow } from '../interviews/interviews.repo.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { ReportsRepo } from './reports.repo.ts';

/** Once the conversation took place and until the note is sent (or the interview closed). */
const stagesAwaitingThanks: readonly InterviewStage[] = ['scheduled', 'prepared', 'held'];

/**
 * Today's "send a thank-you note" items: due the day the conversation ended (the day of its
 * "held" step, else the day live mode ended in the user's zone), and shown until it is marked
 * sent. For Today only: the calendar feed has no place for it.
 */
export async function thankYouItems(db: Kysely<Database>, user: ActingUser, timeZone: string): Promise<TodayItem[]> {
  const interviews = new InterviewsRepo(db);
  const rows = (await interviews.list(user.id)).filter((row) => stagesAwaitingThanks.includes(stageOf(row.stage)));
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const reports = new ReportsRepo(db);
  const sent = new Set(
    (await reports.findMany(user.id, ids))
      .filter((report) => report.thank_you_sent_on)
      .map((report) => report.interview_id),
  );
  const heldSteps = (await interviews.steps(user.id, ids)).filter((step) => step.kind === 'held');
  const ends = await reports.conversationEnds(user.id, ids);
  const items: TodayItem[] = [];
  for (const row of rows) {
    if (sent.has(row.id)) continue;
    const held = heldSteps.filter((step) => step.interview_id === row.id).at(-1)?.on_day;
    const ended = ends.find((end) => end.interview_id === row.id)?.ended_at;
    const day = held ?? (ended ? localDayOf(new Date(ended), timeZone) : null);
    if (day) items.push(thankYouItem(row, day));
  }
  return items;
}

function thankYouItem(row: InterviewListRow, dueOn: string): TodayItem {
  return {
    kind: 'thank_you',
    interviewId: row.id,
    stage: stageOf(row.stage),
    contactId: row.contact_id,
    contactName: row.contact_name,
    organisationName: row.organisation_name ?? '',
    dueOn,
    number: null,
    nextContact: null,
    meetingStart: row.meeting_start,
    meetingTimeZone: row.meeting_zone,
    reminder: null,
    taskId: null,
    taskKind: null,
    text: null,
  };
}
