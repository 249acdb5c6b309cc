import { dateLocale } from './i18n.svelte.ts';

/**
 * A calendar date without a time (YYYY-MM-DD, such as "met on") in the user's language: "12 March
 * 2024", "12. März 2024". Formatted in UTC so that no time zone can move it to the day before.
 */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}
