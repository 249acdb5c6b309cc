import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMatchedTerms, excerptAround, plainTextOfMarkdown } from './search-excerpt.ts';

describe('plainTextOfMarkdown', () => {
  it('keeps the words and drops the markup', () => {
    const markdown =
      '# Coffee with Ingrid\n\n- asked about **pay** and _hours_\n> [her team](https://example.no) grows\n1. `follow up`';
    expect(plainTextOfMarkdown(markdown)).toBe('Coffee with Ingrid asked about pay and hours her team grows follow up');
  });

  it('leaves underscores inside words alone', () => {
    expect(plainTextOfMarkdown('snake_case stays')).toBe('snake_case stays');
  });
});

describe('excerptAround', () => {
  const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');

  it('returns a short text whole', () => {
    expect(excerptAround('Met at the alumni evening', ['alumni'])).toBe('Met at the alumni evening');
  });

  it('cuts a long text between words around the first match, with ellipses where text was left out', () => {
    const excerpt = excerptAround(words, ['word40']);
    expect(excerpt).toMatch(/^…word\d+ .* word\d+…$/);
    expect(excerpt).toContain(' word40 ');
    expect(excerpt.length).toBeLessThanOrEqual(162);
    // Whole words at both cuts: the neighbours of the first and last word are left out entirely.
    const shown = excerpt.slice(1, -1).split(' ');
    expect(words.includes(shown.join(' '))).toBe(true);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(excerptAround(words, ['nothing']).startsWith('word0 word1')).toBe(true);
  });

  it('shows a match near the end of the text', () => {
    const excerpt = excerptAround(words, ['word79']);
    expect(excerpt.endsWith('word79')).toBe(true);
  });

  it('never splits a character outside the BMP', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 100, maxLength: 400 }), (text) => {
        const excerpt = excerptAround(text, ['a']);
        return !/^…?[\uDC00-\uDFFF]|[\uD800-\uDBFF]…?$/.test(excerpt);
      }),
    );
  });
});

describe('countMatchedTerms', () => {
  it('counts the terms that occur as words or word starts', () => {
    expect(countMatchedTerms('Bjørn works at Equinor', ['bjorn', 'equi', 'nor'])).toBe(2);
  });
});
