import type { Locale } from '#domain/locale';
import type { QuestionCategory, TiaraLens } from '#domain/question-bank/question-vocabulary';

/** Where the editor of a new question starts: the filters chosen, the words searched for. */
export interface QuestionDraft {
  category: QuestionCategory;
  lens: TiaraLens;
  minutes: number;
  texts: Partial<Record<Locale, string>>;
}

/** The minutes a new question starts with: most answers take about two. */
export const NEW_QUESTION_MINUTES = 2;
