import { ParseError } from './imported-contact.ts';
import { normaliseText } from './text-lines.ts';

/** One unfolded content line and the 1-based physical line where it starts. */
export interface ContentLine {
  line: number;
  text: string;
}

export interface RawCard {
  /** Line of BEGIN:VCARD. */
  line: number;
  /** The card as ical.js reads it: BEGIN:VCARD, the physical lines inside, END:VCARD. */
  text: string;
  /** The unfolded lines between BEGIN and END, for finding the line ical.js refused. */
  contentLines: ContentLine[];
}

interface LogicalLine extends ContentLine {
  lastLine: number;
}

/**
 * Splits a file into cards and keeps track of lines, which ical.js does not report. Lines are
 * unfolded the way ical.js unfolds them (a line starting with a space or a tab continues the one
 * before it, without that first character), so both see the same content lines.
 */
export function splitVCards(text: string): RawCard[] {
  const physical = normaliseText(text).split('\n');
  const cards: RawCard[] = [];
  let open: { line: number; bodyStart: number; contentLines: ContentLine[] } | undefined;

  for (const logical of unfold(physical)) {
    const trimmed = logical.text.trim();
    if (/^begin:vcard$/i.test(trimmed)) {
      if (open) throw new ParseError('malformed_vcard', open.line, undefined, 'BEGIN:VCARD before this card ended');
      open = { line: logical.line, bodyStart: logical.lastLine, contentLines: [] };
    } else if (/^end:vcard$/i.test(trimmed)) {
      if (!open) throw new ParseError('malformed_vcard', logical.line, undefined, 'END:VCARD without BEGIN:VCARD');
      const body = physical.slice(open.bodyStart, logical.line - 1);
      cards.push({
        line: open.line,
        text: ['BEGIN:VCARD', ...body, 'END:VCARD', ''].join('\n'),
        contentLines: open.contentLines,
      });
      open = undefined;
    } else if (open) {
      if (trimmed !== '') open.contentLines.push({ line: logical.line, text: logical.text });
    } else if (trimmed !== '') {
      throw new ParseError('malformed_vcard', logical.line, undefined, 'text outside BEGIN:VCARD ... END:VCARD');
    }
  }
  if (open) throw new ParseError('malformed_vcard', open.line, undefined, 'card has no END:VCARD (file cut short?)');
  if (cards.length === 0) throw new ParseError('malformed_vcard', 1, undefined, 'no BEGIN:VCARD');
  return cards;
}

function unfold(physical: string[]): LogicalLine[] {
  const logical: LogicalLine[] = [];
  physical.forEach((text, index) => {
    const previous = logical.at(-1);
    if (previous && (text.startsWith(' ') || text.startsWith('\t'))) {
      previous.text += text.slice(1);
      previous.lastLine = index + 1;
    } else {
      logical.push({ line: index + 1, lastLine: index + 1, text });
    }
  });
  return logical;
}
