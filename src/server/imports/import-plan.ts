import { DuplicateFinder } from '#domain/duplicates';
import { foldForSearch } from '#domain/search-key';
import type { FieldProblem } from '#domain/errors';
import type { ContactFieldsParsed } from '#shared/contact.schema';
import type { DuplicateOf, ImportAction, ImportColumn, ImportFormatName, PreviewRow } from '#shared/import.schema';
import type { ImportedContact } from '../transfer/imported-contact.ts';
import { validateImportedFields } from './import-validation.ts';
import type { StoredContactKeys } from './imports.repo.ts';

/** One row of a file, checked against the contact rules and against the user's contacts. */
export interface PreparedRow {
  line: number;
  /** The row as the file has it, for the preview. */
  display: ImportedContact;
  /** The contact's fields as the rules accept them; absent when the row breaks a rule. */
  fields?: ContactFieldsParsed;
  errors?: FieldProblem[];
  duplicateOf?: DuplicateOf;
  /** foldForSearch(fields.name): found once for duplicates, used again as the sort key. */
  foldedName?: string;
}

export interface PreviewCounts {
  rows: number;
  new: number;
  duplicates: number;
  errors: number;
}

/** A parsed file waiting for the user's confirmation (see PreviewStore). */
export interface PendingImport {
  id: string;
  ownerId: string;
  format: ImportFormatName;
  fileName: string;
  columns: ImportColumn[];
  rows: PreparedRow[];
  counts: PreviewCounts;
  /** ImportsRepo.dataVersion when the duplicates were found. */
  dataVersion: string;
  /** foldForSearch, memoised for this import: organisations and titles repeat thousands of times. */
  fold: Fold;
  expiresAt: string;
  /** Set while its confirmation runs, so a double click cannot import the file twice. */
  confirming: boolean;
}

/** A memoised foldForSearch: organisations and titles repeat thousands of times in one file. */
export type Fold = (text: string) => string;

/**
 * Validates every row with the contact rules (a row that breaks one becomes an error entry with
 * its line, never a failure of the whole file) and finds each row's likely duplicate among the
 * stored contacts and the earlier rows of the same file.
 */
export function prepareRows(contacts: readonly ImportedContact[], stored: readonly StoredContactKeys[], fold: Fold) {
  const finder = new DuplicateFinder<DuplicateTarget>(fold);
  for (const contact of stored) finder.add(contact, { kind: 'contact', id: contact.id, name: contact.name });
  const counts: PreviewCounts = { rows: contacts.length, new: 0, duplicates: 0, errors: 0 };
  const rows = contacts.map((contact): PreparedRow => {
    const checked = validateImportedFields(contact);
    if (checked.errors) {
      counts.errors += 1;
      return { line: contact.line, display: contact, errors: checked.errors };
    }
    const { fields } = checked;
    const foldedName = foldForSearch(fields.name);
    const keys = {
      name: fields.name,
      foldedName,
      organisation: fields.organisation,
      emails: fields.emails,
      linkedinUrl: fields.linkedinUrl,
    };
    const match = finder.findThenAdd(keys, { kind: 'row', line: contact.line, name: fields.name });
    if (match) counts.duplicates += 1;
    else counts.new += 1;
    return match
      ? {
          line: contact.line,
          display: contact,
          fields,
          foldedName,
          duplicateOf: { ...match.ref, reasons: match.reasons },
        }
      : { line: contact.line, display: contact, fields, foldedName };
  });
  return { rows, counts };
}

type DuplicateTarget = { kind: 'contact'; id: string; name: string } | { kind: 'row'; line: number; name: string };

/** The preview's default: new rows are created, duplicates skipped, broken rows left out. */
export function defaultAction(row: PreparedRow): ImportAction {
  return row.errors || row.duplicateOf ? 'skip' : 'create';
}

export function toPreviewRow(row: PreparedRow): PreviewRow {
  return {
    line: row.line,
    contact: {
      name: row.display.name,
      title: row.display.title,
      organisation: row.display.organisation,
      emails: row.display.emails,
      phones: row.display.phones,
      linkedinUrl: row.display.linkedinUrl,
      location: row.display.location,
      metOn: row.display.metOn,
      tags: row.display.tags,
    },
    ...(row.duplicateOf ? { duplicateOf: row.duplicateOf } : {}),
    action: defaultAction(row),
    ...(row.errors ? { errors: row.errors } : {}),
  };
}

export interface ImportDecisions {
  /** For every duplicate without a choice of its own. */
  duplicates?: ImportAction | undefined;
  /** By line. */
  choices: Record<string, ImportAction>;
}

/** Where a merged row goes: a stored contact, or the contact that an earlier row created. */
export type MergeTarget = { kind: 'contact'; id: string } | { kind: 'created'; line: number };

export type RowOutcome =
  | { row: PreparedRow & { fields: ContactFieldsParsed }; action: 'create' }
  | { row: PreparedRow & { fields: ContactFieldsParsed }; action: 'merge'; into: MergeTarget }
  | { row: PreparedRow; action: 'skip' | 'error' };

function hasFields(row: PreparedRow): row is PreparedRow & { fields: ContactFieldsParsed } {
  return row.fields !== undefined;
}

/**
 * What happens to each row, from the user's choices. A row merged into an earlier row of the
 * same file goes wherever that row went (the contact it created, or the stored contact it was
 * merged into); if that row was skipped and was new, there is nothing to merge into and the row
 * is created instead. "Merge" on a row that duplicates nothing creates it too.
 */
export function planImport(rows: readonly PreparedRow[], decisions: ImportDecisions): RowOutcome[] {
  // The contact each line ended up as, for rows that merge into it later.
  const resolved = new Map<number, MergeTarget | undefined>();
  const resolve = (duplicate: DuplicateOf): MergeTarget | undefined =>
    duplicate.kind === 'contact' ? { kind: 'contact', id: duplicate.id } : resolved.get(duplicate.line);

  return rows.map((row): RowOutcome => {
    const { duplicateOf } = row;
    if (row.errors || !hasFields(row)) return { row, action: 'error' };
    const chosen = decisions.choices[String(row.line)] ?? (duplicateOf ? (decisions.duplicates ?? 'skip') : 'create');
    const into = chosen === 'merge' && duplicateOf ? resolve(duplicateOf) : undefined;
    if (chosen === 'skip') {
      resolved.set(row.line, duplicateOf ? resolve(duplicateOf) : undefined);
      return { row, action: 'skip' };
    }
    if (into) {
      resolved.set(row.line, into);
      return { row, action: 'merge', into };
    }
    resolved.set(row.line, { kind: 'created', line: row.line });
    return { row, action: 'create' };
  });
}
