import { builtInQuestions } from './question-bank.ts';
import { questionCategories, type QuestionCategory } from './question-bank/question-vocabulary.ts';

// Apart from question.ts because it needs the shipped questions themselves: the browser, which
// only filters, then never loads the whole bank.
const shippedPosition = new Map(builtInQuestions.map((question, index) => [question.key, index]));

/**
 * The order of the bank: by category, in the order a conversation moves through them; within a
 * category the built-in questions in their shipped order, then the user's own, oldest first.
 */
export function compareQuestions(
  a: { category: QuestionCategory; builtInKey: string | null; createdAt: string },
  b: { category: QuestionCategory; builtInKey: string | null; createdAt: string },
): number {
  const byCategory = questionCategories.indexOf(a.category) - questionCategories.indexOf(b.category);
  if (byCategory !== 0) return byCategory;
  const positionOf = (key: string | null) =>
    key === null ? Number.MAX_SAFE_INTEGER : (shippedPosition.get(key) ?? Number.MAX_SAFE_INTEGER - 1);
  const byPosition = positionOf(a.builtInKey) - positionOf(b.builtInKey);
  if (byPosition !== 0) return byPosition;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
