import { fileProblemReasons } from '#shared/import.schema';
/**
 * One person read from an import file, before Rapport decides whether it is new or a duplicate.
 * Each parser (LinkedIn CSV, Google CSV, vCard) maps its format onto this shape and nothing else;
 * the import service does the rest (dedupe, organisations, the transaction).
 */
export interface ImportedContact {
  /** 1-based line in the file where this person's record starts, for messages and the preview. */
  line: number;
  name: string;
  title: string;
  organisation: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string;
  /** Plain text or Markdown, as the source had it. */
  notes: string;
  tags: string[];
  /** When the user and this person connected, as YYYY-MM-DD, or '' when the file does not say. */
  metOn: string;
  location: string;
}

export type ImportFormat = 'linkedin' | 'google' | 'vcard';

/**
 * A file Rapport cannot read. `line` is 1-based and points at the first line that is wrong;
 * `field` names the column or property when one is to blame. `reason` is a closed code that the
 * UI and CLI translate; `detail` is the parser's own English text, for logs and bug reports.
 */
export class ParseError extends Error {
  constructor(
    readonly reason: ParseErrorReason,
    readonly line: number,
    readonly field?: string,
    readonly detail?: string,
  ) {
    super(`${reason} at line ${line}${field ? ` (${field})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'ParseError';
  }
}

// One list for parser, API and UI: the reasons a file cannot be read are part of the contract.
export const parseErrorReasons = fileProblemReasons;

export type ParseErrorReason = (typeof parseErrorReasons)[number];
