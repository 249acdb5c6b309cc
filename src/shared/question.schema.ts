import { z } from 'zod';
import { locales } from '#domain/locale';
import { normaliseQuestionTexts, QUESTION_TEXT_MAX } from '#domain/question';
import {
  QUESTION_MINUTES_MAX,
  QUESTION_MINUTES_MIN,
  questionCategories,
  tiaraLenses,
} from '#domain/question-bank/question-vocabulary';

const languageTexts = Object.fromEntries(locales.map((locale) => [locale, z.string().optional()])) as Record<
  (typeof locales)[number],
  z.ZodOptional<z.ZodString>
>;

/**
 * The texts of a question, one per language: an empty or missing language is "not written in
 * it yet" (a list then falls back to English). At least one must be filled. Problems are reported
 * on `texts` itself, so the message names the question text whichever language is too long.
 */
export const questionTextsInputSchema = z
  .strictObject(languageTexts)
  .superRefine((texts, ctx) => {
    const filled = Object.values(texts).map((text) => text?.trim() ?? '');
    if (filled.every((text) => text === ''))
      ctx.addIssue({ code: 'custom', params: { rule: 'required' }, message: '' });
    if (filled.some((text) => text.length > QUESTION_TEXT_MAX))
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: QUESTION_TEXT_MAX,
        inclusive: true,
        input: texts,
        message: '',
      });
  })
  .transform(normaliseQuestionTexts);

export const questionInputSchema = z.strictObject({
  category: z.enum(questionCategories),
  lens: z.enum(tiaraLenses),
  minutes: z.number().int().min(QUESTION_MINUTES_MIN).max(QUESTION_MINUTES_MAX),
  texts: questionTextsInputSchema,
});
export type QuestionInput = z.input<typeof questionInputSchema>;
export const questionUpdateSchema = questionInputSchema.extend({ version: z.number().int().min(1) });

export const questionListQuerySchema = z.strictObject({
  category: z.enum(questionCategories).optional(),
  lens: z.enum(tiaraLenses).optional(),
  q: z.string().max(200).optional(),
  /** The language to show the texts in; the request's language when left out. */
  language: z.enum(locales).optional(),
  includeHidden: z.stringbool().optional(),
});

export const questionSchema = z.object({
  id: z.string(),
  /** The shipped question this one is, or null for the user's own. */
  builtInKey: z.string().nullable(),
  category: z.enum(questionCategories),
  lens: z.enum(tiaraLenses),
  minutes: z.number().int(),
  /** The text in the asked language, or, when that one is not filled, in `textLanguage`. */
  text: z.string(),
  textLanguage: z.enum(locales),
  fallback: z.boolean(),
  /** Every language filled, for the editor. */
  texts: z.partialRecord(z.enum(locales), z.string()),
  hidden: z.boolean(),
  /** A built-in question the user changed: later releases no longer change its wording. */
  edited: z.boolean(),
  version: z.number().int(),
});
export type Question = z.output<typeof questionSchema>;

export const questionListSchema = z.object({ items: z.array(questionSchema) });
