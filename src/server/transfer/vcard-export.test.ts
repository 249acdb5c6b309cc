import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { howKnownOptions, organisationRelations, type Contact } from '#domain/contact';
import { foldLine } from '../content-lines.ts';
import { serializeVCard, serializeVCards } from './vcard-export.ts';
import { parseVCards } from './vcard.ts';

function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    name: 'Ingrid Bergersen',
    pronunciation: 'ING-rid BER-ger-sen',
    title: 'UX researcher',
    otherTitles: ['User researcher', 'Design researcher'],
    organisationId: 'b6f1c1de-8a55-4b9e-9b0a-3c2d1e0f9a88',
    organisation: 'NAV; IT, Oslo',
    organisationRelation: 'current_employee',
    field: 'Public sector design',
    location: 'Oslo, Norway',
    emails: ['ingrid@example.no', 'ingrid.b@example.com'],
    phones: ['+47 22 00 00 00', '(0)22 11 22 33'],
    linkedinUrl: 'https://www.linkedin.com/in/ingrid-bergersen',
    howKnown: 'alumni',
    metOn: '2024-03-12',
    metWhere: 'Alumni evening, Blindern',
    introducedById: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    mayUseIntroducerName: true,
    tags: ['design', 'has, comma', 'semi;colon'],
    notes: 'First line\nSecond line with \\ backslash, "quotes" and æøå 🚀\r\nWindows line',
    version: 4,
    createdAt: '2024-03-12T08:00:00.000Z',
    updatedAt: '2026-11-22T10:15:42.123Z',
    ...overrides,
  };
}

/**
 * Reads a card back with ical.js alone, every property Rapport writes, the X-RAPPORT-* ones
 * included: the other half of parse(serialize(x)) == x.
 */
function readBack(text: string): Partial<Contact>[] {
  const parsed = ICAL.parse(text) as unknown[];
  const cards = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return cards.map((jCard) => {
    const card = new ICAL.Component(jCard as unknown as ConstructorParameters<typeof ICAL.Component>[0]);
    const text = (name: string) => String(card.getFirstPropertyValue(name) ?? '');
    const all = (name: string) => card.getAllProperties(name).map((property) => String(property.getFirstValue()));
    const uid = (value: string) => value.replace(/^urn:uuid:/, '');
    const org = card.getFirstPropertyValue('org') as string[] | string | null;
    const adr = card.getFirstPropertyValue('adr') as string[] | null;
    const rev = card.getFirstPropertyValue('rev');
    return {
      id: uid(text('uid')),
      name: text('fn'),
      pronunciation: text('x-rapport-pronunciation'),
      title: text('title'),
      otherTitles: all('x-rapport-other-title'),
      organisation: Array.isArray(org) ? (org[0] ?? '') : (org ?? ''),
      organisationRelation: text('x-rapport-organisation-relation') as Contact['organisationRelation'],
      field: text('x-rapport-field'),
      location: adr?.[3] ?? '',
      emails: all('email'),
      phones: all('tel'),
      linkedinUrl: text('url'),
      howKnown: text('x-rapport-how-known') as Contact['howKnown'],
      metOn: text('x-rapport-met-on'),
      metWhere: text('x-rapport-met-where'),
      introducedById: card.hasProperty('x-rapport-introduced-by') ? uid(text('x-rapport-introduced-by')) : null,
      mayUseIntroducerName: text('x-rapport-may-use-introducer-name') === 'yes',
      tags: card.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
      notes: text('note'),
      updatedAt: rev ? new Date(String(rev)).toISOString() : '',
    };
  });
}

/**
 * What a vCard cannot carry, listed once: the organisation's id (ORG holds its name), the version
 * and createdAt; updatedAt is kept to the second (REV); a carriage return becomes a line feed.
 * Not lost but misread: ical.js's parser takes a tag or a location that ends in a backslash
 * wrongly (the file is right; see the fast-check test).
 */
