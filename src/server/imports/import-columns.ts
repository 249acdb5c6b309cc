import type { ImportColumn, ImportField } from '#shared/import.schema';
import { columnKey, readCsvHeader } from '../transfer/csv-table.ts';
import type { ImportFormat } from '../transfer/imported-contact.ts';
import { findLinkedInHeader } from '../transfer/linkedin-csv.ts';
import { normaliseText } from '../transfer/text-lines.ts';

/*
 * What the preview shows as "column → Rapport field". It describes the mapping the parsers in
 * src/server/transfer/ apply (linkedin-csv.ts, google-csv.ts, vcard.ts); it does not drive it, so
 * a change to a parser's mapping must be mirrored here (import-columns.test.ts reads the golden
 * fixtures through both).
 */

const linkedInColumns: Record<string, ImportField> = {
  firstname: 'name',
  lastname: 'name',
  url: 'linkedinUrl',
  emailaddress: 'emails',
  company: 'organisation',
  position: 'title',
  connectedon: 'metOn',
};

const googleColumns: Record<string, ImportField> = {
  firstname: 'name',
  middlename: 'name',
  lastname: 'name',
  givenname: 'name',
  additionalname: 'name',
  familyname: 'name',
  name: 'name',
  fileas: 'name',
  nickname: 'name',
  organizationname: 'organisation',
  organization1name: 'organisation',
  organizationtitle: 'title',
  organization1title: 'title',
  notes: 'notes',
  labels: 'tags',
  groupmembership: 'tags',
  address1city: 'location',
  address1country: 'location',
  location: 'location',
};

const googleNumberedColumns: Array<[RegExp, ImportField]> = [
  [/^email\d+value$/, 'emails'],
  [/^phone\d+value$/, 'phones'],
  // Only LinkedIn addresses are kept from the websites.
  [/^website\d+value$/, 'linkedinUrl'],
];

const vCardProperties: Record<string, ImportField> = {
  FN: 'name',
  N: 'name',
  TITLE: 'title',
  ORG: 'organisation',
  EMAIL: 'emails',
  TEL: 'phones',
  URL: 'linkedinUrl',
  'X-SOCIALPROFILE': 'linkedinUrl',
  NOTE: 'notes',
  CATEGORIES: 'tags',
  ADR: 'location',
};

// Structure, not content: nothing a user would miss.
const vCardFrame = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'UID', 'REV']);

// The header (or the first cards) is near the start; no need to decode a 50 MB file twice.
const headerBytes = 256 * 1024;

/** The file's columns (CSV) or properties (vCard), each with the field it fills, in file order. */
export function describeColumns(format: ImportFormat, bytes: Uint8Array): ImportColumn[] {
  const text = normaliseText(decodeStart(bytes));
  if (format === 'vcard') return vCardColumns(text);
  const header = format === 'linkedin' ? linkedInHeader(text) : readCsvHeader(text, ',');
  const mapping = format === 'linkedin' ? linkedInColumns : googleColumns;
  const columns: ImportColumn[] = [];
  for (const cell of header ?? []) {
    const source = cell.trim();
    if (source === '') continue;
    const key = columnKey(source);
    const field =
      mapping[key] ??
      (format === 'google' ? googleNumberedColumns.find(([pattern]) => pattern.test(key))?.[1] : undefined) ??
      null;
    columns.push({ source, field });
  }
  return columns;
}

function linkedInHeader(text: string): string[] | undefined {
  const header = findLinkedInHeader(text);
  return header ? readCsvHeader(text.slice(header.offset), header.delimiter) : undefined;
}

function vCardColumns(text: string): ImportColumn[] {
  const seen = new Set<string>();
  const columns: ImportColumn[] = [];
  for (const line of text.split('\n')) {
    // Folded continuation lines start with a space or a tab.
    const name = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]/.exec(line)?.[1]?.toUpperCase();
    if (!name || vCardFrame.has(name) || seen.has(name)) continue;
    seen.add(name);
    columns.push({ source: name, field: vCardProperties[name] ?? null });
  }
  return columns;
}

/** The start of the file as text, leniently: enough to read a header or a few cards. */
function decodeStart(bytes: Uint8Array): string {
  const start = bytes.subarray(0, headerBytes);
  if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le').decode(start.subarray(2));
  if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be').decode(start.subarray(2));
  return new TextDecoder('utf-8').decode(start);
}
