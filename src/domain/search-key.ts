/**
 * Folds text for matching: lower case, accents removed (é → e), and letters that carry no
 * accent but have a plain spelling folded too (ø → o, æ → ae, ß → ss), so that typing "bjorn"
 * finds "Bjørn" and "strasse" finds "Straße". Stored beside the record so that SQLite and
 * PostgreSQL compare the same bytes with a plain LIKE.
 */
const plainSpellings: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  å: 'a',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  œ: 'oe',
  ı: 'i',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæåßđłœı]/g, (letter) => plainSpellings[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so that a user typing "50%" searches for the text "50%". */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Whether a search term also matches the words it starts ("ingr" finds "Ingrid"). A single
 * character does not: it would match most of the index, which costs the full-text engines
 * hundreds of milliseconds on a large network and finds nothing useful, so while the user has
 * typed one letter only whole words match ("å", "x"). From the second letter on, prefixes match.
 */
export function isPrefixTerm(term: string): boolean {
  return term.length >= 2 && !/^[\ud800-\udbff][\udc00-\udfff]$/.test(term);
}

/** More words than anyone types into a search box; bounds the work one query can ask for. */
export const MAX_SEARCH_TERMS = 10;

/**
 * The words of a search, folded: letters and digits only, so they are safe in any query syntax.
 * Every word must match as a word or the start of one, so a word that starts another ("in" beside
 * "ingrid") or repeats one adds nothing and is left out (a single letter is matched as a whole word:
 * see isPrefixTerm).
 */
export function searchTerms(query: string): string[] {
  const words = [...new Set(foldForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? [])];
  const needed = words.filter(
    (word) => !isPrefixTerm(word) || !words.some((other) => other !== word && other.startsWith(word)),
  );
  return needed.slice(0, MAX_SEARCH_TERMS);
}

/**
 * Where the search terms occur in the original text, as [start, end) ranges of the original
 * string, to highlight them without trusting any HTML. A term matches where a word starts, as the
 * full-text index matches it (a word or the start of one): "an" marks "Anna" but not "Hannah".
 * Folding changes lengths (ß → ss, é → e + accent), so each original character is folded on its
 * own and mapped back; a match that ends inside a character's folding ("stras" in "Straße") marks
 * that whole character.
 */
export function findMatches(original: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0 || original === '') return [];
  const text = foldKeepingPositions(original);
  const { folded } = text;
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term === '') continue;
    let from = folded.indexOf(term);
    while (from !== -1) {
      if (matchesAt(folded, from, term)) {
        ranges.push([text.startOf(from), withTrailingMarks(original, text.endOf(from + term.length - 1))]);
      }
      from = folded.indexOf(term, from + 1);
    }
  }
  return mergeRanges(ranges);
}

/** Where the earliest match of any term starts in the original text (as findMatches finds them), or -1. */
export function findFirstMatch(original: string, terms: readonly string[]): number {
  if (terms.length === 0 || original === '') return -1;
  const text = foldKeepingPositions(original);
  const { folded } = text;
  let first = -1;
  for (const term of terms) {
    if (term === '') continue;
    let from = folded.indexOf(term);
    while (from !== -1 && (first === -1 || from < first) && !matchesAt(folded, from, term))
      from = folded.indexOf(term, from + 1);
    if (from !== -1 && (first === -1 || from < first)) first = from;
  }
  return first === -1 ? -1 : text.startOf(first);
}

/** Folded text, and where each of its UTF-16 units came from in the original. */
interface FoldedText {
  folded: string;
  /** Where the original character behind folded unit `position` starts. */
  startOf(position: number): number;
  /** Where the original character behind folded unit `position` ends. */
  endOf(position: number): number;
}

/**
 * The text folded one character at a time (as foldForSearch folds it), keeping positions. Results
 * and snippets fold every text they show, so the common cases are cheap: plain ASCII is only lower
 * cased; other characters are folded where they occur, and only those whose folding changes length
 * (ß → ss, æ → ae, a separate accent → nothing) are remembered, to map positions across them.
 */
