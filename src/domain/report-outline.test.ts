import { describe, expect, it } from 'vitest';
import { answeredInOrder, buildOutline, starredLearnings, type OutlineItem } from './report-outline.ts';

const item = (question: string, note: string, extra: Partial<OutlineItem> = {}): OutlineItem => ({
  question,
  note,
  starred: false,
  asked: false,
  ...extra,
});

describe('the outline of a conversation', () => {
  const items = [
    item('How did you get into the field?', 'Through an internship at 22.'),
    item('What does a normal week look like?', ''),
    item('What surprised you?', 'How much is writing.', { starred: true }),
    item('Who else should I talk to?', '', { asked: true }),
  ];

  it('counts a question as answered when it was asked or has a note', () => {
    expect(answeredInOrder(items).map((entry) => entry.question)).toEqual([
      'What surprised you?',
      'How did you get into the field?',
      'Who else should I talk to?',
    ]);
  });

  it('lists topics, then learnings with the starred ones first and marked', () => {
    const outline = buildOutline({ items, freeNotes: 'Call Ola next week.', locale: 'en' });
    expect(outline).toContain('## Topics covered\n\n- How did you get into the field?');
    expect(outline).not.toContain('normal week');
    const learned = outline.slice(outline.indexOf('## What I learned'));
    expect(learned.indexOf('★ **key point:** How much is writing.')).toBeLessThan(
      learned.indexOf('Through an internship'),
    );
    expect(outline).toContain('## Other notes\n\nCall Ola next week.');
  });

  it('writes its headings in the user language', () => {
    const outline = buildOutline({ items, freeNotes: '', locale: 'nb' });
    expect(outline).toContain('## Temaer vi var innom');
    expect(outline).toContain('## Det jeg lærte');
  });

  it('keeps a note that looks like Markdown structure inside its bullet', () => {
    const outline = buildOutline({
      items: [item('# Pay?', '1. lots | more *really*')],
      freeNotes: '## not a heading',
      locale: 'en',
    });
    expect(outline).toContain('- \\# Pay?');
    expect(outline).toContain('- 1\\. lots \\| more \\*really\\*');
    expect(outline).toContain('\\## not a heading');
  });

  it('gives a useful start when nothing was noted', () => {
    expect(buildOutline({ items: [], freeNotes: ' ', locale: 'de' })).toContain('## Was ich gelernt habe');
  });

  it('takes the starred learnings in plan order, the question when the note is empty', () => {
    expect(
      starredLearnings([
        item('A?', 'first', { starred: true }),
        item('B?', '', { starred: true, asked: true }),
        item('C?', 'not starred'),
      ]),
    ).toEqual(['first', 'B?']);
  });
});
