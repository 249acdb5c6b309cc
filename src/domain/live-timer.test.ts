import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  isPlannedMinutesAllowed,
  isWrapUpDue,
  remainingSeconds,
  suggestedPhase,
} from './live-timer.ts';

const start = Date.parse('2026-12-03T09:00:00Z');
const at = (minutes: number, seconds = 0) => start + (minutes * 60 + seconds) * 1000;

describe('the live timer', () => {
  it('counts down from the planned minutes and runs into overtime as negative seconds', () => {
    expect(remainingSeconds(start, 20, start)).toBe(1200);
    expect(remainingSeconds(start, 20, at(14, 59))).toBe(301);
    expect(remainingSeconds(start, 20, at(15))).toBe(300);
    expect(remainingSeconds(start, 20, at(21, 30))).toBe(-90);
  });

  it('never shows more than the planned time when the clock is behind the start', () => {
    expect(remainingSeconds(start, 20, start - 5000)).toBe(1200);
  });

  it('gives the wrap-up cue from exactly five minutes before the end, and keeps it in overtime', () => {
    expect(isWrapUpDue(remainingSeconds(start, 20, at(14, 59)))).toBe(false);
    expect(isWrapUpDue(remainingSeconds(start, 20, at(15)))).toBe(true);
    expect(isWrapUpDue(remainingSeconds(start, 20, at(25)))).toBe(true);
  });

  it('suggests small talk, then the questions, then the next steps', () => {
    expect(suggestedPhase(20, remainingSeconds(start, 20, at(1)))).toBe('small_talk');
    expect(suggestedPhase(20, remainingSeconds(start, 20, at(2)))).toBe('questions');
    expect(suggestedPhase(20, remainingSeconds(start, 20, at(15)))).toBe('next_steps');
    expect(suggestedPhase(60, remainingSeconds(start, 60, at(4)))).toBe('small_talk');
    expect(suggestedPhase(60, remainingSeconds(start, 60, at(6)))).toBe('questions');
  });

  it('suggests phases that only move forward as time passes, for any length', () => {
    const order = ['small_talk', 'questions', 'next_steps'];
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 240 }), fc.nat(300 * 60), fc.nat(300 * 60), (minutes, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const first = suggestedPhase(minutes, remainingSeconds(start, minutes, start + early * 1000));
        const second = suggestedPhase(minutes, remainingSeconds(start, minutes, start + late * 1000));
        expect(order.indexOf(first)).toBeLessThanOrEqual(order.indexOf(second));
      }),
    );
  });

  it('loses exactly one second per second, whatever the length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 240 }), fc.nat(100_000), (minutes, seconds) => {
        expect(remainingSeconds(start, minutes, start + seconds * 1000)).toBe(minutes * 60 - seconds);
      }),
    );
  });

  it('writes the countdown as minutes and seconds, hours when needed, and overtime with a plus', () => {
    expect(formatCountdown(1200)).toBe('20:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-80)).toBe('+1:20');
    expect(formatCountdown(3900)).toBe('1:05:00');
  });

  it('accepts the meeting lengths of an interview and refuses 0 and 600 minutes', () => {
    expect(isPlannedMinutesAllowed(20)).toBe(true);
    expect(isPlannedMinutesAllowed(5)).toBe(true);
    expect(isPlannedMinutesAllowed(240)).toBe(true);
    expect(isPlannedMinutesAllowed(0)).toBe(false);
    expect(isPlannedMinutesAllowed(600)).toBe(false);
    expect(isPlannedMinutesAllowed(20.5)).toBe(false);
  });
});
