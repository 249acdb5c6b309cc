/*
 * vCard is read with ical.js (Mozilla's, maintained, used by Thunderbird): it implements RFC 6350
 * (vCard 4.0) and vCard 3.0 as well as RFC 5545, so the iCalendar export later uses the same
 * library. Only the mapping onto ImportedContact is written here. ical.js reports neither lines
 * nor which card failed, so vcard-cards.ts splits the file and counts lines, and each card is
 * handed to ical.js on its own (that also keeps one card's version from leaking into the next,
 * which ical.js does when given several cards at once).
 */
import ICAL from 'ical.js';
import { cleanTags, emptyContact, isLinkedInUrl, joinNonEmpty, uniqueNonEmpty } from './contact-fields.ts';
import { ParseError, type ImportedContact } from './imported-contact.ts';
import { splitVCards, type ContentLine, type RawCard } from './vcard-cards.ts';

/** A jCal property: [name, parameters, value type, ...values]. */
type Property = [string, unknown, unknown, ...unknown[]];

// ical.js takes time quadratic in the length of a property's name and parameters (the part
// before the first ':'); no real card comes near this, and a crafted one must not stall the server.
const maxPropertyHeadLength = 2000;

export function parseVCards(text: string): ImportedContact[] {
  if (text.trim() === '') throw new ParseError('empty_file', 1);
  return splitVCards(text).map(parseCard);
}

function parseCard(card: RawCard): ImportedContact {
  const version = card.contentLines.find((content) => /^version:/i.test(content.text));
  if (version && version.text.slice('version:'.length).trim() === '2.1') {
    throw new ParseError('unsupported_vcard_version', version.line, 'VERSION', 'vCard 2.1; export as vCard 3.0 or 4.0');
  }
  for (const content of card.contentLines) {
    const colon = content.text.indexOf(':');
    if ((colon === -1 ? content.text.length : colon) > maxPropertyHeadLength) {
      throw new ParseError('malformed_vcard', content.line, undefined, 'property name and parameters are too long');
    }
  }
  let jCal: unknown;
  try {
    jCal = ICAL.parse(card.text);
  } catch {
    throw locateError(card, version?.text.trim().toLowerCase() === 'version:4.0');
  }
  if (!Array.isArray(jCal) || jCal[0] !== 'vcard' || !Array.isArray(jCal[1])) {
    throw new ParseError('malformed_vcard', card.line, undefined, 'not a vCard');
  }
  return toContact(card.line, jCal[1].filter(isProperty));
}

/** ical.js says what is wrong but not where: try the card's lines one by one. */
function locateError(card: RawCard, isVersion4: boolean): ParseError {
  const designSet = isVersion4 ? ICAL.design.getDesignSet('vcard') : ICAL.design.vcard3;
  const bad = card.contentLines.find((content) => !isParsable(content, designSet));
  if (!bad) return new ParseError('malformed_vcard', card.line, undefined, 'ical.js refused the card');
  const name = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?(?=[;:])/.exec(bad.text)?.[0].toUpperCase();
  return new ParseError('malformed_vcard', bad.line, name, 'ical.js refused this line');
}

function isParsable(content: ContentLine, designSet: ReturnType<typeof ICAL.design.getDesignSet>): boolean {
  try {
    ICAL.parse.property(content.text, designSet);
    return true;
  } catch {
    return false;
  }
}

function toContact(line: number, properties: Property[]): ImportedContact {
  const all = (name: string) => properties.filter((property) => property[0] === name);
  const texts = (name: string) => all(name).flatMap((property) => property.slice(3).flatMap(flattenText));
  const firstParts = (name: string, listSeparator: string) => {
    const parts = all(name).map((property) => structuredParts(property, listSeparator));
    return parts.find((candidate) => candidate.some((part) => part.trim() !== '')) ?? [];
  };
  const [family = '', given = '', additional = ''] = firstParts('n', ' ');
  const emails = uniqueNonEmpty(texts('email').map((email) => email.replace(/^mailto:/i, '')));
  const name =
    texts('fn')
      .find((fn) => fn.trim() !== '')
      ?.trim() ||
    joinNonEmpty(' ', given, additional, family) ||
    (emails[0] ?? '');
  if (name === '') throw new ParseError('missing_name', line, 'FN', 'the card has no FN, N or EMAIL');
  const address = firstParts('adr', ', ');
  // Google escapes ':' in URLs ("https\://"), which vCard 3.0 does not ask for.
  const urls = [...texts('url'), ...texts('x-socialprofile')].map((url) => url.replace(/\\([:;,\\])/g, '$1'));
  return {
    ...emptyContact(line),
    name,
    title: (texts('title')[0] ?? '').trim(),
    organisation: (firstParts('org', ' ')[0] ?? '').trim(),
    emails,
    phones: uniqueNonEmpty(texts('tel').map((tel) => tel.replace(/^tel:/i, ''))),
    linkedinUrl: urls.find(isLinkedInUrl)?.trim() ?? '',
    notes: texts('note')
      .map((note) => note.trim())
      .filter((note) => note !== '')
      .join('\n\n'),
    tags: cleanTags(texts('categories')),
    // ADR is post office box; extended; street; locality; region; postal code; country.
    location: joinNonEmpty(', ', address[3] ?? '', address[6] ?? ''),
  };
}

function isProperty(value: unknown): value is Property {
  return Array.isArray(value) && value.length >= 3 && typeof value[0] === 'string';
}

/** Multi-valued text (CATEGORIES:a,b) comes as several values; structured text as arrays. */
function flattenText(value: unknown): string[] {
  // vCard 3.0 writers escape ';' and ':' in any text ("e-mail\; not phone"); ical.js leaves those
  // backslashes in values that are not structured.
  if (typeof value === 'string') return [value.replace(/\\([;:])/g, '$1')];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(flattenText);
  return [];
}

/** N, ORG, ADR: one part per ';'-separated component; a component that lists several is joined. */
function structuredParts(property: Property, listSeparator: string): string[] {
  const value = property[3];
  if (!Array.isArray(value)) return flattenText(value);
  return value.map((part) => flattenText(part).join(listSeparator));
}
