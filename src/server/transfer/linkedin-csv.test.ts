import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, type ImportedContact } from './imported-contact.ts';
import { parseLinkedInConnections } from './linkedin-csv.ts';

const golden = readFileSync(new URL('../../../test/fixtures/import/linkedin-connections.csv', import.meta.url), 'utf8');
const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function connection(fields: Partial<ImportedContact> & Pick<ImportedContact, 'line' | 'name'>): ImportedContact {
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

describe('parseLinkedInConnections', () => {
  it('reads the golden Connections.csv export, preamble, BOM and CRLF included', () => {
    const contacts = parseLinkedInConnections(golden);

    expect(contacts).toHaveLength(8);
    expect(contacts[0]).toEqual({
      line: 5,
      name: 'Kari Nordmann',
      title: 'Senior Geophysicist',
      organisation: 'Equinor',
      emails: [],
      phones: [],
      linkedinUrl: 'https://www.linkedin.com/in/kari-nordmann-4b2a1b12',
      notes: '',
      tags: [],
      metOn: '2024-03-12',
      location: '',
    });
    expect(contacts[1]).toEqual({
      line: 6,
      name: 'Bjørn Sæther-Løvås',
      title: 'Prosjektleder',
      organisation: 'Statens vegvesen, Region vest',
      emails: ['bjorn.saether@example.no'],
      phones: [],
      linkedinUrl: 'https://www.linkedin.com/in/bjornsaether',
      notes: '',
      tags: [],
      metOn: '2024-01-03',
      location: '',
    });
    expect(contacts.slice(2)).toEqual([
      connection({
        line: 7,
        name: 'Jürgen Weiß',
        title: 'Leiter "Digitale Transformation", DACH',
        organisation: 'Müller & Söhne GmbH',
        linkedinUrl: 'https://www.linkedin.com/in/juergen-weiss',
        metOn: '2023-02-28',
      }),
      connection({
        line: 8,
        name: 'Siti Nurhaliza Putri',
        title: 'Product Manager, Payments',
        organisation: 'PT Gojek Indonesia',
        linkedinUrl: 'https://www.linkedin.com/in/siti-nurhaliza-putri',
        metOn: '2022-09-01',
      }),
      connection({
        line: 9,
        name: 'Wayan',
        title: 'Dosen',
        organisation: 'Universitas Udayana',
        linkedinUrl: 'https://www.linkedin.com/in/wayan-sudarsana',
        metOn: '2021-08-15',
      }),
      connection({
        line: 10,
        name: 'Ægir Østby',
        linkedinUrl: 'https://www.linkedin.com/in/aegir-ostby',
        metOn: '2019-11-07',
      }),
      connection({
        line: 11,
        name: 'Zoë Groß-Åberg',
        title: 'CEO',
        organisation: 'Åberg & Groß AS',
        emails: ['zoe@example.de'],
        linkedinUrl: 'https://www.linkedin.com/in/zoe-gross-aberg',
        metOn: '2020-02-29',
      }),
      connection({
        line: 12,
        name: 'Dewi Lestari',
        title: 'Head of "Digital" Banking',
        organisation: 'Bank Rakyat Indonesia (Persero) Tbk, PT',
        linkedinUrl: 'https://www.linkedin.com/in/dewi-lestari-a1b2c3',
        metOn: '2018-12-31',
      }),
    ]);
  });

  it('gives the same contacts for CRLF, LF and no BOM', () => {
    const expected = parseLinkedInConnections(golden);
    const withLf = golden.replace(/\r\n/g, '\n');

    expect(parseLinkedInConnections(withLf)).toEqual(expected);
    expect(parseLinkedInConnections(withLf.replace(/^\ufeff/, ''))).toEqual(expected);
  });

  it('finds the header after a longer preamble and without any preamble', () => {
    const body = golden.slice(golden.indexOf(header));
    const longer = `Notes:\r\n"A note, longer\r\nthan before"\r\n\r\nExported by LinkedIn\r\n\r\n${body}`;

    const withoutPreamble = parseLinkedInConnections(body);
    const afterLongerPreamble = parseLinkedInConnections(longer);

    expect(withoutPreamble[0]).toMatchObject({ line: 2, name: 'Kari Nordmann' });
    expect(afterLongerPreamble[0]).toMatchObject({ line: 8, name: 'Kari Nordmann' });
    expect(afterLongerPreamble.map(({ line: _, ...rest }) => rest)).toEqual(
      withoutPreamble.map(({ line: _, ...rest }) => rest),
    );
  });

  it('tolerates header case and spacing and maps columns in any order', () => {
    const text = [
      'Notes:',
      '',
      'connected on, COMPANY ,Position,first  name,Last Name,Email address,url',
      '12 Mar 2024,Equinor,Geophysicist,Kari,Nordmann,kari@example.no,https://www.linkedin.com/in/kari',
    ].join('\n');

    expect(parseLinkedInConnections(text)).toEqual([
      connection({
        line: 4,
        name: 'Kari Nordmann',
        title: 'Geophysicist',
        organisation: 'Equinor',
        emails: ['kari@example.no'],
        linkedinUrl: 'https://www.linkedin.com/in/kari',
        metOn: '2024-03-12',
      }),
    ]);
  });

  it('reads a file that Excel saved again with semicolons and its own date format', () => {
    const text = [
      'First Name;Last Name;URL;Email Address;Company;Position;Connected On',
      'Kari;Nordmann;;;Equinor;;12-Mar-24',
    ].join('\r\n');

    expect(parseLinkedInConnections(text)).toEqual([
      connection({ line: 2, name: 'Kari Nordmann', organisation: 'Equinor', metOn: '2024-03-12' }),
    ]);
  });

  it('gives each record the line where it starts when a quoted field spans lines', () => {
    const text = [
      header,
      'Kari,Nordmann,,,"Equinor',
      'Exploration",Geophysicist,12 Mar 2024',
      'Ola,Hansen,,,,,01 Jan 2020',
    ].join('\r\n');

    const contacts = parseLinkedInConnections(text);

    expect(contacts.map((contact) => [contact.line, contact.organisation])).toEqual([
      [2, 'Equinor\nExploration'],
      [4, ''],
    ]);
  });

  it('skips rows whose cells are all empty', () => {
    const text = [header, ',,,,,,', 'Ola,Hansen,,,,,', '', ' , , , , , , '].join('\n');

    expect(parseLinkedInConnections(text)).toEqual([connection({ line: 3, name: 'Ola Hansen' })]);
  });

  it('refuses a row without first and last name with missing_name, its line and First Name', () => {
    const error = parseError(() =>
      parseLinkedInConnections([header, 'Ola,Hansen,,,,,', ',,https://x,,Acme,,'].join('\n')),
    );

    expect(error).toMatchObject({ reason: 'missing_name', line: 3, field: 'First Name' });
  });

  it('refuses a Connected On it cannot read with invalid_date, the line and the column', () => {
    for (const date of ['31 Feb 2024', '12 Mrz 2024', '2024/03/12', 'yesterday']) {
      const error = parseError(() => parseLinkedInConnections([header, `Ola,Hansen,,,,,${date}`].join('\n')));

      expect(error).toMatchObject({ reason: 'invalid_date', line: 2, field: 'Connected On' });
    }
  });

  it('refuses a row with too few cells as malformed_csv at its line, naming the first missing column', () => {
    const error = parseError(() =>
      parseLinkedInConnections([header, 'Ola,Hansen,,,,,', 'Kari,Nordmann,https://x'].join('\n')),
    );

    expect(error).toMatchObject({ reason: 'malformed_csv', line: 3, field: 'Email Address' });
  });

  it('refuses a file without the LinkedIn header with no_header at line 1', () => {
    expect(parseError(() => parseLinkedInConnections('Name,E-mail\nOla,ola@example.no\n'))).toMatchObject({
      reason: 'no_header',
      line: 1,
    });
  });

  it('reads a file with the header and no connections as no contacts', () => {
    expect(parseLinkedInConnections(`Notes:\r\n\r\n${header}\r\n`)).toEqual([]);
  });
});
