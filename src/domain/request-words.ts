import { foldForSearch } from './search-key.ts';

/**
 * The words of a text and the word patterns the request rules are written in. Matching works on
 * folded words (lower case, accents removed, ø → o, ß → ss), so "Fünfzehn", "funfzehn" and
 * "FÜNFZEHN" are one word, and a rule written "søknad*" finds "Søknaden".
 */

/** One word of a text: a run of letters, or a run of digits ("15min" is "15" and "min"). */
export interface Word {
  /** As written. */
  raw: string;
  folded: string;
  /** Where it is in the text, [start, end). */
  start: number;
  end: number;
}

const WORD = /\p{N}+|[\p{L}\p{M}]+/gu;

/** The words of the text, in order; runs that fold to nothing (a lone accent) are left out. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const folded = foldForSearch(raw);
    if (folded === '') continue;
    const start = match.index;
    words.push({ raw, folded, start, end: start + raw.length });
  }
  return words;
}

/**
 * Words as a reader counts them: letters and digits in any script, held together by an
 * apostrophe, a hyphen or dash, a dot, @, _, / or a colon, so "I'm", "e-mail", "15–20", "e.g."
 * and "{{my_name}}" are one word each.
 */
const COUNTED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-–.@_/:][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(COUNTED_WORD)) count += 1;
  return count;
}

/**
 * One word of a pattern. `*` before or after a word lets it be part of a longer one: "jobb*"
 * matches "jobben" (an inflection), "*jobb" matches "sommerjobb" (a compound), "*bewerbung*"
 * matches "Initiativbewerbungen".
 */
interface PatternWord {
  text: string;
  longerBefore: boolean;
  longerAfter: boolean;
}

/** A rule's word or phrase ("kom over", "stellenangebot*"): words that follow each other in the text. */
export interface WordPattern {
  source: string;
  words: readonly PatternWord[];
}

/** Compiles a pattern as written in the rules; null when it holds no word at all. */
export function compilePattern(source: string): WordPattern | null {
  const words: PatternWord[] = [];
  for (const piece of source.trim().split(/\s+/)) {
    const longerBefore = piece.startsWith('*');
    const longerAfter = piece.endsWith('*');
    const parts = foldForSearch(piece.replace(/\*/g, '')).match(/\p{N}+|\p{L}+/gu) ?? [];
    parts.forEach((text, index) =>
      words.push({
        text,
        longerBefore: longerBefore && index === 0,
        longerAfter: longerAfter && index === parts.length - 1,
      }),
    );
  }
  return words.length === 0 ? null : { source, words };
}

export function compilePatterns(sources: readonly string[]): WordPattern[] {
  return sources.map(compilePattern).filter((pattern): pattern is WordPattern => pattern !== null);
}

function wordMatches(word: string, pattern: PatternWord): boolean {
  if (pattern.longerBefore && pattern.longerAfter) return word.includes(pattern.text);
  if (pattern.longerBefore) return word.endsWith(pattern.text);
  if (pattern.longerAfter) return word.startsWith(pattern.text);
  return word === pattern.text;
}

/** How many words the pattern covers when it starts at words[index], or 0 when it does not match there. */
export function matchLengthAt(words: readonly Word[], index: number, pattern: WordPattern): number {
  if (index + pattern.words.length > words.length) return 0;
  for (let offset = 0; offset < pattern.words.length; offset += 1) {
    const word = words[index + offset];
    const expected = pattern.words[offset];
    if (!word || !expected || !wordMatches(word.folded, expected)) return 0;
  }
  return pattern.words.length;
}

/** The longest of the patterns that matches at words[index]: how many words it covers, or 0. */
export function longestMatchAt(words: readonly Word[], index: number, patterns: readonly WordPattern[]): number {
  let longest = 0;
  for (const pattern of patterns) longest = Math.max(longest, matchLengthAt(words, index, pattern));
  return longest;
}

/** A stretch of words that matched: where it starts among the words and how many it covers. */
export interface WordMatch {
  index: number;
  length: number;
}

/** The first place, in text order, where any of the patterns matches; null when none does. */
export function findFirstMatch(words: readonly Word[], patterns: readonly WordPattern[]): WordMatch | null {
  if (patterns.length === 0) return null;
  for (let index = 0; index < words.length; index += 1) {
    const length = longestMatchAt(words, index, patterns);
    if (length > 0) return { index, length };
  }
  return null;
}

/** The original text a match covers ("Stellenangebot", "kom over"). */
export function matchedText(text: string, words: readonly Word[], match: WordMatch): string {
  const first = words[match.index];
  const last = words[match.index + match.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}
