/*
 * Calendar files (iCalendar, RFC 5545): one meeting to download, and the feed a calendar program
 * subscribes to. ical.js builds the properties and escapes their values; write-icalendar.ts writes
 * and folds the lines; vtimezone.ts supplies the zone definitions.
 *
 * A meeting's time is written as the user agreed it: DTSTART;TZID=Europe/Oslo:20261201T100000,
 * with the zone's VTIMEZONE in the same file, so that a calendar program shows 10:00 in Oslo even
 * if Norway changes its rules later. Exceptions, each written in UTC instead (DTSTART:…Z):
 * - a meeting in UTC (or a name for it such as Etc/UTC), which needs no VTIMEZONE;
 * - a wall-clock time that happens twice (the hour repeated when clocks go back): RFC 5545 says the
 *   first, but programs differ (ical.js takes the second), and UTC has one reading only.
 * A time in the hour skipped when clocks go forward is written as the time after the gap, the
 * instant zonedToInstant gives it.
 *
 * The length is DURATION (PT20M), not DTEND: the user chose a length, the end follows from the
 * start's instant so it cannot fall in a gap or before the start, and moving a meeting rewrites
 * one property. Google, Apple, Outlook and Thunderbird read it; RFC 5545 allows either.
 *
 * Lossy: a carriage return in a text becomes a line feed (iCalendar escapes only the line feed) and
 * other control characters but the tab are dropped (TEXT may not hold them); a URL's spaces and
 * control characters are percent-encoded; DTSTAMP keeps whole seconds.
 */
import ICAL from 'ical.js';
import {
  addMinutesLocal,
  instantToZoned,
  isKnownTimeZone,
  isUtcTimeZone,
  localTimeKind,
  zonedToInstant,
  type LocalDateTime,
} from '#domain/zoned-time';
import { vtimezoneFor } from './vtimezone.ts';
import { writeICalendar } from './write-icalendar.ts';

type Component = InstanceType<typeof ICAL.Component>;

export { ICALENDAR_MEDIA_TYPE } from './write-icalendar.ts';

export interface IcsMeeting {
  uid: string;
  sequence: number;
  start: LocalDateTime;
  timeZone: string;
  durationMinutes: number;
  summary: string;
  location: string;
  description: string;
  url: string | null;
  cancelled: boolean;
  /** When the meeting was last changed: DTSTAMP. */
  stamp: Date;
}

export interface IcsDueAction {
  uid: string;
  day: string /* YYYY-MM-DD */;
  summary: string;
  description: string;
}

export interface IcsFeed {
  name: string;
  meetings: IcsMeeting[];
  dueActions: IcsDueAction[];
  /** DTSTAMP of the due actions, which have no time of change of their own; now by default. */
  stamp?: Date;
}

export const ICS_PRODUCT_ID = '-//Rapport//Rapport//EN';

/** How often a subscribed feed asks to be read again (RFC 7986's REFRESH-INTERVAL, Microsoft's X-PUBLISHED-TTL). */
const FEED_REFRESH = 'PT1H';

/** One meeting as a file of its own: METHOD:PUBLISH, or METHOD:CANCEL once it is cancelled. */
export function meetingIcs(meeting: IcsMeeting): string {
  const calendar = newCalendar();
  calendar.addPropertyWithValue('method', meeting.cancelled ? 'CANCEL' : 'PUBLISH');
  const placed = placeMeeting(meeting);
  addTimezones(calendar, [placed]);
  calendar.addSubcomponent(meetingEvent(meeting, placed));
  return writeICalendar(calendar);
}

/**
 * Every meeting (the cancelled ones too, with STATUS:CANCELLED, so that a subscribed calendar
 * shows them as cancelled rather than keeping the old entry) and every due action as an all-day
 * entry that does not block the day. No METHOD: a feed is published, not sent.
 */
export function feedIcs(input: IcsFeed): string {
  const calendar = newCalendar();
  addText(calendar, 'x-wr-calname', input.name);
  calendar.addPropertyWithValue('x-published-ttl', FEED_REFRESH);
  // ical.js does not know REFRESH-INTERVAL; RFC 7986 wants its VALUE=DURATION spelt out.
  calendar.addProperty(new ICAL.Property(['refresh-interval', {}, 'duration', FEED_REFRESH]));
  const placed = input.meetings.map((meeting) => ({ meeting, start: placeMeeting(meeting) }));
  const starts = placed.map(({ start }) => start);
  addTimezones(calendar, starts);
  for (const { meeting, start } of placed) calendar.addSubcomponent(meetingEvent(meeting, start));
  const stamp = input.stamp ?? new Date();
  for (const action of input.dueActions) calendar.addSubcomponent(dueActionEvent(action, stamp));
  return writeICalendar(calendar);
}

