import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldParts } from './fold-parts.ts';
import { foldForSearch } from './search-key.ts';

const piece = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({
    unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', 'Ø', 'æ', 'ß', 'É', 'e\u0301', '\u0301', 'Σ', 'İ', 'ﬁ', 'A'),
    maxLength: 8,
  }),
);

describe('foldParts', () => {
  it('folds the parts to exactly what folding them joined by a space or a line break gives', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        expect(foldParts(parts)).toBe(foldForSearch(parts.join(' ')));
        expect(foldParts(parts)).toBe(foldForSearch(parts.join('\n')));
      }),
      { numRuns: 5000 },
    );
  });

  it('continues a text that is folded already', () => {
    expect(foldParts(['Statens  vegvesen', ''], undefined, 'bjorn')).toBe(foldForSearch('Bjørn Statens vegvesen'));
    expect(foldParts([], undefined, 'bjorn')).toBe('bjorn');
  });

  it('uses the fold it is given for each part', () => {
    const seen: string[] = [];
    const fold = (text: string) => {
      seen.push(text);
      return foldForSearch(text);
    };
    expect(foldParts(['Bjørn', '', 'Statens vegvesen'], fold)).toBe('bjorn statens vegvesen');
    expect(seen).toEqual(['Bjørn', 'Statens vegvesen']);
  });
});
