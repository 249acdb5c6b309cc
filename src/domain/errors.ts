/**
 * The one error type that services throw. The HTTP layer maps each code to a status and the UI
 * maps each code to a message in the user's language, so the list is closed: adding a code means
 * adding its status (src/server/http/error-handler.ts) and its message in every locale.
 */
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'version_conflict',
  'forbidden_host',
  'forbidden_origin',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One field that failed validation: which field, which rule, and the rule's limit if it has one. */
export interface FieldProblem {
  field: string;
  rule: ValidationRule;
  limit?: number;
}

export const validationRules = [
  'required',
  'too_long',
  'too_short',
  'too_large',
  'too_small',
  'invalid_email',
  'invalid_url',
  'invalid_linkedin_url',
  'invalid_type',
  'unknown_field',
  'invalid_value',
  'invalid_date',
  'not_found',
] as const;

export type ValidationRule = (typeof validationRules)[number];

export interface ErrorDetails {
  fields?: FieldProblem[];
  /** The record as it is now, sent with version_conflict so the UI can offer it. */
  current?: unknown;
  /** Non-personal context for the message, such as a byte limit. */
  limit?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
