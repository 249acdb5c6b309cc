import { parseConnectedOn } from './connected-on.ts';
import { columnKey, readCsvHeader, readCsvTable } from './csv-table.ts';
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
  // Thirty thousand rows go through here: the columns are looked up once, not per cell.
  const column = (key: string) => table.columns.get(key) ?? -1;
  const [firstName, lastName, url, email, company, position, connected] = [
    'firstname',
    'lastname',
    'url',
    'emailaddress',
    'company',
    'position',
    'connectedon',
  ].map(column) as [number, number, number, number, number, number, number];
  // A file holds a few thousand distinct dates at most.
  const dates = new Map<string, string | undefined>();
  // Employers and positions repeat on thousands of rows: one string each instead of one per row
  // keeps the preview smaller, and every later lookup by them (folding, organisation ids) cheap.
  const shared = new Map<string, string>();
  const share = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  return table.rows.map(({ line, cells }): ImportedContact => {
    const first = trimmedCell(cells, firstName);
    const last = trimmedCell(cells, lastName);
    const name = first === '' ? last : last === '' ? first : `${first} ${last}`;
    if (name === '') {
      throw new ParseError('missing_name', line, 'First Name', 'both First Name and Last Name are empty');
    }
    const connectedOn = trimmedCell(cells, connected);
    let metOn = dates.get(connectedOn);
    if (metOn === undefined && !dates.has(connectedOn)) {
      metOn = connectedOn === '' ? '' : parseConnectedOn(connectedOn);
      dates.set(connectedOn, metOn);
    }
    if (metOn === undefined) {
      throw new ParseError('invalid_date', line, 'Connected On', 'expected a date like 12 Mar 2024');
    }
    const emailAddress = trimmedCell(cells, email);
    return {
      line,
      name,
      title: share(trimmedCell(cells, position)),
      organisation: share(trimmedCell(cells, company)),
      emails: emailAddress === '' ? [] : [emailAddress],
      phones: [],
      linkedinUrl: trimmedCell(cells, url),
      notes: '',
      tags: [],
      metOn,
      location: '',
    };
  });
}

/** The cell in column `index` (-1: the file has no such column), trimmed. */
function trimmedCell(cells: readonly string[], index: number): string {
  return index === -1 ? '' : (cells[index]?.trim() ?? '');
}
