import type { Translate } from '#shared/i18n/translator';
import { ApiError } from './api-client.ts';

/** The sentence to show for a failed call, in the user's language, with a reference for bugs. */
export function errorText(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.internal');
  const message = t(`errors.${error.code}`);
  return error.requestId ? `${message} ${t('errors.requestId', { id: error.requestId })}` : message;
}