function foldKeepingPositions(original: string): FoldedText {
  // Only ASCII: lower case is the whole folding (white space other than ' ' may stay: terms hold none).
  if (!beyondAscii.test(original)) return sameLength(original.toLowerCase());
  const foldedStarts: number[] = [];
  const originalStarts: number[] = [];
  const foldedLengths: number[] = [];
  const originalLengths: number[] = [];
  /** Folded length minus original length, after each of those characters. */
  const shiftsAfter: number[] = [];
  let shift = 0;
  const folded = original
    .replace(beyondAsciiCharacters, (char: string, offset: number) => {
      const piece = foldCharacter(char);
      if (piece.length !== char.length) {
        foldedStarts.push(offset + shift);
        originalStarts.push(offset);
        foldedLengths.push(piece.length);
        originalLengths.push(char.length);
        shift += piece.length - char.length;
        shiftsAfter.push(shift);
      }
      return piece;
    })
    // Each folding is lower case already; this lowers the ASCII letters, one unit for one.
    .toLowerCase();
  if (foldedStarts.length === 0) return sameLength(folded);

  /** The last length-changing character that starts at or before `position`, or -1. */
  const changeAt = (position: number): number => {
    let low = 0;
    let high = foldedStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((foldedStarts[middle] ?? 0) <= position) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };
  const insideChange = (change: number, position: number) =>
    change !== -1 && position < (foldedStarts[change] ?? 0) + (foldedLengths[change] ?? 0);
  return {
    folded,
    startOf(position) {
      const change = changeAt(position);
      if (insideChange(change, position)) return originalStarts[change] ?? 0;
      return position - (change === -1 ? 0 : (shiftsAfter[change] ?? 0));
    },
    endOf(position) {
      const change = changeAt(position);
      if (insideChange(change, position)) return (originalStarts[change] ?? 0) + (originalLengths[change] ?? 0);
      return position + 1 - (change === -1 ? 0 : (shiftsAfter[change] ?? 0));
    },
  };
}

function sameLength(folded: string): FoldedText {
  return { folded, startOf: (position) => position, endOf: (position) => position + 1 };
}

const beyondAscii = /[\u0080-\uffff]/;
const beyondAsciiCharacters = /[\u{80}-\u{10ffff}]/gu;

/** Accents written as separate characters belong to the letter before them: "e" + "◌́" is marked whole. */
function withTrailingMarks(original: string, end: number): number {
  let position = end;
  while (position < original.length && combiningMark.test(original.charAt(position))) position += 1;
  return position;
}

const combiningMark = /\p{M}/u;

/**
 * One character folded as foldForSearch folds it inside a text (white space stays one space).
 * Highlighting and snippets fold every character of every result, so plain ASCII takes a fast
 * path and other characters are remembered.
 */
function foldCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return asciiFolded[code] ?? char;
  let folded = foldedCharacters.get(char);
  if (folded === undefined) {
    folded = foldForSearch(char) || (/\s/u.test(char) ? ' ' : '');
    // Bounded: a text in many scripts must not grow the memo without end.
    if (foldedCharacters.size >= FOLDED_CHARACTER_MEMO_SIZE) foldedCharacters.clear();
    foldedCharacters.set(char, folded);
  }
  return folded;
}

const FOLDED_CHARACTER_MEMO_SIZE = 4096;
const foldedCharacters = new Map<string, string>();
const asciiFolded = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return /\s/.test(char) ? ' ' : char.toLowerCase();
});

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Whether the term matches at `position` of folded text as the index matches it: where a word
 * starts, and, for a one-character term, as the whole word (see isPrefixTerm).
 */
function matchesAt(folded: string, position: number, term: string): boolean {
  if (position > 0 && isWordCharacterBefore(folded, position)) return false;
  return isPrefixTerm(term) || !isWordCharacterAt(folded, position + term.length);
}

function isWordCharacterBefore(folded: string, position: number): boolean {
  const code = folded.charCodeAt(position - 1);
  // A character outside the BMP ends with a low surrogate: test the whole pair.
  const start = code >= 0xdc00 && code <= 0xdfff && position >= 2 ? position - 2 : position - 1;
  return isWordCharacterAt(folded, start);
}

function isWordCharacterAt(folded: string, position: number): boolean {
  if (position >= folded.length) return false;
  const code = folded.charCodeAt(position);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return wordCharacter.test(String.fromCodePoint(folded.codePointAt(position) ?? code));
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
