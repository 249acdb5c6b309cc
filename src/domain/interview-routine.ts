import type { CalendarDay } from './calendar-day.ts';
import type { HolidayCalendar } from './business-days.ts';
import {
  pendingRoutineActions,
  plannedRoutineSteps,
  routineSteps,
  type RoutineAction,
  type RoutineKind,
  type RoutineState,
  type RoutineStepDone,
} from './follow-up-routine.ts';
import type { InterviewStage, InterviewStepKind } from './interview.ts';
import { replyLabel, type ReplyLabel } from './reply-label.ts';

/** What the routine needs to know of an interview and its history. */
export interface InterviewRoutineFacts {
  stage: InterviewStage;
  routine: RoutineKind;
  requestedOn: CalendarDay | null;
  repliedOn: CalendarDay | null;
  /** The history, oldest first. */
  steps: ReadonlyArray<{ kind: InterviewStepKind; on: CalendarDay }>;
}

/**
 * The routine's state from the history. Reopening an interview gives it one fresh wait: the
 * routine starts over on the day it was reopened with every step but the closing one counted as
 * done, so it asks nothing more of the user and closes again one full wait later unless a reply
 * comes. Without that, an interview reopened after its close day would close again at once.
 */
export function routineStateOf(facts: InterviewRoutineFacts): RoutineState | null {
  if (!facts.requestedOn) return null;
  let state: RoutineState = {
    routine: facts.routine,
    requestedOn: facts.requestedOn,
    done: [],
    repliedOn: facts.repliedOn,
  };
  for (const step of facts.steps) {
    if (step.kind === 'second_contact') state = withDone(state, { kind: 'second_contact', on: step.on });
    if (step.kind === 'follow_up_sent') state = withDone(state, { kind: 'follow_up', on: step.on });
    if (step.kind === 'reopened') state = startedAfresh(state, step.on);
  }
  return state;
}

/** The routine's next actions, or none when nothing is waiting for a reply. */
export function dueRoutineActions(facts: InterviewRoutineFacts, calendar: HolidayCalendar): RoutineAction[] {
  if (facts.stage !== 'requested' || facts.repliedOn) return [];
  const state = routineStateOf(facts);
  return state ? pendingRoutineActions(state, calendar) : [];
}

/** Every step of the routine with its day and whether it is done (a reply settles them all). */
export function routinePlan(
  facts: InterviewRoutineFacts,
  calendar: HolidayCalendar,
): Array<RoutineAction & { done: boolean }> {
  const state = routineStateOf(facts);
  if (!state) return [];
  return plannedRoutineSteps(state, calendar).map(({ kind, number, dueOn, doneOn }) => ({
    kind,
    number,
    dueOn,
    done: state.repliedOn !== null || doneOn !== null || (kind === 'close_no_reply' && facts.stage === 'no-reply'),
  }));
}

export function interviewReplyLabel(facts: InterviewRoutineFacts, calendar: HolidayCalendar): ReplyLabel | null {
  if (!facts.requestedOn) return null;
  return replyLabel(
    { requestedOn: facts.requestedOn, repliedOn: facts.repliedOn, closedWithoutReply: facts.stage === 'no-reply' },
    calendar,
  );
}

function withDone(state: RoutineState, done: RoutineStepDone): RoutineState {
  return { ...state, done: [...state.done, done] };
}

function startedAfresh(state: RoutineState, day: CalendarDay): RoutineState {
  const done = routineSteps[state.routine]
    .filter((step) => step.kind !== 'close_no_reply')
    .map((step): RoutineStepDone => ({ kind: step.kind as RoutineStepDone['kind'], on: day }));
  return { ...state, requestedOn: day, done };
}
