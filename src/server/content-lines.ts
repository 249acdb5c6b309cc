/**
 * Content lines as vCard (RFC 6350, 3.2) and iCalendar (RFC 5545, 3.1) both write them: CRLF at
 * the end, and a line longer than 75 octets folded onto continuation lines that start with a
 * space, never inside a UTF-8 character. One module for the two exports that use it.
 */
export const LINE_END = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Folds at 75 octets per line, the leading space of a continuation included. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the space that starts the next line
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${LINE_END} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
