import { describe, expect, it } from 'vitest';
import { rankTargets, TOP_TARGETS, websiteHref, type Organisation, type TargetRow } from './organisation.ts';

function row(name: string, motivation: number | null, posting: number | null, advocates = 0): TargetRow {
  const organisation: Organisation = {
    id: name,
    name,
    website: '',
    field: '',
    notes: '',
    isTarget: true,
    motivation,
    routine: null,
    posting,
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
  return { organisation, advocates };
}

const names = (rows: ReturnType<typeof rankTargets>) => rows.map((ranked) => ranked.organisation.name);

describe('rankTargets', () => {
  it('puts the highest motivation first, whatever the posting', () => {
    expect(names(rankTargets([row('Low', 1, 3), row('High', 3, 1), row('Middle', 2, 3)]))).toEqual([
      'High',
      'Middle',
      'Low',
    ]);
  });

  it('orders equal motivation by posting, highest first', () => {
    expect(names(rankTargets([row('A', 2, 1), row('B', 2, 3), row('C', 2, 2)]))).toEqual(['B', 'C', 'A']);
  });

  it('breaks a full tie by advocacy, then by name', () => {
    const ranked = rankTargets([row('Zeta', 2, 2), row('Alpha', 2, 2), row('Known', 2, 2, 3)]);
    expect(names(ranked)).toEqual(['Known', 'Alpha', 'Zeta']);
  });

  it('puts unrated motivation and posting after every rated value, including motivation 0', () => {
    const ranked = rankTargets([
      row('Unrated', null, null),
      row('Zero', 0, 1),
      row('No posting', 1, null),
      row('Rated', 1, 1),
    ]);
    expect(names(ranked)).toEqual(['Rated', 'No posting', 'Zero', 'Unrated']);
  });

  it('numbers the ranks from 1 and marks only the top five', () => {
    const rows = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((name, index) => row(name, 3 - (index % 4), 1));
    const ranked = rankTargets(rows);
    expect(ranked.map((target) => target.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ranked.filter((target) => target.isTop)).toHaveLength(TOP_TARGETS);
    expect(ranked.slice(TOP_TARGETS).every((target) => !target.isTop)).toBe(true);
  });

  it('compares names with the collator it is given, and leaves its input untouched', () => {
    const rows = [row('Øst', 1, 1), row('Zeta', 1, 1)];
    expect(names(rankTargets(rows, new Intl.Collator('nb')))).toEqual(['Zeta', 'Øst']);
    expect(names(rankTargets(rows, new Intl.Collator('de')))).toEqual(['Øst', 'Zeta']);
    expect(rows.map((r) => r.organisation.name)).toEqual(['Øst', 'Zeta']);
  });

  it('answers an empty list for no targets', () => {
    expect(rankTargets([])).toEqual([]);
  });
});

describe('websiteHref', () => {
  it('links web addresses, adding https:// to a bare host', () => {
    expect(websiteHref('statkraft.no')).toBe('https://statkraft.no/');
    expect(websiteHref(' https://www.example.com/jobs?x=1 ')).toBe('https://www.example.com/jobs?x=1');
    expect(websiteHref('http://example.org')).toBe('http://example.org/');
  });

  it('never links other schemes or text that is not an address', () => {
    for (const text of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://example.com',
      'mailto:a@b.no',
      'two words.com',
      'localhost',
      '',
    ]) {
      expect(websiteHref(text)).toBeNull();
    }
  });
});
