import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDays,
  dayFromNumber,
  dayNumberOf,
  daysBetween,
  isCalendarDay,
  isTimeZone,
  localDayOf,
  weekdayOf,
} from './calendar-day.ts';

/** Any day from 1900 to 2199, built from a day number so every one is real. */
const anyDay = fc.integer({ min: dayNumberOf('1900-01-01'), max: dayNumberOf('2199-12-31') }).map(dayFromNumber);

describe('isCalendarDay', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('0001-01-01')).toBe(true);
    expect(isCalendarDay('9999-12-31')).toBe(true);
  });

  it('refuses days that do not exist', () => {
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('1900-02-29')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-00-10')).toBe(false);
    expect(isCalendarDay('2026-01-00')).toBe(false);
  });

  it('refuses other ways of writing a day', () => {
    for (const text of [
      '2026-2-28',
      '26-02-28',
      '2026/02/28',
      '2026-02-28T00:00',
      ' 2026-02-28',
      '',
      '２０２６-02-28',
    ]) {
      expect(isCalendarDay(text), text).toBe(false);
    }
  });

  it('agrees with the arithmetic on every day it accepts', () => {
    fc.assert(fc.property(anyDay, (day) => isCalendarDay(day) && dayFromNumber(dayNumberOf(day)) === day));
  });
});

describe('dayNumberOf and dayFromNumber', () => {
  it('count days from 1 January 1970', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('1970-01-02')).toBe(1);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
    expect(dayFromNumber(dayNumberOf('2026-11-22'))).toBe('2026-11-22');
  });

  it('agree with Date in UTC on any day', () => {
    fc.assert(fc.property(anyDay, (day) => dayNumberOf(day) === Date.parse(`${day}T00:00:00Z`) / 86_400_000));
  });

  it('refuse a day that does not exist instead of rolling it over', () => {
    expect(() => dayNumberOf('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumberOf('2026-1-01')).toThrow(RangeError);
    expect(() => dayNumberOf('2026-0a-01')).toThrow(RangeError);
  });

  it('refuse day numbers outside the years 0000 to 9999', () => {
    expect(dayFromNumber(dayNumberOf('0000-01-01'))).toBe('0000-01-01');
    expect(() => dayFromNumber(dayNumberOf('0000-01-01') - 1)).toThrow(RangeError);
    expect(() => dayFromNumber(dayNumberOf('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => dayFromNumber(1.5)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses the end of a month, a leap day and the end of a year', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('keeps whole days over a daylight saving change, where adding 24 hours would not', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('refuses a fraction of a day', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RangeError);
  });

  it('is undone by adding the opposite and measured by daysBetween', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, days) => {
        const moved = addDays(day, days);
        return addDays(moved, -days) === day && daysBetween(day, moved) === days;
      }),
    );
  });
});

describe('weekdayOf', () => {
  it('counts from Sunday as 0 to Saturday as 6', () => {
    expect(weekdayOf('2026-05-17')).toBe(0);
    expect(weekdayOf('2026-05-18')).toBe(1);
    expect(weekdayOf('2026-05-23')).toBe(6);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
    expect(weekdayOf('2000-01-01')).toBe(6);
  });

  it('agrees with Date in UTC on any day', () => {
    fc.assert(fc.property(anyDay, (day) => weekdayOf(day) === new Date(`${day}T00:00:00Z`).getUTCDay()));
  });
});

