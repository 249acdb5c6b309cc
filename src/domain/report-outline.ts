import type { Locale } from './locale.ts';
import { escapeMarkdownInline, escapeMarkdownText } from './report-markdown.ts';

/**
 * The outline the report starts from (product.md, "Right after"): the questions that came up in
 * the conversation and the notes taken on them, starred ones first, then the free notes. The user
 * edits it into the report; nothing here is stored until they save.
 */

/** What the outline needs of one plan item (plan_items: text, note, starred, asked). */
export interface OutlineItem {
  question: string;
  note: string;
  starred: boolean;
  asked: boolean;
}

/** A question counts as answered when it was ticked as asked or has a note. */
export function isAnswered(item: OutlineItem): boolean {
  return item.asked || item.note.trim() !== '';
}

/** The starred notes first, each group in plan order: what mattered most leads. */
export function answeredInOrder(items: readonly OutlineItem[]): OutlineItem[] {
  const answered = items.filter(isAnswered);
  return [...answered.filter((item) => item.starred), ...answered.filter((item) => !item.starred)];
}

/** The starred learnings, in plan order: the notes of starred items (their question when the note is empty). */
export function starredLearnings(items: readonly OutlineItem[]): string[] {
  return items
    .filter((item) => item.starred && isAnswered(item))
    .map((item) => (item.note.trim() || item.question.trim()).replace(/\s+/g, ' '))
    .filter((text) => text !== '');
}

interface OutlineWords {
  topics: string;
  learned: string;
  freeNotes: string;
  starred: string;
  nothingYet: string;
}

/** The outline's headings, in each language's own words. */
export const outlineWords: Record<Locale, OutlineWords> = {
  en: {
    topics: 'Topics covered',
    learned: 'What I learned',
    freeNotes: 'Other notes',
    starred: 'key point',
    nothingYet: 'Write what you remember: who you met, what you asked, what surprised you.',
  },
  nb: {
    topics: 'Temaer vi var innom',
    learned: 'Det jeg lærte',
    freeNotes: 'Andre notater',
    starred: 'viktig',
    nothingYet: 'Skriv det du husker: hvem du møtte, hva du spurte om, hva som overrasket deg.',
  },
  de: {
    topics: 'Besprochene Themen',
    learned: 'Was ich gelernt habe',
    freeNotes: 'Weitere Notizen',
    starred: 'wichtig',
    nothingYet:
      'Schreiben Sie auf, was Sie noch wissen: wen Sie getroffen haben, was Sie gefragt haben, was Sie überrascht hat.',
  },
  id: {
    topics: 'Topik yang dibahas',
    learned: 'Yang saya pelajari',
    freeNotes: 'Catatan lain',
    starred: 'penting',
    nothingYet: 'Tulis apa yang Anda ingat: siapa yang Anda temui, apa yang Anda tanyakan, apa yang mengejutkan Anda.',
  },
};

/**
 * The outline as Markdown: "Topics covered" lists the answered questions; "What I learned" lists
 * their notes, starred ones first and marked with ★; the free notes follow as they were written.
 * User text is escaped so that a note starting with "#" or "1." stays a note inside its bullet.
 */
export function buildOutline(input: { items: readonly OutlineItem[]; freeNotes: string; locale: Locale }): string {
  const words = outlineWords[input.locale];
  const answered = answeredInOrder(input.items);
  const sections: string[] = [];
  if (answered.length > 0) {
    const topics = input.items.filter(isAnswered).map((item) => `- ${escapeMarkdownInline(oneLine(item.question))}`);
    sections.push(`## ${words.topics}\n\n${topics.join('\n')}`);
  }
  const learned = answered
    .filter((item) => item.note.trim() !== '')
    .map((item) => {
      const mark = item.starred ? `★ **${words.starred}:** ` : '';
      return `- ${mark}${escapeMarkdownInline(oneLine(item.note))}`;
    });
  if (learned.length > 0) sections.push(`## ${words.learned}\n\n${learned.join('\n')}`);
  if (input.freeNotes.trim() !== '')
    sections.push(`## ${words.freeNotes}\n\n${escapeMarkdownText(input.freeNotes.trim())}`);
  if (sections.length === 0) return `## ${words.learned}\n\n${words.nothingYet}\n`;
  return `${sections.join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
