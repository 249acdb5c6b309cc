import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, pickLocale } from './locale.ts';

describe('pickLocale', () => {
  it('picks the first supported language in the order given', () => {
    expect(pickLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
  });

  it('reads every Norwegian tag as bokmål', () => {
    expect(pickLocale(['no'])).toBe('nb');
    expect(pickLocale(['nn-NO'])).toBe('nb');
    expect(pickLocale(['nb_NO'])).toBe('nb');
  });

  it('reads the legacy Indonesian tag "in" as Indonesian', () => {
    expect(pickLocale(['in-ID'])).toBe('id');
  });

  it('falls back to English when nothing is supported', () => {
    expect(pickLocale(['fr', 'ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('parseAcceptLanguage', () => {
  it('orders tags by weight and keeps the header order for ties', () => {
    expect(parseAcceptLanguage('fr;q=0.5, id, nb;q=0.9, de;q=0.9')).toEqual(['id', 'nb', 'de', 'fr']);
  });

  it('drops tags with q=0 and tolerates a missing or empty header', () => {
    expect(parseAcceptLanguage('de;q=0, en')).toEqual(['en']);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});
