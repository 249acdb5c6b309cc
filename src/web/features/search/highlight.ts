import { findMatches } from '#domain/search-key';

/** A piece of text, marked or not: rendered as text inside <mark> or outside, never as HTML. */
export interface Segment {
  text: string;
  isMatch: boolean;
}

/** The text cut where the search terms match (as the index matches them: folded, at word starts). */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of findMatches(text, terms)) {
    if (start > position) segments.push({ text: text.slice(position, start), isMatch: false });
    segments.push({ text: text.slice(start, end), isMatch: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), isMatch: false });
  return segments;
}
