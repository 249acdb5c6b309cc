import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_MINUTES, PLAN_RESERVE_MINUTES, planTiming } from './plan-timing.ts';
import { builtInQuestionsByKey, planGoals, suggestedPlans } from './question-bank.ts';
import { checklistComplete, checklistKeys, normaliseChecklist } from './preparation-checklist.ts';

describe('plan timing', () => {
  it('keeps six minutes for small talk and next steps', () => {
    expect(PLAN_RESERVE_MINUTES).toBe(6);
    expect(planTiming([], 20)).toMatchObject({ plannedMinutes: 6, verdict: 'room', minutes: 14 });
  });

  it('says a plan fits when questions and reserve fill the meeting exactly', () => {
    expect(planTiming([3, 3, 4, 4], 20)).toMatchObject({ questionMinutes: 14, verdict: 'fits', minutes: 0 });
  });

  it('says by how many minutes a plan is over', () => {
    expect(planTiming([5, 5, 5], 20)).toMatchObject({ plannedMinutes: 21, verdict: 'over', minutes: 1 });
  });

  it('says how many minutes are left for more questions', () => {
    expect(planTiming([2, 2], 30)).toMatchObject({ verdict: 'room', minutes: 20 });
  });

  it('fits every suggested plan into the default 20-minute meeting', () => {
    for (const goal of planGoals) {
      const minutes = suggestedPlans[goal].map((key) => builtInQuestionsByKey.get(key)?.minutes ?? 99);
      expect(planTiming(minutes, DEFAULT_MEETING_MINUTES).verdict).not.toBe('over');
    }
  });

  it('always balances: planned minutes plus the spare (or less the excess) are the meeting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 240 }),
        (questions, meeting) => {
          const timing = planTiming(questions, meeting);
          const signed = timing.verdict === 'over' ? -timing.minutes : timing.minutes;
          expect(timing.plannedMinutes + signed).toBe(meeting);
          expect(timing.minutes >= 0).toBe(true);
          expect(timing.verdict === 'fits').toBe(timing.minutes === 0);
        },
      ),
    );
  });

  it('never fits better after adding a question', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 240 }),
        (questions, extra, meeting) => {
          const before = planTiming(questions, meeting);
          const after = planTiming([...questions, extra], meeting);
          expect(after.plannedMinutes).toBe(before.plannedMinutes + extra);
        },
      ),
    );
  });

  it('does not depend on the order of the questions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 240 }),
        (questions, meeting) => {
          expect(planTiming([...questions].reverse(), meeting)).toEqual(planTiming(questions, meeting));
        },
      ),
    );
  });
});

describe('the preparation checklist', () => {
  it('has the eight items of the method', () => {
    expect(checklistKeys).toHaveLength(8);
  });

  it('keeps known keys once each, in the checklist order', () => {
    expect(normaliseChecklist(['offer_coffee', 'unknown', 'research_done', 'offer_coffee', 3])).toEqual([
      'research_done',
      'offer_coffee',
    ]);
  });

  it('is complete only when every item is ticked, whatever else the list holds', () => {
    const notAKey = fc.string().filter((text) => !(checklistKeys as readonly string[]).includes(text));
    fc.assert(
      fc.property(fc.subarray([...checklistKeys]), fc.array(notAKey), (ticked, noise) => {
        const list = [...noise, ...[...ticked].reverse(), ...ticked];
        expect(checklistComplete(list)).toBe(ticked.length === checklistKeys.length);
      }),
    );
  });
});
