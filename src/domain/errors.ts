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
  /** A backup file that is damaged, incomplete or not a Rapport backup; nothing was restored. */
  'backup_invalid',
  /** A backup written by a newer Rapport, whose schema this version does not know. */
  'backup_too_new',
  /** An import file Rapport cannot read (see ErrorDetails.file); nothing was imported. */
  'unreadable_file',
  /** The import preview is gone (expired, replaced by a newer upload, or already confirmed). */
  'import_preview_expired',
  /** The contacts changed between an import's preview and its confirmation. */
  'import_preview_stale',
  /** Only the latest import that has not been undone yet can be undone. */
  'import_not_latest',
  /** Contacts an import created or merged were changed since (ErrorDetails.count says how many). */
  'import_changed_since',
  /** A built-in question cannot be deleted: it is hidden instead, so a later release does not bring it back. */
  'built_in_question',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One field that failed validation: which field, which rule, and the rule's limit if it has one. */
export interface FieldProblem {
  field: string;
  rule: ValidationRule;
  limit?: number;
  /** A non-personal word the message quotes, such as the unknown placeholder's name. */
  value?: string;
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
  /** Another record of the user's already has this name (ignoring case and accents). */
  'duplicate',
  /** A meeting (or another future event) set at a time already past. */
  'in_the_past',
  /** An end that is not after its start. */
  'before_start',
  /** A template names a placeholder Rapport does not know (FieldProblem.value names it). */
  'unknown_placeholder',
  /** The step does not fit where the interview is now (e.g. a follow-up before any request). */
  'not_allowed_now',
  /** A range whose minimum is above its maximum (pay ranges). */
  'min_above_max',
  /** Not a three-letter currency code (ISO 4217: NOK, EUR, IDR, USD). */
  'invalid_currency',
] as const;

export type ValidationRule = (typeof validationRules)[number];

export interface ErrorDetails {
  fields?: FieldProblem[];
  /** The record as it is now, sent with version_conflict so the UI can offer it. */
  current?: unknown;
  /** Non-personal context for the message, such as a byte limit. */
  limit?: number;
  /** How many records the message is about (import_changed_since). */
  count?: number;
  /** Where an import file went wrong (unreadable_file). */
  file?: { fileName: string; line: number; field?: string; reason: string };
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
