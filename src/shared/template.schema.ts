import { z } from 'zod';
import { locales } from '#domain/locale';
import { interviewLimits } from '#domain/interview';
import { templateKinds } from '#domain/request-templates';

export const templateLimits = { name: 100 } as const;

/** A template of the user's own, or their edit of a built-in one (which then takes its place). */
export const templateInputSchema = z.strictObject({
  kind: z.enum(templateKinds),
  language: z.enum(locales),
  name: z.string().trim().min(1).max(templateLimits.name),
  subject: z.string().max(interviewLimits.subject).default(''),
  body: z.string().min(1).max(interviewLimits.body),
  /** True for the user's edit of the built-in template of this kind and language. */
  replacesBuiltIn: z.boolean().default(false),
});
export type TemplateInput = z.input<typeof templateInputSchema>;
export const templateUpdateSchema = templateInputSchema.extend({ version: z.number().int().min(1) });

export const templateSchema = z.object({
  /** 'builtin:<kind>:<language>' for a built-in template, else the row's id. */
  id: z.string(),
  builtIn: z.boolean(),
  kind: z.enum(templateKinds),
  language: z.enum(locales),
  name: z.string(),
  subject: z.string(),
  body: z.string(),
  replacesBuiltIn: z.boolean(),
  version: z.number().int(),
});
export type Template = z.output<typeof templateSchema>;

export const templateListSchema = z.object({ items: z.array(templateSchema) });
export const templateListQuerySchema = z.strictObject({ language: z.enum(locales).optional() });
