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
  // From the header on: then the header is csv-parse's first record, the length it holds every
  // later record to (see readRows), and the lines before it are only counted.
  const headerStart = text.lastIndexOf('\n', /[^\s]/.exec(text)?.index ?? text.length) + 1;
  const [header, ...rows] = readRows(text.slice(headerStart), {
    ...options,
    firstLine: options.firstLine + countBreaks(text, headerStart),
  });
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

/**
 * The records of `text` with the line each starts on, without blank ones.
 *
 * csv-parse can report each record's line (its `info` option, or the context `on_record` gets),
 * but builds an object of a dozen fields per record to do so, which costs more than a third of
 * the parse on a large file. The lines are counted here instead: empty lines are kept as records
 * (one empty cell) rather than skipped, so every physical line belongs to exactly one record, and
 * a record spans one line plus the line breaks inside its quoted cells (the text has '\n' line
 * ends only, and a line break outside quotes ends a record). csv-table.test.ts holds the count to
 * csv-parse's own. Only a broken file is read a second time, with csv-parse's positions, to say
 * where it broke (csvProblem).
 */
function readRows(text: string, options: CsvReadOptions): CsvRow[] {
  let records: string[][];
  try {
    records = parse(text, csvParseOptions(options.delimiter)) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw csvProblem(text, options, error);
  }
  const rows: CsvRow[] = [];
  let line = options.firstLine;
  for (const cells of records) {
    const start = line;
    line += 1;
    for (const cell of cells) if (cell.includes('\n')) line += countBreaks(cell);
    if (!isBlank(cells)) rows.push({ line: start, cells });
  }
  return rows;
}

function csvParseOptions(delimiter: string) {
  return {
    delimiter,
    // Checked by readCsvTable, which names the column that is missing.
    relax_column_count: true,
    // A contact is a few kilobytes even with long notes; a record this long is a broken quote
    // swallowing the rest of the file, and stopping early saves seconds on a large file.
    max_record_size: maxRecordLength,
  };
}

/**
 * Where a file csv-parse refused went wrong: read again, noting where each record ends (slow,
 * but only for a broken file), for the header (to name the column) and for the line an unclosed
 * quote was opened on.
 */
function csvProblem(text: string, options: CsvReadOptions, error: CsvError): ParseError {
  const lineOffset = options.firstLine - 1;
  let header: string[] | undefined;
  let lastRecordEnd = 0;
  try {
    parse(text, {
      ...csvParseOptions(options.delimiter),
      skip_empty_lines: true,
      on_record: (cells, context) => {
        lastRecordEnd = context.lines;
        if (!header && !isBlank(cells)) header = cells;
        return null;
      },
    });
  } catch {
    // The same error again: what was noted before it is what counts.
  }
  const column = typeof error.column === 'number' ? header?.[error.column]?.trim() : undefined;
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
  return new ParseError('malformed_csv', lineOffset + line, column, detail);
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Line breaks in `text`, or in its first `end` characters. */
function countBreaks(text: string, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count += 1;
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
