import { describe, expect, it } from 'vitest';
import type { Task } from '#shared/task.schema';
import { groupTasks } from './task-groups.ts';

const task = (id: string, dueOn: string | null): Task => ({
  id,
  kind: 'other',
  text: id,
  contactId: null,
  contactName: null,
  interviewId: null,
  dueOn,
  doneOn: null,
  version: 1,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});

describe('groupTasks', () => {
  it('puts overdue tasks first and those without a date last, leaving out empty groups', () => {
    const groups = groupTasks(
      [
        task('none', null),
        task('later', '2026-12-30'),
        task('late', '2026-11-20'),
        task('now', '2026-11-30'),
        task('soon', '2026-12-07'),
      ],
      '2026-11-30',
    );
    expect(groups.map((group) => [group.key, group.tasks.map((item) => item.id)])).toEqual([
      ['overdue', ['late']],
      ['today', ['now']],
      ['soon', ['soon']],
      ['later', ['later']],
      ['noDate', ['none']],
    ]);
  });
});
