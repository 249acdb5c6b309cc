import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addDays, localDayOf } from '#domain/calendar-day';
import { AppError } from '#domain/errors';
import type { Translate } from '#shared/i18n/translator';
import type { TodayItem } from '#shared/today.schema';
import type { Database } from '../db/tables.ts';
import { toMeeting } from '../interviews/interview-view.ts';
import { InterviewsRepo, type InterviewListRow, type MeetingRow } from '../interviews/interviews.repo.ts';
import { ProfileRepo } from '../profile/profile.repo.ts';
import { ProfileService } from '../profile/profile.service.ts';
import { TodayService } from '../today/today.service.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { feedIcs, meetingIcs, type IcsDueAction, type IcsMeeting } from './ics.ts';

/** A user's calendar as one iCalendar text, and how many events of each kind it holds. */
export interface CalendarFeed {
  text: string;
  meetings: number;
  dueActions: number;
}

/** How far ahead the feed lists due follow-ups: far enough for any routine's next step. */
const FEED_DAYS_AHEAD = 60;

/**
 * Calendar files: one per meeting (to download and open), and the feed a calendar program
 * subscribes to. A meeting's UID is its id, fixed for life, so every later file updates the
 * same event; its SEQUENCE comes from the database, raised on every move and cancellation.
 */
export class MeetingCalendarService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async meetingFile(user: ActingUser, interviewId: string, t: Translate): Promise<{ text: string; fileName: string }> {
    const repo = new InterviewsRepo(this.db);
    const row = await repo.findById(user.id, interviewId);
    const meeting = row ? await repo.meeting(user.id, interviewId) : undefined;
    if (!row || !meeting) throw new AppError('not_found');
    return {
      text: meetingIcs(this.icsMeeting(row, meeting, t)),
      fileName: `rapport-${meeting.start_local.slice(0, 10)}.ics`,
    };
  }

  /** The feed of the user whose token this is; a wrong or revoked token is simply not found. */
  async feed(token: string, t: Translate): Promise<string> {
    const owner = await new ProfileRepo(this.db).findOwnerByFeedToken(token);
    if (!owner || !owner.feed_token || !sameToken(owner.feed_token, token)) throw new AppError('not_found');
    return (await this.feedForUser({ id: owner.owner_id }, t)).text;
  }

  /**
   * Every meeting (cancelled ones as cancelled, so a calendar removes them) and the follow-ups due
   * in the next weeks, as one calendar: what the feed serves and `rapport export --format ics` writes.
   */
  async feedForUser(user: ActingUser, t: Translate): Promise<CalendarFeed> {
    const profile = await new ProfileService(this.db, this.clock).resolve(user);
    const today = localDayOf(this.clock(), profile.timeZone);
    const repo = new InterviewsRepo(this.db);
    const rows = new Map((await repo.list(user.id)).map((row) => [row.id, row]));
    const meetings = (await repo.meetings(user.id)).flatMap((meeting) => {
      const row = rows.get(meeting.interview_id);
      return row ? [this.icsMeeting(row, meeting, t)] : [];
    });
    const actions = await new TodayService(this.db, this.clock).actions(
      user,
      today,
      addDays(today, FEED_DAYS_AHEAD),
      profile.routine,
      profile.country,
    );
    const dueActions = actions
      .filter((item) => item.kind === 'second_contact' || item.kind === 'follow_up' || item.kind === 'send_request')
      .map((item) => dueAction(item, t));
    return {
      text: feedIcs({ name: t('calendar.feedName'), meetings, dueActions }),
      meetings: meetings.length,
      dueActions: dueActions.length,
    };
  }

  private icsMeeting(row: InterviewListRow, meeting: MeetingRow, t: Translate): IcsMeeting {
    const view = toMeeting(meeting);
    const organisation = row.organisation_name ?? '';
    const isLink = /^https?:\/\//i.test(view.place.trim());
    return {
      uid: `${meeting.id}@rapport`,
      sequence: view.sequence,
      start: view.start,
      timeZone: view.timeZone,
      durationMinutes: view.durationMinutes,
      summary: organisation
        ? t('calendar.meetingSummaryAt', { name: row.contact_name, organisation })
        : t('calendar.meetingSummary', { name: row.contact_name }),
      location: isLink ? t(`calendar.formats.${view.format}`) : view.place,
      description: [t(`calendar.formats.${view.format}`), row.goal ? t('calendar.goal', { goal: row.goal }) : '']
        .filter(Boolean)
        .join('\n'),
      url: isLink ? view.place.trim() : null,
      cancelled: view.cancelled,
      stamp: new Date(meeting.updated_at),
    };
  }
}

function dueAction(item: TodayItem, t: Translate): IcsDueAction {
  const names = { name: item.contactName, organisation: item.organisationName };
  return {
    // Stable per interview and step, so a calendar updates the entry instead of piling up copies.
    uid: `${item.interviewId}-${item.kind}-${item.number ?? 1}@rapport`,
    day: item.dueOn,
    summary: t(`calendar.actions.${item.kind as 'follow_up'}`, names),
    description: t('calendar.actionDescription'),
  };
}

/** Compares without leaking, through timing, how much of a guessed token was right. */
function sameToken(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
