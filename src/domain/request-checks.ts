import type { Locale } from './locale.ts';
import { splitRequest } from './request-parts.ts';
import { requestRulesFor, type RequestRules } from './request-rules.ts';
import { findTimeAsks, findVagueTimeAsk } from './request-time.ts';
import {
  compilePatterns,
  countWords,
  findFirstMatch,
  longestMatchAt,
  matchedText,
  wordsOf,
  type Word,
  type WordPattern,
} from './request-words.ts';

export type { RequestRules } from './request-rules.ts';

/**
 * The live checks of a request e-mail, from the method: short; the connection first; no job
 * talk; a short, set time; a question at the end; interest both broad (the field) and narrow (this
 * person or organisation); more about them than about me. One engine for every language: what
 * differs between languages is data (request-rules/).
 */
export const requestCheckIds = [
  'word_count',
  'connection_first',
  'no_job_talk',
  'short_time',
  'ends_with_question',
  'broad_and_narrow',
  'about_them',
] as const;
export type RequestCheckId = (typeof requestCheckIds)[number];

export type RequestCheckStatus = 'pass' | 'warn' | 'fail';

/**
 * One check's result. The message is `requests.checks.<id>.<status>` with the params as its
 * variables: `count` picks the plural form and `context` a variant (i18next's own rules), so
 * `t(\`requests.checks.${id}.${status}\`, params)` finds the right sentence.
 */
export interface RequestCheck {
  id: RequestCheckId;
  status: RequestCheckStatus;
  params: Record<string, string | number>;
}

export interface RequestContext {
  advisorName: string;
  introducerName: string | null;
  organisationName: string | null;
  field: string | null;
}

export interface RequestInput {
  body: string;
  language: Locale;
  context: RequestContext;
}

/** A request is read at a glance up to about 75 words; past 100 it is a letter. */
export const requestWordLimits = { warnAbove: 75, failAbove: 100 } as const;

/**
 * The time to ask for, in minutes: 15-20 is the method's e-mail ask and 10-15 its phone ask, so
 * 10 to 20 passes; half an hour or more is a meeting, not a favour.
 */
export const requestMinutes = { shortest: 10, longest: 20, tooLong: 30 } as const;

export function checkRequest(input: RequestInput): RequestCheck[] {
  const rules = requestRulesFor(input.language);
  const patterns = patternsOf(rules);
  const body = input.body.replace(/\r\n?/g, '\n');
  const parts = splitRequest(body, rules);
  const text: CheckedText = {
    body,
    bodyWords: wordsOf(body),
    message: parts.message,
    messageWords: wordsOf(parts.message),
    firstSentence: wordsOf(parts.firstSentence),
    rest: wordsOf(parts.rest),
  };
  return [
    checkWordCount(body),
    checkConnectionFirst(text, input.context, patterns),
    checkNoJobTalk(text, patterns),
    checkShortTime(text, rules),
    checkEndsWithQuestion(parts.message, parts.lastSentence),
    checkBroadAndNarrow(text, input.context, patterns),
    checkAboutThem(text, patterns),
  ];
}

interface CheckedText {
  body: string;
  bodyWords: Word[];
  /** Between the greeting and the sign-off. */
  message: string;
  messageWords: Word[];
  firstSentence: Word[];
  /** The message after its first sentence. */
  rest: Word[];
}

/** The whole e-mail counts, greeting and sign-off included: that is what the reader sees. */
function checkWordCount(body: string): RequestCheck {
  const count = countWords(body);
  if (count > requestWordLimits.failAbove)
    return { id: 'word_count', status: 'fail', params: { count, limit: requestWordLimits.failAbove } };
  if (count > requestWordLimits.warnAbove)
    return { id: 'word_count', status: 'warn', params: { count, limit: requestWordLimits.warnAbove } };
  return { id: 'word_count', status: 'pass', params: { count, limit: requestWordLimits.warnAbove } };
}

/**
 * With an introducer, the first sentence names them ("Ola suggested I contact you"); without one,
 * it says how the writer came to the reader. A connection that comes later, or a cue where the
 * introducer's name belongs, is a warning.
 */
function checkConnectionFirst(text: CheckedText, context: RequestContext, patterns: CheckPatterns): RequestCheck {
  const introducer = context.introducerName?.trim() ?? '';
  const hasCue = (words: readonly Word[]) => findFirstMatch(words, patterns.connectionCues) !== null;
  if (introducer !== '') {
    const params = { context: 'introducer', name: introducer };
    const names = nameParts(introducer, patterns);
    if (mentionsName(text.firstSentence, names)) return { id: 'connection_first', status: 'pass', params };
    if (mentionsName(text.rest, names) || hasCue(text.firstSentence))
      return { id: 'connection_first', status: 'warn', params };
    return { id: 'connection_first', status: 'fail', params };
  }
  if (hasCue(text.firstSentence)) return { id: 'connection_first', status: 'pass', params: {} };
  if (hasCue(text.rest)) return { id: 'connection_first', status: 'warn', params: {} };
  return { id: 'connection_first', status: 'fail', params: {} };
}

