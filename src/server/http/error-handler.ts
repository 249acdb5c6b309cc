import type { Context, ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { AppError, type ErrorCode } from '#domain/errors';
import { describeFieldProblem, translatorFor } from '#shared/i18n/translator';
import type { ErrorResponse } from '#shared/error.schema';
import { describeFileProblem } from '#shared/file-problem';
import type { FileProblem } from '#shared/import.schema';
import type { AppEnv } from './app-env.ts';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_found: 404,
  version_conflict: 409,
  forbidden_host: 403,
  forbidden_origin: 403,
  backup_invalid: 400,
  backup_too_new: 422,
  unreadable_file: 400,
  import_preview_expired: 410,
  import_preview_stale: 409,
  import_not_latest: 409,
  import_changed_since: 409,
  built_in_question: 409,
  internal: 500,
};

/**
 * The one place an error becomes a response. A known AppError answers with its status and a
 * message in the request's language; anything else is a bug: the client gets a generic 500 with
 * the request id, and the details go to the log only (never personal data, see logger.ts).
 */
export function handleErrors(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof AppError) return sendAppError(c, error);
    logger.error({ requestId: c.get('requestId'), err: error }, 'unexpected error');
    return sendAppError(c, new AppError('internal'));
  };
}

export function sendAppError(c: Context<AppEnv>, error: AppError) {
  const t = c.get('t') ?? translatorFor('en');
  const fields = error.details.fields;
  const file = error.details.file as FileProblem | undefined;
  const lines = [t(`errors.${error.code}`, { limit: error.details.limit, count: error.details.count })];
  if (fields) lines.push(...fields.map((problem) => describeFieldProblem(t, problem)));
  if (file) lines.push(describeFileProblem(t, file));
  const body: ErrorResponse = {
    error: {
      code: error.code,
      message: lines.join(' '),
      ...(fields ? { fields } : {}),
      ...(error.details.current !== undefined ? { current: error.details.current } : {}),
      ...(file ? { file } : {}),
      ...(error.details.count !== undefined ? { count: error.details.count } : {}),
      ...(error.code === 'internal' ? { requestId: c.get('requestId') } : {}),
    },
  };
  c.header('Cache-Control', 'no-store');
  return c.json(body, statusOf[error.code]);
}
