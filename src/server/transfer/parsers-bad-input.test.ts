import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_IMPORT_BYTES } from './decode-text.ts';
import { parseGoogleContacts } from './google-csv.ts';
import { ParseError, parseErrorReasons, type ImportedContact } from './imported-contact.ts';
import { parseLinkedInConnections } from './linkedin-csv.ts';
import { parseImport } from './parse-import.ts';
import { normaliseText } from './text-lines.ts';
import { parseVCards } from './vcard.ts';

const fixtureBytes = (name: string) => readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));
const fixtureText = (name: string) => fixtureBytes(name).toString('utf8');
const fixtures = {
  linkedin: [fixtureText('linkedin-connections.csv')],
  google: [fixtureText('google-contacts-current.csv'), fixtureText('google-contacts-legacy.csv')],
  vcard: [fixtureText('contacts-v3.vcf'), fixtureText('contacts-v4.vcf')],
};
const allFixtures = Object.values(fixtures).flat();

function parseError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('bad input', () => {
  it('refuses a file cut in the middle of a quoted field with the line where that record starts', () => {
    const linkedin = fixtures.linkedin[0] ?? '';
    const google = fixtures.google[0] ?? '';
    const vcard = fixtures.vcard[0] ?? '';

    expect(
      parseError(() => parseLinkedInConnections(linkedin.slice(0, linkedin.indexOf('Region vest')))),
    ).toMatchObject({
      reason: 'malformed_csv',
      line: 6,
    });
    expect(parseError(() => parseGoogleContacts(google.slice(0, google.indexOf('career change'))))).toMatchObject({
      reason: 'malformed_csv',
      line: 2,
    });
    expect(parseError(() => parseVCards(vcard.slice(0, vcard.indexOf('Universitas'))))).toMatchObject({
      reason: 'malformed_vcard',
      line: 41,
    });
  });

  it('reads Latin-1 bytes as Windows-1252 and refuses UTF-8 with a bad byte in it', () => {
    const legacy = fixtures.google[1] ?? '';
    const latin1 = Buffer.from(legacy.replace(/^\ufeff/, ''), 'latin1');
    const damaged = Buffer.concat([fixtureBytes('google-contacts-legacy.csv'), Buffer.from([0xff])]);

    expect(parseImport(latin1, { format: 'auto', fileName: 'google.csv' }).contacts).toEqual(
      parseGoogleContacts(legacy),
    );
    expect(parseError(() => parseImport(damaged, { format: 'auto', fileName: 'google.csv' }))).toMatchObject({
      reason: 'invalid_encoding',
    });
  });

  it('gives the same contacts with and without a BOM, with CRLF and with LF', () => {
    for (const text of allFixtures) {
      const expected = parseImport(Buffer.from(text), { format: 'auto', fileName: '' });
      const bare = text.replace(/^\ufeff/, '');

      for (const variant of [bare, `\ufeff${bare}`, bare.replace(/\r\n/g, '\n'), bare.replace(/\r?\n/g, '\r\n')]) {
        expect(parseImport(Buffer.from(variant), { format: 'auto', fileName: '' })).toEqual(expected);
      }
    }
  });

  it('refuses a file one byte over 50 MB with too_large at once, before reading it', () => {
    const huge = Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a');
    const start = performance.now();

    expect(parseError(() => parseImport(huge, { format: 'auto', fileName: 'big.csv' }))).toMatchObject({
      reason: 'too_large',
      line: 1,
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('refuses a PNG renamed .vcf with not_text at line 1, detected or not', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

    for (const format of ['auto', 'vcard'] as const) {
      expect(parseError(() => parseImport(png, { format, fileName: 'contacts.vcf' }))).toMatchObject({
        reason: 'not_text',
        line: 1,
      });
    }
  });

  it('refuses a CSV with no recognisable header with no_header at line 1', () => {
    const csv = 'Vorname;Nachname;Firma\nKari;Nordmann;Equinor\n';

    expect(parseError(() => parseImport(Buffer.from(csv), { format: 'auto', fileName: 'kontakte.csv' }))).toMatchObject(
      {
        reason: 'no_header',
        line: 1,
      },
    );
    expect(parseError(() => parseGoogleContacts(csv))).toMatchObject({ reason: 'no_header', line: 1 });
    expect(parseError(() => parseLinkedInConnections(csv))).toMatchObject({ reason: 'no_header', line: 1 });
  });
});

// Inputs stay under 20 kB so that "under 100 ms each" measures the parsers, not the machine.
const maxFuzzLength = 20_000;
const numRuns = 10_000;
const fuzzTimeout = 60_000;
const slowestAllowedMs = 100;

type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; times: number };

const syntax = [
  '"',
  '""',
  ',',
  ';',
  ':',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '\\',
  '=',
  '\ufeff',
  ' ::: ',
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:2.1',
  'First Name',
  'Connected On',
  '\u0000',
];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...syntax) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.nat({ max: 3000 }),
    times: fc.integer({ min: 1, max: 6 }),
  }),
);

function applyEdit(text: string, change: Edit): string {
  const at = change.at % (text.length + 1);
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + change.length).repeat(change.times) + text.slice(at);
  }
}

const mutationOf = (texts: string[]) =>
  fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) => edits.reduce(applyEdit, text).slice(0, maxFuzzLength));

const syntaxSoup = fc
  .array(fc.oneof(fc.constantFrom(...syntax), fc.string({ maxLength: 4 })), { maxLength: 200 })
  .map((parts) => parts.join(''));

const textFor = (own: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: mutationOf(own) },
    { weight: 1, arbitrary: mutationOf(allFixtures) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
    { weight: 2, arbitrary: syntaxSoup },
  );

