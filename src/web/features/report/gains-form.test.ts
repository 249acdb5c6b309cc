import { describe, expect, it } from 'vitest';
import { emptyGains } from '#domain/gains';
import { draftOf, emptyPayRow, parseAmount, toGains } from './gains-form.ts';

describe('the gains form', () => {
  it('reads amounts as people type them in each language', () => {
    expect(parseAmount('550 000', 'nb')).toBe(550000);
    expect(parseAmount('550.000', 'de')).toBe(550000);
    expect(parseAmount('550,000', 'en')).toBe(550000);
    expect(parseAmount('550,000', 'de')).toBe(550000);
    expect(parseAmount('1 234,50', 'nb')).toBe(1234.5);
    expect(parseAmount('45.5', 'en')).toBe(45.5);
    expect(parseAmount('lots', 'en')).toBeNaN();
    expect(parseAmount('', 'en')).toBeNaN();
  });

  it('drops empty rows and list items and gives the gains', () => {
    const draft = draftOf(emptyGains(), 'en');
    draft.payRanges.push(emptyPayRow(), { ...emptyPayRow('nok'), role: 'Analyst', min: '500 000', max: '600 000' });
    draft.keywords = ['SQL', ' ', ''];
    const result = toGains(draft, 'nb');
    expect(result.problems).toEqual([]);
    expect(result.gains?.payRanges).toEqual([
      { role: 'Analyst', level: '', min: 500000, max: 600000, currency: 'NOK', period: 'year' },
    ]);
    expect(result.gains?.keywords).toEqual(['SQL']);
  });

  it('reports a missing currency, a minimum above the maximum and an unreadable amount on the form rows', () => {
    const draft = draftOf(emptyGains(), 'en');
    draft.payRanges.push(
      emptyPayRow(),
      { ...emptyPayRow(''), role: 'A', min: '1', max: '2' },
      { ...emptyPayRow('EUR'), role: 'B', min: '9', max: '2' },
      { ...emptyPayRow('EUR'), role: 'C', min: 'x', max: '2' },
    );
    const result = toGains(draft, 'en');
    expect(result.gains).toBeNull();
    expect(result.problems).toEqual([
      { field: 'payRanges.3.min', rule: 'invalid_value' },
      { field: 'payRanges.1.currency', rule: 'invalid_currency' },
      { field: 'payRanges.2.min', rule: 'min_above_max' },
    ]);
  });
});
