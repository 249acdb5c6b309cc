import { describeFieldProblem, type Translate } from '#shared/i18n/translator';
import { ApiError } from './api-client.ts';

/** The sentence to show for a failed call, in the user's language, with a reference for bugs. */
export function errorText(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.internal');
  const message = t(`errors.${error.code}`);
  return error.requestId ? `${message} ${t('errors.requestId', { id: error.requestId })}` : message;
}

/**
 * A failed call in words: each field's problem when the server named fields (validation), else
 * the error's message. For forms that show one message rather than one per field.
 */
export function failureText(t: Translate, error: unknown): string {
  if (error instanceof ApiError && error.fields.length > 0) {
    return error.fields.map((problem) => describeFieldProblem(t, problem)).join(' ');
  }
  return errorText(t, error);
}