/** The first job word of the whole e-mail (a P.S. counts too): outright ones fail, ambiguous ones warn. */
function checkNoJobTalk(text: CheckedText, patterns: CheckPatterns): RequestCheck {
  const excused = new Set<number>();
  for (let index = 0; index < text.bodyWords.length; index += 1) {
    const length = longestMatchAt(text.bodyWords, index, patterns.jobTalkExceptions);
    for (let covered = index; covered < index + length; covered += 1) excused.add(covered);
  }
  const firstOf = (list: readonly WordPattern[]) => {
    for (let index = 0; index < text.bodyWords.length; index += 1) {
      if (excused.has(index)) continue;
      const length = longestMatchAt(text.bodyWords, index, list);
      if (length > 0) return matchedText(text.body, text.bodyWords, { index, length });
    }
    return null;
  };
  const outright = firstOf(patterns.jobTalk);
  if (outright !== null) return { id: 'no_job_talk', status: 'fail', params: { word: outright } };
  const hint = firstOf(patterns.jobHints);
  if (hint !== null) return { id: 'no_job_talk', status: 'warn', params: { word: hint } };
  return { id: 'no_job_talk', status: 'pass', params: {} };
}

/**
 * The longest time the message asks for decides: within 10-20 minutes passes, 30 or more fails,
 * anything else (5 minutes, 25 minutes, "a few minutes") is a warning. No time at all fails.
 */
function checkShortTime(text: CheckedText, rules: RequestRules): RequestCheck {
  const asks = findTimeAsks(text.message, text.messageWords, rules.time);
  const longest = asks.reduce<(typeof asks)[number] | null>(
    (best, ask) => (!best || ask.high > best.high ? ask : best),
    null,
  );
  if (longest) {
    const params = { phrase: longest.phrase, minutes: longest.high };
    if (longest.high >= requestMinutes.tooLong) return { id: 'short_time', status: 'fail', params };
    if (longest.low >= requestMinutes.shortest && longest.high <= requestMinutes.longest)
      return { id: 'short_time', status: 'pass', params };
    return { id: 'short_time', status: 'warn', params };
  }
  const vague = findVagueTimeAsk(text.message, text.messageWords, rules.time);
  if (vague !== null) return { id: 'short_time', status: 'warn', params: { phrase: vague, minutes: 0 } };
  return { id: 'short_time', status: 'fail', params: { context: 'missing' } };
}

