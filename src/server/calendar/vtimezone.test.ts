import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantToZoned, localTimeKind, zonedToInstant } from '#domain/zoned-time';
import { vtimezoneFor } from './vtimezone.ts';
import { vtimezoneFromIntl } from './vtimezone-from-intl.ts';
import { writeICalendar } from './write-icalendar.ts';

type Component = InstanceType<typeof ICAL.Component>;

function observances(vtimezone: Component) {
  return vtimezone.getAllSubcomponents().map((observance) => ({
    kind: observance.name,
    start: String(observance.getFirstPropertyValue('dtstart')),
    from: String(observance.getFirstPropertyValue('tzoffsetfrom')),
    to: String(observance.getFirstPropertyValue('tzoffsetto')),
    yearly: observance.hasProperty('rrule'),
  }));
}

/** Every `hours` from `from` to `to`, a time that exists once in the zone is read by ical.js as Intl reads it. */
function expectReadsLikeIntl(vtimezone: Component, timeZone: string, from: string, to: string, hours = 1): void {
  const timezone = new ICAL.Timezone(vtimezone);
  const wrong: string[] = [];
  for (let at = Date.parse(from); at <= Date.parse(to); at += hours * 3600_000) {
    const local = instantToZoned(new Date(at), timeZone);
    if (localTimeKind(local, timeZone) !== 'exists') continue;
    const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const time = new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, timezone);
    if (time.toUnixTime() * 1000 !== at) wrong.push(local);
  }
  expect(wrong).toEqual([]);
}

describe('vtimezoneFor', () => {
  it('uses the published yearly rules under the name the user chose', () => {
    const vtimezone = vtimezoneFor('Europe/Oslo', ['2026-12-01T10:00']);
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    expect(vtimezone.getFirstPropertyValue('x-lic-location')).toBe('Europe/Oslo');
    expect(observances(vtimezone).map(({ kind, yearly }) => [kind, yearly])).toEqual([
      ['daylight', true],
      ['standard', true],
    ]);
    expectReadsLikeIntl(vtimezone, 'Europe/Oslo', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
  });

  it('gives a new copy each time, so one file cannot change another', () => {
    const first = vtimezoneFor('Europe/Oslo', ['2026-12-01T10:00']);
    first.updatePropertyWithValue('tzid', 'Changed');
    expect(vtimezoneFor('Europe/Oslo', ['2026-12-01T10:00']).getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
  });

  it('falls back to Intl where the published rules place a start elsewhere', () => {
    // The published Moroccan block says UTC all year; Morocco is UTC+1 outside Ramadan.
    const vtimezone = vtimezoneFor('Africa/Casablanca', ['2026-12-01T10:00']);
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Africa/Casablanca');
    expect(observances(vtimezone).some(({ yearly }) => yearly)).toBe(false);
    const timezone = new ICAL.Timezone(vtimezone);
    const start = new ICAL.Time(
      { year: 2026, month: 12, day: 1, hour: 10, minute: 0, second: 0, isDate: false },
      timezone,
    );
    expect(new Date(start.toUnixTime() * 1000).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });
});

describe('vtimezoneFromIntl', () => {
  it('describes a zone without changes with one observance from a year before', () => {
    const vtimezone = vtimezoneFromIntl('Asia/Jakarta', [new Date('2026-12-01T03:00:00Z')]);
    expect(observances(vtimezone)).toEqual([
      { kind: 'standard', start: '2025-11-30T10:00:00', from: '+07:00', to: '+07:00', yearly: false },
    ]);
  });

  it('starts with the observance in force and lists every change up to the last instant', () => {
    const vtimezone = vtimezoneFromIntl('Europe/Oslo', [
      new Date('2026-12-01T09:00:00Z'),
      new Date('2027-12-01T09:00:00Z'),
    ]);
    expect(observances(vtimezone)).toEqual([
      { kind: 'standard', start: '2026-10-25T03:00:00', from: '+02:00', to: '+01:00', yearly: false },
      { kind: 'daylight', start: '2027-03-28T02:00:00', from: '+01:00', to: '+02:00', yearly: false },
      { kind: 'standard', start: '2027-10-31T03:00:00', from: '+02:00', to: '+01:00', yearly: false },
    ]);
    expectReadsLikeIntl(vtimezone, 'Europe/Oslo', '2026-12-01T00:00:00Z', '2027-12-01T09:00:00Z');
  });

  it('follows Casablanca into Ramadan and out again', () => {
    const from = '2027-01-01T00:00:00Z';
    const to = '2027-06-01T00:00:00Z';
    const vtimezone = vtimezoneFromIntl('Africa/Casablanca', [new Date(from), new Date(to)]);
    expect(observances(vtimezone).map(({ from, to }) => `${from}→${to}`)).toEqual([
      '+00:00→+01:00',
      '+01:00→+00:00',
      '+00:00→+01:00',
    ]);
    expectReadsLikeIntl(vtimezone, 'Africa/Casablanca', from, to);
  });

  it('handles offsets of half and three quarters of an hour', () => {
    const instants = [new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')];
    for (const timeZone of ['Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Adelaide', 'Pacific/Chatham']) {
      const vtimezone = vtimezoneFromIntl(timeZone, instants);
      expectReadsLikeIntl(vtimezone, timeZone, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 5);
    }
  });

  it('writes a block that reads back as itself', () => {
    const vtimezone = vtimezoneFromIntl('America/New_York', [zonedToInstant('2026-12-01T10:00', 'America/New_York')]);
    const text = writeICalendar(vtimezone);
    expect(text).toContain('\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n');
    const again = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
    expect(observances(again)).toEqual(observances(vtimezone));
  });

  it('needs at least one instant', () => {
    expect(() => vtimezoneFromIntl('Europe/Oslo', [])).toThrow(RangeError);
  });
});
