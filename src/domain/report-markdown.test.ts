import { describe, expect, it } from 'vitest';
import { emptyGains, type Gains } from './gains.ts';
import { buildReportMarkdown, escapeMarkdownInline, escapeMarkdownText } from './report-markdown.ts';

const gains: Gains = {
  ...emptyGains(),
  payRanges: [{ role: 'Analyst | trader', level: 'Junior', min: 550000, max: 650000, currency: 'NOK', period: 'year' }],
  hours: 'Core hours 9-15, home office on Fridays.',
  conditions: '# Open plan\nGood canteen',
  keywords: ['Power markets', 'Python'],
  openings: [{ what: 'Graduate programme', where: 'Stavanger', expectedBy: '2027-03' }],
  advice: ['Learn SQL'],
  resources: ['Energy Weekly [newsletter]'],
  wouldWorkThere: 4,
  wouldWorkThereWhy: 'Nice people.',
};

describe('the report as Markdown', () => {
  it('puts the title, the day, the user text and then the gains sections in order', () => {
    const markdown = buildReportMarkdown({
      locale: 'en',
      contactName: 'Kari Nordmann',
      organisationName: 'Equinor',
      heldOn: '2026-12-03',
      body: '## What I learned\n\n- A lot',
      gains,
    });
    expect(
      markdown.startsWith('# Conversation with Kari Nordmann, Equinor\n\n_December 3, 2026_\n\n## What I learned'),
    ).toBe(true);
    const order = [
      '## What I took away',
      '### Pay ranges',
      '### Hours',
      '### Working conditions',
      '### Keywords',
      '### Signs of openings',
      '### Advice',
      '### Resources',
      '### Would I want',
    ];
    const positions = order.map((heading) => markdown.indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toContain('| Role | Level | From | To | Currency | Per |');
    expect(markdown).toContain('| Analyst \\| trader | Junior | 550,000 | 650,000 | NOK | year |');
    expect(markdown).toContain('\\# Open plan\nGood canteen');
    expect(markdown).toContain('- **Graduate programme** (Stavanger): expected March 2027');
    expect(markdown).toContain('- Energy Weekly \\[newsletter\\]');
    expect(markdown).toContain('**4/5**\n\nNice people.');
  });

  it('writes headings and numbers in the user language and leaves out empty sections', () => {
    const markdown = buildReportMarkdown({
      locale: 'de',
      contactName: 'Jürgen Ã',
      organisationName: '',
      heldOn: null,
      body: '',
      gains: { ...emptyGains(), payRanges: gains.payRanges },
    });
    expect(markdown).toContain('# Gespräch mit Jürgen Ã');
    expect(markdown).toContain('### Gehaltsspannen');
    expect(markdown).toContain('550.000');
    expect(markdown).toContain('| Jahr |');
    expect(markdown).not.toContain('### Ratschläge');
  });

  it('has no gains heading when nothing was filled', () => {
    const markdown = buildReportMarkdown({
      locale: 'id',
      contactName: 'Budi',
      organisationName: '',
      heldOn: null,
      body: 'x',
      gains: emptyGains(),
    });
    expect(markdown).toBe('# Percakapan dengan Budi\n\nx\n');
  });

  it('escapes what would break structure and nothing else in free text', () => {
    expect(escapeMarkdownInline('- a *b* `c` <d>')).toBe('\\- a \\*b\\* \\`c\\` \\<d\\>');
    expect(escapeMarkdownText('line one\n---\n# two\nplain, fine.')).toBe('line one\n\\---\n\\# two\nplain, fine.');
  });
});
