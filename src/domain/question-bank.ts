/**
 * The built-in question bank: the questions Rapport ships with, in four languages, plus the lines
 * said at the end of a meeting and the suggested plans. Pure data; a seed step copies it into the
 * database without overwriting what the user has edited, matching rows by `key`.
 */
import { gettingInQuestions } from './question-bank/getting-in.ts';
import { learningTheCraftQuestions } from './question-bank/learning-the-craft.ts';
import { conditionsQuestions } from './question-bank/conditions.ts';
import { theAdvisorAndBeyondQuestions } from './question-bank/the-advisor-and-beyond.ts';
import { questionCategories, type BuiltInQuestion } from './question-bank/question-vocabulary.ts';
import { theWiderFieldQuestions } from './question-bank/the-wider-field.ts';
import { theWorkItselfQuestions } from './question-bank/the-work-itself.ts';

export {
  questionCategories,
  tiaraLenses,
  QUESTION_MINUTES_MAX,
  QUESTION_MINUTES_MIN,
} from './question-bank/question-vocabulary.ts';
export type { BuiltInQuestion, QuestionCategory, TiaraLens } from './question-bank/question-vocabulary.ts';
export { nextStepPrompts, wrapUpLines } from './question-bank/conversation-lines.ts';
export type { NextStepPrompts } from './question-bank/conversation-lines.ts';
export { planGoals, suggestedPlans, suggestedPlanTiming } from './question-bank/suggested-plans.ts';
export type { PlanGoal } from './question-bank/suggested-plans.ts';

/**
 * Every built-in question, in the order of `questionCategories` (the files group them by theme;
 * the sort is stable, so each category keeps its own order).
 */
export const builtInQuestions: readonly BuiltInQuestion[] = [
  ...theWorkItselfQuestions,
  ...learningTheCraftQuestions,
  ...gettingInQuestions,
  ...conditionsQuestions,
  ...theWiderFieldQuestions,
  ...theAdvisorAndBeyondQuestions,
].sort((a, b) => questionCategories.indexOf(a.category) - questionCategories.indexOf(b.category));

export const builtInQuestionsByKey: ReadonlyMap<string, BuiltInQuestion> = new Map(
  builtInQuestions.map((question) => [question.key, question]),
);
