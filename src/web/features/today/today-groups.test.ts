import { describe, expect, it } from 'vitest';
import type { TodayItem } from '#shared/today.schema';
import { groupByDay, itemKey } from './today-groups.ts';

function item(fields: Partial<TodayItem>): TodayItem {
  return {
    kind: 'send_request',
    interviewId: 'i1',
    stage: 'prospect',
    contactId: 'c1',
    contactName: 'Ingrid',
    organisationName: '',
    dueOn: '2026-03-04',
    number: null,
    nextContact: null,
    meetingStart: null,
    meetingTimeZone: null,
    reminder: null,
    taskId: null,
    taskKind: null,
    text: null,
    ...fields,
  };
}

describe('Today by day', () => {
  it('groups items by their day in order and marks the days before today as overdue', () => {
    const groups = groupByDay(
      [
        item({ interviewId: 'b', dueOn: '2026-03-04' }),
        item({ interviewId: 'a', dueOn: '2026-03-02' }),
        item({ interviewId: 'c', dueOn: '2026-03-04', kind: 'follow_up' }),
      ],
      '2026-03-04',
    );
    expect(groups.map((group) => [group.day, group.isOverdue, group.items.map((entry) => entry.interviewId)])).toEqual([
      ['2026-03-02', true, ['a']],
      ['2026-03-04', false, ['b', 'c']],
    ]);
  });

  it('does not call a day overdue when all it holds is news of a closed interview', () => {
    const [closed] = groupByDay([item({ kind: 'closed_no_reply', dueOn: '2026-03-02' })], '2026-03-04');
    expect(closed?.isOverdue).toBe(false);
  });

  it('tells apart two reminders of the same meeting', () => {
    const confirm = item({ kind: 'confirm', reminder: 'confirm' });
    const cv = item({ kind: 'bring_cv', reminder: 'bring_cv' });
    expect(itemKey(confirm)).not.toBe(itemKey(cv));
  });
});