describe('compareDays and daysBetween', () => {
  it('order days as a calendar does', () => {
    expect(compareDays('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareDays('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDays('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(['2026-12-31', '2026-01-02', '2025-06-30'].sort(compareDays)).toEqual([
      '2025-06-30',
      '2026-01-02',
      '2026-12-31',
    ]);
  });

  it('count the days from one day to another, negative backwards', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
});

describe('localDayOf', () => {
  it('changes day at midnight in Oslo on the day summer time starts', () => {
    // 29 March 2026: clocks go from 02:00 CET (UTC+1) to 03:00 CEST (UTC+2) at 01:00 UTC.
    expect(localDayOf(new Date('2026-03-28T22:59:59Z'), 'Europe/Oslo')).toBe('2026-03-28');
    expect(localDayOf(new Date('2026-03-28T23:00:00Z'), 'Europe/Oslo')).toBe('2026-03-29');
    expect(localDayOf(new Date('2026-03-29T01:30:00Z'), 'Europe/Oslo')).toBe('2026-03-29');
    expect(localDayOf(new Date('2026-03-29T21:59:59Z'), 'Europe/Oslo')).toBe('2026-03-29');
    expect(localDayOf(new Date('2026-03-29T22:00:00Z'), 'Europe/Oslo')).toBe('2026-03-30');
  });

  it('changes day at midnight in Oslo on the day summer time ends', () => {
    // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET at 01:00 UTC; the day has 25 hours.
    expect(localDayOf(new Date('2026-10-24T21:59:59Z'), 'Europe/Oslo')).toBe('2026-10-24');
    expect(localDayOf(new Date('2026-10-24T22:00:00Z'), 'Europe/Oslo')).toBe('2026-10-25');
    expect(localDayOf(new Date('2026-10-25T00:30:00Z'), 'Europe/Oslo')).toBe('2026-10-25');
    expect(localDayOf(new Date('2026-10-25T01:30:00Z'), 'Europe/Oslo')).toBe('2026-10-25');
    expect(localDayOf(new Date('2026-10-25T22:59:59Z'), 'Europe/Oslo')).toBe('2026-10-25');
    expect(localDayOf(new Date('2026-10-25T23:00:00Z'), 'Europe/Oslo')).toBe('2026-10-26');
  });

  it('is already tomorrow in Jakarta when it is evening in UTC', () => {
    // Western Indonesia Time is UTC+7 all year.
    expect(localDayOf(new Date('2026-12-31T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-12-31');
    expect(localDayOf(new Date('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
    expect(localDayOf(new Date('2027-01-01T00:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-01');
  });

  it('is still yesterday in New York just after midnight UTC, in winter and in summer', () => {
    expect(localDayOf(new Date('2027-01-01T00:00:00Z'), 'America/New_York')).toBe('2026-12-31');
    expect(localDayOf(new Date('2027-01-01T04:59:59Z'), 'America/New_York')).toBe('2026-12-31');
    expect(localDayOf(new Date('2027-01-01T05:00:00Z'), 'America/New_York')).toBe('2027-01-01');
    expect(localDayOf(new Date('2026-07-04T03:59:59Z'), 'America/New_York')).toBe('2026-07-03');
    expect(localDayOf(new Date('2026-07-04T04:00:00Z'), 'America/New_York')).toBe('2026-07-04');
  });

  it('changes day at midnight in New York around both daylight saving changes', () => {
    // 8 March 2026 springs forward at 07:00 UTC; 1 November 2026 falls back at 06:00 UTC.
    expect(localDayOf(new Date('2026-03-08T04:59:59Z'), 'America/New_York')).toBe('2026-03-07');
    expect(localDayOf(new Date('2026-03-08T05:00:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDayOf(new Date('2026-03-09T03:59:59Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDayOf(new Date('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-03-09');
    expect(localDayOf(new Date('2026-11-02T04:59:59Z'), 'America/New_York')).toBe('2026-11-01');
    expect(localDayOf(new Date('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
  });

  it('agrees with UTC in the UTC zone for any instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z') }),
        (instant) => {
          fc.pre(!Number.isNaN(instant.getTime()));
          return localDayOf(instant, 'UTC') === instant.toISOString().slice(0, 10);
        },
      ),
    );
  });

  it('refuses an unknown time zone and an invalid date', () => {
    expect(() => localDayOf(new Date('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDayOf(new Date(Number.NaN), 'Europe/Oslo')).toThrow(RangeError);
  });
});

describe('isTimeZone', () => {
  it('knows IANA zone names and nothing else', () => {
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('Asia/Jakarta')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
