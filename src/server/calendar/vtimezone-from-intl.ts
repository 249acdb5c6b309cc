/*
 * A VTIMEZONE built from the runtime's own zone rules (Intl), for the zones whose published block
 * does not agree with them (see vtimezone.ts). Such zones change their offsets on dates no yearly
 * rule describes, so the block lists each change as its own observance with its DTSTART, as RFC
 * 5545 allows, covering only the span the events need: the observance in force at the earliest
 * instant (from its real onset when that lies within a year, else from a year before) and every
 * change up to the latest instant.
 *
 * Changes are found by reading the offset once a day and narrowing each change down to the second,
 * so two changes within one day would be missed; no rule in force today makes such a pair.
 */
import ICAL from 'ical.js';
import { utcOffsetSeconds } from '#domain/zoned-time';

type Component = InstanceType<typeof ICAL.Component>;

interface Change {
  at: number;
  fromSeconds: number;
  toSeconds: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 366 * DAY_MS;

export function vtimezoneFromIntl(timeZone: string, instants: readonly Date[]): Component {
  if (instants.length === 0) throw new RangeError('A VTIMEZONE needs at least one instant to cover');
  // Whole seconds, so that the search below steps on whole seconds too.
  const times = instants.map((instant) => Math.floor(instant.getTime() / 1000) * 1000);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const searchFrom = first - YEAR_MS;
  const changes = findChanges(timeZone, searchFrom, last);
  const before = changes.filter((change) => change.at <= first);
  const inForce = before.at(-1) ?? unchangedSince(timeZone, searchFrom);

  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', timeZone);
  for (const change of [inForce, ...changes.filter((change) => change.at > first)]) {
    vtimezone.addSubcomponent(observance(change));
  }
  return vtimezone;
}

/** Every change of offset in (from, to], each at the first second of its new offset. */
function findChanges(timeZone: string, from: number, to: number): Change[] {
  const changes: Change[] = [];
  const offsetAt = (time: number) => utcOffsetSeconds(new Date(time), timeZone);
  let previous = from;
  let previousOffset = offsetAt(from);
  while (previous < to) {
    const next = Math.min(previous + DAY_MS, to);
    const nextOffset = offsetAt(next);
    if (nextOffset !== previousOffset) {
      let low = previous; // still the old offset
      let high = next; // already the new one
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(middle) === previousOffset) low = middle;
        else high = middle;
      }
      changes.push({ at: high, fromSeconds: previousOffset, toSeconds: offsetAt(high) });
    }
    previous = next;
    previousOffset = nextOffset;
  }
  return changes;
}

/** No change in the year before the first instant: one observance from the start of that year. */
function unchangedSince(timeZone: string, since: number): Change {
  const offset = utcOffsetSeconds(new Date(since), timeZone);
  return { at: since, fromSeconds: offset, toSeconds: offset };
}

/**
 * DTSTART is the onset as the clocks showed it just before, in TZOFFSETFROM (RFC 5545, 3.6.5).
 * Clocks going forward start a DAYLIGHT observance, anything else a STANDARD one.
 */
function observance(change: Change): Component {
  const kind = change.toSeconds > change.fromSeconds ? 'daylight' : 'standard';
  const component = new ICAL.Component(kind);
  const wall = new Date(change.at + change.fromSeconds * 1000);
  const onset = ICAL.Time.fromData({
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    isDate: false,
  });
  component.addPropertyWithValue('dtstart', onset);
  component.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(change.fromSeconds));
  component.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(change.toSeconds));
  return component;
}
