import { hasGoogleHeader } from './google-csv.ts';
import { ParseError, type ImportFormat } from './imported-contact.ts';
import { findLinkedInHeader } from './linkedin-csv.ts';
import { normaliseText } from './text-lines.ts';

/**
 * Decides by content, because people rename files and LinkedIn and Google both say ".csv". Only
 * the first non-blank line can make a vCard, so a CSV whose notes quote a vCard stays a CSV. The
 * file name only sharpens the error when the content matches nothing: a ".vcf" without a card
 * is a broken vCard, a ".csv" without a known header lacks a header.
 */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const normalised = normaliseText(text);
  const firstLine = /^[ \t]*(\S[^\n]*)/m.exec(normalised)?.[1];
  if (firstLine === undefined) throw new ParseError('empty_file', 1);
  if (/^begin:vcard\s*$/i.test(firstLine)) return 'vcard';
  if (findLinkedInHeader(normalised)) return 'linkedin';
  if (hasGoogleHeader(normalised)) return 'google';

  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'vcf' || extension === 'vcard') {
    throw new ParseError('malformed_vcard', 1, undefined, 'a .vcf file that does not start with BEGIN:VCARD');
  }
  if (extension === 'csv') {
    throw new ParseError('no_header', 1, undefined, 'neither a LinkedIn nor a Google Contacts header');
  }
  throw new ParseError('unknown_format', 1, undefined, 'not a vCard, LinkedIn or Google Contacts file');
}
