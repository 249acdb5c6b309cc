import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '#domain/errors';
import { toFieldProblems } from '#shared/validation';

/**
 * Reads a JSON body and validates it against a shared schema. Refuses, in this order: a body that
 * is not declared as JSON (415), one that does not parse (400 malformed_json), and one that breaks
 * the schema (400 validation_failed naming each field). Nothing is written before this passes.
 */
export async function readJsonBody<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.output<Schema>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) throw new AppError('unsupported_media_type');
  let input: unknown;
  try {
    input = JSON.parse(await c.req.text());
  } catch {
    throw new AppError('malformed_json');
  }
  return validate(schema, input);
}

export function readQuery<Schema extends z.ZodType>(c: Context, schema: Schema): z.output<Schema> {
  return validate(schema, c.req.query());
}

function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('validation_failed', { fields: toFieldProblems(result.error, input) });
  return result.data;
}
