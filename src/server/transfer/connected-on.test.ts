import { describe, expect, it } from 'vitest';
import { parseConnectedOn } from './connected-on.ts';

describe('parseConnectedOn', () => {
  it('reads the dates LinkedIn writes', () => {
    expect(parseConnectedOn('12 Mar 2024')).toBe('2024-03-12');
    expect(parseConnectedOn('01 Sep 2022')).toBe('2022-09-01');
    expect(parseConnectedOn('1 sep 2022')).toBe('2022-09-01');
    expect(parseConnectedOn('29 Feb 2020')).toBe('2020-02-29');
  });

  it('reads the dates Excel writes when it saves the export again, and ISO dates', () => {
    expect(parseConnectedOn('12-Mar-24')).toBe('2024-03-12');
    expect(parseConnectedOn('12-Mar-2024')).toBe('2024-03-12');
    expect(parseConnectedOn('2024-03-12')).toBe('2024-03-12');
  });

  it('reads full English month names', () => {
    expect(parseConnectedOn('5 September 2021')).toBe('2021-09-05');
    expect(parseConnectedOn('5 Sept 2021')).toBe('2021-09-05');
  });

  it('refuses dates that do not exist or are not English', () => {
    for (const value of [
      '31 Feb 2024',
      '29 Feb 2023',
      '12 Mai 2024',
      '12 Mrz 2024',
      '0 Mar 2024',
      '2024-13-01',
      'Mar 12 2024',
      '',
    ]) {
      expect(parseConnectedOn(value)).toBeUndefined();
    }
  });
});
