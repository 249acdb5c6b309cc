import type { Kysely } from 'kysely';
import { localDayOf } from '#domain/calendar-day';
import type { InterviewStage } from '#domain/interview';
import type { TodayItem } from '#shared/today.schema';
import type { Database } from '../db/tables.ts';
import { stageOf } from '../interviews/interview-view.ts';
import { InterviewsRepo, type InterviewListRow } from '../interviews/interviews.repo.ts';
import { interviewTodayItem } from '../today/today-item.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { ReportsRepo } from './reports.repo.ts';

/** Once the conversation took place and until the note is sent (or the interview closed). */
const stagesAwaitingThanks: readonly InterviewStage[] = ['scheduled', 'prepared', 'held'];

/**
 * Today's "send a thank-you note" items: due the day the conversation ended (the day of its
 * "held" step, else the day live mode ended in the user's zone), and shown until it is marked
 * sent. For Today only: the calendar feed has no place for it.
 */
export async function thankYouItems(
  db: Kysely<Database>,
  user: ActingUser,
  timeZone: string,
  interviewRows: readonly InterviewListRow[],
): Promise<TodayItem[]> {
  const interviews = new InterviewsRepo(db);
  const rows = interviewRows.filter((row) => stagesAwaitingThanks.includes(stageOf(row.stage)));
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
    if (day) {
      items.push(
        interviewTodayItem(row, 'thank_you', day, {
          meetingStart: row.meeting_start,
          meetingTimeZone: row.meeting_zone,
        }),
      );
    }
  }
  return items;
}
