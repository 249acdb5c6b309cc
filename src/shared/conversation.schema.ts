import { z } from 'zod';
import { conversationPhases, liveLimits } from '#domain/live-timer';

/**
 * The moment the browser wrote a change, on the server's clock as the browser estimates it (its
 * own clock plus the offset it measured). Live mode saves per keystroke through a queue; a write
 * that arrives after a newer one for the same record is ignored, not applied (see
 * ConversationService). Normalised to toISOString's form so stored instants compare as text.
 */
const writtenAtSchema = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { params: { rule: 'invalid_date' } })
  .transform((value) => new Date(value).toISOString());

const noteText = z.string().max(liveLimits.noteChars);

export const conversationStartSchema = z.strictObject({
  plannedMinutes: z.number().int().min(liveLimits.minMinutes).max(liveLimits.maxMinutes).optional(),
});
export type ConversationStart = z.input<typeof conversationStartSchema>;

export const conversationPhaseInputSchema = z.strictObject({
  phase: z.enum(conversationPhases),
  writtenAt: writtenAtSchema,
});

export const freeNotesInputSchema = z.strictObject({
  freeNotes: noteText,
  writtenAt: writtenAtSchema,
});

/** A question's live fields; only the ones sent change. */
export const planItemLiveInputSchema = z.strictObject({
  note: noteText.optional(),
  starred: z.boolean().optional(),
  asked: z.boolean().optional(),
  writtenAt: writtenAtSchema,
});
export type PlanItemLiveInput = z.input<typeof planItemLiveInputSchema>;

/** Whether a write was applied, or ignored because a newer one had already arrived. */
export const liveWriteResultSchema = z.object({ applied: z.boolean() });

export const livePlanItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  category: z.string(),
  lens: z.string(),
  minutes: z.number(),
  note: z.string(),
  starred: z.boolean(),
  asked: z.boolean(),
});
export type LivePlanItem = z.output<typeof livePlanItemSchema>;

export const conversationSchema = z.object({
  interviewId: z.string(),
  contactId: z.string(),
  contactName: z.string(),
  /** The planned length: the stored one once started, else what starting would use. */
  plannedMinutes: z.number(),
  /** UTC instants; startedAt null until the user starts live mode. */
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  phase: z.enum(conversationPhases),
  freeNotes: z.string(),
  /** The server's clock when it answered: the browser measures its offset from it. */
  serverNow: z.string(),
  hasMeeting: z.boolean(),
  planEmpty: z.boolean(),
  items: z.array(livePlanItemSchema),
});
export type Conversation = z.output<typeof conversationSchema>;
