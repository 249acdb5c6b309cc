import type { Locale } from '#domain/locale';
import { zonedToInstant } from '#domain/zoned-time';
import type { Translate } from '#shared/i18n/translator';

/** The moments a meeting starts and ends, from its wall-clock start in its own zone. */
export function meetingInstants(start: string, timeZone: string, durationMinutes: number): { start: Date; end: Date } {
  const begins = zonedToInstant(start, timeZone);
  return { start: begins, end: new Date(begins.getTime() + durationMinutes * 60_000) };
}

/** "Tuesday, 1 December 2026, 10:00–10:20" as a clock in `timeZone` shows it. */
export function formatMeetingWhen(
  times: { start: Date; end: Date },
  timeZone: string,
  /** A language tag for Intl, such as "en-GB" (see dateLocale). */
  locale: string,
  t: Translate,
): string {
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(times.start);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
  return t('scheduling.meeting.when', { date, start: clock.format(times.start), end: clock.format(times.end) });
}

/**
 * One offered time as the UI language says it in a message, from its wall-clock value: the
 * language's own sentence pattern, with the weekday and month named by Intl.
 */
function slotPhrase(slot: string, locale: Locale, t: Translate): string {
  const [day = '', clock = ''] = slot.split('T');
  const [year, month, date] = day.split('-').map(Number);
  const [hours = '', minutes = ''] = clock.split(':');
  // The slot is a wall-clock value: formatting it as UTC shows exactly the day that was typed.
  const moment = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1);
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(moment).find((p) => p.type === type)
      ?.value ?? '';
  return t('scheduling.slots.slotPhrase', {
    weekday: part({ weekday: 'long' }, 'weekday'),
    day: String(date),
    // With a day beside it, as "1. desember" or "1 Desember" needs it (some languages decline the month).
    month: part({ day: 'numeric', month: 'long' }, 'month'),
    hours: String(Number(hours)),
    minutes,
  });
}

/**
 * "Would Tuesday 1 December at 10:00 or Thursday 3 December at 14:00 suit you?": the offered
 * times joined with the language's own "or", and the zone named when the advisor may be elsewhere.
 */
export function offeredSlotsSentence(
  slots: readonly string[],
  /** The city of the zone, named when the advisor may be elsewhere (null: the user's own zone). */
  city: string | null,
  locale: Locale,
  t: Translate,
): string {
  const list = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    [...slots].sort().map((slot) => slotPhrase(slot, locale, t)),
  );
  const sentence = t('scheduling.slots.sentence', { slots: list });
  return city ? `${sentence} ${t('scheduling.slots.zoneNote', { city })}` : sentence;
}

/** "Tue 1 Dec, 10:00": an offered time, short, as it was typed (wall clock, no zone arithmetic). */
export function offeredSlotsLabel(slot: string, locale: string): string {
  const [day = '', clock = ''] = slot.split('T');
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = clock.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1, hours ?? 0, minutes ?? 0));
}
