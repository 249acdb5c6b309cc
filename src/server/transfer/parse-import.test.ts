import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoogleContacts } from './google-csv.ts';
import { ParseError } from './imported-contact.ts';
import { parseLinkedInConnections } from './linkedin-csv.ts';
import { parseImport } from './parse-import.ts';
import { parseVCards } from './vcard.ts';

const fixtureBytes = (name: string) => readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

describe('parseImport', () => {
  it('detects each golden fixture and gives what its parser gives', () => {
    const cases = [
      ['linkedin-connections.csv', 'linkedin', parseLinkedInConnections],
      ['google-contacts-current.csv', 'google', parseGoogleContacts],
      ['google-contacts-legacy.csv', 'google', parseGoogleContacts],
      ['contacts-v3.vcf', 'vcard', parseVCards],
      ['contacts-v4.vcf', 'vcard', parseVCards],
    ] as const;

    for (const [fileName, format, parse] of cases) {
      const bytes = fixtureBytes(fileName);

      expect(parseImport(bytes, { format: 'auto', fileName })).toEqual({
        format,
        contacts: parse(bytes.toString('utf8')),
      });
    }
  });

  it('uses the format it is told instead of detecting one', () => {
    const bytes = fixtureBytes('linkedin-connections.csv');

    expect(() => parseImport(bytes, { format: 'vcard', fileName: 'Connections.csv' })).toThrow(ParseError);
    expect(parseImport(bytes, { format: 'linkedin', fileName: 'x' }).format).toBe('linkedin');
  });

  it('reads a LinkedIn export that Excel saved again in Windows-1252 like the UTF-8 one', () => {
    const original = fixtureBytes('linkedin-connections.csv');
    // Every name in the fixture fits in Latin-1, which Windows-1252 contains.
    const windows1252 = Buffer.from(original.toString('utf8').replace(/^\ufeff/, ''), 'latin1');

    expect(parseImport(windows1252, { format: 'auto', fileName: 'Connections.csv' })).toEqual(
      parseImport(original, { format: 'auto', fileName: 'Connections.csv' }),
    );
  });

  it('refuses an empty file with empty_file, whatever the format', () => {
    for (const format of ['auto', 'linkedin', 'google', 'vcard'] as const) {
      expect(() => parseImport(new Uint8Array(), { format, fileName: 'x.csv' })).toThrow(
        expect.objectContaining({ reason: 'empty_file', line: 1 }),
      );
    }
  });
});
