import { holidayCountries, type HolidayCountry } from '#domain/business-days';
import { isKnownTimeZone } from '#domain/zoned-time';

/** The country whose holidays each language most likely means, when the browser names no region. */
const countryOfLanguage: Record<string, HolidayCountry> = { nb: 'NO', no: 'NO', nn: 'NO', de: 'DE', id: 'ID' };

/**
 * The holiday calendar to suggest before the user chooses one: the region of their first browser
 * language if Rapport knows it ("en-GB" → GB, "de-AT" → none, so DE by language), else by language,
 * else the United States (the most common reader of English).
 */
export function suggestCountry(preferredLanguages: readonly string[]): HolidayCountry {
  for (const tag of preferredLanguages) {
    const [language = '', region = ''] = tag.toLowerCase().split(/[-_]/);
    const upperRegion = region.toUpperCase();
    if ((holidayCountries as readonly string[]).includes(upperRegion)) return upperRegion as HolidayCountry;
    const byLanguage = countryOfLanguage[language];
    if (byLanguage) return byLanguage;
  }
  return 'US';
}

/**
 * The zone to count days in before the user chooses one. In local mode the server runs on the
 * user's own machine, so its zone is theirs; a server deployment asks each user in Settings.
 */
export function serverTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}
