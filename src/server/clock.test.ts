import { describe, expect, it } from 'vitest';
import { clockFromEnvironment } from './clock.ts';

describe('clockFromEnvironment', () => {
  it('is the real clock when RAPPORT_NOW is not set or not an instant', () => {
    expect(clockFromEnvironment(undefined, () => 1000)().getTime()).toBe(1000);
    expect(clockFromEnvironment('next tuesday', () => 1000)().getTime()).toBe(1000);
  });

  it('starts at RAPPORT_NOW and runs on from there', () => {
    let real = 5_000;
    const clock = clockFromEnvironment('2026-12-07T08:00:00Z', () => real);
    expect(clock().toISOString()).toBe('2026-12-07T08:00:00.000Z');
    real += 60_000;
    expect(clock().toISOString()).toBe('2026-12-07T08:01:00.000Z');
  });
});
