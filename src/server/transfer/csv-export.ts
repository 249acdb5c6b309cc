/*
 * Contacts as CSV for a spreadsheet: one row per contact, a header row, UTF-8 with a byte order
 * mark (without it Excel reads UTF-8 as the local code page and "Bjørn" turns into "BjÃ¸rn"),
 * CRLF between rows. csv-stringify does the quoting and the formula escaping.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage
 * return (or their full-width forms) is run as a formula by Excel, LibreOffice and Google Sheets,
 * so "=HYPERLINK(...)" in a name could send data elsewhere when the file is opened. Such a cell is
 * written with a leading apostrophe, which every one of them reads as "this is text".
 *
 * Lists (e-mails, phones, tags, other titles) share a cell, joined with " ::: " as in Google
 * Contacts' CSV. The headers are English and fixed, so the file reads the same to a program
 * whatever the user's language.
 *
 * Lossy (csv-export.test.ts checks the round trip): a neutralised cell keeps its apostrophe (so
 * reading back strips one apostrophe before = + - @ tab CR, which also hits a value that really
 * began with "'=" ); a list item that itself contains " ::: " splits in two; the organisation's
 * id and the contact's version are not written.
 */
import { stringify } from 'csv-stringify/sync';
import type { Contact } from '#domain/contact';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';
export const LIST_SEPARATOR = ' ::: ';

export const csvColumns = [
  'ID',
  'Name',
  'Pronunciation',
  'Title',
  'Other titles',
  'Organisation',
  'Relation to organisation',
  'Field',
  'Location',
  'E-mails',
  'Phones',
  'LinkedIn',
  'How we know each other',
  'Met on',
  'Met where',
  'Introduced by',
  'Introduced by ID',
  'May use introducer name',
  'Tags',
  'Notes',
  'Created',
  'Updated',
] as const;

/** The contacts as a CSV file; `contacts` also supplies the introducers' names. */
export function serializeContactsCsv(contacts: readonly Contact[]): string {
  const names = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const rows = contacts.map((contact) => [
    contact.id,
    contact.name,
    contact.pronunciation,
    contact.title,
    contact.otherTitles.join(LIST_SEPARATOR),
    contact.organisation,
    contact.organisationRelation,
    contact.field,
    contact.location,
    contact.emails.join(LIST_SEPARATOR),
    contact.phones.join(LIST_SEPARATOR),
    contact.linkedinUrl,
    contact.howKnown,
    contact.metOn,
    contact.metWhere,
    contact.introducedById ? (names.get(contact.introducedById) ?? '') : '',
    contact.introducedById ?? '',
    contact.mayUseIntroducerName ? 'yes' : 'no',
    contact.tags.join(LIST_SEPARATOR),
    contact.notes,
    contact.createdAt,
    contact.updatedAt,
  ]);
  // csv-stringify writes no header for no rows; the header alone still tells what the file is.
  if (rows.length === 0) return stringify([[...csvColumns]], { bom: true, record_delimiter: 'windows' });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...csvColumns],
    record_delimiter: 'windows',
    // With a record delimiter given, csv-stringify quotes cells holding \r\n only; a note's lone
    // \n or \r must be quoted too, or a reader sees a new row there.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
