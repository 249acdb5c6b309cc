import { CsvError, parse } from 'csv-parse/sync';
import { ParseError } from './imported-contact.ts';

export interface CsvRow {
  /** 1-based physical line where the record starts in the whole file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: CsvRow;
  /** Data rows, without rows whose cells are all blank. */
  rows: CsvRow[];
  /** Header cells by columnKey, first occurrence wins. */
  columns: Map<string, number>;
}

export interface CsvReadOptions {
  delimiter: string;
  /** Physical line of the text's first line in the file, when the text is a slice of it. */
  firstLine: number;
}

/**
 * Compares header names the way people misspell them: "E-mail Address", "Email address" and
 * "email  address" are one column.
 */
export function columnKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Far more than any real header; csv-parse needs seconds for one multi-megabyte field.
const maxHeaderLength = 64 * 1024;
const maxRecordLength = 1024 * 1024;

/**
 * The cells of the first non-blank line, to recognise a header without reading the file. A
 * header with a line break inside a quoted name is not one Rapport knows, so one line is enough.
 */
export function readCsvHeader(text: string, delimiter: string): string[] | undefined {
  const start = /[^\s]/.exec(text)?.index ?? text.length;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const end = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, end === -1 ? text.length : end);
  if (line.trim() === '' || line.length > maxHeaderLength) return undefined;
  try {
    return readRows(line, { delimiter, firstLine: 1 })[0]?.cells;
  } catch {
    return undefined;
  }
}

/**
 * Reads a whole table whose first non-blank record is the header. `text` must have '\n' line
 * ends (normaliseText). Every data row must have as many cells as the header: a short row is
 * how a truncated file or an unquoted line break shows, and a long one an unquoted comma, and
 * either would put values in the wrong fields.
 */
export function readCsvTable(text: string, options: CsvReadOptions): CsvTable {
  const [header, ...rows] = readRows(text, options);
  if (!header) throw new ParseError('no_header', options.firstLine, undefined, 'the file has no header row');
  for (const row of rows) {
    if (row.cells.length === header.cells.length) continue;
    const missing = header.cells[row.cells.length];
    throw new ParseError(
      'malformed_csv',
      row.line,
      missing?.trim(),
      `row has ${row.cells.length} cells, the header has ${header.cells.length}`,
    );
  }
  const columns = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const key = columnKey(cell);
    if (key !== '' && !columns.has(key)) columns.set(key, index);
  });
  return { header, rows, columns };
}

function readRows(text: string, options: CsvReadOptions): CsvRow[] {
  const rows: CsvRow[] = [];
  const lineOffset = options.firstLine - 1;
  let lastRecordEnd = 0;
  try {
    parse(text, {
      delimiter: options.delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      // A contact is a few kilobytes even with long notes; a record this long is a broken quote
      // swallowing the rest of the file, and stopping early saves seconds on a large file.
      max_record_size: maxRecordLength,
      on_record: (cells, context) => {
        lastRecordEnd = context.lines;
        if (cells.every((cell) => cell.trim() === '')) return null;
        // context.lines is where the record ends; the line breaks inside quoted cells lead back to its start.
        const breaks = cells.reduce((count, cell) => count + countBreaks(cell), 0);
        rows.push({ line: lineOffset + context.lines - breaks, cells });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const column = typeof error.column === 'number' ? rows[0]?.cells[error.column]?.trim() : undefined;
    // csv-parse's own message quotes cell contents, which are personal data; the code is enough.
    const detail = `csv-parse ${error.code}`;
    // An unclosed quote is reported at the end of the file; the record that opened it starts on
    // the first non-empty line after the last complete record.
    const line =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? firstNonEmptyLineAfter(text, lastRecordEnd)
        : typeof error.lines === 'number' && error.lines >= 1
          ? error.lines
          : 1;
    throw new ParseError('malformed_csv', lineOffset + line, column, detail);
  }
  return rows;
}

function countBreaks(cell: string): number {
  let count = 0;
  for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count += 1;
  return count;
}

function firstNonEmptyLineAfter(text: string, line: number): number {
  let start = 0;
  for (let current = 1; current <= line; current += 1) {
    const end = text.indexOf('\n', start);
    if (end === -1) return line;
    start = end + 1;
  }
  let current = line + 1;
  while (text[start] === '\n') {
    start += 1;
    current += 1;
  }
  return current;
}
