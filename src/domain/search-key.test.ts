import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLikePattern, foldForSearch } from './search-key.ts';

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
