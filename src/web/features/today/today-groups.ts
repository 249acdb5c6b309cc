import type { CalendarDay } from '#domain/calendar-day';
import type { TodayItem } from '#shared/today.schema';

export interface DayGroup {
  day: CalendarDay;
  isOverdue: boolean;
  items: TodayItem[];
}

/**
 * Items by the day they are due, days in order. A day before today is overdue when it holds
 * something still to do: an interview the routine closed is news, not a late task.
 */
export function groupByDay(items: readonly TodayItem[], today: CalendarDay): DayGroup[] {
  const groups = new Map<CalendarDay, TodayItem[]>();
  for (const item of items) groups.set(item.dueOn, [...(groups.get(item.dueOn) ?? []), item]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayItems]) => ({ day, isOverdue: day < today && dayItems.some(isTask), items: dayItems }));
}

/** Whether the item asks the user to do something by its day (so it can be late). */
export function isTask(item: TodayItem): boolean {
  return item.kind !== 'closed_no_reply';
}

/** A key that stays the same for the same action across reloads (an interview has several items). */
export function itemKey(item: TodayItem): string {
  // Tasks and keep-in-touch items may have no interview: their task and contact tell them apart.
  return [
    item.interviewId,
    item.kind,
    item.number ?? '',
    item.reminder ?? '',
    item.dueOn,
    item.taskId ?? '',
    item.contactId,
  ].join(':');
}
