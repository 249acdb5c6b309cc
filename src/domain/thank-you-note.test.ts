import { describe, expect, it } from 'vitest';
import { locales } from './locale.ts';
import { draftThankYou, thankYouWords } from './thank-you-note.ts';

describe('the thank-you note draft', () => {
  it('thanks the advisor by first name and lists at most three starred learnings', () => {
    const draft = draftThankYou({
      locale: 'en',
      advisorName: 'Kari  Nordmann',
      myName: 'Ola Hansen',
      learnings: ['Start with SQL', 'Talk to the trading desk', 'Apply in March', 'A fourth'],
    });
    expect(draft.subject).toBe('Thank you for the conversation');
    expect(draft.body.startsWith('Hi Kari,\n\n')).toBe(true);
    expect(draft.body).toContain(
      'A few things I will take with me:\n- Start with SQL\n- Talk to the trading desk\n- Apply in March',
    );
    expect(draft.body).not.toContain('A fourth');
    expect(draft.body.endsWith('Best regards,\nOla Hansen')).toBe(true);
  });

  it('uses the singular with one learning and a graceful sentence with none', () => {
    expect(draftThankYou({ locale: 'nb', advisorName: 'Kari', myName: '', learnings: ['Én ting'] }).body).toContain(
      'Dette tar jeg særlig med meg:\n- Én ting',
    );
    const none = draftThankYou({ locale: 'id', advisorName: 'Budi Santoso', myName: 'Sari', learnings: [] });
    expect(none.body).toContain(thankYouWords.id.noLearnings);
    expect(none.body).not.toContain('- ');
    expect(none.body.startsWith('Halo Budi,')).toBe(true);
  });

  it('greets with the full name in German, as the request did', () => {
    const draft = draftThankYou({ locale: 'de', advisorName: 'Jürgen Weiß', myName: 'Anna', learnings: ['x'] });
    expect(draft.body.startsWith('Guten Tag Jürgen Weiß,\n\nvielen Dank')).toBe(true);
    expect(draft.body.endsWith('Mit freundlichen Grüßen\nAnna')).toBe(true);
  });

  it('drafts in every language, without a name too', () => {
    for (const locale of locales) {
      const draft = draftThankYou({ locale, advisorName: '', myName: '', learnings: [] });
      expect(draft.subject).not.toBe('');
      expect(draft.body).not.toMatch(/ ,/);
    }
  });
});
