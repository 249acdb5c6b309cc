import { describe, expect, it } from 'vitest';
import type { InterviewSummary } from '#shared/interview.schema';
import { peopleWhoWereAsked } from './asked-people.ts';

function interview(id: string, contactId: string, contactName: string): InterviewSummary {
  return {
    id,
    contactId,
    contactName,
    organisationId: 'o1',
    organisationName: 'Statkraft',
    stage: 'requested',
    goal: '',
    requestedOn: '2026-03-02',
    repliedOn: null,
    meetingStart: null,
    meetingTimeZone: null,
    replyLabel: null,
    version: 1,
    updatedAt: '2026-03-02T10:00:00.000Z',
  };
}

describe('who helps at an organisation', () => {
  it('lists each person once with all their interviews, boosters first and people without a label last', () => {
    const people = peopleWhoWereAsked(
      [
        interview('1', 'a', 'Anna'),
        interview('2', 'b', 'Bjørn'),
        interview('3', 'a', 'Anna'),
        interview('4', 'c', 'Cai'),
      ],
      new Map([
        ['a', 'curmudgeon'],
        ['b', null],
        ['c', 'booster'],
      ]),
    );
    expect(people.map((person) => [person.name, person.label, person.interviews.map((item) => item.id)])).toEqual([
      ['Cai', 'booster', ['4']],
      ['Anna', 'curmudgeon', ['1', '3']],
      ['Bjørn', null, ['2']],
    ]);
  });
});
