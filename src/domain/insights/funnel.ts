import { businessDaysBetween, type HolidayCalendar } from '#domain/business-days';
import type { CalendarDay } from '#domain/calendar-day';
import { median } from './pay.ts';

/**
 * The asking funnel by how the user knows the people they asked (product.md, "Insights"): which
 * kinds of contact answer, how fast, and how often it leads to a conversation. It tells the user
 * where their requests work best.
 */
export interface FunnelInterview {
  /** contacts.how_known, '' when the user did not say. */
  howKnown: string;
  /** The day the request went out, or null if it never did. */
  requestedOn: CalendarDay | null;
  /** The day a reply came, or null. */
  repliedOn: CalendarDay | null;
  /** True once the conversation took place (a 'held' step). */
  held: boolean;
}

export interface FunnelRow {
  howKnown: string;
  requests: number;
  replies: number;
  /** replies / requests, 0..1; null without requests. */
  replyRate: number | null;
  /** Median business days from request to reply; null without replies. */
  medianReplyBusinessDays: number | null;
  held: number;
}

export function funnelByHowKnown(interviews: readonly FunnelInterview[], calendar: HolidayCalendar): FunnelRow[] {
  const groups = new Map<string, FunnelInterview[]>();
  for (const interview of interviews) {
    const list = groups.get(interview.howKnown) ?? [];
    list.push(interview);
    groups.set(interview.howKnown, list);
  }
  return [...groups.entries()]
    .map(([howKnown, list]) => rowOf(howKnown, list, calendar))
    .filter((row) => row.requests > 0 || row.held > 0)
    .sort((a, b) => b.requests - a.requests || a.howKnown.localeCompare(b.howKnown));
}

/** The same figures for every interview together. */
export function funnelTotal(interviews: readonly FunnelInterview[], calendar: HolidayCalendar): FunnelRow {
  return rowOf('', interviews, calendar);
}

function rowOf(howKnown: string, list: readonly FunnelInterview[], calendar: HolidayCalendar): FunnelRow {
  const requested = list.filter((interview) => interview.requestedOn !== null);
  const replied = requested.filter(
    (interview) => interview.repliedOn !== null && interview.repliedOn >= interview.requestedOn!,
  );
  const waits = replied.map((interview) => businessDaysBetween(interview.requestedOn!, interview.repliedOn!, calendar));
  return {
    howKnown,
    requests: requested.length,
    replies: replied.length,
    replyRate: requested.length ? replied.length / requested.length : null,
    medianReplyBusinessDays: waits.length ? median(waits) : null,
    held: list.filter((interview) => interview.held).length,
  };
}
