import { z } from 'zod';
import { errorCodes, validationRules } from '#domain/errors';
import { fileProblemSchema } from './import.schema.ts';

/** The body of every error response: `{ "error": { "code", "message", ... } }`. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z
      .array(z.object({ field: z.string(), rule: z.enum(validationRules), limit: z.number().optional() }))
      .optional(),
    current: z.unknown().optional(),
    /** Where an import file went wrong (code unreadable_file). */
    file: fileProblemSchema.optional(),
    /** How many records the message is about (import_changed_since). */
    count: z.number().int().optional(),
  }),
});

export type ErrorResponse = z.output<typeof errorResponseSchema>;
