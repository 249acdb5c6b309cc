import { dayFromNumber, dayNumberOf, weekdayOfNumber, type CalendarDay } from './calendar-day.ts';

/** The countries a user can pick for their business days: the ones the app's languages serve, plus the US and GB. */
export const holidayCountries = ['NO', 'DE', 'ID', 'US', 'GB'] as const;
export type HolidayCountry = (typeof holidayCountries)[number];

export function isHolidayCountry(value: string): value is HolidayCountry {
  return (holidayCountries as readonly string[]).includes(value);
}

/** Which days a country keeps free besides weekends. The server answers it from date-holidays. */
export interface HolidayCalendar {
  isPublicHoliday(day: CalendarDay): boolean;
}

/** Weekends only, no holidays: for tests, and the plain meaning of "business day" without a country. */
export const weekendsOnly: HolidayCalendar = { isPublicHoliday: () => false };

/**
 * No country keeps even a month of weekdays free. A calendar that claims a whole year without a business day is
 * broken, and counting through it would never end.
 */
const MAX_DAYS_WITHOUT_BUSINESS_DAY = 366;

/** Monday to Friday and not a public holiday. */
export function isBusinessDay(day: CalendarDay, calendar: HolidayCalendar): boolean {
  const weekday = weekdayOfNumber(dayNumberOf(day));
  return weekday !== 0 && weekday !== 6 && !calendar.isPublicHoliday(day);
}

/**
 * The count-th business day after `day`: 1 is the next business day. `day` itself need not be one (a request sent
 * on a Saturday counts from the Monday after); a count of 0 answers `day` unchanged.
 */
export function addBusinessDays(day: CalendarDay, count: number, calendar: HolidayCalendar): CalendarDay {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`Cannot add ${count} business days: not a whole number of 0 or more`);
  }
  let dayNumber = dayNumberOf(day);
  let remaining = count;
  let daysSinceBusinessDay = 0;
  while (remaining > 0) {
    dayNumber += 1;
    if (isBusinessDayNumber(dayNumber, calendar)) {
      remaining -= 1;
      daysSinceBusinessDay = 0;
    } else if (++daysSinceBusinessDay > MAX_DAYS_WITHOUT_BUSINESS_DAY) {
      throw new RangeError(
        `No business day in the ${MAX_DAYS_WITHOUT_BUSINESS_DAY} days before ${dayFromNumber(dayNumber)}`,
      );
    }
  }
  return count === 0 ? day : dayFromNumber(dayNumber);
}

/**
 * How many business days lie after `from`, up to and including `to`: from a Friday to the Monday after is 1 (without
 * holidays). 0 when `to` is not after `from`. The inverse of addBusinessDays:
 * businessDaysBetween(d, addBusinessDays(d, n)) is n.
 */
export function businessDaysBetween(from: CalendarDay, to: CalendarDay, calendar: HolidayCalendar): number {
  const last = dayNumberOf(to);
  let count = 0;
  for (let dayNumber = dayNumberOf(from) + 1; dayNumber <= last; dayNumber += 1) {
    if (isBusinessDayNumber(dayNumber, calendar)) count += 1;
  }
  return count;
}

/** Weekends are settled by arithmetic; only a weekday becomes a string for the calendar to look up. */
function isBusinessDayNumber(dayNumber: number, calendar: HolidayCalendar): boolean {
  const weekday = weekdayOfNumber(dayNumber);
  return weekday !== 0 && weekday !== 6 && !calendar.isPublicHoliday(dayFromNumber(dayNumber));
}
