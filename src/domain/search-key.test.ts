import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeLikePattern,
  findFirstMatch,
  findMatches,
  foldForSearch,
  isPrefixTerm,
  MAX_SEARCH_TERMS,
  searchTerms,
} from './search-key.ts';

describe('foldForSearch', () => {
  it('removes accents and case', () => {
    expect(foldForSearch('Ádám KOVÁCS')).toBe('adam kovacs');
  });

  it('folds Nordic and German letters to their plain spelling', () => {
    expect(foldForSearch('Bjørn Dæhlie på Ås')).toBe('bjorn daehlie pa as');
    expect(foldForSearch('Straße')).toBe('strasse');
  });

  it('collapses runs of white space', () => {
    expect(foldForSearch('  Sri \t\n Wahyuni ')).toBe('sri wahyuni');
  });

  it('is idempotent: folding twice changes nothing', () => {
    fc.assert(fc.property(fc.string(), (text) => foldForSearch(foldForSearch(text)) === foldForSearch(text)));
  });
});

describe('escapeLikePattern', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});

describe('searchTerms', () => {
  it('folds the words of a query and drops everything that is not a letter or a digit', () => {
    expect(searchTerms('"Bjørn" AND (Straße*) OR: NEAR 🙂')).toEqual(['bjorn', 'and', 'strasse', 'or', 'near']);
  });

  it('leaves out a word that repeats another or starts another', () => {
    expect(searchTerms('in Ingrid ingrid berg')).toEqual(['ingrid', 'berg']);
  });

  it(`keeps at most ${MAX_SEARCH_TERMS} words`, () => {
    expect(searchTerms('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('findMatches', () => {
  const marked = (text: string, terms: string[]) =>
    findMatches(text, terms)
      .map(([start, end]) => text.slice(start, end))
      .join('|');

  it('finds a term at the start of words only, as the full-text index does', () => {
    expect(marked('Anna and Hannah', ['an'])).toBe('An|an');
  });

  it('maps folded matches back to the original characters', () => {
    expect(marked('Bjørn Ødegård', ['bjorn', 'odeg'])).toBe('Bjørn|Ødeg');
    expect(marked('Große Straße 5', ['strasse'])).toBe('Straße');
  });

  it('marks a whole character when a match ends inside its folding', () => {
    expect(marked('Straße', ['stras'])).toBe('Straß');
  });

  it('handles accents written as separate combining marks', () => {
    const decomposed = 'Jose\u0301 Garci\u0301a';
    expect(marked(decomposed, ['jose', 'garcia'])).toBe('Jose\u0301|Garci\u0301a');
  });

  it('merges overlapping matches and keeps characters outside the BMP whole', () => {
    expect(findMatches('ingrid 🙂 ingrid', ['ing', 'ingrid'])).toEqual([
      [0, 6],
      [10, 16],
    ]);
  });

  it('finds words after punctuation, as in an e-mail address', () => {
    expect(marked('ingrid.berg@example.no', ['berg', 'example'])).toBe('berg|example');
  });

  it('returns ranges inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }), (text, raw) => {
        const terms = raw.flatMap((term) => searchTerms(term));
        return findMatches(text, terms).every(([start, end]) => start >= 0 && start < end && end <= text.length);
      }),
    );
  });
});

describe('findFirstMatch', () => {
  it('gives the start of the earliest match that begins a word, in the original text', () => {
    expect(findFirstMatch('Hannah and Anna', ['an'])).toBe(7);
    expect(findFirstMatch('Große Straße', ['strasse', 'gro'])).toBe(0);
    expect(findFirstMatch('Große Straße', ['strasse'])).toBe(6);
    expect(findFirstMatch('nothing here', ['zebra'])).toBe(-1);
  });

  it('agrees with findMatches', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }), (text, raw) => {
        const terms = raw.flatMap((term) => searchTerms(term));
        return findFirstMatch(text, terms) === (findMatches(text, terms)[0]?.[0] ?? -1);
      }),
    );
  });
});

describe('one-letter terms', () => {
  it('match whole words only, from the second letter on prefixes match', () => {
    expect(isPrefixTerm('s')).toBe(false);
    expect(isPrefixTerm('å')).toBe(false);
    expect(isPrefixTerm('🙂')).toBe(false);
    expect(isPrefixTerm('in')).toBe(true);
    expect(findMatches('Siri s Åse', ['s'])).toEqual([[5, 6]]);
  });

  it('are kept beside a longer word that starts with the same letter', () => {
    expect(searchTerms('s sigrid')).toEqual(['s', 'sigrid']);
  });
});

describe('findMatches against a plain reference', () => {
  // The obvious, slow way: fold every character on its own and keep both ends of each.
  function referenceMatches(original: string, terms: readonly string[]): Array<[number, number]> {
    let folded = '';
    const starts: number[] = [];
    const ends: number[] = [];
    let index = 0;
    for (const char of original) {
      const piece = foldForSearch(char) || (/\s/.test(char) ? ' ' : '');
      for (let k = 0; k < piece.length; k += 1) {
        starts.push(index);
        ends.push(index + char.length);
      }
      folded += piece;
      index += char.length;
    }
    const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
    const ranges: Array<[number, number]> = [];
    for (const term of terms) {
      for (let from = folded.indexOf(term); from !== -1; from = folded.indexOf(term, from + 1)) {
        const before = String.fromCodePoint(...[...folded.slice(0, from)].slice(-1).map((c) => c.codePointAt(0) ?? 0));
        const after = [...folded.slice(from + term.length)][0];
        if (from > 0 && isWord(before)) continue;
        if (!isPrefixTerm(term) && isWord(after)) continue;
        let end = ends[from + term.length - 1] ?? original.length;
        while (end < original.length && /\p{M}/u.test(original.charAt(end))) end += 1;
        ranges.push([starts[from] ?? 0, end]);
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of ranges) {
      const last = merged[merged.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  }

  const characters = [
    'a',
    'b',
    's',
    'S',
    'ß',
    'æ',
    'Æ',
    'e',
    '\u0301',
    'ø',
    'é',
    ' ',
    '-',
    '.',
    '🙂',
    '𝐀',
    'ﬁ',
    'x',
    '\n',
  ];
  const text = fc.array(fc.constantFrom(...characters), { maxLength: 40 }).map((chars) => chars.join(''));

  it('finds the same ranges for texts full of characters whose folding changes length', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (original, queries) => {
        const terms = queries.flatMap((query) => searchTerms(query));
        expect(findMatches(original, terms)).toEqual(referenceMatches(original, terms));
      }),
      { numRuns: 2000 },
    );
  });
});
