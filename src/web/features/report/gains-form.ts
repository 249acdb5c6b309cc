import type { FieldProblem } from '#domain/errors';
import { emptyGains, type Gains, type PayPeriod } from '#domain/gains';
import type { Locale } from '#domain/locale';
import { gainsSchema } from '#shared/gains.schema';
import { toFieldProblems } from '#shared/validation';

/**
 * The gains as the form holds them: amounts as typed (a half-typed "550 0" is not a number yet),
 * list rows that may still be empty. `toGains` turns them into what the API takes.
 */
export interface PayRow {
  role: string;
  level: string;
  min: string;
  max: string;
  currency: string;
  period: PayPeriod;
}

export interface OpeningRow {
  what: string;
  where: string;
  expectedBy: string;
}

export interface GainsDraft {
  payRanges: PayRow[];
  hours: string;
  conditions: string;
  keywords: string[];
  openings: OpeningRow[];
  advice: string[];
  resources: string[];
  wouldWorkThere: number | null;
  wouldWorkThereWhy: string;
}

export function emptyPayRow(currency = ''): PayRow {
  return { role: '', level: '', min: '', max: '', currency, period: 'year' };
}

export function emptyOpeningRow(): OpeningRow {
  return { what: '', where: '', expectedBy: '' };
}

export function draftOf(gains: Gains, locale: Locale): GainsDraft {
  const amount = (value: number) => formatAmount(value, locale);
  return {
    payRanges: gains.payRanges.map((range) => ({ ...range, min: amount(range.min), max: amount(range.max) })),
    hours: gains.hours,
    conditions: gains.conditions,
    // A list field always has a row to type in.
    keywords: withRow(gains.keywords),
    openings: gains.openings.map((opening) => ({ ...opening })),
    advice: withRow(gains.advice),
    resources: withRow(gains.resources),
    wouldWorkThere: gains.wouldWorkThere,
    wouldWorkThereWhy: gains.wouldWorkThereWhy,
  };
}

/** Numbers as the user would type them back: digits grouped the way their language groups them. */
export function formatAmount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: true }).format(value);
}

/**
 * "550 000", "550,000", "550.000" and "1 234,50": an amount as people type it. Spaces and
 * apostrophes group digits everywhere; of "," and ".", the one the user's language writes
 * decimals with is the decimal mark unless it is followed by exactly three digits at the end
 * of a number that has more than one group (then it groups thousands, as people often type).
 * NaN when it is not a number at all.
 */
export function parseAmount(text: string, locale: Locale): number {
  const compact = text.replace(/[\s\u00a0\u202f'’_]/g, '');
  if (compact === '' || !/^\d[\d.,]*$/.test(compact)) return Number.NaN;
  const decimalMark = locale === 'en' ? '.' : ',';
  const groupMark = decimalMark === '.' ? ',' : '.';
  let normal = compact.split(groupMark).join('');
  const decimals = normal.split(decimalMark);
  if (decimals.length > 2) return Number.NaN;
  // "550,000" typed in German means five hundred fifty thousand, not 550.
  if (decimals.length === 2 && decimals[1]!.length === 3) normal = decimals.join('');
  else normal = decimals.join('.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : Number.NaN;
}

function isBlankPayRow(row: PayRow): boolean {
  return [row.role, row.level, row.min, row.max].every((value) => value.trim() === '');
}

function isBlankOpening(row: OpeningRow): boolean {
  return [row.what, row.where, row.expectedBy].every((value) => value.trim() === '');
}

/**
 * The draft as gains, or the problems that keep it from being saved, each on the form's own path
 * ("payRanges.1.min"). Rows left entirely empty are dropped, not reported; so are empty list items.
 */
export function toGains(
  draft: GainsDraft,
  locale: Locale,
): { gains: Gains; problems: [] } | { gains: null; problems: FieldProblem[] } {
  const amountProblems: FieldProblem[] = [];
  const payIndexes: number[] = [];
  const payRanges = draft.payRanges.flatMap((row, index) => {
    if (isBlankPayRow(row)) return [];
    payIndexes.push(index);
    const min = parseAmount(row.min, locale);
    const max = parseAmount(row.max, locale);
    for (const [key, text, value] of [
      ['min', row.min, min],
      ['max', row.max, max],
    ] as const)
      if (Number.isNaN(value))
        amountProblems.push({
          field: `payRanges.${index}.${key}`,
          rule: text.trim() === '' ? 'required' : 'invalid_value',
        });
    return [{ ...row, min: Number.isNaN(min) ? 0 : min, max: Number.isNaN(max) ? 0 : max }];
  });
  const openingIndexes: number[] = [];
  const openings = draft.openings.flatMap((row, index) => {
    if (isBlankOpening(row)) return [];
    openingIndexes.push(index);
    return [row];
  });
  const input = {
    ...emptyGains(),
    payRanges,
    hours: draft.hours,
    conditions: draft.conditions,
    keywords: cleanList(draft.keywords),
    openings,
    advice: cleanList(draft.advice),
    resources: cleanList(draft.resources),
    wouldWorkThere: draft.wouldWorkThere,
    wouldWorkThereWhy: draft.wouldWorkThereWhy,
  };
  const parsed = gainsSchema.safeParse(input);
  const problems = [
    ...amountProblems,
    ...(parsed.success
      ? []
      : toFieldProblems(parsed.error, input)
          .map((problem) => ({ ...problem, field: toDraftPath(problem.field, payIndexes, openingIndexes) }))
          // An amount that did not parse was reported as such already.
          .filter((problem) => !amountProblems.some((known) => sameRow(known.field, problem.field)))),
  ];
  if (problems.length > 0) return { gains: null, problems };
  return { gains: parsed.data!, problems: [] };
}

function sameRow(amountField: string, field: string): boolean {
  const row = amountField.split('.').slice(0, 2).join('.');
  return field === amountField || (field.startsWith(`${row}.`) && field.endsWith('.min'));
}

/** The schema saw the rows without the blank ones: its indexes go back to the form's. */
export function toDraftPath(field: string, payIndexes: number[], openingIndexes: number[]): string {
  const parts = field.replace(/^gains\./, '').split('.');
  const indexes = parts[0] === 'payRanges' ? payIndexes : parts[0] === 'openings' ? openingIndexes : null;
  if (indexes && parts[1] !== undefined && /^\d+$/.test(parts[1]))
    parts[1] = String(indexes[Number(parts[1])] ?? parts[1]);
  return parts.join('.');
}

function cleanList(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

function withRow(values: readonly string[]): string[] {
  return values.length > 0 ? [...values] : [''];
}
