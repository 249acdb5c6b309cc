import type { z } from 'zod';
import type { ErrorCode, FieldProblem } from '#domain/errors';
import { errorResponseSchema } from '#shared/error.schema';
import { currentLocale } from './i18n.svelte.ts';

/** What the UI can be told went wrong: a server error code, or no answer at all. */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    readonly fields: FieldProblem[] = [],
    readonly current?: unknown,
    readonly requestId?: string,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

/**
 * Every call to the Rapport API: sends the user's language (error messages come back in it),
 * parses the answer with the shared zod schema so the UI never works with an unexpected shape,
 * and turns every failure into an ApiError with a code the UI can translate.
 */
export async function requestJson<Schema extends z.ZodType>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: Schema | null,
  body?: unknown,
): Promise<z.output<Schema>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        'accept-language': currentLocale(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!response.ok) throw await toApiError(response);
  if (schema === null || response.status === 204) return undefined as z.output<Schema>;
  return schema.parse(await response.json());
}

export async function toApiError(response: Response): Promise<ApiError> {
  const parsed = errorResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return new ApiError('internal', response.status);
  const { code, fields, current, requestId } = parsed.data.error;
  return new ApiError(code, response.status, fields ?? [], current, requestId);
}
