import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.ts';

describe('highlightSegments', () => {
  it('cuts a text into marked and plain pieces that join back to the original', () => {
    const text = 'Bjørn Ødegård works at <b>Equinor</b>';
    const segments = highlightSegments(text, ['bjorn', 'equi']);
    expect(segments).toEqual([
      { text: 'Bjørn', isMatch: true },
      { text: ' Ødegård works at <b>', isMatch: false },
      { text: 'Equi', isMatch: true },
      { text: 'nor</b>', isMatch: false },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('gives the whole text as one plain piece when nothing matches', () => {
    expect(highlightSegments('Ingrid', [])).toEqual([{ text: 'Ingrid', isMatch: false }]);
  });
});
