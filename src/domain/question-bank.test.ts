import { describe, expect, it } from 'vitest';
import { locales, type Locale } from './locale.ts';
import {
  builtInQuestions,
  builtInQuestionsByKey,
  nextStepPrompts,
  planGoals,
  QUESTION_MINUTES_MAX,
  QUESTION_MINUTES_MIN,
  questionCategories,
  suggestedPlans,
  suggestedPlanTiming,
  tiaraLenses,
  wrapUpLines,
} from './question-bank.ts';

const MAX_TEXT_LENGTH = 200;
// "Short, under about 25 words" in English; German and Indonesian run a few words longer.
const MAX_WORDS = 30;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function expectDistinctAcrossLanguages(texts: Record<Locale, string>, where: string): void {
  const values = locales.map((locale) => texts[locale].trim().toLowerCase());
  expect(new Set(values).size, `${where} has the same text in two languages`).toBe(locales.length);
}

describe('the built-in question bank', () => {
  it('ships at least 72 questions', () => {
    expect(builtInQuestions.length).toBeGreaterThanOrEqual(72);
  });

  it('lists the categories in the order of the method', () => {
    expect(questionCategories).toEqual([
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
    ]);
    expect(tiaraLenses).toEqual(['trends', 'insights', 'advice', 'resources', 'assignments']);
  });

  it('gives every question a unique key made of its category and a snake_case topic', () => {
    const keys = builtInQuestions.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const question of builtInQuestions) {
      expect(question.key).toMatch(/^[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*$/);
      expect(question.key.split('.')[0], question.key).toBe(question.category);
    }
    expect(builtInQuestionsByKey.size).toBe(keys.length);
  });

  it('uses only known categories and lenses, and keeps the questions in category order', () => {
    const positions = builtInQuestions.map((question) => questionCategories.indexOf(question.category));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const question of builtInQuestions) expect(tiaraLenses, question.key).toContain(question.lens);
  });

  it('covers every category with three to five questions', () => {
    for (const category of questionCategories) {
      const count = builtInQuestions.filter((question) => question.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(3);
      expect(count, category).toBeLessThanOrEqual(5);
    }
  });

  it('uses every TIARA lens at least eight times', () => {
    for (const lens of tiaraLenses) {
      const count = builtInQuestions.filter((question) => question.lens === lens).length;
      expect(count, lens).toBeGreaterThanOrEqual(8);
    }
  });

  it('estimates every answer in whole minutes within the allowed range', () => {
    for (const question of builtInQuestions) {
      expect(Number.isInteger(question.minutes), question.key).toBe(true);
      expect(question.minutes, question.key).toBeGreaterThanOrEqual(QUESTION_MINUTES_MIN);
      expect(question.minutes, question.key).toBeLessThanOrEqual(QUESTION_MINUTES_MAX);
    }
  });

  it('writes every question in all four languages as a short question', () => {
    for (const question of builtInQuestions) {
      expect(Object.keys(question.text).sort(), question.key).toEqual([...locales].sort());
      for (const locale of locales) {
        const text = question.text[locale];
        const where = `${question.key} (${locale})`;
        expect(text.trim(), where).toBe(text);
        expect(text.length, where).toBeGreaterThan(10);
        expect(text.length, where).toBeLessThan(MAX_TEXT_LENGTH);
        expect(text.endsWith('?'), where).toBe(true);
        expect(wordCount(text), where).toBeLessThanOrEqual(MAX_WORDS);
        expect(text, where).not.toMatch(/\s{2}|\s[?,.:]/);
      }
    }
  });

  it('never leaves a question untranslated, the same in two languages', () => {
    for (const question of builtInQuestions) expectDistinctAcrossLanguages(question.text, question.key);
  });

  it('never repeats a question within one language', () => {
    for (const locale of locales) {
      const texts = builtInQuestions.map((question) => question.text[locale].toLowerCase());
      expect(new Set(texts).size, locale).toBe(texts.length);
    }
  });

  it('addresses the advisor as du in Norwegian, Sie in German and Anda in Indonesian', () => {
    const secondPerson = builtInQuestions.filter((question) => /\b(you|your)\b/i.test(question.text.en));
    expect(secondPerson.length).toBeGreaterThan(30);
    for (const question of builtInQuestions) {
      expect(question.text.nb, question.key).not.toMatch(/\b(De|Dem|Deres)\b/);
      expect(question.text.de, question.key).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
      expect(question.text.id, question.key).not.toMatch(/\b(kamu|kau|engkau|Bapak|Ibu)\b/i);
    }
    const asksTheAdvisor = (pattern: RegExp, locale: Locale) =>
      secondPerson.filter((question) => pattern.test(question.text[locale])).length;
    expect(asksTheAdvisor(/\b(du|deg|din|ditt|dine|dere)\b/i, 'nb')).toBeGreaterThan(secondPerson.length / 2);
    expect(asksTheAdvisor(/\b(Sie|Ihr\w*|Ihnen)\b/, 'de')).toBeGreaterThan(secondPerson.length / 2);
    expect(asksTheAdvisor(/\bAnda\b/, 'id')).toBeGreaterThan(secondPerson.length / 2);
  });

  it('asks about pay as ranges in the field, never about the advisor’s own salary', () => {
    const pay = builtInQuestions.filter((question) => question.category === 'pay');
    for (const question of pay) {
      expect(question.text.en, question.key).not.toMatch(/\b(how much do you (earn|make)|your (salary|pay))\b/i);
    }
  });
});

