import { describe, expect, it } from 'vitest';
import { formatSeconds, speakingSeconds, wordCount } from './pitch-timing.ts';

describe('pitch timing', () => {
  it('counts words in any script and ignores stray punctuation', () => {
    expect(wordCount('  Hei, jeg heter Åse – og jeg   jobber med kraft. ')).toBe(9);
    expect(wordCount('')).toBe(0);
  });

  it('estimates speaking time at 130 words a minute', () => {
    expect(speakingSeconds(Array.from({ length: 130 }, () => 'word').join(' '))).toBe(60);
    expect(speakingSeconds(Array.from({ length: 65 }, () => 'ord').join(' '))).toBe(30);
  });

  it('writes seconds as minutes and seconds', () => {
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(9.9)).toBe('0:09');
  });
});
