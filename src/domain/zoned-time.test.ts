import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutesLocal,
  instantToZoned,
  isKnownTimeZone,
  isLocalDateTime,
  isUtcTimeZone,
  localTimeKind,
  utcOffsetSeconds,
  zonedToInstant,
} from './zoned-time.ts';

const iso = (local: string, zone: string) => zonedToInstant(local, zone).toISOString();

describe('isLocalDateTime', () => {
  it('accepts real dates and times to the minute', () => {
    expect(isLocalDateTime('2026-12-01T10:00')).toBe(true);
    expect(isLocalDateTime('2028-02-29T23:59')).toBe(true);
    expect(isLocalDateTime('0001-01-01T00:00')).toBe(true);
  });

  it('refuses dates that do not exist, times past 23:59 and other shapes', () => {
    for (const value of [
      '2026-02-29T10:00',
      '2026-04-31T10:00',
      '2026-13-01T10:00',
      '2026-00-10T10:00',
      '2026-12-01T24:00',
      '2026-12-01T10:60',
      '2026-12-01T10:00:00',
      '2026-12-01 10:00',
      '2026-12-01T10:00Z',
      ' 2026-12-01T10:00',
      '0000-01-01T00:00',
      '',
      null,
      20261201,
    ]) {
      expect(isLocalDateTime(value), String(value)).toBe(false);
    }
  });
});

describe('isKnownTimeZone', () => {
  it('accepts IANA names, UTC and the links browsers still report', () => {
    for (const zone of ['Europe/Oslo', 'America/New_York', 'Asia/Jakarta', 'UTC', 'Etc/GMT+5', 'Asia/Calcutta']) {
      expect(isKnownTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses invented zones, injected text, offsets and the wrong case', () => {
    for (const zone of [
      'Mars/Olympus',
      'Europe/Oslo; DROP',
      'Europe/Oslo\n',
      '+01:00',
      'europe/oslo',
      'utc',
      '',
      ' ',
    ]) {
      expect(isKnownTimeZone(zone), JSON.stringify(zone)).toBe(false);
    }
  });

  it('accepts every zone the runtime lists', () => {
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => !isKnownTimeZone(zone))).toEqual([]);
  });
});

describe('isUtcTimeZone', () => {
  it('knows UTC under its other names and nothing else', () => {
    expect(['UTC', 'Etc/UTC', 'GMT'].every(isUtcTimeZone)).toBe(true);
    expect(['Europe/London', 'Africa/Abidjan', 'Atlantic/Reykjavik', 'Mars/Olympus'].some(isUtcTimeZone)).toBe(false);
  });
});

