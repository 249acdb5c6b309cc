import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-day.ts';
import { addMonths, cadenceOf } from './keep-in-touch.ts';

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-12-01', 24)).toBe('2028-12-01');
  });

  it('always lands in the month that many months later, never earlier than the day it starts from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 24 }), (offset, months) => {
        const day = addDays('2020-01-01', offset);
        const later = addMonths(day, months);
        const monthIndex = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
        expect(monthIndex(later) - monthIndex(day)).toBe(months);
        expect(later > day).toBe(true);
        expect(Number(later.slice(8, 10))).toBeLessThanOrEqual(Number(day.slice(8, 10)));
      }),
    );
  });
});

describe('cadenceOf', () => {
  it('has no cadence for a contact the user has not talked to yet', () => {
    const cadence = cadenceOf({ loggedOn: [], steps: [{ kind: 'request_sent', onDay: '2026-10-01' }], setting: null });
    expect(cadence).toMatchObject({ active: false, nextDueOn: null, lastOn: '2026-10-01', everyMonths: 3 });
  });

  it('starts every three months after the conversation was held', () => {
    const cadence = cadenceOf({
      loggedOn: [],
      steps: [
        { kind: 'request_sent', onDay: '2026-09-01' },
        { kind: 'held', onDay: '2026-09-20' },
      ],
      setting: null,
    });
    expect(cadence).toMatchObject({ active: true, lastOn: '2026-09-20', nextDueOn: '2026-12-20' });
  });

  it('restarts at every logged interaction and at a thank-you note sent', () => {
    const steps = [
      { kind: 'held', onDay: '2026-09-20' },
      { kind: 'thank_you_sent', onDay: '2026-09-21' },
    ];
    expect(cadenceOf({ loggedOn: [], steps, setting: null }).nextDueOn).toBe('2026-12-21');
    expect(cadenceOf({ loggedOn: ['2026-11-02'], steps, setting: null }).nextDueOn).toBe('2027-02-02');
    expect(cadenceOf({ loggedOn: ['2026-11-02', '2027-01-10'], steps, setting: null }).nextDueOn).toBe('2027-04-10');
  });

  it('counts a logged interaction alone as something to keep up', () => {
    expect(
      cadenceOf({ loggedOn: ['2026-05-31'], steps: [], setting: { everyMonths: 1, stopped: false } }),
    ).toMatchObject({
      active: true,
      nextDueOn: '2026-06-30',
    });
  });

  it('has no next date once the user stopped', () => {
    const cadence = cadenceOf({ loggedOn: ['2026-05-31'], steps: [], setting: { everyMonths: 6, stopped: true } });
    expect(cadence).toMatchObject({ stopped: true, nextDueOn: null, everyMonths: 6 });
  });

  it('is always due after the latest interaction, whatever order they come in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 8 }), (offsets) => {
        const days = offsets.map((offset) => addDays('2022-01-01', offset));
        const cadence = cadenceOf({ loggedOn: days, steps: [], setting: null });
        const latest = [...days].sort().at(-1)!;
        expect(cadence.lastOn).toBe(latest);
        expect(cadence.nextDueOn).toBe(addMonths(latest, 3));
      }),
    );
  });
});
