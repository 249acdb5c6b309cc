import type { Kysely } from 'kysely';
import { addDays, type CalendarDay } from '#domain/calendar-day';
import { dueRoutineActions } from '#domain/interview-routine';
import type { MeetingReminder } from '#domain/interview';
import type { Today, TodayItem } from '#shared/today.schema';
import { holidayCalendarFor } from '../calendar/holiday-calendar.ts';
import type { Database } from '../db/tables.ts';
import { remindersDoneOf, routineFacts, stageOf } from '../interviews/interview-view.ts';
import { InterviewsRepo, type InterviewListRow, type MeetingRow } from '../interviews/interviews.repo.ts';
import { InterviewsService } from '../interviews/interviews.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { followThroughTodayItems } from '../follow-through/follow-through-today.ts';
import { preparationTodayItems } from '../preparation/preparation-today.ts';
import { thankYouItems } from '../reports/thank-you-today.ts';
import { interviewTodayItem } from './today-item.ts';

/** How far ahead Today looks: the coming week. */
const UPCOMING_DAYS = 7;
/** How long an interview the routine closed stays in Today, with its "reopen" button. */
const CLOSED_SHOWN_DAYS = 7;

/**
 * Today: every due action across interviews, derived from the history each time it is asked for
 * (nothing to keep in step). The routine's closes happen first, so a closed interview shows as
 * closed and no longer asks for a follow-up.
 */
export class TodayService {
  private readonly interviews: InterviewsService;

  constructor(
    private readonly db: Kysely<Database>,
    clock: () => Date = () => new Date(),
  ) {
    this.interviews = new InterviewsService(db, clock);
  }

  async today(user: ActingUser): Promise<Today> {
    await this.interviews.closeOverdue(user);
    const { today, profile } = await this.interviews.today(user);
    const until = addDays(today, UPCOMING_DAYS);
    // Read once, for the routine's actions and for those of the conversation alike.
    const rows = await new InterviewsRepo(this.db).list(user.id);
    const items = [
      ...(await this.actions(user, today, until, profile.routine, profile.country, rows)),
      // Actions of the conversation and after (issue 5): in Today, not in the calendar feed.
      ...(await followThroughTodayItems(this.db, user, until)),
      ...(await preparationTodayItems(this.db, user, today, rows)),
      ...(await thankYouItems(this.db, user, profile.timeZone, rows)),
    ];
    const byDay = (a: TodayItem, b: TodayItem) =>
      a.dueOn.localeCompare(b.dueOn) || a.contactName.localeCompare(b.contactName);
    return {
      today,
      due: items.filter((item) => item.dueOn <= today).sort(byDay),
      upcoming: items.filter((item) => item.dueOn > today).sort(byDay),
    };
  }

  /**
   * Every action due on or before `until`, for Today and the calendar feed; `rows` are the user's
   * interviews when the caller has read them already.
   */
  async actions(
    user: ActingUser,
    today: CalendarDay,
    until: CalendarDay,
    userRoutine: Parameters<typeof routineFacts>[2],
    country: Parameters<typeof holidayCalendarFor>[0],
    rows?: InterviewListRow[],
  ): Promise<TodayItem[]> {
    const calendar = holidayCalendarFor(country);
    const repo = new InterviewsRepo(this.db);
    rows ??= await repo.list(user.id);
    const steps = await repo.steps(
      user.id,
      rows
        .filter((row) => stageOf(row.stage) === 'requested' || stageOf(row.stage) === 'no-reply')
        .map((row) => row.id),
    );
    const meetings = new Map((await repo.meetings(user.id)).map((meeting) => [meeting.interview_id, meeting]));
    const items: TodayItem[] = [];
    for (const row of rows) {
      const stage = stageOf(row.stage);
      const ownSteps = steps.filter((step) => step.interview_id === row.id);
      if (stage === 'prospect') items.push(interviewTodayItem(row, 'send_request', dayOfCreation(row, today)));
      if (stage === 'requested') {
        for (const action of dueRoutineActions(routineFacts(row, ownSteps, userRoutine), calendar)) {
          if (action.dueOn > until || action.kind === 'close_no_reply') continue;
          const entry = interviewTodayItem(row, action.kind, action.dueOn, {
            number: action.kind === 'follow_up' ? action.number : null,
          });
          if (action.kind === 'second_contact' && row.organisation_id) {
            const [next] = await repo.otherContactsAt(user.id, row.organisation_id, row.contact_id);
            entry.nextContact = next ? { id: next.id, name: next.name } : null;
          }
          items.push(entry);
        }
      }
      if (stage === 'no-reply') {
        const closed = ownSteps.filter((step) => step.kind === 'closed_no_reply').at(-1);
        if (closed && closed.on_day >= addDays(today, -CLOSED_SHOWN_DAYS))
          items.push(interviewTodayItem(row, 'closed_no_reply', closed.on_day));
      }
      const meeting = meetings.get(row.id);
      if (meeting && Number(meeting.cancelled) !== 1) items.push(...meetingItems(row, meeting, today, until));
    }
    return items;
  }
}

/** The meeting on its day, and its reminders: confirm the day before; leave early and bring the CV on the day. */
function meetingItems(row: InterviewListRow, meeting: MeetingRow, today: CalendarDay, until: CalendarDay): TodayItem[] {
  const day = meeting.start_local.slice(0, 10);
  if (day < today || day > until) return [];
  const done = new Set(remindersDoneOf(meeting));
  const reminders: Array<[MeetingReminder, CalendarDay]> = [
    ['confirm', addDays(day, -1)],
    ['leave_early', day],
    ['bring_cv', day],
  ];
  const meetingFields = { meetingStart: meeting.start_local, meetingTimeZone: meeting.time_zone };
  return [
    interviewTodayItem(row, 'meeting', day, meetingFields),
    ...reminders
      .filter(([reminder]) => !done.has(reminder))
      .map(([reminder, dueOn]) =>
        interviewTodayItem(row, reminder, dueOn < today ? today : dueOn, { ...meetingFields, reminder }),
      ),
  ];
}

function dayOfCreation(row: InterviewListRow, today: CalendarDay): CalendarDay {
  const created = row.created_at.slice(0, 10);
  return created < today ? created : today;
}
