import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, type ImportedContact } from './imported-contact.ts';
import { parseVCards } from './vcard.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8');
const version3 = fixture('contacts-v3.vcf');
const version4 = fixture('contacts-v4.vcf');

function person(fields: Partial<ImportedContact> & Pick<ImportedContact, 'line' | 'name'>): ImportedContact {
  return {
    title: '',
    organisation: '',
    emails: [],
    phones: [],
    linkedinUrl: '',
    notes: '',
    tags: [],
    metOn: '',
    location: '',
    ...fields,
  };
}

function parseError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('parseVCards', () => {
  it('reads the golden vCard 3.0 file: folded lines, item1.URL groups, several EMAIL and TEL', () => {
    const contacts = parseVCards(version3);

    expect(contacts).toHaveLength(4);
    expect(contacts[0]).toEqual({
      line: 1,
      name: 'Kari Marie Nordmann',
      title: 'Senior Geophysicist',
      organisation: 'Equinor ASA',
      emails: ['kari.nordmann@example.com', 'kari@example.no'],
      phones: ['+47 912 34 567', '+47 51 99 00 00'],
      linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
      notes: 'Met at the Geo conference in Bergen. Interested in carbon capture, career change.\nFollow up in June.',
      tags: ['Mentors', 'Energy'],
      metOn: '',
      location: 'Stavanger, Norway',
    });
    expect(contacts[1]).toEqual({
      line: 22,
      name: 'Jürgen Weiß',
      title: 'Leiter "Digitale Transformation"',
      organisation: 'Müller & Söhne GmbH',
      emails: ['juergen.weiss@example.de', 'jw@example.com'],
      phones: ['+49 151 2345678', '+49 711 123456'],
      linkedinUrl: 'https://www.linkedin.com/in/juergen-weiss',
      notes: 'Prefers e-mail; not phone.',
      tags: ['Energy'],
      metOn: '',
      location: 'Stuttgart, Germany',
    });
    expect(contacts.slice(2)).toEqual([
      person({
        line: 41,
        name: 'Wayan',
        organisation: 'Universitas Udayana',
        phones: ['+62 361 000 000'],
        linkedinUrl: 'http://www.linkedin.com/in/wayan-sudarsana',
      }),
      person({
        line: 49,
        name: 'anonymous.recruiter@example.org',
        emails: ['anonymous.recruiter@example.org'],
      }),
    ]);
  });

  it('reads the golden vCard 4.0 file: tel: URIs, quoted parameters, folded values', () => {
    const contacts = parseVCards(version4);

    expect(contacts).toHaveLength(3);
    expect(contacts[0]).toEqual({
      line: 1,
      name: 'Siti Nurhaliza Putri',
      title: 'Product Manager, Payments',
      organisation: 'PT Gojek Indonesia',
      emails: ['siti.putri@example.co.id', 'siti@example.id'],
      phones: ['+62-812-3456-7890', '+62-21-5000-000'],
      linkedinUrl: 'https://id.linkedin.com/in/siti-nurhaliza-putri',
      notes: 'Kopi di Senayan, Jakarta.\nSuggested talking to the "GoPay" team.',
      tags: ['Fintech', 'Jakarta'],
      metOn: '',
      location: 'Jakarta Selatan, Indonesia',
    });
    expect(contacts[1]).toEqual({
      line: 23,
      name: 'Ægir Østby',
      title: '',
      organisation: 'Statkraft',
      emails: ['aegir.ostby@example.no', 'aegir@example.com'],
      phones: ['+47 23 00 00 00'],
      linkedinUrl: 'https://www.linkedin.com/in/aegir-ostby',
      notes: 'Line one\nLine two with a fold that keeps its space',
      tags: [],
      metOn: '',
      location: 'Oslo, Norge',
    });
    expect(contacts[2]).toEqual(
      person({
        line: 36,
        name: 'Dewi Lestari',
        organisation: 'Bank Rakyat Indonesia (Persero) Tbk, PT',
        tags: ['Banking'],
      }),
    );
  });

  it('gives the same contacts for CRLF and LF, with or without a BOM', () => {
    for (const golden of [version3, version4]) {
      const expected = parseVCards(golden);

      expect(parseVCards(golden.replace(/\r\n/g, '\n'))).toEqual(expected);
      expect(parseVCards(`\ufeff${golden}`)).toEqual(expected);
    }
  });

  it('builds the name from N when FN is empty, and drops the myContacts category', () => {
    const contacts = parseVCards(card('N:Hansen;Ola;Johan;Dr.;', 'FN:', 'CATEGORIES:myContacts,Friends'));

    expect(contacts).toEqual([person({ line: 1, name: 'Ola Johan Hansen', tags: ['Friends'] })]);
  });

  it('refuses a card without FN, N or EMAIL with missing_name at its BEGIN line', () => {
    const text = [card('FN:Ola'), '', card('ORG:Acme', 'TEL:+47 22 00 00 00')].join('\r\n');

    expect(parseError(() => parseVCards(text))).toMatchObject({ reason: 'missing_name', line: 6, field: 'FN' });
  });

  it('refuses a card cut short (no END:VCARD) with malformed_vcard at its BEGIN line', () => {
    const truncated = version3.slice(0, version3.indexOf('TEL;TYPE=CELL:+62'));

    expect(parseError(() => parseVCards(truncated))).toMatchObject({ reason: 'malformed_vcard', line: 41 });
  });

  it('refuses a line ical.js rejects with malformed_vcard at that line, after folded lines', () => {
    const text = version3.replace('TEL;TYPE=WORK:+49 711 123456', 'TEL;TYPE=WORK;+49 711 123456');

    expect(parseError(() => parseVCards(text))).toMatchObject({ reason: 'malformed_vcard', line: 30, field: 'TEL' });
  });

  it('refuses text that is not a vCard with malformed_vcard at line 1', () => {
    expect(parseError(() => parseVCards('First Name,Last Name\nKari,Nordmann\n'))).toMatchObject({
      reason: 'malformed_vcard',
      line: 1,
    });
  });

  it('refuses text between cards with malformed_vcard at that line', () => {
    const text = [card('FN:Ola'), 'FN:Stray', card('FN:Kari')].join('\n');

    expect(parseError(() => parseVCards(text))).toMatchObject({ reason: 'malformed_vcard', line: 5 });
  });

  it('refuses vCard 2.1 with unsupported_vcard_version at its VERSION line', () => {
    const text = ['BEGIN:VCARD', 'VERSION:2.1', 'N:Hansen;Ola', 'TEL;CELL:+47 900 00 000', 'END:VCARD'].join('\r\n');

    expect(parseError(() => parseVCards(text))).toMatchObject({
      reason: 'unsupported_vcard_version',
      line: 2,
      field: 'VERSION',
    });
  });

  it('refuses a property whose name and parameters run to megabytes without handing it to ical.js', () => {
    const text = card('FN:Ola', `X-CRAFTED${';A=B'.repeat(250_000)}`);
    const start = performance.now();

    expect(parseError(() => parseVCards(text))).toMatchObject({ reason: 'malformed_vcard', line: 4 });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('refuses an empty file with empty_file', () => {
    expect(parseError(() => parseVCards(' \r\n'))).toMatchObject({ reason: 'empty_file', line: 1 });
  });
});
