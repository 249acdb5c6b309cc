import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, isBusinessDay, weekendsOnly, type HolidayCalendar } from './business-days.ts';
import { dayFromNumber, dayNumberOf } from './calendar-day.ts';
import {
  closesOn,
  defaultRoutine,
  routineActionsDueBy,
  isRoutineKind,
  pendingRoutineActions,
  routineKinds,
  plannedRoutineSteps,
  routineSchedule,
  routineSteps,
  type RoutineState,
  type RoutineStepDone,
} from './follow-up-routine.ts';

// Monday 2 November 2026. Without holidays: +3 business days is Thursday 5, +7 is Wednesday 11 November.
const MONDAY = '2026-11-02';

function state(routine: RoutineState['routine'], changes: Partial<RoutineState> = {}): RoutineState {
  return { routine, requestedOn: MONDAY, done: [], repliedOn: null, ...changes };
}

const followUpOn = (on: string): RoutineStepDone => ({ kind: 'follow_up', on });
const secondContactOn = (on: string): RoutineStepDone => ({ kind: 'second_contact', on });

describe('the routines as data', () => {
  it('offers 3B7, 7+7 and a single follow-up, 3B7 by default', () => {
    expect([...routineKinds]).toEqual(['3b7', '7+7', 'once']);
    expect(defaultRoutine).toBe('3b7');
    expect(isRoutineKind('7+7')).toBe(true);
    expect(isRoutineKind('3B7')).toBe(false);
  });

  it('describes every routine as steps that wait only for earlier steps and end by closing', () => {
    for (const kind of routineKinds) {
      const steps = routineSteps[kind];
      expect(steps.at(-1)?.kind, kind).toBe('close_no_reply');
      expect(
        steps.filter((step) => step.kind === 'close_no_reply'),
        kind,
      ).toHaveLength(1);
      steps.forEach((step, index) => {
        expect(step.businessDays, kind).toBeGreaterThan(0);
        const earlier = steps.slice(0, index);
        expect(
          earlier.some((other) => other.kind === step.kind && other.number === step.number),
          kind,
        ).toBe(false);
        expect(step.number, kind).toBe(earlier.filter((other) => other.kind === step.kind).length + 1);
        if (step.after !== 'request') {
          const after = step.after;
          expect(
            earlier.some((other) => other.kind === after.kind && other.number === after.number),
            `${kind}: ${step.kind} ${step.number}`,
          ).toBe(true);
        }
      });
    }
  });
});

