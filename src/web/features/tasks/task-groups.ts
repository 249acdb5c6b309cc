import { addDays, type CalendarDay } from '#domain/calendar-day';
import type { Task } from '#shared/task.schema';

export const taskGroupKeys = ['overdue', 'today', 'soon', 'later', 'noDate'] as const;
export type TaskGroupKey = (typeof taskGroupKeys)[number];

/** Open tasks by when they are due: overdue first, those without a date last. Empty groups are left out. */
export function groupTasks(tasks: readonly Task[], today: CalendarDay): Array<{ key: TaskGroupKey; tasks: Task[] }> {
  const weekAhead = addDays(today, 7);
  const keyOf = (task: Task): TaskGroupKey => {
    if (!task.dueOn) return 'noDate';
    if (task.dueOn < today) return 'overdue';
    if (task.dueOn === today) return 'today';
    return task.dueOn <= weekAhead ? 'soon' : 'later';
  };
  const byDue = [...tasks].sort(
    (a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.createdAt.localeCompare(b.createdAt),
  );
  return taskGroupKeys
    .map((key) => ({ key, tasks: byDue.filter((task) => keyOf(task) === key) }))
    .filter((group) => group.tasks.length > 0);
}
