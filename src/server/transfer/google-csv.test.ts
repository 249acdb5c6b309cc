import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoogleContacts } from './google-csv.ts';
import { ParseError, type ImportedContact } from './imported-contact.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8');
const current = fixture('google-contacts-current.csv');
const legacy = fixture('google-contacts-legacy.csv');

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

describe('parseGoogleContacts', () => {
  it('reads the golden export with current headers', () => {
    const contacts = parseGoogleContacts(current);

    expect(contacts).toHaveLength(6);
    expect(contacts[0]).toEqual({
      line: 2,
      name: 'Kari Marie Nordmann',
      title: 'Senior Geophysicist',
      organisation: 'Equinor ASA',
      emails: ['kari.nordmann@example.com', 'kari@example.no', 'kari.m.nordmann@example.org'],
      phones: ['+47 912 34 567'],
      linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
      notes:
        'Met at the Geo conference in Bergen.\nInterested in carbon capture, career change.\n\nFollow up in June: "ask about the CCS team".',
      tags: ['Mentors', 'starred'],
      metOn: '',
      location: 'Stavanger, Norway',
    });
    expect(contacts[1]).toEqual({
      line: 8,
      name: 'Jürgen Weiß',
      title: 'Leiter "Digitale Transformation"',
      organisation: 'Müller & Söhne GmbH',
      emails: ['juergen.weiss@example.de'],
      phones: ['+49 151 2345678', '+49 711 123456'],
      linkedinUrl: '',
      notes: 'Prefers e-mail, not phone.',
      tags: ['Energy'],
      metOn: '',
      location: 'Stuttgart, Germany',
    });
    expect(contacts.slice(2)).toEqual([
      person({
        line: 11,
        name: 'Siti Nurhaliza Putri',
        title: 'Product Manager, Payments',
        organisation: 'PT Gojek Indonesia',
        emails: ['siti.putri@example.co.id'],
        phones: ['+62 812-3456-7890', '+62 21 5000 000'],
        linkedinUrl: 'https://id.linkedin.com/in/siti-nurhaliza-putri',
        notes: 'Kopi di Senayan, Jakarta.\nSuggested talking to the "GoPay" team.',
        tags: ['Fintech', 'Jakarta'],
        location: 'Jakarta Selatan, Indonesia',
      }),
      person({ line: 13, name: 'Tante Bodil', phones: ['+47 22 33 44 55'] }),
      person({
        line: 14,
        name: 'anonymous.recruiter@example.org',
        emails: ['anonymous.recruiter@example.org'],
        tags: ['Recruiters'],
      }),
      person({ line: 15, name: 'Ægir Østby', organisation: 'Statkraft' }),
    ]);
  });

  it('reads the golden export with the older headers', () => {
    const contacts = parseGoogleContacts(legacy);

    expect(contacts).toHaveLength(4);
    expect(contacts[0]).toEqual({
      line: 2,
      name: 'Bjørn Sæther-Løvås',
      title: 'Prosjektleder',
      organisation: 'Statens vegvesen, Region vest',
      emails: ['bjorn.saether@example.no', 'bjorn@example.com'],
      phones: ['+47 400 00 000', '+47 55 00 00 00'],
      linkedinUrl: 'http://www.linkedin.com/in/bjornsaether',
      notes: 'Kaffe på Kaffemisjonen, Bergen.\nHar tips om Nordsjø-prosjekter.',
      tags: ['Vegvesen'],
      metOn: '',
      location: 'Bergen, Norge',
    });
    expect(contacts[1]).toEqual({
      line: 6,
      name: 'Dewi Lestari',
      title: 'Head of "Digital" Banking',
      organisation: 'Bank Rakyat Indonesia (Persero) Tbk, PT',
      emails: ['dewi.lestari@example.co.id'],
      phones: [],
      linkedinUrl: '',
      notes: '',
      tags: ['Banking'],
      metOn: '',
      location: 'Jakarta',
    });
    expect(contacts.slice(2)).toEqual([
      person({ line: 7, name: 'Wayan', organisation: 'Universitas Udayana', phones: ['+62 361 000 000'] }),
      person({ line: 8, name: 'Zoë Groß-Åberg', title: 'CEO', organisation: 'Åberg & Groß AS', tags: ['Founders'] }),
    ]);
  });

  it('gives the same contacts for CRLF and LF, with or without a BOM', () => {
    for (const golden of [current, legacy]) {
      const expected = parseGoogleContacts(golden);

      expect(parseGoogleContacts(golden.replace(/\n/g, '\r\n'))).toEqual(expected);
      expect(parseGoogleContacts(golden.replace(/^\ufeff/, ''))).toEqual(expected);
    }
  });

  it('gives a record after a multi-line note the line where it starts', () => {
    const text = ['First Name,Notes', 'Kari,"one', '', 'three"', 'Ola,', '"Per","a', 'b"'].join('\n');

    expect(parseGoogleContacts(text).map((contact) => [contact.line, contact.name])).toEqual([
      [2, 'Kari'],
      [5, 'Ola'],
      [6, 'Per'],
    ]);
  });

  it('maps columns by name in any order and any subset', () => {
    const text = [
      'Website 1 - Value,Labels,E-mail 2 - Value,Last Name,E-mail 1 - Value,First Name',
      'https://www.linkedin.com/in/kari,Mentors ::: * myContacts,second@example.no,Nordmann,first@example.no,Kari',
    ].join('\n');

    expect(parseGoogleContacts(text)).toEqual([
      person({
        line: 2,
        name: 'Kari Nordmann',
        emails: ['first@example.no', 'second@example.no'],
        linkedinUrl: 'https://www.linkedin.com/in/kari',
        tags: ['Mentors'],
      }),
    ]);
  });

  it('takes the name from the name parts, then Name, File As, Nickname and the first e-mail', () => {
    const text = [
      'Name,Given Name,Family Name,First Name,Middle Name,Last Name,File As,Nickname,E-mail 1 - Value',
      'Full,Given,Family,First,Middle,Last,File,Nick,a@example.no',
      'Full,Given,Family,,,,File,Nick,a@example.no',
      'Full,,,,,,File,Nick,a@example.no',
      ',,,,,,File,Nick,a@example.no',
      ',,,,,,,Nick,a@example.no',
      ',,,,,,,,a@example.no ::: b@example.no',
    ].join('\n');

    expect(parseGoogleContacts(text).map((contact) => contact.name)).toEqual([
      'First Middle Last',
      'Given Family',
      'Full',
      'File',
      'Nick',
      'a@example.no',
    ]);
  });

  it('refuses a row without any name or e-mail with missing_name, its line and the name column', () => {
    const text = ['First Name,Last Name,Phone 1 - Value', 'Kari,,', ',,+47 22 00 00 00'].join('\n');

    expect(parseError(() => parseGoogleContacts(text))).toMatchObject({
      reason: 'missing_name',
      line: 3,
      field: 'First Name',
    });
  });

  it('refuses a CSV without a recognisable header with no_header at line 1', () => {
    for (const text of ['Vorname,Nachname\nKari,Nordmann\n', '1,2,3\n', 'just some text']) {
      expect(parseError(() => parseGoogleContacts(text))).toMatchObject({ reason: 'no_header', line: 1 });
    }
  });

  it('refuses a row with more cells than the header as malformed_csv at its line', () => {
    const text = ['First Name,Notes', 'Kari,"a', 'b"', 'Ola,x,y'].join('\n');

    expect(parseError(() => parseGoogleContacts(text))).toMatchObject({ reason: 'malformed_csv', line: 4 });
  });
});
