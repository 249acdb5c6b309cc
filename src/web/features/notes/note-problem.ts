import { noteUpdateSchema } from '#shared/note.schema';
import { toFieldProblems } from '#shared/validation';
import { t } from '../../lib/i18n.svelte.ts';

/**
 * What is wrong with a note's text, in the user's language, or '' if nothing: the same rule the
 * server applies (not empty, not too long), checked before anything is sent.
 */
export function noteProblem(body: string): string {
  const checked = noteUpdateSchema.shape.body.safeParse(body);
  if (checked.success) return '';
  return toFieldProblems(checked.error, body)
    .map((problem) => t(`validation.${problem.rule}`, { field: t('notes.field'), limit: problem.limit }))
    .join(' ');
}
