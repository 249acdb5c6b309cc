/*
 * Wall-clock times in named time zones, with nothing but Intl. A meeting is agreed as "10:00 in
 * Oslo", not as an instant: Rapport keeps the local time and the zone the user chose, and derives
 * the instant when it needs one (reminders, ordering, a calendar file in UTC). The zone rules are
 * the runtime's own (ICU's copy of the IANA database), the same the browser shows times with.
 */

/** A wall-clock time without a zone: 'YYYY-MM-DDTHH:mm'. */
export type LocalDateTime = string;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
// Every segment of an IANA name starts with a capital letter (Etc/GMT+5, America/Port-au-Prince).
const ZONE_NAME = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function isLocalDateTime(value: unknown): value is LocalDateTime {
  return typeof value === 'string' && parseLocal(value) !== null;
}

/** Names found to be known; only those, so that junk input cannot grow the set. */
const knownZones = new Set<string>();

/**
 * An IANA zone name the runtime knows, spelt as the database spells it ('UTC' included). Links such
 * as Asia/Calcutta or US/Eastern count: browsers still report some of them as the user's zone.
 * 'europe/oslo' is refused although Intl accepts it, because calendar programs match TZIDs exactly.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (typeof zone !== 'string' || !ZONE_NAME.test(zone)) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  const known = resolved === zone || resolved.toLowerCase() !== zone.toLowerCase();
  if (known) knownZones.add(zone);
  return known;
}

/** Zones that are UTC under another name: a calendar file writes their times in the 'Z' form. */
export function isUtcTimeZone(zone: string): boolean {
  if (zone === 'UTC' || zone === 'Etc/UTC') return true;
  return isKnownTimeZone(zone) && formatterFor(zone).resolvedOptions().timeZone === 'UTC';
}

/**
 * The instant at which the clocks in `timeZone` show `local`.
 *
 * - In a gap (the hour skipped when clocks go forward, e.g. 2026-03-29T02:30 in Europe/Oslo) the
 *   time does not exist; it is read with the offset in force before the gap, which lands as far
 *   after the gap as it was into it (03:30 local). A meeting set in the gap keeps its place in the
 *   day instead of failing or jumping back.
 * - In an overlap (the hour repeated when clocks go back, e.g. 2026-10-25T02:30 in Europe/Oslo)
 *   the earlier of the two instants is taken (02:30 summer time).
 *
 * Both are the rules of RFC 5545 (3.3.5) and of Temporal's 'compatible' disambiguation.
 * Throws a RangeError for a malformed local time or an unknown zone.
 */
export function zonedToInstant(local: LocalDateTime, timeZone: string): Date {
  const { wallMs, offsetBefore, instants } = possibleInstants(local, timeZone);
  return new Date(instants[0] ?? wallMs - offsetBefore);
}

/**
 * Whether the clocks in `timeZone` show `local` once ('exists'), never ('skipped', a gap) or twice
 * ('repeated', an overlap). A screen can warn about the last two; a calendar file writes a repeated
 * time in UTC, because calendar programs disagree on which of the two they take.
 */
export function localTimeKind(local: LocalDateTime, timeZone: string): 'exists' | 'skipped' | 'repeated' {
  const { instants } = possibleInstants(local, timeZone);
  if (instants.length === 0) return 'skipped';
  return instants.length === 1 ? 'exists' : 'repeated';
}

/**
 * The instants at which `timeZone` shows `local`, earliest first (none in a gap, two in an overlap).
 * The offsets around `local` are read a day before and after it, which assumes no zone changes its
 * offset twice within two days, which holds for every rule in force today.
 */
function possibleInstants(local: LocalDateTime, timeZone: string) {
  const wall = parseLocal(local);
  if (!wall) throw new RangeError(`Not a local date and time: ${local}`);
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const wallMs = wallClockMs(wall);
  const offsetBefore = offsetMsAt(timeZone, wallMs - DAY_MS);
  const offsetAfter = offsetMsAt(timeZone, wallMs + DAY_MS);
  const instants = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallMs - offset)
    .filter((instant) => offsetMsAt(timeZone, instant) === wallMs - instant)
    .sort((a, b) => a - b);
  return { wallMs, offsetBefore, instants };
}

/**
 * What the clocks in `timeZone` show at `instant`, to the minute: seconds are dropped, including
 * those of the few offsets that had some (Africa/Monrovia was UTC−0:44:30 until 1972).
 */
export function instantToZoned(instant: Date, timeZone: string): LocalDateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return formatLocal(wallClockAt(timeZone, instant.getTime()));
}

/** The zone's offset from UTC at `instant`, in seconds (east positive; a few old offsets have seconds). */
export function utcOffsetSeconds(instant: Date, timeZone: string): number {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return offsetMsAt(timeZone, instant.getTime()) / 1000;
}

/**
 * `local` moved by a number of minutes on the wall clock, as if there were no time zone: 23:50 plus
 * 20 minutes is 00:10 the next day, whatever the clocks do that night.
 */
export function addMinutesLocal(local: LocalDateTime, minutes: number): LocalDateTime {
  const wall = parseLocal(local);
  if (!wall) throw new RangeError(`Not a local date and time: ${local}`);
  if (!Number.isInteger(minutes)) throw new RangeError(`Not a whole number of minutes: ${minutes}`);
  const moved = new Date(wallClockMs(wall) + minutes * MINUTE_MS);
  return formatLocal({
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
    hour: moved.getUTCHours(),
    minute: moved.getUTCMinutes(),
  });
}

function parseLocal(value: string): WallClock | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, hour, minute };
}

function daysInMonth(year: number, month: number): number {
  return new Date(wallClockMs({ year, month: month + 1, day: 0, hour: 0, minute: 0 })).getUTCDate();
}

/** The wall clock read as if it were UTC; setUTCFullYear keeps years below 100 as they are. */
function wallClockMs(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, 0, 0);
  return date.getTime();
}

function formatLocal(wall: WallClock): LocalDateTime {
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(timeZone: string, instantMs: number): WallClock & { second: number } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (some old offsets have seconds). */
function offsetMsAt(timeZone: string, instantMs: number): number {
  const wall = wallClockAt(timeZone, instantMs);
  const wallMs = wallClockMs(wall) + wall.second * 1000;
  return wallMs - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}
