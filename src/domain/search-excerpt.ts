import { findFirstMatch } from './search-key.ts';

/** About two lines of a result list: enough to see why something matched. */
export const EXCERPT_LENGTH = 160;
/** How much text to keep before the first match, so the match is read in its sentence. */
const CONTEXT_BEFORE = 40;
/** A cut may move this far to fall between words instead of inside one. */
const WORD_SLACK = 20;

/**
 * Markdown as a reader sees it, on one line: link and image targets, emphasis marks, heading, quote
 * and list markers go; the words stay. Only for excerpts, which are shown as plain text: nothing
 * here has to be safe, because nothing is ever rendered as HTML.
 */
export function plainTextOfMarkdown(markdown: string): string {
  // Each pass only runs when its characters occur: most notes are plain prose.
  let text = markdown;
  if (text.includes('](')) text = text.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
  text = text.replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm, '');
  if (/[*`~]/.test(text)) text = text.replace(/[*`~]+/g, '');
  if (text.includes('_')) text = text.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1');
  return collapseWhiteSpace(text);
}

export function collapseWhiteSpace(text: string): string {
  // Replacing every single space by itself is most of the cost on prose: only runs and other
  // white space (line breaks, tabs, no-break spaces) need work.
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** How many of the terms occur in the text (as words or word starts): to pick the field that matched best. */
export function countMatchedTerms(text: string, terms: readonly string[]): number {
  let count = 0;
  for (const term of terms) if (findFirstMatch(text, [term]) !== -1) count += 1;
  return count;
}

/**
 * About `length` characters of one-line text around the first match of the terms (or its start when
 * nothing matches), cut between words, with "…" where text was left out.
 */
export function excerptAround(text: string, terms: readonly string[], length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const firstMatch = Math.max(0, findFirstMatch(text, terms));
  let start = Math.max(0, Math.min(firstMatch - CONTEXT_BEFORE, text.length - length));
  if (start > 0) start = wordStartAfter(text, start, firstMatch);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = wordEndBefore(text, end, start);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The start of the next word after `position`, if one starts soon enough (and not after `limit`). */
function wordStartAfter(text: string, position: number, limit: number): number {
  const space = text.indexOf(' ', position);
  if (space !== -1 && space < position + WORD_SLACK && space < limit) return space + 1;
  return avoidSplitPair(text, position);
}

/** The end of the word before `position`, if one ends soon enough (and not before `limit`). */
function wordEndBefore(text: string, position: number, limit: number): number {
  const space = text.lastIndexOf(' ', position);
  if (space !== -1 && space > position - WORD_SLACK && space > limit) return space;
  return avoidSplitPair(text, position);
}

/** Never cut between the two halves of a character outside the BMP (an emoji, say). */
function avoidSplitPair(text: string, position: number): number {
  const code = text.charCodeAt(position);
  return code >= 0xdc00 && code <= 0xdfff ? position - 1 : position;
}
