import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  holidayCountries,
  isBusinessDay,
  type HolidayCountry,
} from '#domain/business-days';
import { dayFromNumber, dayNumberOf } from '#domain/calendar-day';
import { closesOn, routineSchedule } from '#domain/follow-up-routine';
import { holidayCalendarFor, holidayRegions } from './holiday-calendar.ts';

const NO = holidayCalendarFor('NO');
const DE = holidayCalendarFor('DE');
const ID = holidayCalendarFor('ID');
const US = holidayCalendarFor('US');
const GB = holidayCalendarFor('GB');

function holidaysIn(country: HolidayCountry, from: string, to: string): string[] {
  const calendar = holidayCalendarFor(country);
  const days: string[] = [];
  for (let dayNumber = dayNumberOf(from); dayNumber <= dayNumberOf(to); dayNumber += 1) {
    if (calendar.isPublicHoliday(dayFromNumber(dayNumber))) days.push(dayFromNumber(dayNumber));
  }
  return days;
}

describe('holidayCalendarFor', () => {
  it('gives one shared calendar per country, so each year is read from date-holidays once', () => {
    expect(holidayCalendarFor('NO')).toBe(NO);
    expect(holidayCalendarFor('GB')).toBe(GB);
    expect(holidayCalendarFor('NO')).not.toBe(DE);
  });

  it('relies on date-holidays listing every public holiday under its own year, one day long', () => {
    // The calendar reads one year at a time; a holiday listed under 2030 but falling in 2031 would be missed.
    for (const country of holidayCountries) {
      const { country: code, state } = holidayRegions[country];
      const rules = state ? new Holidays(code, state) : new Holidays(code);
      for (let year = 2025; year <= 2035; year += 1) {
        for (const holiday of rules.getHolidays(year).filter((listed) => listed.type === 'public')) {
          expect(holiday.date.slice(0, 4), `${country} ${holiday.date}`).toBe(String(year));
          expect(Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000)).toBe(1);
        }
      }
    }
  });

  it('refuses a country it has no rules for and a day that does not exist', () => {
    expect(() => holidayCalendarFor('FR' as HolidayCountry)).toThrow(RangeError);
    expect(() => NO.isPublicHoliday('2026-02-30')).toThrow(RangeError);
  });

  it('knows no business day on a weekend, holiday or not', () => {
    for (const country of holidayCountries) {
      const calendar = holidayCalendarFor(country);
      expect(isBusinessDay('2026-11-21', calendar), country).toBe(false);
      expect(isBusinessDay('2026-11-22', calendar), country).toBe(false);
      // Thursday 19 November 2026 to the Monday after: Friday and Monday.
      expect(addBusinessDays('2026-11-19', 2, calendar), country).toBe('2026-11-23');
    }
  });
});

describe('Easter', () => {
  it('closes Norway from Maundy Thursday to Easter Monday 2026', () => {
    expect(holidaysIn('NO', '2026-03-30', '2026-04-12')).toEqual([
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
    ]);
    expect(addBusinessDays('2026-04-01', 1, NO)).toBe('2026-04-07');
    // From Friday 27 March to Friday 10 April: 10 weekdays, 3 of them off.
    expect(businessDaysBetween('2026-03-27', '2026-04-10', NO)).toBe(7);
  });

  it('closes Germany on Good Friday and Easter Monday 2026 but not on Maundy Thursday', () => {
    expect(holidaysIn('DE', '2026-03-30', '2026-04-12')).toEqual(['2026-04-03', '2026-04-06']);
    expect(addBusinessDays('2026-04-01', 1, DE)).toBe('2026-04-02');
    expect(addBusinessDays('2026-04-02', 1, DE)).toBe('2026-04-07');
  });

  it('moves a 3B7 second contact in Norway past the whole Easter break', () => {
    // Sent Monday 30 March 2026: Tuesday 31, Wednesday 1 and, after five days off, Tuesday 7 April.
    const plan = routineSchedule({ routine: '3b7', requestedOn: '2026-03-30', done: [], repliedOn: null }, NO);
    expect(plan[0]).toEqual({ kind: 'second_contact', number: 1, dueOn: '2026-04-07' });
    expect(routineSchedule({ routine: '3b7', requestedOn: '2026-03-30', done: [], repliedOn: null }, DE)[0]).toEqual({
      kind: 'second_contact',
      number: 1,
      dueOn: '2026-04-02',
    });
  });
});

describe('17 May in Norway', () => {
  it('is a public holiday that costs no business day in 2026, when it falls on a Sunday', () => {
    expect(NO.isPublicHoliday('2026-05-17')).toBe(true);
    // Ascension Day is Thursday 14 May 2026; Friday 15 is a business day, the next is Monday 18.
    expect(addBusinessDays('2026-05-13', 1, NO)).toBe('2026-05-15');
    expect(addBusinessDays('2026-05-15', 1, NO)).toBe('2026-05-18');
  });

  it('is a day off on Monday 17 May 2027, which is Whit Monday as well', () => {
    expect(NO.isPublicHoliday('2027-05-17')).toBe(true);
    expect(addBusinessDays('2027-05-14', 1, NO)).toBe('2027-05-18');
    expect(isBusinessDay('2027-05-17', US)).toBe(true);
  });
});

