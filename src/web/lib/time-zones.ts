/** The IANA zones this browser knows, for the searchable list; computed once. */
let zones: readonly string[] | undefined;

export function timeZoneList(): readonly string[] {
  if (!zones) {
    const known = Intl.supportedValuesOf('timeZone');
    // Chromium lists UTC under its own name only in some versions; it is a valid choice everywhere.
    zones = known.includes('UTC') ? known : [...known, 'UTC'];
  }
  return zones;
}

/** The zone this device runs in, as the browser reports it. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * What the user typed, as a zone id when it plainly names one: "oslo" or "new york" become
 * Europe/Oslo and America/New_York. Anything unclear is returned as typed, for the check to explain.
 */
export function resolveTimeZone(text: string): string {
  const typed = text.trim();
  const list = timeZoneList();
  if (list.includes(typed)) return typed;
  const key = typed.toLowerCase().replace(/\s+/g, '_');
  const sameId = list.find((zone) => zone.toLowerCase() === key);
  if (sameId) return sameId;
  const sameCity = list.filter((zone) => zone.toLowerCase().split('/').pop() === key);
  return sameCity.length === 1 && sameCity[0] ? sameCity[0] : typed;
}

/** "Central European Time", "Mitteleuropäische Zeit": the zone as people name it, else its id. */
export function timeZoneName(zone: string, locale: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((piece) => piece.type === 'timeZoneName')?.value;
    // Zones without a common name come back as "GMT+07:00"; the city then says more.
    return part && !/^(GMT|UTC)[+-]/.test(part) ? part : cityOf(zone);
  } catch {
    return zone;
  }
}

/** "America/New_York" → "New York". */
export function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
