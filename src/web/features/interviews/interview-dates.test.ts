import { describe, expect, it } from 'vitest';
import { formatDayHeading, formatDaysAgo, formatShortDay, formatTimeOfDay, zoneCity } from './interview-dates.ts';

describe('interview dates', () => {
  it('names today, tomorrow and yesterday in the user language before the date', () => {
    expect(formatDayHeading('2026-03-04', '2026-03-04', 'en-GB')).toBe('Today · Wednesday 4 March');
    expect(formatDayHeading('2026-03-05', '2026-03-04', 'nb')).toMatch(/^I morgen · torsdag 5\. mars$/);
    expect(formatDayHeading('2026-03-03', '2026-03-04', 'de')).toMatch(/^Gestern · Dienstag, 3\. März$/);
  });

  it('shows only the date further away, with the year when it is another year', () => {
    expect(formatDayHeading('2026-03-09', '2026-03-04', 'en-GB')).toBe('Monday 9 March');
    expect(formatDayHeading('2027-01-02', '2026-12-30', 'en-GB')).toBe('Saturday, 2 January 2027');
    expect(formatShortDay('2026-03-09', '2026-03-04', 'en-GB')).toBe('Mon 9 Mar');
  });

  it('never moves a day or a time with the time zone of the machine', () => {
    // Midnight UTC is still the evening before in America: formatting must not show that day.
    expect(formatShortDay('2026-01-01', '2026-01-01', 'en-GB')).toBe('Thu 1 Jan');
    expect(formatTimeOfDay('2026-03-29T02:30', 'de')).toBe('02:30');
  });

  it('says how long ago an overdue day was, and turns a zone into its city', () => {
    expect(formatDaysAgo('2026-03-01', '2026-03-04', 'en')).toBe('3 days ago');
    expect(formatDaysAgo('2026-03-03', '2026-03-04', 'en')).toBe('yesterday');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});
