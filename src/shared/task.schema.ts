import { z } from 'zod';
import { isCalendarDay } from '#domain/calendar-day';
import { interactionKinds, keepInTouchLimits } from '#domain/keep-in-touch';
import { taskKinds, taskLimits } from '#domain/task';

/** Follow-through: tasks, logged interactions and the keep-in-touch cadence (issue 5). */
const day = z.string().refine(isCalendarDay, { params: { rule: 'invalid_date' } });
const id = z.string().min(1).max(100);

export const taskInputSchema = z.strictObject({
  kind: z.enum(taskKinds).default('other'),
  text: z.string().trim().min(1).max(taskLimits.text),
  contactId: id.nullable().default(null),
  interviewId: id.nullable().default(null),
  dueOn: day.nullable().default(null),
  /** Created already finished: "Done" on a derived Today item (connect on LinkedIn). */
  done: z.boolean().default(false),
});
export type TaskInput = z.output<typeof taskInputSchema>;

export const taskUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  done: z.boolean().optional(),
  text: z.string().trim().min(1).max(taskLimits.text).optional(),
  dueOn: day.nullable().optional(),
});
export type TaskUpdate = z.output<typeof taskUpdateSchema>;

export const taskListQuerySchema = z.strictObject({
  status: z.enum(['open', 'done', 'all']).default('open'),
  contactId: id.optional(),
});

export const taskSchema = z.object({
  id: z.string(),
  kind: z.enum(taskKinds),
  text: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  interviewId: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.output<typeof taskSchema>;

/** The tasks, with the user's today (in their time zone) to group them by. */
export const taskListSchema = z.object({ today: z.string(), items: z.array(taskSchema) });
export type TaskList = z.output<typeof taskListSchema>;

/** The note offered when a task about an advisor is finished: tell them what came of their advice. */
export const reportBackDraftSchema = z.object({
  contactId: z.string(),
  contactName: z.string(),
  email: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
});
export type ReportBackDraft = z.output<typeof reportBackDraftSchema>;

export const taskChangeSchema = z.object({
  task: taskSchema,
  /** Set when the change finished a task whose contact is an advisor (someone the user talked to). */
  reportBack: reportBackDraftSchema.nullable(),
});
export type TaskChange = z.output<typeof taskChangeSchema>;

/** Advice from reports, each with the task made from it (if any), for "turn advice into a task". */
export const adviceItemSchema = z.object({
  interviewId: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  text: z.string(),
  taskId: z.string().nullable(),
});
export type AdviceItem = z.output<typeof adviceItemSchema>;

export const interactionInputSchema = z.strictObject({
  kind: z.enum(interactionKinds),
  /** The user's today when left out ("I was in touch", "I sent it"). */
  on: day.optional(),
  note: z.string().trim().max(keepInTouchLimits.note).default(''),
});
export type InteractionInput = z.output<typeof interactionInputSchema>;

export const interactionSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  kind: z.enum(interactionKinds),
  on: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type Interaction = z.output<typeof interactionSchema>;

export const keepInTouchUpdateSchema = z.strictObject({
  everyMonths: z.number().int().min(keepInTouchLimits.minEveryMonths).max(keepInTouchLimits.maxEveryMonths),
  stopped: z.boolean(),
});

export const keepInTouchSchema = z.object({
  contactId: z.string(),
  everyMonths: z.number().int(),
  stopped: z.boolean(),
  /** False until there is something to keep up (a conversation held or an interaction logged). */
  active: z.boolean(),
  lastOn: z.string().nullable(),
  nextDueOn: z.string().nullable(),
  interactions: z.array(interactionSchema),
  /** The user's today, in their time zone: the default and latest day of a new interaction. */
  today: z.string(),
});
export type KeepInTouch = z.output<typeof keepInTouchSchema>;
