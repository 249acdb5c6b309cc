import type { Kysely } from 'kysely';
import type { CalendarDay } from '#domain/calendar-day';
import type { TodayItem } from '#shared/today.schema';
import type { Database } from '../db/tables.ts';
import { stageOf } from '../interviews/interview-view.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { cadencesOf } from './cadences.ts';
import { FollowThroughRepo } from './follow-through.repo.ts';

/**
 * Today's follow-through items: open tasks due by `until`, contacts whose keep-in-touch date has
 * come round, and "connect on LinkedIn" after each conversation held. The last is derived (no row)
 * until the user acts on it: "Done" creates the task already finished, which hides it.
 */
export async function followThroughTodayItems(
  db: Kysely<Database>,
  user: ActingUser,
  until: CalendarDay,
): Promise<TodayItem[]> {
  const repo = new FollowThroughRepo(db);
  const [tasks, steps, linkedIn, cadences] = await Promise.all([
    repo.listTasks(user.id, { status: 'open' }),
    repo.contactSteps(user.id),
    repo.linkedInTasks(user.id),
    cadencesOf(repo, user.id),
  ]);
  const withLinkedInTask = new Set(linkedIn.map((task) => task.interview_id));
  const heldSteps = steps.filter((step) => step.kind === 'held' && !withLinkedInTask.has(step.interview_id));
  // One per interview: a conversation held twice (reopened) still asks once, from the first day.
  const heldByInterview = new Map<string, (typeof heldSteps)[number]>();
  for (const step of heldSteps)
    if (!heldByInterview.has(step.interview_id)) heldByInterview.set(step.interview_id, step);
  const dueTasks = tasks.filter((task) => task.due_on !== null && task.due_on <= until);
  const dueCadences = [...cadences.entries()].filter(([, cadence]) => cadence.nextDueOn && cadence.nextDueOn <= until);

  const contactIds = new Set([
    ...dueTasks.flatMap((task) => (task.contact_id ? [task.contact_id] : [])),
    ...[...heldByInterview.values()].map((step) => step.contact_id),
    ...dueCadences.map(([id]) => id),
  ]);
  const contacts = new Map((await repo.contactsByIds(user.id, [...contactIds])).map((row) => [row.id, row]));
  const interviewIds = [
    ...dueTasks.flatMap((task) => (task.interview_id ? [task.interview_id] : [])),
    ...heldByInterview.keys(),
  ];
  const stages = new Map(
    (await repo.interviewsByIds(user.id, interviewIds)).map((row) => [row.id, stageOf(row.stage)]),
  );

  const base = (contactId: string | null, interviewId: string | null, dueOn: CalendarDay): TodayItem => {
    const contact = contactId ? contacts.get(contactId) : undefined;
    return {
      kind: 'task',
      interviewId,
      stage: interviewId ? (stages.get(interviewId) ?? null) : null,
      contactId: contactId ?? '',
      contactName: contact?.name ?? '',
      organisationName: contact?.organisation_name ?? '',
      dueOn,
      number: null,
      nextContact: null,
      meetingStart: null,
      meetingTimeZone: null,
      reminder: null,
      taskId: null,
      taskKind: null,
      text: null,
    };
  };

  return [
    ...dueTasks.map((task) => ({
      ...base(task.contact_id, task.interview_id, task.due_on!),
      taskId: task.id,
      taskKind: task.kind,
      text: task.text,
    })),
    ...[...heldByInterview.values()].map((step) => ({
      ...base(step.contact_id, step.interview_id, step.on_day),
      taskKind: 'connect_linkedin',
    })),
    ...dueCadences.map(([contactId, cadence]) => ({
      ...base(contactId, null, cadence.nextDueOn!),
      kind: 'keep_in_touch' as const,
    })),
  ];
}