const bytesInput = fc.oneof(
  textFor(allFixtures).map((text) => Buffer.from(text, 'utf8')),
  // Windows-1252 files, and bytes cut or inserted anywhere, also inside a UTF-8 character.
  textFor(allFixtures).map((text) => Buffer.from(text, 'latin1')),
  fc
    .tuple(
      fc.constantFrom(...allFixtures).map((text) => Buffer.from(text)),
      fc.array(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 6 })), { maxLength: 4 }),
      fc.option(fc.nat()),
    )
    .map(([bytes, inserts, cut]) => {
      let result = Uint8Array.from(bytes);
      for (const [at, inserted] of inserts) {
        const position = at % (result.length + 1);
        result = Buffer.concat([result.subarray(0, position), inserted, result.subarray(position)]);
      }
      return cut === null ? result : result.subarray(0, cut % (result.length + 1));
    }),
  fc.uint8Array({ maxLength: 4000 }),
);

interface FuzzStats {
  parsed: number;
  refused: number;
  /** The slowest inputs so far, slowest first, to be timed again at the end. */
  slowest: { ms: number; run: () => unknown }[];
}

const newStats = (): FuzzStats => ({ parsed: 0, refused: 0, slowest: [] });
const keptSlowest = 5;

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  try {
    run();
  } catch {
    // Only the time matters here; checkRun has judged the outcome.
  }
  return performance.now() - start;
}

/**
 * One timing on a busy two-core machine includes preemption and garbage collection of other
 * work (a slowest input of 170 ms was seen under load, 5 to 20 ms on an idle machine). The
 * slowest inputs are timed again and keep their best time, which is what the input itself costs.
 */
function settledSlowestMs(stats: FuzzStats): number {
  const settled = stats.slowest.map(({ run }) => Math.min(timeOnce(run), timeOnce(run), timeOnce(run)));
  return Math.max(0, ...settled);
}

/**
 * Runs one input and checks the contract: contacts, each with a real line and a name, or a
 * ParseError with a known reason and an integer line >= 1 (within the file, when it is known).
 */
function checkRun(stats: FuzzStats, run: () => ImportedContact[], lineCount?: number): void {
  const start = performance.now();
  let contacts: ImportedContact[] | undefined;
  let refusal: unknown;
  try {
    contacts = run();
  } catch (error) {
    refusal = error;
  }
  const ms = performance.now() - start;
  if (stats.slowest.length < keptSlowest || ms > (stats.slowest.at(-1)?.ms ?? 0)) {
    stats.slowest = [...stats.slowest, { ms, run }].sort((a, b) => b.ms - a.ms).slice(0, keptSlowest);
  }
  const isValidLine = (line: number) =>
    Number.isInteger(line) && line >= 1 && (lineCount === undefined || line <= lineCount);

  if (contacts) {
    stats.parsed += 1;
    for (const contact of contacts) {
      if (!isValidLine(contact.line) || contact.name.trim() === '') {
        throw new Error(`contact with line ${contact.line} and name ${JSON.stringify(contact.name)}`);
      }
    }
    return;
  }
  if (!(refusal instanceof ParseError)) throw refusal;
  if (!parseErrorReasons.includes(refusal.reason) || !isValidLine(refusal.line)) {
    throw new Error(`ParseError ${refusal.reason} at line ${refusal.line} of ${lineCount ?? '?'}`);
  }
  stats.refused += 1;
}

const lineCountOf = (text: string) => normaliseText(text).split('\n').length;

const textParsers = [
  { name: 'parseLinkedInConnections', parse: parseLinkedInConnections, own: fixtures.linkedin },
  { name: 'parseGoogleContacts', parse: parseGoogleContacts, own: fixtures.google },
  { name: 'parseVCards', parse: parseVCards, own: fixtures.vcard },
];

describe('fuzzing (fast-check, 10,000 inputs each)', () => {
  for (const { name, parse, own } of textParsers) {
    it(
      `${name} only ever returns contacts or throws a ParseError with a line, each input under 100 ms`,
      () => {
        // Compiled and warm first, so the slowest input is not the first one.
        for (const text of allFixtures) checkRun(newStats(), () => parse(text));
        const stats = newStats();

        fc.assert(
          fc.property(textFor(own), (text) => checkRun(stats, () => parse(text), lineCountOf(text))),
          { numRuns },
        );

        expect(stats.parsed).toBeGreaterThan(0);
        expect(stats.refused).toBeGreaterThan(0);
        expect(settledSlowestMs(stats)).toBeLessThan(slowestAllowedMs);
      },
      fuzzTimeout,
    );
  }

  it(
    'parseImport only ever returns contacts or throws a ParseError with a line, for any bytes, each under 100 ms',
    () => {
      const formats = ['auto', 'linkedin', 'google', 'vcard'] as const;
      const fileNames = ['Connections.csv', 'contacts.vcf', 'contacts.csv', 'notes.txt', ''];
      for (const text of allFixtures) {
        checkRun(newStats(), () => parseImport(Buffer.from(text), { format: 'auto', fileName: '' }).contacts);
      }
      const stats = newStats();

      fc.assert(
        fc.property(bytesInput, fc.constantFrom(...formats), fc.constantFrom(...fileNames), (bytes, format, fileName) =>
          checkRun(stats, () => parseImport(bytes, { format, fileName }).contacts),
        ),
        { numRuns },
      );

      expect(stats.parsed).toBeGreaterThan(0);
      expect(stats.refused).toBeGreaterThan(0);
      expect(settledSlowestMs(stats)).toBeLessThan(slowestAllowedMs);
    },
    fuzzTimeout,
  );

  it('decodeText only ever returns text or throws a ParseError with a line', () => {
    fc.assert(
      fc.property(bytesInput, (bytes) => {
        try {
          expect(typeof decodeText(bytes)).toBe('string');
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          expect(error.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
