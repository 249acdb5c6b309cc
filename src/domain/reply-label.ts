import { businessDaysBetween, type HolidayCalendar } from './business-days.ts';
import type { CalendarDay } from './calendar-day.ts';

/**
 * How a contact answered a request (product.md, "Chase"): boosters reply within 3 business days and tend to help,
 * obligates reply later, out of duty, curmudgeons never reply. The organisation view shows who helps.
 */
export type ReplyLabel = 'booster' | 'obligate' | 'curmudgeon';
export const replyLabels: readonly ReplyLabel[] = ['booster', 'obligate', 'curmudgeon'];

/** A reply on or before the 3rd business day after the request makes a booster. */
export const BOOSTER_REPLY_BUSINESS_DAYS = 3;

export interface ReplyLabelInput {
  requestedOn: CalendarDay;
  repliedOn: CalendarDay | null;
  /** The routine ran out and the interview closed as "no reply". */
  closedWithoutReply: boolean;
}

/** The label one request earned, or null while the routine still waits for a reply. A reply wins over a close. */
export function replyLabel(input: ReplyLabelInput, calendar: HolidayCalendar): ReplyLabel | null {
  if (input.repliedOn !== null) {
    const businessDays = businessDaysBetween(input.requestedOn, input.repliedOn, calendar);
    return businessDays <= BOOSTER_REPLY_BUSINESS_DAYS ? 'booster' : 'obligate';
  }
  return input.closedWithoutReply ? 'curmudgeon' : null;
}

/**
 * A contact's label across their requests, ordered oldest to newest: the most recent one that earned a label, since
 * people change (a curmudgeon last year may be a booster now). Null when none has.
 */
export function labelForContact(labels: readonly (ReplyLabel | null)[]): ReplyLabel | null {
  for (let index = labels.length - 1; index >= 0; index -= 1) {
    const label = labels[index];
    if (label) return label;
  }
  return null;
}
