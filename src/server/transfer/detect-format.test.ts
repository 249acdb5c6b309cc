import { describe, expect, it } from 'vitest';
import { detectImportFormat } from './detect-format.ts';
import { ParseError } from './imported-contact.ts';

function parseError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

const linkedInHeader = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('detectImportFormat', () => {
  it('recognises a vCard by its first non-blank line, whatever the file is called', () => {
    expect(detectImportFormat('contacts.csv', '\uFEFF\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe('vcard');
    expect(detectImportFormat('x.vcf', '  begin:vcard\nEND:VCARD')).toBe('vcard');
  });

  it('recognises LinkedIn by its header after the preamble', () => {
    expect(detectImportFormat('Connections.csv', `\uFEFFNotes:\r\n"About e-mails"\r\n\r\n${linkedInHeader}\r\n`)).toBe(
      'linkedin',
    );
  });

  it('recognises Google Contacts by its current and older headers', () => {
    expect(detectImportFormat('contacts.csv', 'First Name,Middle Name,Last Name,Labels\n')).toBe('google');
    expect(detectImportFormat('google.csv', 'Name,Given Name,Additional Name,Family Name\n')).toBe('google');
  });

  it('keeps a CSV whose notes quote a vCard a CSV', () => {
    expect(detectImportFormat('contacts.csv', 'First Name,Notes\nKari,"BEGIN:VCARD\nEND:VCARD"\n')).toBe('google');
  });

  it('words the error after the file name when the content matches nothing', () => {
    expect(parseError(() => detectImportFormat('contacts.vcf', 'hello'))).toMatchObject({
      reason: 'malformed_vcard',
      line: 1,
    });
    expect(parseError(() => detectImportFormat('contacts.csv', 'a,b\n1,2'))).toMatchObject({
      reason: 'no_header',
      line: 1,
    });
    expect(parseError(() => detectImportFormat('notes.txt', 'hello'))).toMatchObject({
      reason: 'unknown_format',
      line: 1,
    });
  });

  it('refuses a blank file with empty_file', () => {
    expect(parseError(() => detectImportFormat('x.csv', '\uFEFF \r\n\t\n'))).toMatchObject({
      reason: 'empty_file',
      line: 1,
    });
  });
});
