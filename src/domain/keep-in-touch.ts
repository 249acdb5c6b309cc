import { type CalendarDay } from './calendar-day.ts';

/**
 * Keeping in touch (product.md): every contact the user has talked to gets a cadence, by default
 * every three months, that restarts at each interaction. The last interaction is the latest of
 * what the user logged (a meeting, an e-mail, a call, a message) and the interview steps that were
 * an exchange with the person.
 */
export const interactionKinds = ['meeting', 'email', 'call', 'message'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/** Interview steps that were an exchange with the advisor, so they restart the cadence too. */
export const interactionStepKinds = ['held', 'thank_you_sent', 'request_sent', 'follow_up_sent', 'reply_received'];

export const keepInTouchLimits = {
  defaultEveryMonths: 3,
  minEveryMonths: 1,
  maxEveryMonths: 24,
  note: 2000,
} as const;

export interface KeepInTouchFacts {
  /** Days of the logged interactions, any order. */
  loggedOn: readonly CalendarDay[];
  /** The contact's interview steps: kind and day. */
  steps: ReadonlyArray<{ kind: string; onDay: CalendarDay }>;
  /** The stored setting, or null when the user never changed it (the default applies). */
  setting: { everyMonths: number; stopped: boolean } | null;
}

export interface Cadence {
  everyMonths: number;
  stopped: boolean;
  /** True once there is something to keep up: a held conversation or a logged interaction. */
  active: boolean;
  lastOn: CalendarDay | null;
  /** Null while the cadence is stopped or not active. */
  nextDueOn: CalendarDay | null;
}

export function cadenceOf(facts: KeepInTouchFacts): Cadence {
  const everyMonths = facts.setting?.everyMonths ?? keepInTouchLimits.defaultEveryMonths;
  const stopped = facts.setting?.stopped ?? false;
  const stepDays = facts.steps.filter((step) => interactionStepKinds.includes(step.kind)).map((step) => step.onDay);
  const lastOn = [...facts.loggedOn, ...stepDays].reduce<CalendarDay | null>(
    (latest, day) => (latest === null || day > latest ? day : latest),
    null,
  );
  const active = facts.loggedOn.length > 0 || facts.steps.some((step) => step.kind === 'held');
  const nextDueOn = active && !stopped && lastOn ? addMonths(lastOn, everyMonths) : null;
  return { everyMonths, stopped, active, lastOn, nextDueOn };
}

/**
 * The same day `months` calendar months later; the end of a shorter month when that day does not
 * exist there (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = (total % 12) + 1;
  const clamped = Math.min(date, daysIn(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
