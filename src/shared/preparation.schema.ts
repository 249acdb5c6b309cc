import { z } from 'zod';
import { howKnownOptions } from '#domain/contact';
import { interviewStages, meetingFormats } from '#domain/interview';
import { locales } from '#domain/locale';
import { checklistKeys } from '#domain/preparation-checklist';
import { planGoals, questionCategories, tiaraLenses } from '#domain/question-bank';

/** How much a user may write in each part of the dossier and pitch (a few pages, not a book). */
export const preparationLimits = {
  leaveKnowing: 2000,
  personBackground: 10_000,
  organisationNotes: 10_000,
  /** A minute spoken is some 150 words; 2,000 characters leaves room for a long first draft. */
  elevatorPitch: 2000,
  /** More questions than any meeting has time for, yet a bound on what one request may add. */
  planItems: 50,
} as const;

const version = z.number().int().min(1);
const recordId = z.string().min(1).max(100);

/** A dossier is saved whole; version 0 means "none stored yet" (the first save creates it). */
export const dossierInputSchema = z.strictObject({
  leaveKnowing: z.string().max(preparationLimits.leaveKnowing),
  personBackground: z.string().max(preparationLimits.personBackground),
  organisationNotes: z.string().max(preparationLimits.organisationNotes),
  checklist: z.array(z.enum(checklistKeys)).max(checklistKeys.length * 2),
  version: z.number().int().min(0),
});
export type DossierInput = z.input<typeof dossierInputSchema>;

export const dossierSchema = z.object({
  interviewId: z.string(),
  /** The interview's stage and version, for "mark as prepared". */
  stage: z.enum(interviewStages),
  interviewVersion: z.number().int(),
  goal: z.string(),
  person: z.object({
    contactId: z.string(),
    name: z.string(),
    pronunciation: z.string(),
    title: z.string(),
    otherTitles: z.array(z.string()),
    linkedinUrl: z.string(),
    field: z.string(),
    howKnown: z.enum(howKnownOptions).nullable(),
  }),
  organisation: z
    .object({
      id: z.string(),
      name: z.string(),
      website: z.string(),
      field: z.string(),
      /** Dated notes kept about the organisation. */
      notesCount: z.number().int(),
    })
    .nullable(),
  meeting: z
    .object({
      start: z.string(),
      timeZone: z.string(),
      durationMinutes: z.number().int(),
      format: z.enum(meetingFormats),
      place: z.string(),
    })
    .nullable(),
  leaveKnowing: z.string(),
  personBackground: z.string(),
  organisationNotes: z.string(),
  checklist: z.array(z.enum(checklistKeys)),
  complete: z.boolean(),
  /** 0 until the dossier is first saved. */
  version: z.number().int(),
});
export type Dossier = z.output<typeof dossierSchema>;

export const pitchInputSchema = z.strictObject({
  pitch: z.string().max(preparationLimits.elevatorPitch),
  version,
});
export const pitchSchema = z.object({ pitch: z.string(), version: z.number().int() });
export type Pitch = z.output<typeof pitchSchema>;

export const planAddSchema = z.strictObject({
  questionIds: z.array(recordId).min(1).max(preparationLimits.planItems),
});
/** The plan's items in their new order: every item of the plan, each once. */
export const planOrderSchema = z.strictObject({
  itemIds: z.array(recordId).min(1).max(preparationLimits.planItems),
});
export const planSuggestedSchema = z.strictObject({ goal: z.enum(planGoals) });

export const planItemSchema = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  text: z.string(),
  category: z.enum(questionCategories),
  lens: z.enum(tiaraLenses),
  minutes: z.number().int(),
  /** The language the copied text is in, when known, and whether it is not the one asked for. */
  textLanguage: z.enum(locales).nullable(),
  fallback: z.boolean(),
});
export type PlanItem = z.output<typeof planItemSchema>;

export const planTimingSchema = z.object({
  questionMinutes: z.number().int(),
  reserveMinutes: z.number().int(),
  plannedMinutes: z.number().int(),
  meetingMinutes: z.number().int(),
  verdict: z.enum(['fits', 'over', 'room']),
  minutes: z.number().int(),
});

export const planSchema = z.object({
  interviewId: z.string(),
  items: z.array(planItemSchema),
  /** The agreed duration, or the default 20 minutes while no meeting is scheduled. */
  meetingMinutes: z.number().int(),
  meetingScheduled: z.boolean(),
  timing: planTimingSchema,
  /** Questions of a suggested plan that were already in the plan or hidden, left out (POST /plan/suggested). */
  skipped: z.number().int().default(0),
});
export type Plan = z.output<typeof planSchema>;
