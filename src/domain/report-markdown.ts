import type { Gains, PayPeriod } from './gains.ts';
import type { Locale } from './locale.ts';

/**
 * The report of one conversation as a Markdown file (product.md, "Right after"; "Markdown
 * reports"): a title, the user's own text as they wrote it, then the gains as sections. Headings
 * are in the user's language; what the user typed into the gains fields is escaped wherever it
 * would otherwise change the file's structure (a "|" in a table cell, a "#" at a line's start).
 */

interface ReportWords {
  title: (name: string) => string;
  gains: string;
  pay: string;
  payColumns: [role: string, level: string, min: string, max: string, currency: string, period: string];
  periods: Record<PayPeriod, string>;
  hours: string;
  conditions: string;
  keywords: string;
  openings: string;
  expected: string;
  advice: string;
  resources: string;
  wouldWorkThere: string;
}

/** The report's headings in each language's own words. */
export const reportWords: Record<Locale, ReportWords> = {
  en: {
    title: (name) => `Conversation with ${name}`,
    gains: 'What I took away',
    pay: 'Pay ranges',
    payColumns: ['Role', 'Level', 'From', 'To', 'Currency', 'Per'],
    periods: { hour: 'hour', month: 'month', year: 'year' },
    hours: 'Hours and flexibility',
    conditions: 'Working conditions',
    keywords: 'Keywords for my CV',
    openings: 'Signs of openings',
    expected: 'expected',
    advice: 'Advice',
    resources: 'Resources',
    wouldWorkThere: 'Would I want to work there?',
  },
  nb: {
    title: (name) => `Samtale med ${name}`,
    gains: 'Dette tar jeg med meg',
    pay: 'Lønnsnivå',
    payColumns: ['Rolle', 'Nivå', 'Fra', 'Til', 'Valuta', 'Per'],
    periods: { hour: 'time', month: 'måned', year: 'år' },
    hours: 'Arbeidstid og fleksibilitet',
    conditions: 'Arbeidsforhold',
    keywords: 'Nøkkelord til CV-en',
    openings: 'Tegn på ledige stillinger',
    expected: 'ventet',
    advice: 'Råd',
    resources: 'Ressurser',
    wouldWorkThere: 'Vil jeg jobbe der?',
  },
  de: {
    title: (name) => `Gespräch mit ${name}`,
    gains: 'Was ich mitnehme',
    pay: 'Gehaltsspannen',
    payColumns: ['Rolle', 'Stufe', 'Von', 'Bis', 'Währung', 'Pro'],
    periods: { hour: 'Stunde', month: 'Monat', year: 'Jahr' },
    hours: 'Arbeitszeit und Flexibilität',
    conditions: 'Arbeitsbedingungen',
    keywords: 'Stichwörter für meinen Lebenslauf',
    openings: 'Hinweise auf offene Stellen',
    expected: 'erwartet',
    advice: 'Ratschläge',
    resources: 'Quellen',
    wouldWorkThere: 'Würde ich dort arbeiten wollen?',
  },
  id: {
    title: (name) => `Percakapan dengan ${name}`,
    gains: 'Yang saya bawa pulang',
    pay: 'Kisaran gaji',
    payColumns: ['Peran', 'Jenjang', 'Dari', 'Sampai', 'Mata uang', 'Per'],
    periods: { hour: 'jam', month: 'bulan', year: 'tahun' },
    hours: 'Jam kerja dan fleksibilitas',
    conditions: 'Kondisi kerja',
    keywords: 'Kata kunci untuk CV saya',
    openings: 'Tanda-tanda lowongan',
    expected: 'perkiraan',
    advice: 'Saran',
    resources: 'Sumber belajar',
    wouldWorkThere: 'Apakah saya mau bekerja di sana?',
  },
};

export interface ReportInput {
  locale: Locale;
  contactName: string;
  organisationName: string;
  /** The day of the conversation (YYYY-MM-DD), or null when it is not known. */
  heldOn: string | null;
  /** The user's edited report, Markdown as they wrote it. */
  body: string;
  gains: Gains;
  /** The locale dates and numbers are written in (a regional variant such as en-GB); the language's by default. */
  dateLocale?: string;
}

