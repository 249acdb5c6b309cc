import type { QuestionCategory, TiaraLens } from './question-bank/question-vocabulary.ts';
import { defaultLocale, locales, type Locale } from './locale.ts';
import { foldForSearch } from './search-key.ts';

/**
 * A question of the user's bank, built-in or their own, with its text in each language they (or
 * Rapport) filled. Built-in questions carry the key of the shipped question they came from.
 */

/** A question is one sentence; the longest shipped one is under 200 characters. */
export const QUESTION_TEXT_MAX = 500;

/** The languages a question is written in: only those filled, never an empty string. */
export type QuestionTexts = Partial<Record<Locale, string>>;

/** What a list shows of a question in one language, and whether it had to use another. */
export interface QuestionText {
  text: string;
  language: Locale;
  /** True when the asked language is not filled and the text is in `language` instead. */
  fallback: boolean;
}

/**
 * The text in `language`; when that one is not filled, the English text (the reference every
 * built-in question has), and for a question of the user's own without English, the first
 * language they did write it in.
 */
export function questionTextIn(texts: QuestionTexts, language: Locale): QuestionText {
  const asked = texts[language];
  if (asked) return { text: asked, language, fallback: false };
  const other = [defaultLocale, ...locales].find((locale) => texts[locale]) ?? defaultLocale;
  return { text: texts[other] ?? '', language: other, fallback: true };
}

/** Trims each text and leaves out the empty ones, in the order of `locales`. */
export function normaliseQuestionTexts(texts: Partial<Record<Locale, string | undefined>>): QuestionTexts {
  const normalised: QuestionTexts = {};
  for (const locale of locales) {
    const text = texts[locale]?.trim();
    if (text) normalised[locale] = text;
  }
  return normalised;
}

/** Whether two sets of texts say the same thing in the same languages. */
export function sameQuestionTexts(a: QuestionTexts, b: QuestionTexts): boolean {
  return locales.every((locale) => (a[locale] ?? '') === (b[locale] ?? ''));
}

/**
 * Whether a text matches what the user typed into the filter: every word of it, folded (case
 * and accents ignored, "ø" as "o"), somewhere in the text, so "lønn nivå" finds "Hvilke
 * lønnsnivåer…". Substrings, not word starts: people search a question bank for stems.
 */
export function questionMatchesText(text: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(text);
  return words.every((word) => folded.includes(word));
}

/** A filter left out, undefined or '' (the "all" choice of a form) lets everything through. */
export interface QuestionFilter {
  category?: QuestionCategory | '' | undefined;
  lens?: TiaraLens | '' | undefined;
  q?: string | undefined;
}

/** The filter of the question bank, on a question as shown in one language. */
export function matchesQuestionFilter(
  question: { category: QuestionCategory; lens: TiaraLens; text: string },
  filter: QuestionFilter,
): boolean {
  if (filter.category && question.category !== filter.category) return false;
  if (filter.lens && question.lens !== filter.lens) return false;
  return questionMatchesText(question.text, filter.q ?? '');
}
