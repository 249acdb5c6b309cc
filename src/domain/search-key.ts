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

/** The words of a search, folded: letters and digits only, so they are safe in any query syntax. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Where the search terms occur in the original text, as [start, end) ranges of the original
 * string: folding changes lengths (ß → ss, é → e + accent), so each original character is folded
 * on its own and mapped back. Used to highlight matches without trusting any HTML.
 */
export function findMatches(original: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0 || original === '') return [];
  let folded = '';
  const originalIndexAt: number[] = [];
  let index = 0;
  for (const char of original) {
    const piece = foldForSearch(char) || (/\s/.test(char) ? ' ' : '');
    for (let k = 0; k < piece.length; k += 1) originalIndexAt.push(index);
    folded += piece;
    index += char.length;
  }
  originalIndexAt.push(original.length);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let from = folded.indexOf(term);
    while (from !== -1) {
      const start = originalIndexAt[from] ?? 0;
      const endIndex = originalIndexAt[from + term.length] ?? original.length;
      ranges.push([start, endIndex]);
      from = folded.indexOf(term, from + term.length);
    }
  }
  return mergeRanges(ranges);
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
