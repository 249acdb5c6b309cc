import { parseConnectedOn } from './connected-on.ts';
import { emptyContact, joinNonEmpty, uniqueNonEmpty } from './contact-fields.ts';
import { columnKey, readCsvHeader, readCsvTable, type CsvRow } from './csv-table.ts';
import { ParseError, type ImportedContact } from './imported-contact.ts';
import { normaliseText } from './text-lines.ts';

export interface LinkedInHeader {
  /** 1-based line of the header in the file. */
  line: number;
  /** Index in the normalised text where the header line starts. */
  offset: number;
  delimiter: string;
}

// LinkedIn's preamble is three lines today; the limit keeps a file that is not a LinkedIn export
// from being scanned to its end, while leaving room for LinkedIn to say more.
const maxPreambleLines = 50;
const maxHeaderLength = 4096;
// Excel saves CSV with ';' in locales that write decimals with a comma (Norwegian, German).
const delimiters = [',', ';', '\t'];
const requiredColumns = ['firstname', 'lastname', 'connectedon'];

/**
 * Finds `First Name,Last Name,URL,Email Address,Company,Position,Connected On` by scanning lines,
 * because the preamble before it ("Notes:", a quoted note, a blank line) changes length.
 * `text` must be normalised (normaliseText).
 */
export function findLinkedInHeader(text: string): LinkedInHeader | undefined {
  let offset = 0;
  for (let line = 1; line <= maxPreambleLines && offset <= text.length; line += 1) {
    const end = text.indexOf('\n', offset);
    const lineText = end === -1 ? text.slice(offset) : text.slice(offset, end);
    const compact = lineText.length <= maxHeaderLength ? columnKey(lineText) : '';
    if (requiredColumns.every((column) => compact.includes(column))) {
      const delimiter = delimiters.find((candidate) => isLinkedInHeader(readCsvHeader(lineText, candidate)));
      if (delimiter !== undefined) return { line, offset, delimiter };
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return undefined;
}

function isLinkedInHeader(cells: string[] | undefined): boolean {
  const keys = new Set(cells?.map(columnKey));
  return requiredColumns.every((column) => keys.has(column));
}

export function parseLinkedInConnections(text: string): ImportedContact[] {
  const normalised = normaliseText(text);
  if (normalised.trim() === '') throw new ParseError('empty_file', 1);
  const header = findLinkedInHeader(normalised);
  if (!header) {
    throw new ParseError('no_header', 1, undefined, 'no line with First Name, Last Name and Connected On columns');
  }
  const table = readCsvTable(normalised.slice(header.offset), { delimiter: header.delimiter, firstLine: header.line });
  const cell = (row: CsvRow, key: string): string => {
    const index = table.columns.get(key);
    return index === undefined ? '' : (row.cells[index]?.trim() ?? '');
  };
  return table.rows.map((row) => {
    const name = joinNonEmpty(' ', cell(row, 'firstname'), cell(row, 'lastname'));
    if (name === '') {
      throw new ParseError('missing_name', row.line, 'First Name', 'both First Name and Last Name are empty');
    }
    const connectedOn = cell(row, 'connectedon');
    const metOn = connectedOn === '' ? '' : parseConnectedOn(connectedOn);
    if (metOn === undefined) {
      throw new ParseError('invalid_date', row.line, 'Connected On', 'expected a date like 12 Mar 2024');
    }
    return {
      ...emptyContact(row.line),
      name,
      linkedinUrl: cell(row, 'url'),
      emails: uniqueNonEmpty([cell(row, 'emailaddress')]),
      organisation: cell(row, 'company'),
      title: cell(row, 'position'),
      metOn,
    };
  });
}
