import { z } from 'zod';
import {
  MOTIVATION_MAX,
  MOTIVATION_MIN,
  organisationLimits,
  POSTING_MAX,
  POSTING_MIN,
  websiteHref,
} from '#domain/organisation';
import { routineKinds } from '#domain/follow-up-routine';

const optionalText = (max: number) => z.string().trim().max(max).default('');

export const organisationInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(organisationLimits.name),
  website: optionalText(organisationLimits.website).refine((value) => value === '' || websiteHref(value) !== null, {
    params: { rule: 'invalid_url' },
  }),
  field: optionalText(organisationLimits.field),
  notes: optionalText(organisationLimits.notes),
  isTarget: z.boolean().default(false),
  motivation: z.number().int().min(MOTIVATION_MIN).max(MOTIVATION_MAX).nullable().default(null),
  posting: z.number().int().min(POSTING_MIN).max(POSTING_MAX).nullable().default(null),
  /** The follow-up routine for requests to people here; null: the user's default (Settings). */
  routine: z.enum(routineKinds).nullable().default(null),
});

export type OrganisationInput = z.input<typeof organisationInputSchema>;
export type OrganisationFieldsParsed = z.output<typeof organisationInputSchema>;

export const organisationUpdateSchema = organisationInputSchema.extend({ version: z.number().int().min(1) });

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string(),
  field: z.string(),
  notes: z.string(),
  isTarget: z.boolean(),
  motivation: z.number().int().nullable(),
  posting: z.number().int().nullable(),
  routine: z.enum(routineKinds).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An organisation in lists: with how many contacts the user has there (LAMP's Advocacy). */
export const organisationSummarySchema = organisationSchema.extend({ advocates: z.number().int() });

export const organisationListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const organisationPageSchema = z.object({
  items: z.array(organisationSummarySchema),
  total: z.number().int(),
});

export const targetListSchema = z.object({
  items: z.array(organisationSummarySchema.extend({ rank: z.number().int(), isTop: z.boolean() })),
  goal: z.number().int(),
});

export type TargetList = z.output<typeof targetListSchema>;
export type OrganisationSummary = z.output<typeof organisationSummarySchema>;

/**
 * The quick-add row of the target list: a name, and the two numbers the user rates. An
 * organisation of that name (any case or accents) is put on the list; otherwise one is created.
 */
export const targetAddSchema = z.strictObject({
  name: z.string().trim().min(1).max(organisationLimits.name),
  motivation: z.number().int().min(MOTIVATION_MIN).max(MOTIVATION_MAX).nullable().default(null),
  posting: z.number().int().min(POSTING_MIN).max(POSTING_MAX).nullable().default(null),
});

export type TargetAdd = z.input<typeof targetAddSchema>;

/** What deleting an organisation does: its contacts stay (without it), its notes go. */
export const organisationDeletionImpactSchema = z.object({
  contacts: z.number().int(),
  notes: z.number().int(),
});
