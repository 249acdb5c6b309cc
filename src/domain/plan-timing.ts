import { suggestedPlanTiming } from './question-bank/suggested-plans.ts';

/**
 * Minutes of a meeting that are not for questions: a little small talk at the start, and the next
 * steps at the end (referrals, may I use your name, may I keep in touch). The same reserve the
 * suggested plans are sized with, so a suggested plan fits the default 20-minute meeting.
 */
export const planReserve = {
  smallTalkMinutes: suggestedPlanTiming.smallTalkMinutes,
  nextStepsMinutes: suggestedPlanTiming.nextStepsMinutes,
} as const;

export const PLAN_RESERVE_MINUTES = planReserve.smallTalkMinutes + planReserve.nextStepsMinutes;

/** The meeting length a plan is measured against when no meeting is scheduled yet (product.md). */
export const DEFAULT_MEETING_MINUTES = suggestedPlanTiming.meetingMinutes;

/** "fits": exactly full; "over": the plan needs `minutes` more than the meeting has; "room": `minutes` to spare. */
export type PlanVerdict = 'fits' | 'over' | 'room';

export interface PlanTiming {
  questionMinutes: number;
  reserveMinutes: number;
  /** Questions plus the reserve: what the conversation needs. */
  plannedMinutes: number;
  meetingMinutes: number;
  verdict: PlanVerdict;
  /** How many minutes over, or how many to spare; 0 when it fits exactly. */
  minutes: number;
}

/**
 * Whether a plan fits the meeting: the questions' estimated minutes plus the reserve, against
 * the agreed duration. Negative or fractional estimates cannot come from the bank (whole minutes,
 * 1-5), so they are not handled specially; the sum is what it is.
 */
export function planTiming(questionMinutes: readonly number[], meetingMinutes: number): PlanTiming {
  const questions = questionMinutes.reduce((sum, minutes) => sum + minutes, 0);
  const planned = questions + PLAN_RESERVE_MINUTES;
  const difference = meetingMinutes - planned;
  return {
    questionMinutes: questions,
    reserveMinutes: PLAN_RESERVE_MINUTES,
    plannedMinutes: planned,
    meetingMinutes,
    verdict: difference === 0 ? 'fits' : difference < 0 ? 'over' : 'room',
    minutes: Math.abs(difference),
  };
}
