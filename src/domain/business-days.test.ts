import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  holidayCountries,
  isBusinessDay,
  isHolidayCountry,
  weekendsOnly,
  type HolidayCalendar,
} from './business-days.ts';
import { dayFromNumber, dayNumberOf, weekdayOf } from './calendar-day.ts';

/** A calendar holding exactly the given days: the domain never needs to know where holidays come from. */
function calendarOf(...holidays: string[]): HolidayCalendar {
  const days = new Set(holidays);
  return { isPublicHoliday: (day) => days.has(day) };
}

const anyDay = fc.integer({ min: dayNumberOf('1950-01-01'), max: dayNumberOf('2150-12-31') }).map(dayFromNumber);

/**
 * A calendar with a random tenth of all weekdays off (far more than any country), decided by the day number so that
 * it answers the same day the same way every time.
 */
const anyCalendar = fc
  .record({ seed: fc.integer({ min: 1, max: 1_000_000 }), share: fc.constantFrom(0, 0.02, 0.1) })
  .map(({ seed, share }): HolidayCalendar => ({
    isPublicHoliday: (day) => Math.abs((dayNumberOf(day) * 2_654_435_761 + seed) % 1000) / 1000 < share,
  }));

describe('holidayCountries', () => {
  it('offers Norway, Germany, Indonesia, the United States and Great Britain', () => {
    expect([...holidayCountries]).toEqual(['NO', 'DE', 'ID', 'US', 'GB']);
    expect(isHolidayCountry('NO')).toBe(true);
    expect(isHolidayCountry('no')).toBe(false);
    expect(isHolidayCountry('FR')).toBe(false);
  });
});

describe('isBusinessDay', () => {
  it('is false on a weekend and true on a weekday without a holiday', () => {
    expect(isBusinessDay('2026-11-21', weekendsOnly)).toBe(false);
    expect(isBusinessDay('2026-11-22', weekendsOnly)).toBe(false);
    expect(isBusinessDay('2026-11-23', weekendsOnly)).toBe(true);
    expect(isBusinessDay('2026-11-27', weekendsOnly)).toBe(true);
  });

  it('is false on a public holiday that falls on a weekday', () => {
    expect(isBusinessDay('2026-12-25', calendarOf('2026-12-25'))).toBe(false);
    expect(isBusinessDay('2026-12-24', calendarOf('2026-12-25'))).toBe(true);
  });
});

describe('addBusinessDays', () => {
  it('skips a weekend', () => {
    // Thursday 19 November 2026 + 3 business days: Friday, Monday, Tuesday.
    expect(addBusinessDays('2026-11-19', 1, weekendsOnly)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-19', 2, weekendsOnly)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-19', 3, weekendsOnly)).toBe('2026-11-24');
    expect(addBusinessDays('2026-11-20', 5, weekendsOnly)).toBe('2026-11-27');
  });

  it('counts from the Monday after when the day itself is a Saturday or Sunday', () => {
    expect(addBusinessDays('2026-11-21', 1, weekendsOnly)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-22', 1, weekendsOnly)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-21', 3, weekendsOnly)).toBe('2026-11-25');
  });

  it('answers the day itself for a count of 0, even on a weekend or holiday', () => {
    expect(addBusinessDays('2026-11-21', 0, weekendsOnly)).toBe('2026-11-21');
    expect(addBusinessDays('2026-12-25', 0, calendarOf('2026-12-25'))).toBe('2026-12-25');
  });

  it('skips public holidays as it skips weekends', () => {
    // Wednesday 23 December 2026, with 25 December and 1 January off.
    const calendar = calendarOf('2026-12-25', '2027-01-01');
    expect(addBusinessDays('2026-12-23', 1, calendar)).toBe('2026-12-24');
    expect(addBusinessDays('2026-12-23', 2, calendar)).toBe('2026-12-28');
    expect(addBusinessDays('2026-12-23', 6, calendar)).toBe('2027-01-04');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addBusinessDays('2026-11-23', -1, weekendsOnly)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-11-23', 1.5, weekendsOnly)).toThrow(RangeError);
  });

  it('refuses a day that does not exist', () => {
    expect(() => addBusinessDays('2026-02-30', 1, weekendsOnly)).toThrow(RangeError);
    expect(() => addBusinessDays('2026-02-30', 0, weekendsOnly)).toThrow(RangeError);
  });

  it('stops with an error instead of looping when a calendar has no business day at all', () => {
    const everyDayOff: HolidayCalendar = { isPublicHoliday: () => true };
    expect(() => addBusinessDays('2026-11-23', 1, everyDayOff)).toThrow(RangeError);
  });

  it('counts years of business days', () => {
    // 2027 and 2028 have 261 + 260 weekdays; with the weekends only, 521 business days end on 29 December 2028.
    expect(addBusinessDays('2026-12-31', 521, weekendsOnly)).toBe('2028-12-29');
    expect(businessDaysBetween('2026-12-31', '2028-12-31', weekendsOnly)).toBe(521);
  });
});

describe('businessDaysBetween', () => {
  it('counts the business days after the first day up to and including the last', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-23', weekendsOnly)).toBe(1);
    expect(businessDaysBetween('2026-11-23', '2026-11-27', weekendsOnly)).toBe(4);
    expect(businessDaysBetween('2026-11-21', '2026-11-22', weekendsOnly)).toBe(0);
    expect(businessDaysBetween('2026-12-23', '2026-12-28', calendarOf('2026-12-25'))).toBe(2);
  });

  it('is 0 when the last day is not after the first', () => {
    expect(businessDaysBetween('2026-11-23', '2026-11-23', weekendsOnly)).toBe(0);
    expect(businessDaysBetween('2026-11-27', '2026-11-23', weekendsOnly)).toBe(0);
  });
});

describe('business-day arithmetic on any day and any calendar', () => {
  const anyCount = fc.integer({ min: 0, max: 800 });

  it('lands on a business day whenever the count is above 0', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 800 }), anyCalendar, (day, count, calendar) => {
        const result = addBusinessDays(day, count, calendar);
        return isBusinessDay(result, calendar) && weekdayOf(result) !== 0 && weekdayOf(result) !== 6;
      }),
    );
  });

  it('moves later, never earlier, as the count grows', () => {
    fc.assert(
      fc.property(anyDay, anyCount, anyCount, anyCalendar, (day, a, b, calendar) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const earlier = dayNumberOf(addBusinessDays(day, fewer, calendar));
        const later = dayNumberOf(addBusinessDays(day, more, calendar));
        return fewer === more ? earlier === later : earlier < later;
      }),
    );
  });

  it('is measured back exactly by businessDaysBetween', () => {
    fc.assert(
      fc.property(anyDay, anyCount, anyCalendar, (day, count, calendar) => {
        return businessDaysBetween(day, addBusinessDays(day, count, calendar), calendar) === count;
      }),
    );
  });

  it('adds up: n business days and then m more are n + m business days', () => {
    fc.assert(
      fc.property(anyDay, anyCount, anyCount, anyCalendar, (day, n, m, calendar) => {
        return (
          addBusinessDays(addBusinessDays(day, n, calendar), m, calendar) === addBusinessDays(day, n + m, calendar)
        );
      }),
    );
  });

  it('counts five business days in every full week without holidays', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 300 }), (day, weeks) => {
        return businessDaysBetween(day, dayFromNumber(dayNumberOf(day) + weeks * 7), weekendsOnly) === weeks * 5;
      }),
    );
  });
});
