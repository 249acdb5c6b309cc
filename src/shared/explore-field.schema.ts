import { z } from 'zod';
import { exploreFieldLimits } from '#domain/explore-field';

/** A field or occupation to explore: a name (unique per user, ignoring case and accents) and notes. */
export const exploreFieldInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(exploreFieldLimits.name),
  notes: z.string().trim().max(exploreFieldLimits.notes).default(''),
});

export type ExploreFieldInput = z.input<typeof exploreFieldInputSchema>;
export type ExploreFieldParsed = z.output<typeof exploreFieldInputSchema>;

export const exploreFieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  notes: z.string(),
  createdAt: z.string(),
});

export const exploreFieldListSchema = z.object({ items: z.array(exploreFieldSchema) });
