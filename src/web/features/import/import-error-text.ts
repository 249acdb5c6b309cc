import type { Translate } from '#shared/i18n/translator';
import { describeFileProblem } from '#shared/file-problem';
import { errorText } from '../../lib/error-text.ts';
import { CountedError, ImportFileError } from './imports.api.ts';

/** The sentence for a failed import call: where a file went wrong, or how many contacts changed. */
export function importErrorText(t: Translate, error: unknown): string {
  if (error instanceof ImportFileError) return `${t('errors.unreadable_file')} ${describeFileProblem(t, error.file)}`;
  if (error instanceof CountedError) return t(`errors.${error.code}`, { count: error.count });
  return errorText(t, error);
}
