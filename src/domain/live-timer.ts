import { interviewLimits } from './interview.ts';

/**
 * The live conversation's clock, as pure arithmetic. The countdown is always computed from the
 * instant the conversation started (stored on the server) and "now", never counted down in
 * memory: that is why it keeps running across reloads, devices and server restarts.
 */

/** The three phases of an informational interview, in the order they happen. */
export const conversationPhases = ['small_talk', 'questions', 'next_steps'] as const;
export type ConversationPhase = (typeof conversationPhases)[number];

export const liveLimits = {
  /** The cue comes when this many seconds are left: time for the wrap-up line and the next steps. */
  wrapUpCueSeconds: 5 * 60,
  /** One note (a question's quick note or the free notes): a long conversation typed in full fits many times. */
  noteChars: 100_000,
  minMinutes: interviewLimits.minMeetingMinutes,
  maxMinutes: interviewLimits.maxMeetingMinutes,
  defaultMinutes: interviewLimits.defaultMeetingMinutes,
} as const;

/** Whole seconds left of the planned time; negative once the conversation runs over. */
export function remainingSeconds(startedAtMs: number, plannedMinutes: number, nowMs: number): number {
  const elapsed = Math.floor((nowMs - startedAtMs) / 1000);
  return plannedMinutes * 60 - Math.max(0, elapsed);
}

/** Whether the five-minute cue is due: from five minutes before the end, and through any overtime. */
export function isWrapUpDue(remaining: number): boolean {
  return remaining <= liveLimits.wrapUpCueSeconds;
}

/**
 * The phase the clock suggests: small talk for the first tenth of the time (at least one minute,
 * at most five), the next steps from the cue on, the questions in between. The user's own choice
 * of phase always wins; this only says where the time says they should be.
 */
export function suggestedPhase(plannedMinutes: number, remaining: number): ConversationPhase {
  const total = plannedMinutes * 60;
  const smallTalk = Math.min(300, Math.max(60, Math.round(total / 10)));
  if (total - remaining < smallTalk) return 'small_talk';
  if (isWrapUpDue(remaining)) return 'next_steps';
  return 'questions';
}

/** "14:05" while time is left, "+1:20" in overtime; hours as "1:05:00" for long lunches. */
export function formatCountdown(remaining: number): string {
  const over = remaining < 0;
  const seconds = Math.abs(remaining);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  const body = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  return over ? `+${body}` : body;
}

/** Whether a planned length is one live mode accepts (the meeting's own limits). */
export function isPlannedMinutesAllowed(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= liveLimits.minMinutes && minutes <= liveLimits.maxMinutes;
}