describe('Lebaran in Indonesia', () => {
  it('closes 20 and 21 March 2026 for Idul Fitri, after Nyepi on 19 March', () => {
    expect(holidaysIn('ID', '2026-03-16', '2026-03-27')).toEqual(['2026-03-19', '2026-03-20', '2026-03-21']);
    // Sent Wednesday 18 March: the next business day is Monday 23 in Indonesia, Thursday 19 in Norway.
    expect(addBusinessDays('2026-03-18', 1, ID)).toBe('2026-03-23');
    expect(addBusinessDays('2026-03-18', 1, NO)).toBe('2026-03-19');
  });
});

describe('the end of the year', () => {
  it('closes every country on Christmas Day and New Year’s Day', () => {
    for (const country of holidayCountries) {
      const calendar = holidayCalendarFor(country);
      expect(calendar.isPublicHoliday('2026-12-25'), country).toBe(true);
      expect(calendar.isPublicHoliday('2027-01-01'), country).toBe(true);
    }
  });

  it('moves Boxing Day 2026 from Saturday to Monday 28 December in Great Britain only', () => {
    expect(GB.isPublicHoliday('2026-12-28')).toBe(true);
    expect(NO.isPublicHoliday('2026-12-28')).toBe(false);
    // Sent Wednesday 23 December: Thursday 24, then Tuesday 29 in Britain, Monday 28 in Norway.
    expect(addBusinessDays('2026-12-23', 2, GB)).toBe('2026-12-29');
    expect(addBusinessDays('2026-12-23', 2, NO)).toBe('2026-12-28');
  });

  it('counts a substitute day observed in the year before its holiday', () => {
    // New Year's Day 2028 is a Saturday; the United States observe it on Friday 31 December 2027.
    expect(US.isPublicHoliday('2027-12-31')).toBe(true);
    expect(GB.isPublicHoliday('2027-12-31')).toBe(false);
    // From Thursday 23 December: 24 December (Christmas observed) and 31 December are off, 5 weekdays remain.
    expect(businessDaysBetween('2027-12-23', '2028-01-03', US)).toBe(5);
  });

  it('counts only public holidays, not bank holidays, observances or optional days', () => {
    expect(NO.isPublicHoliday('2026-12-24')).toBe(false); // Christmas Eve: a bank holiday
    expect(NO.isPublicHoliday('2026-12-31')).toBe(false); // New Year's Eve: a bank holiday
    expect(NO.isPublicHoliday('2026-07-29')).toBe(false); // Olsok: optional
    expect(DE.isPublicHoliday('2026-12-24')).toBe(false);
    expect(US.isPublicHoliday('2026-11-27')).toBe(false); // the day after Thanksgiving: an observance
  });
});

describe('a request sent on a Friday before a Monday holiday', () => {
  it('waits until after Whit Monday in Norway', () => {
    // Friday 22 May 2026; Monday 25 May is Whit Monday.
    const request = { routine: '3b7' as const, requestedOn: '2026-05-22', done: [], repliedOn: null };
    expect(routineSchedule(request, NO)).toEqual([
      { kind: 'second_contact', number: 1, dueOn: '2026-05-28' },
      { kind: 'follow_up', number: 1, dueOn: '2026-06-03' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-06-12' },
    ]);
  });

  it('waits until after Martin Luther King Jr. Day in the United States', () => {
    // Friday 16 January 2026; Monday 19 January is Martin Luther King Jr. Day.
    expect(addBusinessDays('2026-01-16', 1, US)).toBe('2026-01-20');
    expect(addBusinessDays('2026-01-16', 1, NO)).toBe('2026-01-19');
  });

  it('waits until after the Summer bank holiday in England and Wales', () => {
    // Friday 28 August 2026; Monday 31 August is a bank holiday in England and Wales, not in Scotland.
    expect(GB.isPublicHoliday('2026-08-31')).toBe(true);
    expect(addBusinessDays('2026-08-28', 1, GB)).toBe('2026-09-01');
    expect(closesOn({ routine: 'once', requestedOn: '2026-08-28', done: [], repliedOn: null }, GB)).toBe('2026-09-18');
  });
});

describe('business-day arithmetic with the real calendars', () => {
  const anyCountry = fc.constantFrom(...holidayCountries);
  const anyDay = fc.integer({ min: dayNumberOf('2020-01-01'), max: dayNumberOf('2040-12-31') }).map(dayFromNumber);
  const anyCount = fc.integer({ min: 0, max: 400 });

  it('lands on a business day whenever the count is above 0', () => {
    fc.assert(
      fc.property(anyCountry, anyDay, fc.integer({ min: 1, max: 400 }), (country, day, count) => {
        const calendar = holidayCalendarFor(country);
        return isBusinessDay(addBusinessDays(day, count, calendar), calendar);
      }),
    );
  });

  it('moves later, never earlier, as the count grows', () => {
    fc.assert(
      fc.property(anyCountry, anyDay, anyCount, anyCount, (country, day, a, b) => {
        const calendar = holidayCalendarFor(country);
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const earlier = dayNumberOf(addBusinessDays(day, fewer, calendar));
        const later = dayNumberOf(addBusinessDays(day, more, calendar));
        return fewer === more ? earlier === later : earlier < later;
      }),
    );
  });

  it('is measured back exactly by businessDaysBetween', () => {
    fc.assert(
      fc.property(anyCountry, anyDay, anyCount, (country, day, count) => {
        const calendar = holidayCalendarFor(country);
        return businessDaysBetween(day, addBusinessDays(day, count, calendar), calendar) === count;
      }),
    );
  });
});
