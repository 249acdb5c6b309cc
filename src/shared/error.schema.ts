import { z } from 'zod';
import { errorCodes, validationRules } from '#domain/errors';

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
  }),
});

export type ErrorResponse = z.output<typeof errorResponseSchema>;
