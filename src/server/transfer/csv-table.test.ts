import { CsvError, parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvTable, type CsvReadOptions } from './csv-table.ts';
import { ParseError } from './imported-contact.ts';

/**
 * Where each record starts and where a broken file breaks, as csv-parse itself reports it: the
 * line it has reached at the end of each record (its on_record context), less the line breaks
 * inside the record's quoted cells. This is what readCsvTable did before it counted lines
 * itself; it stays here as the reference the count must agree with.
 */
function referenceTable(text: string, options: CsvReadOptions) {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const lineOffset = options.firstLine - 1;
  let lastRecordEnd = 0;
  try {
    parse(text, {
      delimiter: options.delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 1024 * 1024,
      on_record: (cells: string[], context) => {
        lastRecordEnd = context.lines;
        if (cells.every((cell) => cell.trim() === '')) return null;
        const breaks = cells.reduce((count, cell) => count + cell.split('\n').length - 1, 0);
        rows.push({ line: lineOffset + context.lines - breaks, cells });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const column = typeof error.column === 'number' ? rows[0]?.cells[error.column]?.trim() : undefined;
    let line = typeof error.lines === 'number' && error.lines >= 1 ? error.lines : 1;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The first non-empty line after the last complete record.
      const lines = text.split('\n');
      line = lastRecordEnd + 1;
      while (lines[line - 1] === '' && line < lines.length) line += 1;
    }
    return { error: { reason: 'malformed_csv', line: lineOffset + line, field: column } };
  }
  const [header, ...data] = rows;
  if (!header) return { error: { reason: 'no_header', line: options.firstLine, field: undefined } };
  const short = data.find((row) => row.cells.length !== header.cells.length);
  if (short) {
    const field = header.cells[short.cells.length]?.trim();
    return { error: { reason: 'malformed_csv', line: short.line, field } };
  }
  return { header, rows: data };
}

function readOrError(text: string, options: CsvReadOptions) {
  try {
    const table = readCsvTable(text, options);
    return { header: table.header, rows: table.rows };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { error: { reason: error.reason, line: error.line, field: error.field } };
  }
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Cells with the characters that move lines about: commas, quotes, line breaks, blanks. */
const cellArbitrary = fc
  .array(fc.constantFrom('a', 'é', ' ', ',', '"', '\n', 'x'), { maxLength: 8 })
  .map((chars) => chars.join(''));

/** Well-formed tables, three columns wide, with blank and whitespace-only lines anywhere. */
const tableArbitrary = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(cellArbitrary, { minLength: 3, maxLength: 3 }).map((cells) => cells.map(csvCell).join(',')),
      },
      { weight: 1, arbitrary: fc.constantFrom('', '  ', ',,', ' , , ') },
    ),
    { maxLength: 12 },
  )
  .map((lines) => ['First,Last,Notes', ...lines].join('\n'));

describe('readCsvTable', () => {
  it('gives every row the line csv-parse itself says the record starts on', () => {
    fc.assert(
      fc.property(
        tableArbitrary,
        fc.constantFrom('', '\n', '\n\n  \n'),
        fc.integer({ min: 1, max: 40 }),
        (table, before, firstLine) => {
          const text = `${before}${table}`;
          expect(readOrError(text, { delimiter: ',', firstLine })).toEqual(
            referenceTable(text, { delimiter: ',', firstLine }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reports a broken file at the line and field csv-parse reports, whatever the damage', () => {
    const damaged = fc
      .tuple(tableArbitrary, fc.array(fc.constantFrom('"', ',', '\n', 'a', ' '), { maxLength: 6 }), fc.nat())
      .map(([table, noise, at]) => {
        const cut = at % (table.length + 1);
        return table.slice(0, cut) + noise.join('') + table.slice(cut);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(readOrError(text, { delimiter: ',', firstLine: 3 })).toEqual(
          referenceTable(text, { delimiter: ',', firstLine: 3 }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a quoted line break as a line of the record that holds it', () => {
    const text = 'First,Last,Notes\n\nKari,Nordmann,"met at\nthe fair"\n\nOla,Hansen,\n';
    expect(readCsvTable(text, { delimiter: ',', firstLine: 4 }).rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [6, 'Kari'],
      [9, 'Ola'],
    ]);
  });
});
