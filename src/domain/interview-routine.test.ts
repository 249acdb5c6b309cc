import { describe, expect, it } from 'vitest';
import { weekendsOnly } from './business-days.ts';
import {
  dueRoutineActions,
  interviewReplyLabel,
  routinePlan,
  type InterviewRoutineFacts,
} from './interview-routine.ts';

/** Monday 2 March 2026; a calendar of weekends only keeps the arithmetic readable. */
const facts = (overrides: Partial<InterviewRoutineFacts> = {}): InterviewRoutineFacts => ({
  stage: 'requested',
  routine: '3b7',
  requestedOn: '2026-03-02',
  repliedOn: null,
  steps: [{ kind: 'request_sent', on: '2026-03-02' }],
  ...overrides,
});

describe('the routine of one interview', () => {
  it('asks for a second contact on day 3, one follow-up on day 7, and closes 7 business days later', () => {
    expect(dueRoutineActions(facts(), weekendsOnly)).toEqual([
      { kind: 'second_contact', number: 1, dueOn: '2026-03-05' },
      { kind: 'follow_up', number: 1, dueOn: '2026-03-11' },
      { kind: 'close_no_reply', number: 1, dueOn: '2026-03-20' },
    ]);
  });

  it('drops the steps the history shows as done, and a late follow-up pushes the close', () => {
    const later = facts({
      steps: [
        { kind: 'request_sent', on: '2026-03-02' },
        { kind: 'second_contact', on: '2026-03-05' },
        { kind: 'follow_up_sent', on: '2026-03-13' },
      ],
    });
    expect(dueRoutineActions(later, weekendsOnly)).toEqual([
      { kind: 'close_no_reply', number: 1, dueOn: '2026-03-24' },
    ]);
  });

  it('asks nothing once a reply came, and marks the whole plan settled', () => {
    const replied = facts({ repliedOn: '2026-03-04' });
    expect(dueRoutineActions(replied, weekendsOnly)).toEqual([]);
    expect(routinePlan(replied, weekendsOnly).every((step) => step.done)).toBe(true);
    expect(interviewReplyLabel(replied, weekendsOnly)).toBe('booster');
  });

  it('gives a reopened interview one fresh wait instead of closing it again at once', () => {
    const reopened = facts({
      steps: [
        { kind: 'request_sent', on: '2026-03-02' },
        { kind: 'closed_no_reply', on: '2026-03-20' },
        { kind: 'reopened', on: '2026-04-06' },
      ],
    });
    expect(dueRoutineActions(reopened, weekendsOnly)).toEqual([
      { kind: 'close_no_reply', number: 1, dueOn: '2026-04-15' },
    ]);
  });

  it('labels a contact who never answered a curmudgeon once the interview closed', () => {
    expect(interviewReplyLabel(facts({ stage: 'no-reply' }), weekendsOnly)).toBe('curmudgeon');
    expect(interviewReplyLabel(facts(), weekendsOnly)).toBeNull();
  });
});
