import { daysBetween, localDayOf, type CalendarDay } from '#domain/calendar-day';

/**
 * Days and meeting times in the user's language. A day ('YYYY-MM-DD') and a meeting's wall-clock
 * time ('YYYY-MM-DDTHH:mm' in the meeting's zone) are formatted as UTC instants, so the browser's
 * own time zone can never move them to another day or hour.
 */

function utcOfDay(day: CalendarDay): number {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

function utcOfLocalDateTime(local: string): number {
  const [day = '', time = ''] = local.split('T');
  const [hours = NaN, minutes = NaN] = time.split(':').map(Number);
  return utcOfDay(day) + (hours * 60 + minutes) * 60_000;
}

/** "Mon 3 Mar" (the year only when it is not this year's). */
export function formatShortDay(day: CalendarDay, today: CalendarDay, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(utcOfDay(day));
}

/** "Wednesday 4 March 2026": today's date at the top of Today. */
export function formatFullDay(day: CalendarDay, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utcOfDay(day));
}

/** "Monday 3 March", with "today", "tomorrow" or "yesterday" in front when it is one of those. */
export function formatDayHeading(day: CalendarDay, today: CalendarDay, locale: string): string {
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(utcOfDay(day));
  const offset = daysBetween(today, day);
  if (Math.abs(offset) > 1) return capitalise(date, locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(offset, 'day');
  return `${capitalise(relative, locale)} · ${date}`;
}

/** "3 days ago", "yesterday": how late an overdue action is. */
export function formatDaysAgo(day: CalendarDay, today: CalendarDay, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(daysBetween(today, day), 'day');
}

/** "14:30" or "2:30 PM", as the language writes a time of day. */
export function formatTimeOfDay(local: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(utcOfLocalDateTime(local));
}

/** "14:30", and the zone's city when the meeting is on another clock than this browser's. */
export function formatMeetingClock(local: string, timeZone: string, locale: string): string {
  const time = formatTimeOfDay(local, locale);
  return timeZone === browserTimeZone() ? time : `${time} (${zoneCity(timeZone)})`;
}

/** "Thu 6 Mar, 14:30", and the zone's city when the meeting is on another clock than this browser's. */
export function formatMeetingTime(local: string, timeZone: string, today: CalendarDay, locale: string): string {
  return `${formatShortDay(local.slice(0, 10), today, locale)}, ${formatMeetingClock(local, timeZone, locale)}`;
}

/** "Europe/Oslo" → "Oslo", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}

/** Today on this device's calendar: only for showing dates (the server dates every step itself). */
export function browserToday(): CalendarDay {
  return localDayOf(new Date(), browserTimeZone());
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
