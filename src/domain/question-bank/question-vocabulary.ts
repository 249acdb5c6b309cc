import type { Locale } from '#domain/locale';

/**
 * The topics of an informational interview, in the order a conversation usually moves through
 * them: the work itself, how to get in, the conditions, the field around it, then the advisor's
 * own story and who else to ask. Lists and filters show them in this order.
 */
export const questionCategories = [
  'role_and_titles',
  'typical_day',
  'skills_and_qualities',
  'education',
  'experience',
  'breaking_in',
  'cv_keywords',
  'advancement',
  'pay',
  'hours_and_flexibility',
  'pressures',
  'culture',
  'related_work',
  'outlook',
  'technology',
  'job_postings',
  'advisor_path',
  'what_i_missed',
  'who_else',
] as const;
export type QuestionCategory = (typeof questionCategories)[number];

/**
 * TIARA: what kind of answer a question draws out. Trends (where the field is going), Insights
 * (how it really is), Advice (what the advisor would do in my place), Resources (people, places,
 * reading), Assignments (the actual tasks and projects).
 */
export const tiaraLenses = ['trends', 'insights', 'advice', 'resources', 'assignments'] as const;
export type TiaraLens = (typeof tiaraLenses)[number];

/** Answer times are rough estimates in whole minutes, used to see whether a plan fits the meeting. */
export const QUESTION_MINUTES_MIN = 1;
export const QUESTION_MINUTES_MAX = 5;

export interface BuiltInQuestion {
  /**
   * Stable id, `<category>.<topic>`. Users' edits, translations, hidden flags and plans refer to
   * it, so a key is never renamed or reused for a different question.
   */
  key: string;
  category: QuestionCategory;
  lens: TiaraLens;
  /** Estimated answer time, QUESTION_MINUTES_MIN to QUESTION_MINUTES_MAX. */
  minutes: number;
  /** Written naturally in each language (du, Sie, Anda), not translated word for word. */
  text: Record<Locale, string>;
}