export function buildReportMarkdown(input: ReportInput): string {
  const words = reportWords[input.locale];
  const who = [input.contactName, input.organisationName].map(oneLine).filter(Boolean).join(', ');
  const parts = [`# ${escapeMarkdownInline(words.title(who))}`];
  const intlLocale = input.dateLocale ?? input.locale;
  if (input.heldOn) parts.push(`_${formatDay(input.heldOn, intlLocale)}_`);
  if (input.body.trim() !== '') parts.push(input.body.trim());
  const gains = gainsSections(input.gains, input.locale, intlLocale);
  if (gains.length > 0) parts.push(`## ${words.gains}`, ...gains);
  return `${parts.join('\n\n')}\n`;
}

/** The gains as Markdown sections (###), only those the user filled. */
export function gainsSections(gains: Gains, locale: Locale, intlLocale: string = locale): string[] {
  const words = reportWords[locale];
  const sections: string[] = [];
  const section = (heading: string, content: string) => sections.push(`### ${heading}\n\n${content}`);
  const bullets = (items: readonly string[]) =>
    items.map((item) => `- ${escapeMarkdownInline(oneLine(item))}`).join('\n');

  if (gains.payRanges.length > 0) {
    const number = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 2 });
    const rows = gains.payRanges.map((range) =>
      tableRow([
        range.role,
        range.level,
        number.format(range.min),
        number.format(range.max),
        range.currency,
        words.periods[range.period],
      ]),
    );
    const header = tableRow(words.payColumns);
    // No column alignment (---:): markdown-it writes it as a style attribute, which the CSP refuses.
    const rule = `|${words.payColumns.map(() => ' --- ').join('|')}|`;
    section(words.pay, [header, rule, ...rows].join('\n'));
  }
  if (gains.hours.trim()) section(words.hours, escapeMarkdownText(gains.hours.trim()));
  if (gains.conditions.trim()) section(words.conditions, escapeMarkdownText(gains.conditions.trim()));
  if (gains.keywords.length > 0) section(words.keywords, bullets(gains.keywords));
  if (gains.openings.length > 0) {
    const lines = gains.openings.map((opening) => {
      const where = opening.where.trim() ? ` (${escapeMarkdownInline(oneLine(opening.where))})` : '';
      const when = opening.expectedBy ? `: ${words.expected} ${formatWhen(opening.expectedBy, intlLocale)}` : '';
      return `- **${escapeMarkdownInline(oneLine(opening.what))}**${where}${when}`;
    });
    section(words.openings, lines.join('\n'));
  }
  if (gains.advice.length > 0) section(words.advice, bullets(gains.advice));
  if (gains.resources.length > 0) section(words.resources, bullets(gains.resources));
  if (gains.wouldWorkThere !== null || gains.wouldWorkThereWhy.trim()) {
    const rating = gains.wouldWorkThere === null ? '' : `**${gains.wouldWorkThere}/5**`;
    const why = escapeMarkdownText(gains.wouldWorkThereWhy.trim());
    section(words.wouldWorkThere, [rating, why].filter(Boolean).join('\n\n'));
  }
  return sections;
}

/**
 * Text that sits inside one line of structure (a bullet, a table cell, a heading): every
 * character Markdown gives a meaning inline is escaped, and so is a start that would open a
 * block (a heading, a list, a quote).
 */
export function escapeMarkdownInline(text: string): string {
  return escapeInlineCharacters(text)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3');
}

/** Inside a table cell only the inline characters matter: a cell cannot open a block. */
function escapeInlineCharacters(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/**
 * Free text kept as paragraphs (the hours, the conditions, free notes): line breaks and ordinary
 * punctuation stay, but a line that would become a heading, a rule or a setext underline, a
 * fence or raw HTML is escaped, so the text cannot break the report's own headings.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)(#|={2,}|-{3,}|\*{3,}|_{3,}|```|~~~)/, '$1\\$2')
        .replace(/</g, '\\<')
        .replace(/\|/g, '\\|'),
    )
    .join('\n');
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escapeInlineCharacters(oneLine(cell)) || ' ').join(' | ')} |`;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** "3 December 2026" in the report's language; the day is a calendar day, so no zone shifts it. */
function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A month ("March 2027") or a day, as the advisor said it. */
function formatWhen(when: string, locale: string): string {
  if (/^\d{4}-\d{2}$/.test(when)) {
    const date = new Date(`${when}-01T00:00:00Z`);
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return formatDay(when, locale);
}
