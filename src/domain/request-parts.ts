import type { RequestRules } from './request-rules.ts';
import { compilePatterns, matchLengthAt, wordsOf, type WordPattern } from './request-words.ts';

/**
 * A request split the way a reader sees it: the greeting ("Dear Sarah,"), the message, and the
 * sign-off ("Best regards,\nAlex" and anything after it). The checks look at the message only,
 * so a name in the greeting or "Yours" in the sign-off does not count.
 */
export interface RequestParts {
  /** The text between the greeting and the sign-off, trimmed. */
  message: string;
  /** The message's first sentence. */
  firstSentence: string;
  /** The message after its first sentence. */
  rest: string;
  /**
   * The message's last sentence, not counting a closing thank-you ("Would Tuesday suit you?
   * Thanks for reading!" ends with the question).
   */
  lastSentence: string;
}

/** The compiled patterns of one rules object, made once. */
interface PartPatterns {
  greetings: WordPattern[];
  signOffs: WordPattern[];
  abbreviations: Set<string>;
}

const compiled = new WeakMap<RequestRules, PartPatterns>();

function patternsOf(rules: RequestRules): PartPatterns {
  let patterns = compiled.get(rules);
  if (!patterns) {
    patterns = {
      greetings: compilePatterns(rules.greetings),
      signOffs: compilePatterns(rules.signOffs),
      abbreviations: new Set(rules.abbreviations.map((word) => word.toLowerCase())),
    };
    compiled.set(rules, patterns);
  }
  return patterns;
}

/** Lines are looked at for a sign-off only this close to the end: a signature is a few lines. */
const SIGN_OFF_LINES = 8;
/** A sign-off line is its cue and a few more words ("Thank you for taking the time to read this."), not a paragraph. */
const SIGN_OFF_EXTRA_WORDS = 10;
/** Lines of a signature are short: a name, a title, a phone number, an address. */
const SIGNATURE_LINE_WORDS = 8;
/** A greeting names the reader and stops: "Sehr geehrte Frau Dr. Schneider," is five words. */
const GREETING_WORDS = 8;

export function splitRequest(body: string, rules: RequestRules): RequestParts {
  const patterns = patternsOf(rules);
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first += 1;

  // A greeting may fill its own line ("Hei Kari,") or start the first one ("Hi Sarah, I found…").
  // Formal Indonesian has two in a row ("Yth. Bapak Budi," then "Dengan hormat,").
  for (let greetings = 0; greetings < 2 && first < lines.length; greetings += 1) {
    const line = lines[first] ?? '';
    const end = greetingEnd(line, patterns);
    if (end === 0) break;
    const remainder = line.slice(end);
    if (remainder.trim() !== '') {
      lines[first] = remainder;
      break;
    }
    first += 1;
    while (first < lines.length && (lines[first] ?? '').trim() === '') first += 1;
  }

  let last = signOffStart(lines, first, patterns);
  while (last > first && isSignatureLine(lines[last - 1] ?? '')) last -= 1;

  const message = lines.slice(first, last).join('\n').trim();
  const sentences = sentencesOf(message, patterns.abbreviations);
  const firstSentence = sentences[0] ?? '';
  let closing = sentences.length;
  while (closing > 1 && startsWithSignOff(sentences[closing - 1] ?? '', patterns)) closing -= 1;
  return {
    message,
    firstSentence,
    rest: sentences.slice(1).join('\n'),
    lastSentence: sentences[closing - 1] ?? '',
  };
}

/** A sentence of thanks or good wishes that closes the message, with no question in it. */
function startsWithSignOff(sentence: string, patterns: PartPatterns): boolean {
  if (/[?？]/.test(sentence)) return false;
  const words = wordsOf(sentence);
  return patterns.signOffs.some((pattern) => matchLengthAt(words, 0, pattern) > 0);
}

/**
 * Where the greeting at the start of the line ends, or 0 when the line does not open with one.
 * A line that opens with a greeting word is a greeting up to its first comma, exclamation mark
 * or colon ("Hi Sarah," of "Hi Sarah, I found…"), or whole when it is short and has none
 * ("Hei Kari"). A short line ending in a comma is one too ("Sarah,").
 */
function greetingEnd(line: string, patterns: PartPatterns): number {
  const words = wordsOf(line);
  if (words.length === 0) return 0;
  const opensWithGreeting = patterns.greetings.some((pattern) => matchLengthAt(words, 0, pattern) > 0);
  const trimmed = line.trimEnd();
  if (!opensWithGreeting) return words.length <= 5 && /,$/.test(trimmed) ? line.length : 0;
  const stop = /[,!:]/.exec(line);
  if (stop) {
    const wordsBefore = words.filter((word) => word.end <= stop.index).length;
    return wordsBefore <= GREETING_WORDS ? stop.index + 1 : 0;
  }
  return words.length <= 5 && !/[.?]$/.test(trimmed) ? line.length : 0;
}

/**
 * The index of the line where the sign-off starts, or lines.length when there is none: the
 * highest sign-off line near the end below which there are only short lines without a question
 * (a name, a title, a phone number), so "Thank you for reading." above the closing question is
 * part of the message.
 */
function signOffStart(lines: readonly string[], first: number, patterns: PartPatterns): number {
  let seen = 0;
  let start = lines.length;
  for (let index = lines.length - 1; index > first && seen < SIGN_OFF_LINES; index -= 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    seen += 1;
    if (isSignOffLine(line, patterns)) start = index;
    else if (line.includes('?') || wordsOf(line).length > SIGNATURE_LINE_WORDS) break;
  }
  return start;
}

function isSignOffLine(line: string, patterns: PartPatterns): boolean {
  if (line.includes('?')) return false;
  const words = wordsOf(line);
  return patterns.signOffs.some((pattern) => {
    const length = matchLengthAt(words, 0, pattern);
    return length > 0 && words.length <= length + SIGN_OFF_EXTRA_WORDS;
  });
}

/**
 * A line that is only a name or a placeholder, as a signature without a sign-off ("Alex Morgan",
 * "{{my_name}}"): a few capitalised words and no punctuation a sentence would have.
 */
function isSignatureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return true;
  if (/^(\{\{[^{}]*\}\}\s*)+$/.test(trimmed)) return true;
  if (/[.?!,:;]/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  return words.length <= 4 && /^\p{Lu}/u.test(words[0] ?? '') && /^\p{Lu}/u.test(words[words.length - 1] ?? '');
}

/**
 * The sentences of a text, trimmed; pieces without a letter or digit are left out. A sentence ends after a ".", "!" or "?"
 * followed by white space (or the end), or at an empty line. A full stop after an abbreviation
 * ("Dr."), an initial ("J.") or before a lower-case word ("ca. 20") does not end one.
 */
export function sentencesOf(text: string, abbreviations: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  let start = 0;
  const end = /[.!?…？！]+["'”’»)\]]*(?=\s|$)|\n[ \t]*\n/g;
  for (const match of text.matchAll(end)) {
    const at = match.index;
    const after = at + match[0].length;
    if (match[0].startsWith('.') && !/[?!]/.test(match[0])) {
      const before = /\S*$/.exec(text.slice(Math.max(start, at - 40), at))?.[0] ?? '';
      const word = before.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
      if (abbreviations.has(word) || /^\p{L}$/u.test(word)) continue;
      if (/^\s+\p{Ll}/u.test(text.slice(after, after + 40))) continue;
    }
    sentences.push(text.slice(start, match[0].startsWith('\n') ? at : after));
    start = after;
  }
  sentences.push(text.slice(start));
  // An emoji or a stray mark after the last question is not a sentence of its own.
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
