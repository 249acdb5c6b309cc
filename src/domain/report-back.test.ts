import { describe, expect, it } from 'vitest';
import { locales } from './locale.ts';
import { draftReportBack } from './report-back.ts';

describe('draftReportBack', () => {
  it('thanks the advisor by first name and says what the user did, in English', () => {
    const draft = draftReportBack('en', {
      advisorName: 'Kari Nordmann',
      done: 'Rewrote my CV summary.',
      myName: 'Ola',
    });
    expect(draft.subject).toContain('advice');
    expect(draft.body).toMatch(/^Hi Kari,/);
    expect(draft.body).toContain('your advice: rewrote my CV summary.');
    expect(draft.body.endsWith('Ola')).toBe(true);
  });

  it('keeps the capital of a German noun', () => {
    const draft = draftReportBack('de', { advisorName: 'Jonas Weber', done: 'Lebenslauf überarbeitet', myName: 'Ola' });
    expect(draft.body).toContain('umgesetzt habe: Lebenslauf überarbeitet.');
  });

  it('writes a greeting without a stray space when the name is missing, in every language', () => {
    for (const locale of locales) {
      const draft = draftReportBack(locale, { advisorName: '', done: 'x', myName: '' });
      expect(draft.body).not.toContain(' ,');
      expect(draft.subject.length).toBeGreaterThan(10);
    }
  });
});
