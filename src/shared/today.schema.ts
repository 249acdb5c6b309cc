import { z } from 'zod';
import { interviewStages, meetingReminders } from '#domain/interview';

export const todayItemKinds = [
  'send_request',
  'second_contact',
  'follow_up',
  'closed_no_reply',
  'confirm',
  'leave_early',
  'bring_cv',
  'meeting',
  /** Issue 5: the preparation checklist, the day before the meeting (preparation feature). */
  'prepare',
  /** The thank-you note, due the day the conversation took place (report feature). */
  'thank_you',
  /** "Connect on LinkedIn" after a meeting, an advice task, a report-back (follow-through feature). */
  'task',
  /** A contact whose keep-in-touch cadence has come round (follow-through feature). */
  'keep_in_touch',
] as const;
export type TodayItemKind = (typeof todayItemKinds)[number];

/** One due action: of one interview, or (tasks, keep in touch) of one contact. */
export const todayItemSchema = z.object({
  kind: z.enum(todayItemKinds),
  /** Null for an action about a contact outside any interview (a task, keeping in touch). */
  interviewId: z.string().nullable(),
  /** The interview's stage, or null with interviewId. */
  stage: z.enum(interviewStages).nullable(),
  contactId: z.string(),
  contactName: z.string(),
  organisationName: z.string(),
  dueOn: z.string(),
  /** Follow-ups count: the first or the second nudge of 7+7. */
  number: z.number().int().nullable(),
  /** For second_contact: someone else the user knows at the organisation, if any. */
  nextContact: z.object({ id: z.string(), name: z.string() }).nullable(),
  meetingStart: z.string().nullable(),
  meetingTimeZone: z.string().nullable(),
  reminder: z.enum(meetingReminders).nullable(),
  /** For task: the task, its kind and its words (the user's own text). */
  taskId: z.string().nullable().default(null),
  taskKind: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
});
export type TodayItem = z.output<typeof todayItemSchema>;

export const todaySchema = z.object({
  /** The user's today, in their time zone. */
  today: z.string(),
  /** Due today or earlier, oldest first. */
  due: z.array(todayItemSchema),
  /** The next seven days. */
  upcoming: z.array(todayItemSchema),
});
export type Today = z.output<typeof todaySchema>;
