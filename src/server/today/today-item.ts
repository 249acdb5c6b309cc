import type { CalendarDay } from '#domain/calendar-day';
import type { TodayItem } from '#shared/today.schema';
import { stageOf } from '../interviews/interview-view.ts';
import type { InterviewListRow } from '../interviews/interviews.repo.ts';

/** One of Today's actions about an interview, with every field Today sends; `extra` fills the rest. */
export function interviewTodayItem(
  row: InterviewListRow,
  kind: TodayItem['kind'],
  dueOn: CalendarDay,
  extra: Partial<TodayItem> = {},
): TodayItem {
  return {
    kind,
    interviewId: row.id,
    stage: stageOf(row.stage),
    contactId: row.contact_id,
    contactName: row.contact_name,
    organisationName: row.organisation_name ?? '',
    dueOn,
    number: null,
    nextContact: null,
    meetingStart: null,
    meetingTimeZone: null,
    reminder: null,
    taskId: null,
    taskKind: null,
    text: null,
    ...extra,
  };
}
