/*
 * Contacts as vCard 4.0 (RFC 6350). ical.js builds each property and writes its value (escaping
 * of text, structured and list values, the timestamp format), and Rapport writes the lines itself:
 * ical.js folds a continuation line to 75 octets plus the leading space, one more than RFC 6350
 * allows, so each property is taken unfolded from ical.js and folded here at 75 octets, space
 * included, never inside a UTF-8 character. Lines end in CRLF.
 *
 * What goes where:
 *   FN            name                 N           name split best-effort (last word = family name)
 *   ORG           organisation         TITLE       title
 *   EMAIL, TEL    each one             URL         LinkedIn profile
 *   ADR           location, as the locality (how Google and Apple show a town)
 *   NOTE          notes                CATEGORIES  tags
 *   UID           urn:uuid:<id>        REV         last change
 * vCard has no property for the rest, so they are X-RAPPORT-* (VALUE=TEXT, so that any reader
 * unescapes them): PRONUNCIATION (vCard 4 knows only the SORT-AS parameter and, since RFC 9554, a
 * PHONETIC parameter for a script such as IPA, not the "ING-rid" spelling users write), OTHER-TITLE
 * (one per title), FIELD, ORGANISATION-RELATION, HOW-KNOWN, MET-ON, MET-WHERE, INTRODUCED-BY (the
 * introducer's UID, which is in the same file) and MAY-USE-INTRODUCER-NAME.
 *
 * Lossy (vcard-export.test.ts checks this list): the organisation's id (ORG carries its name),
 * version and createdAt are not written; REV keeps updatedAt to the second; a carriage return in a
 * value becomes a line feed (vCard escapes only the line feed). N is derived from the name, so it
 * is not read back. ical.js's parser (not its writer) misreads a tag or a location that ends in a
 * backslash: it takes the "\\," that follows for an escaped comma.
 */
import ICAL from 'ical.js';
import type { Contact } from '#domain/contact';
import { foldLine, LINE_END } from '../content-lines.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const VCARD_MEDIA_TYPE = 'text/vcard; charset=utf-8';

/** Every contact as one vCard 4.0 card, in the given order. */
export function serializeVCards(contacts: readonly Contact[]): string {
  return contacts.map(serializeVCard).join('');
}

export function serializeVCard(contact: Contact): string {
  const card = new ICAL.Component('vcard');
  const designSet = ICAL.design.getDesignSet('vcard');
  const add = (name: string, value: string | string[], type?: string) => {
    const property = new ICAL.Property(name, card);
    if (type) property.resetType(type);
    if (Array.isArray(value) && name === 'categories') property.setValues(value.map(plainText));
    else property.setValue(Array.isArray(value) ? value.map(plainText) : plainText(value));
    card.addProperty(property);
  };
  const addText = (name: string, value: string) => {
    if (value !== '') add(name, value);
  };
  const addExtension = (name: string, value: string) => {
    if (value !== '') add(`x-rapport-${name}`, value, 'text');
  };

  add('version', '4.0');
  add('fn', contact.name);
  add('n', nameParts(contact.name));
  // ORG is structured (name;unit;…): given as a list, a ';' in the name is escaped.
  if (contact.organisation !== '') add('org', [contact.organisation]);
  addText('title', contact.title);
  for (const email of contact.emails) add('email', email);
  // TEL is a tel: URI by default in vCard 4; a number as the user typed it is text.
  for (const phone of contact.phones) add('tel', phone, 'text');
  addText('url', contact.linkedinUrl);
  if (contact.location !== '') add('adr', ['', '', '', contact.location, '', '', '']);
  addText('note', contact.notes);
  if (contact.tags.length > 0) add('categories', contact.tags);
  add('uid', uidOf(contact.id));
  add('rev', contact.updatedAt.replace(/\.\d+Z$/, 'Z'));
  addExtension('pronunciation', contact.pronunciation);
  for (const title of contact.otherTitles) addExtension('other-title', title);
  addExtension('field', contact.field);
  addExtension('organisation-relation', contact.organisationRelation);
  addExtension('how-known', contact.howKnown);
  addExtension('met-on', contact.metOn);
  addExtension('met-where', contact.metWhere);
  if (contact.introducedById) addExtension('introduced-by', uidOf(contact.introducedById));
  if (contact.mayUseIntroducerName) addExtension('may-use-introducer-name', 'yes');

  const lines = card.getAllProperties().map((property) => ICAL.stringify.property(property.toJSON(), designSet, true));
  return ['BEGIN:VCARD', ...lines, 'END:VCARD'].map(foldLine).join(LINE_END) + LINE_END;
}

/** The UID of a contact: a URN for a UUID, as RFC 6350 recommends, else the id as it is. */
export function uidOf(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : id;
}

/**
 * N wants family and given names apart; Rapport keeps one name as the user wrote it. The last word
 * is taken as the family name: right for most names in the four languages, and FN keeps the truth.
 */
function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  return [family, words.join(' '), '', '', ''];
}

/** vCard escapes a line feed but has no escape for a carriage return, which would end the line. */
function plainText(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}
