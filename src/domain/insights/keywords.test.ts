import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordKey, mergeKeywords } from './keywords.ts';

const said = (advisorId: string, ...texts: string[]) => texts.map((text) => ({ text, advisorId }));

describe('mergeKeywords', () => {
  it('keeps only keywords heard from two or more different advisors', () => {
    const merged = mergeKeywords([...said('a', 'Python', 'SQL'), ...said('b', 'python'), ...said('c', 'Figma')], 'en');
    expect(merged).toEqual([{ text: 'Python', advisors: 2, spellings: ['Python', 'python'] }]);
  });

  it('counts advisors, not mentions', () => {
    const merged = mergeKeywords([...said('a', 'SQL', 'sql', 'SQL'), ...said('b', 'Excel')], 'en');
    expect(merged).toEqual([]);
  });

  it('shows the spelling used most often', () => {
    const merged = mergeKeywords(
      [...said('a', 'stakeholders'), ...said('b', 'Stakeholder'), ...said('c', 'stakeholders')],
      'en',
    );
    expect(merged[0]).toMatchObject({ text: 'stakeholders', advisors: 3 });
  });

  it('merges English plurals in -s, -es and -ies but not words ending in -ss', () => {
    expect(keywordKey('Analyses', 'en')).toBe(keywordKey('analyse', 'en'));
    expect(keywordKey('boxes', 'en')).toBe('box');
    expect(keywordKey('classes', 'en')).toBe('class');
    expect(keywordKey('Courses', 'en')).toBe(keywordKey('course', 'en'));
    expect(keywordKey('technologies', 'en')).toBe('technology');
    expect(keywordKey('user interviews', 'en')).toBe('user interview');
    expect(keywordKey('business', 'en')).toBe('business');
    expect(keywordKey('roles', 'en')).toBe(keywordKey('role', 'en'));
  });

  it('merges Norwegian plurals in -er, -ene and -e', () => {
    expect(keywordKey('bedrifter', 'nb')).toBe(keywordKey('bedrift', 'nb'));
    expect(keywordKey('verktøyene', 'nb')).toBe(keywordKey('verktøy', 'nb'));
    expect(keywordKey('Roller', 'nb')).toBe(keywordKey('rolle', 'nb'));
  });

  it('merges German plurals in -en, -e, -n, -s and -er', () => {
    expect(keywordKey('Schnittstellen', 'de')).toBe(keywordKey('Schnittstelle', 'de'));
    expect(keywordKey('Projekte', 'de')).toBe(keywordKey('Projekt', 'de'));
    expect(keywordKey('Workshops', 'de')).toBe(keywordKey('Workshop', 'de'));
    expect(keywordKey('Kinder', 'de')).toBe(keywordKey('Kind', 'de'));
  });

  it('merges Indonesian reduplicated plurals', () => {
    expect(keywordKey('buku-buku', 'id')).toBe('buku');
    expect(keywordKey('Laporan', 'id')).toBe('laporan');
    const merged = mergeKeywords([...said('a', 'proyek-proyek'), ...said('b', 'Proyek')], 'id');
    expect(merged[0]).toMatchObject({ advisors: 2 });
  });

  it('never counts more advisors than there are, and never keeps a keyword only one advisor said', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.constantFrom('API', 'apis', 'Api', 'design', 'Designs'),
            advisorId: fc.constantFrom('a', 'b', 'c'),
          }),
        ),
        (mentions) => {
          for (const keyword of mergeKeywords(mentions, 'en')) {
            expect(keyword.advisors).toBeGreaterThanOrEqual(2);
            expect(keyword.advisors).toBeLessThanOrEqual(3);
          }
        },
      ),
    );
  });
});