describe('zonedToInstant', () => {
  it('reads a winter time in Oslo one hour ahead of UTC and a summer time two hours ahead', () => {
    expect(iso('2026-12-01T10:00', 'Europe/Oslo')).toBe('2026-12-01T09:00:00.000Z');
    expect(iso('2026-06-15T10:00', 'Europe/Oslo')).toBe('2026-06-15T08:00:00.000Z');
  });

  it('moves a time in the spring gap in Oslo to the same distance after the gap', () => {
    // 2026-03-29: clocks go from 02:00 to 03:00, so 02:30 does not exist; it is read as 03:30.
    expect(iso('2026-03-29T02:30', 'Europe/Oslo')).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToZoned(zonedToInstant('2026-03-29T02:30', 'Europe/Oslo'), 'Europe/Oslo')).toBe('2026-03-29T03:30');
    expect(iso('2026-03-29T01:59', 'Europe/Oslo')).toBe('2026-03-29T00:59:00.000Z');
    expect(iso('2026-03-29T03:00', 'Europe/Oslo')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier of the two instants in the autumn overlap in Oslo', () => {
    // 2026-10-25: clocks go from 03:00 back to 02:00, so 02:30 happens in summer time and again in winter time.
    expect(iso('2026-10-25T02:30', 'Europe/Oslo')).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-10-25T03:00', 'Europe/Oslo')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles the gap and the overlap in New York, which change on other days and at other hours', () => {
    expect(iso('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(instantToZoned(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-08T03:30');
    expect(iso('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(iso('2026-11-01T02:00', 'America/New_York')).toBe('2026-11-01T07:00:00.000Z');
  });

  it('keeps Jakarta seven hours ahead all year, as it has no summer time', () => {
    expect(iso('2026-01-15T10:00', 'Asia/Jakarta')).toBe('2026-01-15T03:00:00.000Z');
    expect(iso('2026-07-15T10:00', 'Asia/Jakarta')).toBe('2026-07-15T03:00:00.000Z');
    expect(localTimeKind('2026-03-29T02:30', 'Asia/Jakarta')).toBe('exists');
  });

  it('crosses the year end in both directions', () => {
    expect(iso('2027-01-01T00:30', 'Europe/Oslo')).toBe('2026-12-31T23:30:00.000Z');
    expect(iso('2026-12-31T19:30', 'America/New_York')).toBe('2027-01-01T00:30:00.000Z');
    expect(instantToZoned(new Date('2026-12-31T23:30:00Z'), 'Asia/Jakarta')).toBe('2027-01-01T06:30');
  });

  it('reads a time in UTC as itself', () => {
    expect(iso('2026-12-01T10:00', 'UTC')).toBe('2026-12-01T10:00:00.000Z');
  });

  it('throws a RangeError for a malformed time or an unknown zone', () => {
    expect(() => zonedToInstant('2026-02-30T10:00', 'Europe/Oslo')).toThrow(RangeError);
    expect(() => zonedToInstant('2026-12-01T10:00', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => instantToZoned(new Date(Number.NaN), 'Europe/Oslo')).toThrow(RangeError);
  });
});

describe('localTimeKind', () => {
  it('tells times that exist once from skipped and repeated ones', () => {
    expect(localTimeKind('2026-12-01T10:00', 'Europe/Oslo')).toBe('exists');
    expect(localTimeKind('2026-03-29T02:30', 'Europe/Oslo')).toBe('skipped');
    expect(localTimeKind('2026-10-25T02:30', 'Europe/Oslo')).toBe('repeated');
    expect(localTimeKind('2026-03-08T02:30', 'America/New_York')).toBe('skipped');
    expect(localTimeKind('2026-11-01T01:30', 'America/New_York')).toBe('repeated');
  });
});

describe('utcOffsetSeconds', () => {
  it('gives the offset in force at an instant', () => {
    expect(utcOffsetSeconds(new Date('2026-12-01T09:00:00Z'), 'Europe/Oslo')).toBe(3600);
    expect(utcOffsetSeconds(new Date('2026-06-01T09:00:00Z'), 'Europe/Oslo')).toBe(7200);
    expect(utcOffsetSeconds(new Date('2026-06-01T09:00:00Z'), 'Asia/Kolkata')).toBe(19800);
    expect(utcOffsetSeconds(new Date('2026-06-01T09:00:00Z'), 'America/New_York')).toBe(-14400);
  });
});

describe('addMinutesLocal', () => {
  it('counts on the wall clock across midnight, the year end and a leap day', () => {
    expect(addMinutesLocal('2026-12-31T23:50', 20)).toBe('2027-01-01T00:10');
    expect(addMinutesLocal('2028-02-28T23:59', 1)).toBe('2028-02-29T00:00');
    expect(addMinutesLocal('2026-01-01T00:10', -20)).toBe('2025-12-31T23:50');
  });

  it('ignores the clocks changing that night, because it knows no zone', () => {
    expect(addMinutesLocal('2026-03-29T01:50', 20)).toBe('2026-03-29T02:10');
  });

  it('throws a RangeError for a malformed time or a fraction of a minute', () => {
    expect(() => addMinutesLocal('2026-12-01', 20)).toThrow(RangeError);
    expect(() => addMinutesLocal('2026-12-01T10:00', 0.5)).toThrow(RangeError);
  });
});

const zones = Intl.supportedValuesOf('timeZone');

const localDateTime = fc
  .record({
    year: fc.integer({ min: 1900, max: 2150 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ year, month, day, hour, minute }) => {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
  })
  .filter(isLocalDateTime);

describe('properties', () => {
  it('gives back the same wall-clock time for every time that is not in a gap, in every zone', () => {
    fc.assert(
      fc.property(localDateTime, fc.constantFrom(...zones), (local, zone) => {
        fc.pre(localTimeKind(local, zone) !== 'skipped');
        expect(instantToZoned(zonedToInstant(local, zone), zone)).toBe(local);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the instant again from the wall-clock time it shows, unless that time is repeated or the offset has seconds', () => {
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 });
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (minutes, zone) => {
        const at = new Date(minutes * 60_000);
        // Minutes cannot carry an offset with seconds (Africa/Monrovia was UTC−0:44:30 until 1972).
        fc.pre(utcOffsetSeconds(at, zone) % 60 === 0);
        const local = instantToZoned(at, zone);
        const back = zonedToInstant(local, zone);
        if (localTimeKind(local, zone) === 'repeated') expect(back.getTime()).toBeLessThanOrEqual(at.getTime());
        else expect(back.toISOString()).toBe(at.toISOString());
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Date for UTC', () => {
    fc.assert(
      fc.property(localDateTime, (local) => {
        expect(zonedToInstant(local, 'UTC').getTime()).toBe(Date.parse(`${local}Z`));
      }),
    );
  });

  it('undoes a wall-clock move by moving back', () => {
    fc.assert(
      fc.property(localDateTime, fc.integer({ min: -1_000_000, max: 1_000_000 }), (local, minutes) => {
        expect(addMinutesLocal(addMinutesLocal(local, minutes), -minutes)).toBe(local);
      }),
    );
  });
});