function withoutLossyFields(original: Contact): Partial<Contact> {
  const { organisationId: _id, version: _version, createdAt: _created, ...rest } = original;
  const plain = (value: unknown): unknown =>
    typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : Array.isArray(value) ? value.map(plain) : value;
  return {
    ...(Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, plain(value)])) as Partial<Contact>),
    updatedAt: rest.updatedAt.replace(/\.\d+Z$/, '.000Z'),
  };
}

describe('vCard 4.0 export', () => {
  it('reads back as what was written, apart from the listed lossy fields', () => {
    const original = contact();
    expect(readBack(serializeVCard(original))).toEqual([withoutLossyFields(original)]);
  });

  it('is read by the vCard importer with the fields it knows', () => {
    const original = contact();
    const [imported] = parseVCards(serializeVCard(original));
    expect(imported).toMatchObject({
      name: original.name,
      title: original.title,
      organisation: original.organisation,
      emails: original.emails,
      phones: original.phones,
      linkedinUrl: original.linkedinUrl,
      tags: original.tags,
      location: original.location,
      notes: original.notes.replace(/\r\n/g, '\n'),
    });
  });

  it('writes VERSION 4.0 first, CRLF line ends, and no line longer than 75 octets', () => {
    const text = serializeVCards([contact(), contact({ id: 'second', notes: 'ø'.repeat(500), tags: [] })]);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(lines.filter((line) => line === 'BEGIN:VCARD')).toHaveLength(2);
  });

  it('folds between characters, never inside one', () => {
    const line = `NOTE:${'a🚀é日'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('leaves out empty fields and names the introducer by UID', () => {
    const text = serializeVCard(
      contact({
        pronunciation: '',
        otherTitles: [],
        organisation: '',
        organisationRelation: '',
        location: '',
        emails: [],
        phones: [],
        linkedinUrl: '',
        howKnown: '',
        metOn: '',
        metWhere: '',
        introducedById: null,
        mayUseIntroducerName: false,
        tags: [],
        notes: '',
        field: '',
        name: 'Cher',
      }),
    );
    expect(text).toMatch(/^N:;Cher;;;$/m);
    expect(text).not.toMatch(/^(ORG|ADR|EMAIL|TEL|URL|NOTE|CATEGORIES|X-RAPPORT-[A-Z-]+)[;:]/m);
    const unfolded = serializeVCard(contact()).replace(/\r\n /g, '');
    expect(unfolded).toContain('X-RAPPORT-INTRODUCED-BY;VALUE=TEXT:urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7');
  });

  it('matches the expected card for a typical contact', () => {
    expect(serializeVCard(contact())).toMatchSnapshot();
  });

  it('round-trips any contact (fast-check)', () => {
    // Any text, with the characters vCard gives a meaning to mixed in.
    const character = fc.oneof(
      fc.constantFrom('\r', '\n', '\r\n', '\t', ',', ';', ':', '\\', '"', '^'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit: character, maxLength: 60 });
    // ical.js's reader (not the writer) splits "a\\,b" at the comma after an escaped backslash, so
    // a list item or ADR part ending in a backslash reads back wrong; left out here, listed above.
    const safeText = text.filter((value) => !value.endsWith('\\'));
    const list = fc.array(
      text.filter((value) => value !== ''),
      { maxLength: 4 },
    );
    const safeList = fc.array(
      safeText.filter((value) => value !== ''),
      { maxLength: 4 },
    );
    const contacts = fc.record({
      name: text.filter((value) => value.trim() !== ''),
      pronunciation: text,
      title: text,
      otherTitles: list,
      organisation: text,
      organisationRelation: fc.constantFrom(...organisationRelations, '' as const),
      field: text,
      location: safeText,
      emails: list,
      phones: list,
      linkedinUrl: text,
      howKnown: fc.constantFrom(...howKnownOptions, '' as const),
      metOn: text,
      metWhere: text,
      mayUseIntroducerName: fc.boolean(),
      tags: safeList,
      notes: fc.string({ unit: character, maxLength: 300 }),
    });
    fc.assert(
      fc.property(contacts, (fields) => {
        const original = contact(fields);
        expect(readBack(serializeVCard(original))).toEqual([withoutLossyFields(original)]);
      }),
      { numRuns: 300 },
    );
  });
});
