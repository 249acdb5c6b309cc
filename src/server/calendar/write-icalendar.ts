/*
 * An iCalendar object as text. ical.js writes each property (escaping of TEXT values, the formats
 * of dates, durations and offsets, parameters), and Rapport writes the lines: ical.js folds a
 * continuation line to 75 octets plus its leading space, one more than RFC 5545 (3.1) allows, so
 * each property is taken unfolded and folded by `foldLine` (75 octets, space included, never inside
 * a UTF-8 character; src/server/content-lines.ts, shared with the vCard export). Lines end in CRLF.
 */
import ICAL from 'ical.js';
import { foldLine, LINE_END } from '../content-lines.ts';

type Component = InstanceType<typeof ICAL.Component>;

export const ICALENDAR_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/**
 * ical.js's design set, taught the feed's name (X-WR-CALNAME, a de facto standard it does not
 * know) as TEXT, so that it is escaped like SUMMARY without a VALUE=TEXT parameter that some
 * programs would not expect there.
 */
const designSet = (() => {
  const base = ICAL.design.getDesignSet('icalendar');
  return { ...base, property: { ...base.property, 'x-wr-calname': { defaultType: 'text' } } };
})();

export function writeICalendar(component: Component): string {
  return contentLines(component).map(foldLine).join(LINE_END) + LINE_END;
}

function contentLines(component: Component): string[] {
  const name = component.name.toUpperCase();
  const properties = component
    .getAllProperties()
    .map((property) =>
      ICAL.stringify.property(property.toJSON() as Parameters<typeof ICAL.stringify.property>[0], designSet, true),
    );
  return [`BEGIN:${name}`, ...properties, ...component.getAllSubcomponents().flatMap(contentLines), `END:${name}`];
}
