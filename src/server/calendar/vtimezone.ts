/*
 * The VTIMEZONE block that tells a calendar program what a TZID means. Google and Apple look the
 * TZID up in their own copy of the IANA database; Outlook reads the block, and only understands one
 * STANDARD and one DAYLIGHT observance that repeat yearly by RRULE from 1970 (explicit dates, RDATE
 * or several observances of a kind make it fall back to UTC or shift the times).
 *
 * So the block comes from timezones-ical-library, which ships exactly that shape for every IANA
 * name (vzic's Outlook-compatible output). Two corrections:
 * - It answers with the block of the canonical zone (Europe/Berlin for Europe/Oslo): the TZID and
 *   X-LIC-LOCATION are set back to the name the user chose, which the events refer to.
 * - Its yearly rules are a simplification and its database may be newer or older than the
 *   runtime's. Rapport computes instants with Intl (zonedToInstant), so the block is checked
 *   against Intl for every start it has to explain; where the two disagree (the Moroccan zones,
 *   whose Ramadan changes no yearly rule can describe, or a zone whose rules changed between the
 *   two copies), the block is built from Intl instead, with one observance per transition.
 */
import ICAL from 'ical.js';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { zonedToInstant, type LocalDateTime } from '#domain/zoned-time';
import { vtimezoneFromIntl } from './vtimezone-from-intl.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

interface LibraryZone {
  jCal: unknown[];
  timezone: Timezone;
}

/**
 * The VTIMEZONE for `timeZone` under that very TZID, right for each of `starts`: wall-clock times
 * that exist exactly once in the zone (a repeated time cannot be checked, see ics.ts).
 */
export function vtimezoneFor(timeZone: string, starts: readonly LocalDateTime[]): Component {
  const instants = starts.map((start) => zonedToInstant(start, timeZone));
  const library = libraryZone(timeZone);
  if (library && starts.every((start, index) => readsAs(library.timezone, start, instants[index] as Date))) {
    return new ICAL.Component(structuredClone(library.jCal) as ConstructorParameters<typeof ICAL.Component>[0]);
  }
  return vtimezoneFromIntl(timeZone, instants);
}

/** Whether the block reads the wall-clock time `local` as the instant Rapport computed. */
function readsAs(timezone: Timezone, local: LocalDateTime, instant: Date): boolean {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const time = new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, timezone);
  return time.toUnixTime() * 1000 === instant.getTime();
}

let libraryNames: Set<string> | undefined;
const libraryZones = new Map<string, LibraryZone | null>();

function libraryZone(timeZone: string): LibraryZone | null {
  let zone = libraryZones.get(timeZone);
  if (zone === undefined) {
    zone = readLibraryZone(timeZone);
    libraryZones.set(timeZone, zone);
  }
  return zone;
}

function readLibraryZone(timeZone: string): LibraryZone | null {
  // The library writes "Given time zone not valid." to stderr for a name it lacks: ask first.
  libraryNames ??= new Set(tzlib_get_timezones() as string[]);
  if (!libraryNames.has(timeZone)) return null;
  const answer = tzlib_get_ical_block(timeZone);
  const block = Array.isArray(answer) ? answer[0] : undefined;
  if (!block) return null;
  const component = new ICAL.Component(ICAL.parse(block) as ConstructorParameters<typeof ICAL.Component>[0]);
  if (component.name !== 'vtimezone') return null;
  component.updatePropertyWithValue('tzid', timeZone);
  component.updatePropertyWithValue('x-lic-location', timeZone);
  return { jCal: component.toJSON() as unknown[], timezone: new ICAL.Timezone(component) };
}
