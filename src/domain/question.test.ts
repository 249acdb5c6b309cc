import { describe, expect, it } from 'vitest';
import { compareQuestions } from './question-order.ts';
import {
  matchesQuestionFilter,
  normaliseQuestionTexts,
  questionMatchesText,
  questionTextIn,
  sameQuestionTexts,
} from './question.ts';

describe('a question in one language', () => {
  it('is shown in the asked language when it is written in it', () => {
    expect(questionTextIn({ en: 'Why?', de: 'Warum?' }, 'de')).toEqual({
      text: 'Warum?',
      language: 'de',
      fallback: false,
    });
  });

  it('falls back to English, and says so, when the asked language is not filled', () => {
    expect(questionTextIn({ en: 'Why?', de: 'Warum?' }, 'nb')).toEqual({
      text: 'Why?',
      language: 'en',
      fallback: true,
    });
  });

  it('falls back to the first language written when there is no English either', () => {
    expect(questionTextIn({ id: 'Mengapa?', de: 'Warum?' }, 'nb')).toEqual({
      text: 'Warum?',
      language: 'de',
      fallback: true,
    });
  });
});

describe('the texts of a question', () => {
  it('are trimmed, and an empty language counts as not written', () => {
    expect(normaliseQuestionTexts({ de: '  Warum? ', en: '', nb: '   ', id: undefined })).toEqual({ de: 'Warum?' });
  });

  it('compare equal whatever the order of their languages', () => {
    expect(sameQuestionTexts({ en: 'a', de: 'b' }, { de: 'b', en: 'a' })).toBe(true);
    expect(sameQuestionTexts({ en: 'a' }, { en: 'a', de: 'b' })).toBe(false);
  });
});

describe('the filter of the question bank', () => {
  it('finds every word of the query, folded, anywhere in the text', () => {
    expect(questionMatchesText('Hvilke lønnsnivåer er vanlige?', 'LONN niva')).toBe(true);
    expect(questionMatchesText('Welche Gehälter zahlt man in der Straße?', 'gehalter strasse')).toBe(true);
    expect(questionMatchesText('What pay ranges are usual?', 'pay hours')).toBe(false);
    expect(questionMatchesText('Anything', '   ')).toBe(true);
  });

  it('lets an empty choice of category or lens through', () => {
    const question = { category: 'pay' as const, lens: 'trends' as const, text: 'Where is pay heading?' };
    expect(matchesQuestionFilter(question, { category: '', lens: '', q: '' })).toBe(true);
    expect(matchesQuestionFilter(question, { category: 'pay', lens: 'trends', q: 'heading' })).toBe(true);
    expect(matchesQuestionFilter(question, { category: 'culture' })).toBe(false);
    expect(matchesQuestionFilter(question, { lens: 'advice' })).toBe(false);
  });
});

describe('the order of the bank', () => {
  it('goes by category, then shipped order, then the user’s own questions oldest first', () => {
    const questions = [
      { id: 'own-late', category: 'pay' as const, builtInKey: null, createdAt: '2026-02-01T00:00:00Z' },
      { id: 'own-early', category: 'pay' as const, builtInKey: null, createdAt: '2026-01-01T00:00:00Z' },
      {
        id: 'pay-second',
        category: 'pay' as const,
        builtInKey: 'pay.where_to_check',
        createdAt: '2025-01-01T00:00:00Z',
      },
      {
        id: 'pay-first',
        category: 'pay' as const,
        builtInKey: 'pay.ranges_by_level',
        createdAt: '2025-01-01T00:00:00Z',
      },
      { id: 'role', category: 'role_and_titles' as const, builtInKey: null, createdAt: '2027-01-01T00:00:00Z' },
    ];
    expect([...questions].sort(compareQuestions).map((question) => question.id)).toEqual([
      'role',
      'pay-first',
      'pay-second',
      'own-early',
      'own-late',
    ]);
  });
});