/** Closing quotes, brackets, emoji and white space may follow the last question mark. */
const TRAILING = /(?:[\s"'”’»)\]\p{Extended_Pictographic}\p{Sk}]|\u200d|\ufe0f)+$/u;

function checkEndsWithQuestion(message: string, lastSentence: string): RequestCheck {
  const ending = /[.!?…？！]+$/u.exec(lastSentence.replace(TRAILING, ''))?.[0] ?? '';
  if (/[?？]/.test(ending)) return { id: 'ends_with_question', status: 'pass', params: {} };
  if (/[?？]/.test(message)) return { id: 'ends_with_question', status: 'warn', params: {} };
  return { id: 'ends_with_question', status: 'fail', params: {} };
}

/**
 * Broad: the user's field (or, when they named none, a word for a field such as "industry").
 * Narrow: the organisation or the advisor by name, outside the greeting.
 */
function checkBroadAndNarrow(text: CheckedText, context: RequestContext, patterns: CheckPatterns): RequestCheck {
  const fieldParts = partsOf(context.field ?? '', (folded) => CONNECTORS.has(folded));
  const broad =
    fieldParts.length === 0
      ? findFirstMatch(text.messageWords, patterns.fieldCues) !== null
      : mentionsField(text.messageWords, fieldParts);
  const organisation = context.organisationName?.trim() ?? '';
  const narrow =
    (organisation !== '' && mentionsName(text.messageWords, organisationParts(organisation))) ||
    mentionsName(text.messageWords, nameParts(context.advisorName, patterns));
  if (broad && narrow) return { id: 'broad_and_narrow', status: 'pass', params: {} };
  if (broad) return { id: 'broad_and_narrow', status: 'warn', params: { context: 'narrow' } };
  if (narrow) return { id: 'broad_and_narrow', status: 'warn', params: { context: 'field' } };
  return { id: 'broad_and_narrow', status: 'fail', params: {} };
}

/** "you"-words against "I"-words in the message; a word right after a figure is a unit ("15 min"), not a pronoun. */
function checkAboutThem(text: CheckedText, patterns: CheckPatterns): RequestCheck {
  let you = 0;
  let me = 0;
  text.messageWords.forEach((word, index) => {
    if (index > 0 && /^[0-9]+$/.test(text.messageWords[index - 1]?.folded ?? '')) return;
    if (patterns.secondPerson.has(word.folded) || patterns.secondPersonExactCase.has(word.raw.normalize('NFC')))
      you += 1;
    else if (patterns.firstPerson.has(word.folded)) me += 1;
  });
  return { id: 'about_them', status: you >= me ? 'pass' : 'warn', params: { you, me } };
}

interface CheckPatterns {
  connectionCues: WordPattern[];
  jobTalk: WordPattern[];
  jobHints: WordPattern[];
  jobTalkExceptions: WordPattern[];
  fieldCues: WordPattern[];
  secondPerson: Set<string>;
  secondPersonExactCase: Set<string>;
  firstPerson: Set<string>;
  nameTitles: Set<string>;
}

const compiled = new WeakMap<RequestRules, CheckPatterns>();

function patternsOf(rules: RequestRules): CheckPatterns {
  let patterns = compiled.get(rules);
  if (!patterns) {
    const folded = (list: readonly string[]) => new Set(list.flatMap((entry) => wordsOf(entry).map((w) => w.folded)));
    patterns = {
      connectionCues: compilePatterns(rules.connectionCues),
      jobTalk: compilePatterns(rules.jobTalk),
      jobHints: compilePatterns(rules.jobHints),
      jobTalkExceptions: compilePatterns(rules.jobTalkExceptions),
      fieldCues: compilePatterns(rules.fieldCues),
      secondPerson: folded(rules.secondPerson),
      secondPersonExactCase: new Set(rules.secondPersonExactCase.map((word) => word.normalize('NFC'))),
      firstPerson: folded(rules.firstPerson),
      nameTitles: folded(rules.nameTitles),
    };
    compiled.set(rules, patterns);
  }
  return patterns;
}

/** One word of a name to look for; a capitalised one must be capitalised in the text too ("Will", not "will"). */
interface NamePart {
  folded: string;
  capitalised: boolean;
}

/** Words that join the parts of a name or a field without naming anything. */
const CONNECTORS = new Set([
  'and', 'of', 'the', 'for', 'og', 'i', 'for', 'med', 'und', 'der', 'die', 'das', 'des', 'den', 'von', 'van',
  'dan', 'di', 'yang', 'dengan', 'de', 'la', 'le', 'du',
]); // prettier-ignore

/** Legal forms in organisation names, which say nothing about which organisation it is. */
const LEGAL_FORMS = new Set([
  'as', 'asa', 'sa', 'ab', 'oy', 'oyj', 'gmbh', 'ag', 'kg', 'se', 'ug', 'ev', 'inc', 'ltd', 'llc', 'plc',
  'corp', 'co', 'pt', 'tbk', 'cv', 'bv', 'nv', 'persero',
]); // prettier-ignore

function partsOf(name: string, skip: (folded: string) => boolean): NamePart[] {
  const words = wordsOf(name);
  const wanted = words.filter((word) => word.folded.length >= 2 && !skip(word.folded));
  return (wanted.length > 0 ? wanted : words).map((word) => ({
    folded: word.folded,
    capitalised: /^\p{Lu}/u.test(word.raw),
  }));
}

function nameParts(name: string, patterns: CheckPatterns): NamePart[] {
  return partsOf(name, (folded) => patterns.nameTitles.has(folded) || CONNECTORS.has(folded));
}

function organisationParts(name: string): NamePart[] {
  return partsOf(name, (folded) => LEGAL_FORMS.has(folded) || CONNECTORS.has(folded));
}

/** Whether any part of the name appears as a word, also with a genitive s ("Karis", "Sarah's"). */
function mentionsName(words: readonly Word[], parts: readonly NamePart[]): boolean {
  return words.some((word) =>
    parts.some(
      (part) =>
        (word.folded === part.folded || word.folded === `${part.folded}s`) &&
        (!part.capitalised || /^\p{Lu}/u.test(word.raw)),
    ),
  );
}

/**
 * Whether every naming word of the field appears, in any order, as a word or the start of one
 * ("fornybar energi" in "fornybare energikilder"); a long one may also sit inside a compound
 * ("technik" in "Wasserstofftechnik").
 */
function mentionsField(words: readonly Word[], parts: readonly NamePart[]): boolean {
  return parts.every((part) =>
    words.some(
      (word) => word.folded.startsWith(part.folded) || (part.folded.length >= 5 && word.folded.includes(part.folded)),
    ),
  );
}
