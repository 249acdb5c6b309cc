import { cleanTags, emptyContact, isLinkedInUrl, joinNonEmpty, uniqueNonEmpty } from './contact-fields.ts';
import { columnKey, readCsvHeader, readCsvTable, type CsvRow, type CsvTable } from './csv-table.ts';
import { ParseError, type ImportedContact } from './imported-contact.ts';
import { normaliseText } from './text-lines.ts';

/*
 * Two header sets, mapped by name in any order and any subset:
 * current  First Name, Middle Name, Last Name, ..., Nickname, File As, Organization Name,
 *          Organization Title, ..., Notes, Labels, E-mail 1 - Label, E-mail 1 - Value, ...,
 *          Phone 1 - Value, ..., Address 1 - City, Address 1 - Country, ..., Website 1 - Value
 * older    Name, Given Name, Additional Name, Family Name, ..., Nickname, ..., Location, ...,
 *          Notes, Group Membership, E-mail 1 - Value, ..., Organization 1 - Name,
 *          Organization 1 - Title, ..., Website 1 - Value
 * Keys are columnKey()s: "E-mail 1 - Value" is "email1value".
 */
const nameColumns = ['firstname', 'lastname', 'name', 'givenname', 'familyname'];
// Google puts several values of one kind in one cell, separated like this.
const valueSeparator = ' ::: ';

export function hasGoogleHeader(text: string): boolean {
  return isGoogleHeader(readCsvHeader(normaliseText(text), ','));
}

function isGoogleHeader(cells: string[] | undefined): boolean {
  return cells?.some((cell) => nameColumns.includes(columnKey(cell))) ?? false;
}

export function parseGoogleContacts(text: string): ImportedContact[] {
  const normalised = normaliseText(text);
  if (normalised.trim() === '') throw new ParseError('empty_file', 1);
  // The header is checked on its own first, so a file that is not a contacts CSV at all says so
  // instead of failing on some later line.
  if (!isGoogleHeader(readCsvHeader(normalised, ','))) {
    throw new ParseError('no_header', 1, undefined, 'no First Name, Last Name, Name, Given Name or Family Name column');
  }
  const table = readCsvTable(normalised, { delimiter: ',', firstLine: 1 });
  const numbered = (kind: string) => numberedColumns(table, kind);
  const columns = { emails: numbered('email'), phones: numbered('phone'), websites: numbered('website') };
  const nameField = table.header.cells.find((cell) => nameColumns.includes(columnKey(cell)))?.trim() ?? 'First Name';

  return table.rows.map((row) => {
    const cell = (...keys: string[]) => firstCell(table, row, keys);
    const values = (keys: number[]) => keys.flatMap((index) => split(row.cells[index] ?? ''));
    const emails = uniqueNonEmpty(values(columns.emails));
    const websites = values(columns.websites);
    const name =
      joinNonEmpty(' ', cell('firstname'), cell('middlename'), cell('lastname')) ||
      joinNonEmpty(' ', cell('givenname'), cell('additionalname'), cell('familyname')) ||
      cell('name') ||
      cell('fileas') ||
      cell('nickname') ||
      (emails[0] ?? '');
    if (name === '') throw new ParseError('missing_name', row.line, nameField, 'no name, nickname or e-mail');
    return {
      ...emptyContact(row.line),
      name,
      title: first(cell('organizationtitle', 'organization1title')),
      organisation: first(cell('organizationname', 'organization1name')),
      emails,
      phones: uniqueNonEmpty(values(columns.phones)),
      linkedinUrl: websites.find(isLinkedInUrl) ?? '',
      notes: cell('notes'),
      tags: cleanTags(split(cell('labels', 'groupmembership'))),
      location:
        joinNonEmpty(', ', first(cell('address1city')), first(cell('address1country'))) || first(cell('location')),
    };
  });
}

/** Indexes of "<kind> N - Value" columns in the order of N, e.g. E-mail 1 - Value, E-mail 2 - Value. */
function numberedColumns(table: CsvTable, kind: string): number[] {
  const pattern = new RegExp(`^${kind}(\\d+)value$`);
  return [...table.columns]
    .flatMap(([key, index]) => {
      const match = pattern.exec(key);
      return match ? [{ number: Number(match[1]), index }] : [];
    })
    .sort((a, b) => a.number - b.number)
    .map(({ index }) => index);
}

/** The trimmed cell of the first of `keys` that the header has and the row fills. */
function firstCell(table: CsvTable, row: CsvRow, keys: string[]): string {
  for (const key of keys) {
    const index = table.columns.get(key);
    const value = index === undefined ? '' : (row.cells[index]?.trim() ?? '');
    if (value !== '') return value;
  }
  return '';
}

function split(cell: string): string[] {
  return cell
    .split(valueSeparator)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function first(cell: string): string {
  return split(cell)[0] ?? '';
}
