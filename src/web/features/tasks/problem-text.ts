import { describeFieldProblem, type Translate } from '#shared/i18n/translator';
import { ApiError } from '../../lib/api-client.ts';
import { errorText } from '../../lib/error-text.ts';

/** A failed call in words: each field that failed validation by its name, else the error's message. */
export function problemText(t: Translate, error: unknown): string {
  if (error instanceof ApiError && error.code === 'validation_failed' && error.fields.length > 0) {
    return error.fields.map((problem) => describeFieldProblem(t, problem)).join(' ');
  }
  return errorText(t, error);
}
