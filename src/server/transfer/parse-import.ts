import { decodeText } from './decode-text.ts';
import { detectImportFormat } from './detect-format.ts';
import { parseGoogleContacts } from './google-csv.ts';
import type { ImportedContact, ImportFormat } from './imported-contact.ts';
import { parseLinkedInConnections } from './linkedin-csv.ts';
import { normaliseText } from './text-lines.ts';
import { parseVCards } from './vcard.ts';

export interface ParseImportOptions {
  /** 'auto' detects the format from the content (detectImportFormat). */
  format: 'auto' | ImportFormat;
  /** The name the user's file had; only used to word errors. */
  fileName: string;
}

export interface ParsedImport {
  format: ImportFormat;
  contacts: ImportedContact[];
}

const parsers: Record<ImportFormat, (text: string) => ImportedContact[]> = {
  linkedin: parseLinkedInConnections,
  google: parseGoogleContacts,
  vcard: parseVCards,
};

/** All contacts of a file, or a ParseError and none: an import is all rows or nothing. */
export function parseImport(bytes: Uint8Array, options: ParseImportOptions): ParsedImport {
  // Normalised once here; detection and the parsers then find nothing left to do.
  const text = normaliseText(decodeText(bytes));
  const format = options.format === 'auto' ? detectImportFormat(options.fileName, text) : options.format;
  return { format, contacts: parsers[format](text) };
}
