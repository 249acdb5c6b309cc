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
] as const;
export type TodayItemKind = (typeof todayItemKinds)[number];

/** One due action of one interview. */
export const todayItemSchema = z.object({
  kind: z.enum(todayItemKinds),
  interviewId: z.string(),
  stage: z.enum(interviewStages),
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
