import Holidays from 'date-holidays';
import type { HolidayCalendar, HolidayCountry } from '#domain/business-days';
import { addDays, dayNumberOf, type CalendarDay } from '#domain/calendar-day';

/**
 * Where date-holidays finds each country's rules. Only national holidays count: Germany's Länder and the US states
 * add their own, and the user picks a country, not a region.
 *
 * GB: England and Wales, whose rules are identical. date-holidays' plain 'GB' holds only the holidays all four nations
 * share, so it lacks the Summer bank holiday at the end of August; 'ENG' has it. Scotland (2 January, St Andrew's Day,
 * August's bank holiday at the start of the month) and Northern Ireland (St Patrick's Day, 12 July) differ.
 */
export const holidayRegions: Readonly<Record<HolidayCountry, { country: string; state?: string }>> = {
  NO: { country: 'NO' },
  DE: { country: 'DE' },
  ID: { country: 'ID' },
  US: { country: 'US' },
  GB: { country: 'GB', state: 'ENG' },
};

const MS_PER_DAY = 86_400_000;

/**
 * Public holidays of one country, read from date-holidays a year at a time. Working out one year's holidays costs
 * date-holidays 3-60 ms (one isHoliday call about 1 ms), so each year is read once and every later question is a Set
 * lookup of a few microseconds: a count over years of business days stays in the milliseconds.
 */
class CountryHolidayCalendar implements HolidayCalendar {
  private rules: Holidays | undefined;
  private readonly holidays = new Set<CalendarDay>();
  private readonly yearsRead = new Set<number>();

  constructor(private readonly region: { country: string; state?: string }) {}

  isPublicHoliday(day: CalendarDay): boolean {
    dayNumberOf(day); // throws a RangeError for anything but a real day, and is cheaper than a pattern
    const year = yearOf(day);
    if (!this.yearsRead.has(year)) this.readYear(year);
    return this.holidays.has(day);
  }

  private readYear(year: number): void {
    this.rules ??= this.region.state
      ? new Holidays(this.region.country, this.region.state)
      : new Holidays(this.region.country);
    for (const holiday of this.rules.getHolidays(year)) {
      // Only days off by law. 'bank' (Christmas Eve in Norway), 'optional' (Olsok) and 'observance' (Mother's Day)
      // are ordinary working days for most people. A substitute day (GB's Boxing Day moved to a Monday) carries the
      // type of the holiday it replaces, so a public one counts.
      if (holiday.type !== 'public') continue;
      // `date` is the holiday's own calendar day ('2026-03-20 00:00:00 -0600' for Idul Fitri, which begins at sunset
      // the evening before); start and end are instants in the process's zone and serve only to measure the length.
      // Every public holiday of the five countries lasts one day and lies in the year it is listed under (checked
      // for 1970-2200, and by a test), even a substitute such as the US's New Year's Day 2028 on 31 December 2027.
      const first = holiday.date.slice(0, 10);
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
      for (let offset = 0; offset < length; offset += 1) this.holidays.add(addDays(first, offset));
    }
    this.yearsRead.add(year);
  }
}

/** The year of a valid day, read without cutting a new string: this runs for every weekday a count walks over. */
function yearOf(day: CalendarDay): number {
  return (
    (day.charCodeAt(0) - 48) * 1000 +
    (day.charCodeAt(1) - 48) * 100 +
    (day.charCodeAt(2) - 48) * 10 +
    day.charCodeAt(3) -
    48
  );
}

const calendars = new Map<HolidayCountry, HolidayCalendar>();

/** The public holidays of a country as business-day arithmetic needs them; one shared calendar per country. */
export function holidayCalendarFor(country: HolidayCountry): HolidayCalendar {
  let calendar = calendars.get(country);
  if (!calendar) {
    // A country read from stored settings has not been through TypeScript.
    if (!Object.hasOwn(holidayRegions, country)) throw new RangeError(`No holiday calendar for "${country}"`);
    calendar = new CountryHolidayCalendar(holidayRegions[country]);
    calendars.set(country, calendar);
  }
  return calendar;
}