describe('the lines for the end of a meeting', () => {
  it('has a wrap-up line in every language, each written on its own', () => {
    for (const locale of locales) {
      expect(wrapUpLines[locale].trim().length, locale).toBeGreaterThan(20);
      expect(wrapUpLines[locale].length, locale).toBeLessThan(MAX_TEXT_LENGTH);
    }
    expectDistinctAcrossLanguages(wrapUpLines, 'the wrap-up line');
  });

  it('asks for referrals, name use and keeping in touch in every language', () => {
    for (const prompt of ['referrals', 'useName', 'keepInTouch'] as const) {
      const texts = Object.fromEntries(locales.map((locale) => [locale, nextStepPrompts[locale][prompt]])) as Record<
        Locale,
        string
      >;
      for (const locale of locales) {
        expect(texts[locale].endsWith('?'), `${prompt} (${locale})`).toBe(true);
        expect(texts[locale].length, `${prompt} (${locale})`).toBeLessThan(MAX_TEXT_LENGTH);
      }
      expectDistinctAcrossLanguages(texts, prompt);
    }
  });
});

describe('the suggested plans', () => {
  const questionMinutes =
    suggestedPlanTiming.meetingMinutes - suggestedPlanTiming.smallTalkMinutes - suggestedPlanTiming.nextStepsMinutes;

  it('leaves 14 minutes for questions in a 20-minute meeting', () => {
    expect(questionMinutes).toBe(14);
  });

  it.each(planGoals)('%s names existing questions, each once', (goal) => {
    const plan = suggestedPlans[goal];
    expect(plan.length).toBeGreaterThanOrEqual(4);
    expect(new Set(plan).size).toBe(plan.length);
    for (const key of plan) expect(builtInQuestionsByKey.has(key), key).toBe(true);
  });

  it.each(planGoals)('%s fits the time left for questions', (goal) => {
    const minutes = suggestedPlans[goal].reduce((sum, key) => sum + (builtInQuestionsByKey.get(key)?.minutes ?? 0), 0);
    expect(minutes).toBeLessThanOrEqual(questionMinutes);
    expect(minutes).toBeGreaterThanOrEqual(questionMinutes - 3);
  });

  it('has a plan for each of the three goals and no others', () => {
    expect(Object.keys(suggestedPlans).sort()).toEqual([...planGoals].sort());
  });
});
