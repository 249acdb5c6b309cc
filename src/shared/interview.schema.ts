import { z } from 'zod';
import { isCalendarDay } from '#domain/calendar-day';
import { routineKinds } from '#domain/follow-up-routine';
import {
  interviewLimits,
  interviewStages,
  interviewStepKinds,
  meetingFormats,
  meetingReminders,
  replyOutcomes,
  requestChannels,
} from '#domain/interview';
import { templateKinds } from '#domain/request-templates';
import { isKnownTimeZone, isLocalDateTime } from '#domain/zoned-time';

/** A day of the calendar, 'YYYY-MM-DD', as the user's own calendar shows it. */
export const calendarDaySchema = z.string().refine(isCalendarDay, { params: { rule: 'invalid_date' } });
export const timeZoneSchema = z
  .string()
  .max(100)
  .refine(isKnownTimeZone, { params: { rule: 'invalid_value' } });
export const localDateTimeSchema = z.string().refine(isLocalDateTime, { params: { rule: 'invalid_date' } });
const version = z.number().int().min(1);

export const interviewCreateSchema = z.strictObject({
  contactId: z.string().min(1).max(100),
  goal: z.string().trim().max(interviewLimits.goal).default(''),
});
export type InterviewCreate = z.input<typeof interviewCreateSchema>;

/** The goal and the request being written; saved as the user types. */
export const interviewDraftSchema = z.strictObject({
  goal: z.string().trim().max(interviewLimits.goal),
  draftKind: z.enum(templateKinds),
  draftSubject: z.string().max(interviewLimits.subject),
  draftBody: z.string().max(interviewLimits.body),
  version,
});
export type InterviewDraft = z.input<typeof interviewDraftSchema>;

/** A move on the pipeline board. */
export const interviewStageChangeSchema = z.strictObject({ stage: z.enum(interviewStages), version });

export const requestSentSchema = z.strictObject({ channel: z.enum(requestChannels), on: calendarDaySchema, version });
export const followUpSentSchema = z.strictObject({ on: calendarDaySchema, version });
/** The 3B step: done (optionally starting an interview with the second person) or skipped. */
export const secondContactSchema = z.strictObject({
  on: calendarDaySchema,
  contactId: z.string().min(1).max(100).nullable().default(null),
  version,
});
export const replySchema = z.strictObject({ on: calendarDaySchema, outcome: z.enum(replyOutcomes), version });
export const versionOnlySchema = z.strictObject({ version });

export const meetingInputSchema = z.strictObject({
  start: localDateTimeSchema,
  timeZone: timeZoneSchema,
  durationMinutes: z
    .number()
    .int()
    .min(interviewLimits.minMeetingMinutes)
    .max(interviewLimits.maxMeetingMinutes)
    .default(interviewLimits.defaultMeetingMinutes),
  /** Another way to give the length: an end time on the same clock (must be after the start). */
  end: localDateTimeSchema.nullable().default(null),
  format: z.enum(meetingFormats),
  place: z.string().trim().max(interviewLimits.place).default(''),
  /** The interview's version, so two tabs cannot schedule over each other unseen. */
  version,
});
export type MeetingInput = z.input<typeof meetingInputSchema>;

export const offeredSlotsSchema = z.strictObject({
  slots: z.array(localDateTimeSchema).max(interviewLimits.maxOfferedSlots),
  timeZone: timeZoneSchema,
  version,
});

export const reminderDoneSchema = z.strictObject({ reminder: z.enum(meetingReminders) });

export const meetingSchema = z.object({
  id: z.string(),
  start: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  format: z.enum(meetingFormats),
  place: z.string(),
  sequence: z.number().int(),
  cancelled: z.boolean(),
  remindersDone: z.array(z.enum(meetingReminders)),
});
export type Meeting = z.output<typeof meetingSchema>;

export const interviewStepSchema = z.object({
  id: z.string(),
  kind: z.enum(interviewStepKinds),
  on: z.string(),
  detail: z.record(z.string(), z.string()),
  createdAt: z.string(),
});
export type InterviewStep = z.output<typeof interviewStepSchema>;

export const routineActionSchema = z.object({
  kind: z.enum(['second_contact', 'follow_up', 'close_no_reply']),
  number: z.number().int(),
  dueOn: z.string(),
  done: z.boolean(),
});

export const replyLabelSchema = z.enum(['booster', 'obligate', 'curmudgeon']).nullable();

/** An interview as the pipeline shows it. */
export const interviewSummarySchema = z.object({
  id: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string(),
  stage: z.enum(interviewStages),
  goal: z.string(),
  requestedOn: z.string().nullable(),
  repliedOn: z.string().nullable(),
  meetingStart: z.string().nullable(),
  meetingTimeZone: z.string().nullable(),
  /** How the contact answered this request (booster, obligate, curmudgeon), once that is known. */
  replyLabel: replyLabelSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type InterviewSummary = z.output<typeof interviewSummarySchema>;

export const interviewListSchema = z.object({ items: z.array(interviewSummarySchema) });

/** One interview with everything its page shows. */
export const interviewSchema = interviewSummarySchema.extend({
  requestChannel: z.enum(requestChannels).nullable(),
  routine: z.enum(routineKinds),
  draftKind: z.enum(templateKinds),
  draftSubject: z.string(),
  draftBody: z.string(),
  offeredSlots: z.array(z.string()),
  offeredSlotsTimeZone: z.string(),
  rehearsals: z.number().int(),
  contact: z.object({
    name: z.string(),
    title: z.string(),
    emails: z.array(z.string()),
    linkedinUrl: z.string(),
    introducerName: z.string().nullable(),
    mayUseIntroducerName: z.boolean(),
  }),
  routineSchedule: z.array(routineActionSchema),
  meeting: meetingSchema.nullable(),
  steps: z.array(interviewStepSchema),
});
export type Interview = z.output<typeof interviewSchema>;

export const interviewListQuerySchema = z.strictObject({
  contactId: z.string().max(100).optional(),
  organisationId: z.string().max(100).optional(),
});
