import { z } from 'zod';
import { interviewStages, requestChannels } from '#domain/interview';
import { gainsSchema } from './gains.schema.ts';
import { calendarDaySchema } from './interview.schema.ts';

export const reportLimits = {
  /** A long report with every note pasted in stays far below this. */
  body: 100_000,
  thankYouSubject: 300,
  thankYouBody: 20_000,
} as const;

/** A report that was never saved reads as version 0; the first save sends 0. */
const version = z.number().int().min(0);

/** The report of one conversation as the page shows it. */
export const reportSchema = z.object({
  interviewId: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  organisationName: z.string(),
  /** The advisor's first e-mail address, for the thank-you note ('' when none is known). */
  contactEmail: z.string(),
  stage: z.enum(interviewStages),
  /** The day of the conversation, when it is known. */
  heldOn: z.string().nullable(),
  /** The user's report; while they have not written one, the outline, with bodyIsSuggestion. */
  body: z.string(),
  bodyIsSuggestion: z.boolean(),
  /** The outline from the notes as they are now, to start over from or compare with. */
  outline: z.string(),
  gains: gainsSchema,
  thankYou: z.object({
    subject: z.string(),
    body: z.string(),
    /** True while the note is Rapport's draft, not yet saved by the user. */
    drafted: z.boolean(),
    sentOn: z.string().nullable(),
  }),
  version: z.number().int(),
});
export type Report = z.output<typeof reportSchema>;

/** Saving the report: the body and the gains together, based on the version read. */
export const reportSaveSchema = z.strictObject({
  body: z.string().max(reportLimits.body),
  gains: gainsSchema,
  version,
});
export type ReportSave = z.input<typeof reportSaveSchema>;

export const thankYouSaveSchema = z.strictObject({
  subject: z.string().max(reportLimits.thankYouSubject),
  body: z.string().max(reportLimits.thankYouBody),
  version,
});
export type ThankYouSave = z.input<typeof thankYouSaveSchema>;

/** The thank-you note went out: how, and on which day of the user's calendar. */
export const thankYouSentSchema = z.strictObject({
  channel: z.enum(requestChannels),
  on: calendarDaySchema,
});
export type ThankYouSent = z.input<typeof thankYouSentSchema>;
