import type { Locale } from '#domain/locale';
import type { QuestionCategory, TiaraLens } from '#domain/question-bank/question-vocabulary';
import { currentLocale, t } from '../../lib/i18n.svelte.ts';

/** The words of the question bank that depend on a value: one place for their catalogue keys. */
export function categoryName(category: QuestionCategory): string {
  return t(`questions.categories.${category}`);
}

export function lensName(lens: TiaraLens): string {
  return t(`questions.lenses.${lens}.name`);
}

export function lensExplanation(lens: TiaraLens): string {
  return t(`questions.lenses.${lens}.explanation`);
}

/** A language's name as it reads inside a sentence of the UI language ("shown in English"). */
export function languageName(language: Locale): string {
  return t(`questions.languageNames.${language}`);
}

/** The same name, starting with a capital as a label does ("Engelsk", not "engelsk"). */
export function languageLabel(language: Locale): string {
  const name = languageName(language);
  return name.charAt(0).toLocaleUpperCase(currentLocale()) + name.slice(1);
}
