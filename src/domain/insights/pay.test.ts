import { describe, expect, it } from 'vitest';
import { aggregatePay, median, type PayMention } from './pay.ts';

const range = (overrides: Partial<PayMention>): PayMention => ({
  role: 'Data analyst',
  field: 'Energy',
  min: 600_000,
  max: 700_000,
  currency: 'NOK',
  period: 'year',
  advisorId: 'a',
  ...overrides,
});

describe('aggregatePay', () => {
  it('takes the lowest minimum, the highest maximum and the median midpoint of one role', () => {
    const [group, ...rest] = aggregatePay([
      range({ min: 600_000, max: 700_000, advisorId: 'a' }),
      range({ role: 'data analyst', min: 550_000, max: 650_000, advisorId: 'b' }),
      range({ min: 700_000, max: 900_000, advisorId: 'c' }),
    ]);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({
      role: 'Data analyst',
      min: 550_000,
      max: 900_000,
      medianMidpoint: 650_000,
      advisors: 3,
    });
  });

  it('never mixes currencies or periods', () => {
    const groups = aggregatePay([
      range({}),
      range({ currency: 'eur', min: 50_000, max: 60_000, advisorId: 'b' }),
      range({ period: 'month', min: 50_000, max: 55_000, advisorId: 'c' }),
    ]);
    expect(groups.map((group) => `${group.currency}/${group.period}`).sort()).toEqual([
      'EUR/year',
      'NOK/month',
      'NOK/year',
    ]);
  });

  it('keeps roles of different fields apart and counts an advisor once', () => {
    const groups = aggregatePay([
      range({ advisorId: 'a' }),
      range({ advisorId: 'a', min: 650_000 }),
      range({ field: 'Banking', advisorId: 'b' }),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups.find((group) => group.field === 'Energy')).toMatchObject({ advisors: 1, ranges: 2 });
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
