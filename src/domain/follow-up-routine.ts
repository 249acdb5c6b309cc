import { addBusinessDays, type HolidayCalendar } from './business-days.ts';
import { compareDays, type CalendarDay } from './calendar-day.ts';

/**
 * How the user chases a request that got no reply, chosen in advance (product.md, "Chase"): 3B7 (a second person
 * at the organisation after 3 business days, one follow-up after 7, then stop), 7+7 (two nudges 7 business days
 * apart) or a single follow-up.
 */
export const routineKinds = ['3b7', '7+7', 'once'] as const;
export type RoutineKind = (typeof routineKinds)[number];
export const defaultRoutine: RoutineKind = '3b7';

export function isRoutineKind(value: string): value is RoutineKind {
  return (routineKinds as readonly string[]).includes(value);
}

export type RoutineActionKind = 'second_contact' | 'follow_up' | 'close_no_reply';

/** A step the user has taken (or skipped: a skipped second contact is passed as done, on the day it was skipped). */
export interface RoutineStepDone {
  kind: 'second_contact' | 'follow_up';
  on: CalendarDay;
}

export interface RoutineState {
  routine: RoutineKind;
  /** The day the request went out; every count starts here. */
  requestedOn: CalendarDay;
  /** In any order; the earliest follow-up done is follow-up 1, the next one follow-up 2. */
  done: readonly RoutineStepDone[];
  repliedOn: CalendarDay | null;
}

export interface RoutineAction {
  kind: RoutineActionKind;
  /** 1 or 2 for follow-ups, 1 otherwise */
  number: number;
  dueOn: CalendarDay;
}

/** A step of the plan, with the day it was done (null while it is not, and always for closing). */
export interface RoutinePlanStep extends RoutineAction {
  doneOn: CalendarDay | null;
}

/** A step the routine waits for: the request itself, or an earlier step of the same routine. */
export type RoutineAnchor = 'request' | { kind: RoutineStepDone['kind']; number: number };

/**
 * One step of a routine: due `businessDays` business days after its anchor. An anchor that is a step counts from the
 * day that step was done or, while it is not done, from the day it was due, so a late follow-up pushes everything
 * after it and a forgotten one does not hold the routine up for ever.
 */
export interface RoutineStep {
  kind: RoutineActionKind;
  number: number;
  after: RoutineAnchor;
  businessDays: number;
}

/**
 * The routines as data: a new routine is a new entry here, not new code. Each lists its steps in order and ends by
 * closing the interview as "no reply"; an anchor always names an earlier step.
 */
export const routineSteps: Readonly<Record<RoutineKind, readonly RoutineStep[]>> = {
  '3b7': [
    { kind: 'second_contact', number: 1, after: 'request', businessDays: 3 },
    { kind: 'follow_up', number: 1, after: 'request', businessDays: 7 },
    { kind: 'close_no_reply', number: 1, after: { kind: 'follow_up', number: 1 }, businessDays: 7 },
  ],
  '7+7': [
    { kind: 'follow_up', number: 1, after: 'request', businessDays: 7 },
    { kind: 'follow_up', number: 2, after: { kind: 'follow_up', number: 1 }, businessDays: 7 },
    { kind: 'close_no_reply', number: 1, after: { kind: 'follow_up', number: 2 }, businessDays: 7 },
  ],
  once: [
    { kind: 'follow_up', number: 1, after: 'request', businessDays: 7 },
    { kind: 'close_no_reply', number: 1, after: { kind: 'follow_up', number: 1 }, businessDays: 7 },
  ],
};

/** Every step of the routine with its due day and the day it was done: the plan as the interview shows it. */
export function plannedRoutineSteps(state: RoutineState, calendar: HolidayCalendar): RoutinePlanStep[] {
  const doneOn = doneDaysByStep(state.done);
  const plan: RoutinePlanStep[] = [];
  for (const step of routineSteps[state.routine]) {
    let anchorDay = state.requestedOn;
    if (step.after !== 'request') {
      const anchorKey = stepKey(step.after.kind, step.after.number);
      const anchor = plan.find((planned) => stepKey(planned.kind, planned.number) === anchorKey);
      if (!anchor)
        throw new Error(`Routine ${state.routine}: ${anchorKey} must come before the step that waits for it`);
      anchorDay = anchor.doneOn ?? anchor.dueOn;
    }
    plan.push({
      kind: step.kind,
      number: step.number,
      dueOn: addBusinessDays(anchorDay, step.businessDays, calendar),
      doneOn: step.kind === 'close_no_reply' ? null : (doneOn.get(stepKey(step.kind, step.number)) ?? null),
    });
  }
  return plan;
}

/** Every step of the routine with its due day, done ones included: used to show the plan. */
export function routineSchedule(state: RoutineState, calendar: HolidayCalendar): RoutineAction[] {
  return plannedRoutineSteps(state, calendar).map(({ kind, number, dueOn }) => ({ kind, number, dueOn }));
}

/** The steps not done yet, in the routine's order, closing last; none once the contact has replied. */
export function pendingRoutineActions(state: RoutineState, calendar: HolidayCalendar): RoutineAction[] {
  if (state.repliedOn !== null) return [];
  return plannedRoutineSteps(state, calendar)
    .filter((step) => step.doneOn === null)
    .map(({ kind, number, dueOn }) => ({ kind, number, dueOn }));
}

/** The pending steps due on `today` or earlier: what Today lists for this interview. */
export function routineActionsDueBy(
  state: RoutineState,
  today: CalendarDay,
  calendar: HolidayCalendar,
): RoutineAction[] {
  return pendingRoutineActions(state, calendar).filter((action) => compareDays(action.dueOn, today) <= 0);
}

/** The day the interview closes as "no reply" if nothing else happens; null once the contact has replied. */
export function closesOn(state: RoutineState, calendar: HolidayCalendar): CalendarDay | null {
  if (state.repliedOn !== null) return null;
  const close = plannedRoutineSteps(state, calendar).find((step) => step.kind === 'close_no_reply');
  return close?.dueOn ?? null;
}

/** The n-th step of a kind done (by day; ties keep the order given) is that kind's step number n. */
function doneDaysByStep(done: readonly RoutineStepDone[]): Map<string, CalendarDay> {
  const byDay = [...done].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const counts = new Map<RoutineStepDone['kind'], number>();
  const days = new Map<string, CalendarDay>();
  for (const step of byDay) {
    const number = (counts.get(step.kind) ?? 0) + 1;
    counts.set(step.kind, number);
    days.set(stepKey(step.kind, number), step.on);
  }
  return days;
}

function stepKey(kind: RoutineActionKind, number: number): string {
  return `${kind}:${number}`;
}