type PlacedStart = { timeZone: null; instant: Date } | { timeZone: string; local: LocalDateTime; instant: Date };

function placeMeeting(meeting: IcsMeeting): PlacedStart {
  requireUid(meeting.uid);
  if (!isKnownTimeZone(meeting.timeZone)) throw new RangeError(`Unknown time zone: ${meeting.timeZone}`);
  if (!Number.isInteger(meeting.durationMinutes) || meeting.durationMinutes <= 0) {
    throw new RangeError(`Not a length in minutes: ${meeting.durationMinutes}`);
  }
  if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0) {
    throw new RangeError(`Not a SEQUENCE: ${meeting.sequence}`);
  }
  const instant = zonedToInstant(meeting.start, meeting.timeZone);
  if (isUtcTimeZone(meeting.timeZone)) return { timeZone: null, instant };
  const local = instantToZoned(instant, meeting.timeZone);
  if (localTimeKind(local, meeting.timeZone) === 'repeated') return { timeZone: null, instant };
  return { timeZone: meeting.timeZone, local, instant };
}

function newCalendar(): Component {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', ICS_PRODUCT_ID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  return calendar;
}

/** One VTIMEZONE per zone written with TZID, covering every start in that zone. */
function addTimezones(calendar: Component, placed: readonly PlacedStart[]): void {
  const startsByZone = new Map<string, LocalDateTime[]>();
  for (const start of placed) {
    if (start.timeZone === null) continue;
    const starts = startsByZone.get(start.timeZone) ?? [];
    starts.push(start.local);
    startsByZone.set(start.timeZone, starts);
  }
  for (const [timeZone, starts] of startsByZone) calendar.addSubcomponent(vtimezoneFor(timeZone, starts));
}

function meetingEvent(meeting: IcsMeeting, placed: PlacedStart): Component {
  const event = new ICAL.Component('vevent');
  addText(event, 'uid', meeting.uid);
  event.addPropertyWithValue('sequence', meeting.sequence);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(meeting.stamp, true));
  if (placed.timeZone === null) {
    event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(placed.instant, true));
  } else {
    const dtstart = event.addPropertyWithValue('dtstart', floatingTime(placed.local));
    dtstart.setParameter('tzid', placed.timeZone);
  }
  event.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(meeting.durationMinutes * 60));
  addText(event, 'summary', meeting.summary);
  addText(event, 'location', meeting.location);
  addText(event, 'description', meeting.description);
  if (meeting.url) event.addPropertyWithValue('url', uriText(meeting.url));
  if (meeting.cancelled) event.addPropertyWithValue('status', 'CANCELLED');
  return event;
}

function dueActionEvent(action: IcsDueAction, stamp: Date): Component {
  requireUid(action.uid);
  if (!isCalendarDay(action.day)) throw new RangeError(`Not a day: ${action.day}`);
  const event = new ICAL.Component('vevent');
  addText(event, 'uid', action.uid);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(stamp, true));
  event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(action.day));
  // DTEND is exclusive: an all-day entry on 1 December ends on 2 December.
  event.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(action.day)));
  addText(event, 'summary', action.summary);
  addText(event, 'description', action.description);
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  return event;
}

function requireUid(uid: string): void {
  if (calendarText(uid).trim() === '') throw new RangeError('An event needs a UID');
}

function isCalendarDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && addMinutesLocal(`${day}T00:00`, 0) === `${day}T00:00`;
}

function nextDay(day: string): string {
  return addMinutesLocal(`${day}T00:00`, 24 * 60).slice(0, 10);
}

function floatingTime(local: LocalDateTime) {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

/** A TEXT property, left out when empty. */
function addText(component: Component, name: string, value: string): void {
  const text = calendarText(value);
  if (text === '') return;
  const property = new ICAL.Property(name, component);
  property.resetType('text');
  property.setValue(text);
  component.addProperty(property);
}

/** iCalendar escapes a line feed but has no escape for a carriage return or other controls. */
function calendarText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** A URI is written as it is (no escaping), so nothing in it may end or break the line. */
function uriText(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, (character) => encodeURIComponent(character));
}