describe('3B7', () => {
  it('plans a second contact after 3 business days, a follow-up after 7 and the close 7 after that', () => {
    expect(routineSchedule(state('3b7'), weekendsOnly)).toEqual([
      { kind: 'second_contact', number: 1, dueOn: '2026-11-05' },
      { kind: 'follow_up', number: 1, dueOn: '2026-11-11' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-20' },
    ]);
    expect(closesOn(state('3b7'), weekendsOnly)).toBe('2026-11-20');
  });

  it('leaves the second contact out of the pending steps once it is done or skipped', () => {
    const afterSecondContact = state('3b7', { done: [secondContactOn('2026-11-06')] });
    expect(pendingRoutineActions(afterSecondContact, weekendsOnly)).toEqual([
      { kind: 'follow_up', number: 1, dueOn: '2026-11-11' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-20' },
    ]);
    // The plan still shows it, with the day it was done.
    expect(routineSchedule(afterSecondContact, weekendsOnly)).toHaveLength(3);
    expect(plannedRoutineSteps(afterSecondContact, weekendsOnly)[0]).toEqual({
      kind: 'second_contact',
      number: 1,
      dueOn: '2026-11-05',
      doneOn: '2026-11-06',
    });
  });

  it('pushes the close day when the follow-up is sent late', () => {
    // Due Wednesday 11, sent Monday 16: the close moves from Friday 20 to Wednesday 25 November.
    const late = state('3b7', { done: [secondContactOn('2026-11-05'), followUpOn('2026-11-16')] });
    expect(closesOn(late, weekendsOnly)).toBe('2026-11-25');
    expect(pendingRoutineActions(late, weekendsOnly)).toEqual([
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-25' },
    ]);
  });

  it('closes 7 business days after an early follow-up, not after the day it was due', () => {
    expect(closesOn(state('3b7', { done: [followUpOn('2026-11-09')] }), weekendsOnly)).toBe('2026-11-18');
  });

  it('stops everything when the contact replies', () => {
    const replied = state('3b7', { done: [secondContactOn('2026-11-05')], repliedOn: '2026-11-09' });
    expect(pendingRoutineActions(replied, weekendsOnly)).toEqual([]);
    expect(routineActionsDueBy(replied, '2026-12-31', weekendsOnly)).toEqual([]);
    expect(closesOn(replied, weekendsOnly)).toBeNull();
    expect(routineSchedule(replied, weekendsOnly)).toHaveLength(3);
  });

  it('counts from the Monday after a request sent on a Saturday', () => {
    expect(routineSchedule(state('3b7', { requestedOn: '2026-11-07' }), weekendsOnly)).toEqual([
      { kind: 'second_contact', number: 1, dueOn: '2026-11-11' },
      { kind: 'follow_up', number: 1, dueOn: '2026-11-17' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-26' },
    ]);
  });

  it('moves every due day past a public holiday', () => {
    // With Wednesday 4 November off, each count from Monday 2 November ends one business day later.
    const holiday: HolidayCalendar = { isPublicHoliday: (day) => day === '2026-11-04' };
    expect(routineSchedule(state('3b7'), holiday)).toEqual([
      { kind: 'second_contact', number: 1, dueOn: '2026-11-06' },
      { kind: 'follow_up', number: 1, dueOn: '2026-11-12' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-23' },
    ]);
  });

  it('lists on each day only what is due by then', () => {
    const waiting = state('3b7');
    expect(routineActionsDueBy(waiting, '2026-11-04', weekendsOnly)).toEqual([]);
    expect(routineActionsDueBy(waiting, '2026-11-05', weekendsOnly).map((action) => action.kind)).toEqual([
      'second_contact',
    ]);
    expect(routineActionsDueBy(waiting, '2026-11-11', weekendsOnly).map((action) => action.kind)).toEqual([
      'second_contact',
      'follow_up',
    ]);
    const followedUp = state('3b7', { done: [secondContactOn('2026-11-05'), followUpOn('2026-11-11')] });
    expect(routineActionsDueBy(followedUp, '2026-11-19', weekendsOnly)).toEqual([]);
    expect(routineActionsDueBy(followedUp, '2026-11-20', weekendsOnly)).toEqual([
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-20' },
    ]);
  });
});

describe('7+7', () => {
  it('plans two follow-ups 7 business days apart and the close 7 after the second', () => {
    expect(routineSchedule(state('7+7'), weekendsOnly)).toEqual([
      { kind: 'follow_up', number: 1, dueOn: '2026-11-11' },
      { kind: 'follow_up', number: 2, dueOn: '2026-11-20' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-12-01' },
    ]);
  });

  it('counts the second follow-up from the day the first was sent, late or not', () => {
    const late = state('7+7', { done: [followUpOn('2026-11-13')] });
    expect(pendingRoutineActions(late, weekendsOnly)).toEqual([
      { kind: 'follow_up', number: 2, dueOn: '2026-11-24' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-12-03' },
    ]);
  });

  it('numbers the follow-ups by the day they were sent, whatever order they come in', () => {
    const both = state('7+7', { done: [followUpOn('2026-11-24'), followUpOn('2026-11-13')] });
    expect(plannedRoutineSteps(both, weekendsOnly)).toEqual([
      { kind: 'follow_up', number: 1, dueOn: '2026-11-11', doneOn: '2026-11-13' },
      { kind: 'follow_up', number: 2, dueOn: '2026-11-24', doneOn: '2026-11-24' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-12-03', doneOn: null },
    ]);
    expect(pendingRoutineActions(both, weekendsOnly)).toEqual([
      { kind: 'close_no_reply', number: 1, dueOn: '2026-12-03' },
    ]);
  });

  it('stops everything when the contact replies between the follow-ups', () => {
    const replied = state('7+7', { done: [followUpOn('2026-11-11')], repliedOn: '2026-11-12' });
    expect(pendingRoutineActions(replied, weekendsOnly)).toEqual([]);
    expect(closesOn(replied, weekendsOnly)).toBeNull();
  });

  it('ignores a second contact, which is no step of this routine', () => {
    const withSecondContact = state('7+7', { done: [secondContactOn('2026-11-05')] });
    expect(pendingRoutineActions(withSecondContact, weekendsOnly)).toEqual(
      pendingRoutineActions(state('7+7'), weekendsOnly),
    );
  });
});

describe('follow up once', () => {
  it('plans one follow-up after 7 business days and the close 7 after it', () => {
    expect(routineSchedule(state('once'), weekendsOnly)).toEqual([
      { kind: 'follow_up', number: 1, dueOn: '2026-11-11' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-11-20' },
    ]);
  });

  it('pushes the close day when the follow-up is sent late', () => {
    expect(closesOn(state('once', { done: [followUpOn('2026-11-12')] }), weekendsOnly)).toBe('2026-11-23');
  });

  it('stops everything when the contact replies', () => {
    const replied = state('once', { repliedOn: '2026-11-03' });
    expect(pendingRoutineActions(replied, weekendsOnly)).toEqual([]);
    expect(closesOn(replied, weekendsOnly)).toBeNull();
  });
});

describe('every routine on any day', () => {
  const anyDay = fc.integer({ min: dayNumberOf('2000-01-01'), max: dayNumberOf('2100-12-31') }).map(dayFromNumber);

  it('puts every step on a business day, later than the step it waits for', () => {
    fc.assert(
      fc.property(fc.constantFrom(...routineKinds), anyDay, (routine, requestedOn) => {
        const plan = routineSchedule({ routine, requestedOn, done: [], repliedOn: null }, weekendsOnly);
        return plan.every(
          (action, index) =>
            isBusinessDay(action.dueOn, weekendsOnly) &&
            (index === 0 || dayNumberOf(action.dueOn) >= dayNumberOf(plan[index - 1]!.dueOn)),
        );
      }),
    );
  });

  it('closes exactly 7 business days after the last follow-up was sent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...routineKinds),
        anyDay,
        fc.integer({ min: 0, max: 30 }),
        (routine, requestedOn, delay) => {
          const followUps = routineSteps[routine].filter((step) => step.kind === 'follow_up').length;
          const sentOn = dayFromNumber(dayNumberOf(requestedOn) + delay);
          const done = Array.from({ length: followUps }, () => followUpOn(sentOn));
          const close = closesOn({ routine, requestedOn, done, repliedOn: null }, weekendsOnly);
          return close !== null && businessDaysBetween(sentOn, close, weekendsOnly) === 7;
        },
      ),
    );
  });
});
