/**
 * An unhurried speaking pace: people talk at 130-160 words a minute, and a pitch said to a stranger
 * goes slower than a chat, so the estimate takes the slow end.
 */
export const SPEAKING_WORDS_PER_MINUTE = 130;

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Seconds it takes to say the text aloud at that pace, rounded to whole seconds. */
export function speakingSeconds(text: string): number {
  return Math.round((wordCount(text) / SPEAKING_WORDS_PER_MINUTE) * 60);
}

/** "0:42", "1:05". */
export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
