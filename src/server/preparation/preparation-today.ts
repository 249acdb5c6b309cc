import type { Kysely } from 'kysely';
import { addDays, type CalendarDay } from '#domain/calendar-day';
import { checklistComplete } from '#domain/preparation-checklist';
import type { TodayItem } from '#shared/today.schema';
import type { Database } from '../db/tables.ts';
import { stageOf } from '../interviews/interview-view.ts';
import type { InterviewListRow } from '../interviews/interviews.repo.ts';
import { interviewTodayItem } from '../today/today-item.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { PreparationRepo } from './preparation.repo.ts';

/**
 * Today's "prepare" items: for a scheduled meeting tomorrow or today whose checklist is not yet
 * complete, "go through the checklist". Due the day before (the method's advice: prepare the
 * evening before, not on the way there), still listed on the day itself until it is done.
 */
export async function preparationTodayItems(
  db: Kysely<Database>,
  user: ActingUser,
  today: CalendarDay,
  interviewRows: readonly InterviewListRow[],
): Promise<TodayItem[]> {
  const rows = interviewRows.filter((row) => {
    if (stageOf(row.stage) !== 'scheduled' || !row.meeting_start || Number(row.meeting_cancelled) === 1) return false;
    const day = row.meeting_start.slice(0, 10);
    return day === today || day === addDays(today, 1);
  });
  const checklists = new Map(
    (
      await new PreparationRepo(db).dossiers(
        user.id,
        rows.map((row) => row.id),
      )
    ).map((dossier) => [dossier.interview_id, dossier.checklist]),
  );
  return rows
    .filter((row) => !checklistComplete(parseList(checklists.get(row.id))))
    .map((row) =>
      interviewTodayItem(row, 'prepare', addDays(row.meeting_start!.slice(0, 10), -1), {
        meetingStart: row.meeting_start,
        meetingTimeZone: row.meeting_zone,
      }),
    );
}

function parseList(json: string | undefined): unknown[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? (parsed as unknown[]) : [];
  } catch {
    return [];
  }
}
