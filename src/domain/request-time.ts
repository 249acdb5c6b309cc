import type { TimeRules } from './request-rules.ts';
import { compilePatterns, longestMatchAt, matchedText, type Word, type WordPattern } from './request-words.ts';

/**
 * The lengths of time a request asks for: "15-20 minutes", "a 20-minute call", "fünfzehn
 * Minuten", "15 bis 20 Minuten", "et kvarter", "setengah jam", "half an hour", "1 hour".
 */
export interface TimeAsk {
  /** As written in the text. */
  phrase: string;
  /** The range in minutes; both ends are the same for a single figure. */
  low: number;
  high: number;
}

interface TimePatterns {
  minutes: WordPattern[];
  hours: WordPattern[];
  numbers: Array<{ pattern: WordPattern; value: number }>;
  rangeWords: WordPattern[];
  durations: Array<{ pattern: WordPattern; minutes: number }>;
  vague: WordPattern[];
}

const compiled = new WeakMap<TimeRules, TimePatterns>();

function patternsOf(rules: TimeRules): TimePatterns {
  let patterns = compiled.get(rules);
  if (!patterns) {
    const withValues = (entries: Readonly<Record<string, number>>) =>
      Object.entries(entries).flatMap(([source, value]) =>
        compilePatterns([source]).map((pattern) => ({ pattern, value })),
      );
    patterns = {
      minutes: compilePatterns(rules.minuteWords),
      hours: compilePatterns(rules.hourWords),
      numbers: withValues(rules.numberWords),
      rangeWords: compilePatterns(rules.rangeWords),
      durations: withValues(rules.durations).map(({ pattern, value }) => ({ pattern, minutes: value })),
      vague: compilePatterns(rules.vague),
    };
    compiled.set(rules, patterns);
  }
  return patterns;
}

/** Marks that join the two ends of a range: "15-20", "15–20", "15/20". */
const RANGE_MARKS = new Set(['-', '–', '—', '−', '/', '~']);

interface NumberAt {
  value: number;
  /** How many words it covers. */
  length: number;
}

/** A number written in digits ("15", "1.5", "1,5") or in words ("fifteen", "lima belas") at words[index]. */
function numberAt(text: string, words: readonly Word[], index: number, patterns: TimePatterns): NumberAt | null {
  const word = words[index];
  if (!word) return null;
  if (/^[0-9]+$/.test(word.folded)) {
    const next = words[index + 1];
    const gap = next ? text.slice(word.end, next.start) : '';
    if (next && /^[0-9]+$/.test(next.folded) && (gap === '.' || gap === ',')) {
      return { value: Number(`${word.folded}.${next.folded}`), length: 2 };
    }
    return { value: Number(word.folded), length: 1 };
  }
  let best: NumberAt | null = null;
  for (const { pattern, value } of patterns.numbers) {
    const length = longestMatchAt(words, index, [pattern]);
    if (length > 0 && (!best || length > best.length)) best = { value, length };
  }
  return best;
}

/** The text between two neighbouring words, without the white space around it. */
function gapBetween(text: string, before: Word | undefined, after: Word | undefined): string {
  return before && after ? text.slice(before.end, after.start).trim() : '';
}

/** Every length of time the text asks for, in text order. */
export function findTimeAsks(text: string, words: readonly Word[], rules: TimeRules): TimeAsk[] {
  const patterns = patternsOf(rules);
  const asks: TimeAsk[] = [];
  let index = 0;
  while (index < words.length) {
    const found = durationAt(words, index, patterns) ?? figureAt(text, words, index, patterns);
    if (found) {
      asks.push({
        phrase: matchedText(text, words, { index, length: found.length }),
        low: found.low,
        high: found.high,
      });
      index += found.length;
    } else {
      index += 1;
    }
  }
  return asks;
}

interface Found {
  length: number;
  low: number;
  high: number;
}

/** A set phrase such as "half an hour", the longest one that starts at words[index]. */
function durationAt(words: readonly Word[], index: number, patterns: TimePatterns): Found | null {
  let best: Found | null = null;
  for (const { pattern, minutes } of patterns.durations) {
    const length = longestMatchAt(words, index, [pattern]);
    if (length > 0 && (!best || length > best.length)) best = { length, low: minutes, high: minutes };
  }
  return best;
}

/** A figure or range and its unit: "15 minutes", "15-20 min", "fifteen to twenty minutes", "2 hours". */
function figureAt(text: string, words: readonly Word[], index: number, patterns: TimePatterns): Found | null {
  const first = numberAt(text, words, index, patterns);
  if (!first) return null;
  let end = index + first.length;
  let second: NumberAt | null = null;
  const gap = gapBetween(text, words[end - 1], words[end]);
  if (RANGE_MARKS.has(gap)) {
    second = numberAt(text, words, end, patterns);
    if (second) end += second.length;
  } else if (gap === '') {
    const joiner = longestMatchAt(words, end, patterns.rangeWords);
    if (joiner > 0 && gapBetween(text, words[end + joiner - 1], words[end + joiner]) === '') {
      second = numberAt(text, words, end + joiner, patterns);
      if (second) end += joiner + second.length;
    }
  }
  // "20 minutes", "20-minute", "15min"
  const unitGap = gapBetween(text, words[end - 1], words[end]);
  if (unitGap !== '' && unitGap !== '-') return null;
  let factor = 0;
  let unitLength = longestMatchAt(words, end, patterns.minutes);
  if (unitLength > 0) factor = 1;
  else {
    unitLength = longestMatchAt(words, end, patterns.hours);
    if (unitLength > 0) factor = 60;
  }
  if (factor === 0) return null;
  const values = [first.value, second?.value ?? first.value].map((value) => value * factor);
  return { length: end + unitLength - index, low: Math.min(...values), high: Math.max(...values) };
}

/** The first phrase that asks for time without a figure ("a few minutes"), as written, or null. */
export function findVagueTimeAsk(text: string, words: readonly Word[], rules: TimeRules): string | null {
  const patterns = patternsOf(rules).vague;
  for (let index = 0; index < words.length; index += 1) {
    const length = longestMatchAt(words, index, patterns);
    if (length > 0) return matchedText(text, words, { index, length });
  }
  return null;
}
