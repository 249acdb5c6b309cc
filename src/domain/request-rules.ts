import type { Locale } from './locale.ts';
import { de } from './request-rules/de.ts';
import { en } from './request-rules/en.ts';
import { id } from './request-rules/id.ts';
import { nb } from './request-rules/nb.ts';

/**
 * What the live checks of a request (request-checks.ts) need to know about one language. The
 * engine is the same for every language; adding a language means adding one of these.
 *
 * Words and phrases are written as patterns (request-words.ts): matched as whole words, ignoring
 * case and accents; `*` before or after a word lets it be part of a longer word ("søknad*" finds
 * "søknaden", "*jobb" finds "sommerjobb"); a phrase is words that follow each other.
 */
export interface RequestRules {
  /** How a message opens ("Dear", "Hei", "Guten Tag", "Yth."): that line is not the first sentence. */
  greetings: readonly string[];
  /** How a message closes ("Best regards", "Vennlig hilsen"): that line and all after it are the sign-off. */
  signOffs: readonly string[];
  /** Words written with a full stop that does not end the sentence ("dr", "z.b", "f.eks"), lower case, no final dot. */
  abbreviations: readonly string[];
  /** Words that say how the writer came to the reader: met, found, read, alumni, wrote. */
  connectionCues: readonly string[];
  /** Words that ask for a job outright: the message fails the check. */
  jobTalk: readonly string[];
  /** Words that may read as job hunting but need not: the message gets a warning. */
  jobHints: readonly string[];
  /** Set phrases in which a job word means something else ("an dieser Stelle"). */
  jobTalkExceptions: readonly string[];
  /** Words that name a field in general ("industry", "bransje"), used when the user has named no field. */
  fieldCues: readonly string[];
  /** Words for "you", "your", in any capitalisation. */
  secondPerson: readonly string[];
  /** Words for "you" that count only when capitalised exactly so (German "Sie", "Ihnen"): "sie" is "she". */
  secondPersonExactCase: readonly string[];
  /** Words for "I", "me", "my". */
  firstPerson: readonly string[];
  /** Titles that are not part of a person's name ("Dr", "Herr", "Bapak"), when looking for a name. */
  nameTitles: readonly string[];
  time: TimeRules;
}

/** How a length of time is written: "15-20 minutes", "fünfzehn Minuten", "et kvarter", "setengah jam". */
export interface TimeRules {
  minuteWords: readonly string[];
  hourWords: readonly string[];
  /** Numbers written as words, to their value ("fifteen": 15, "lima belas": 15). */
  numberWords: Readonly<Record<string, number>>;
  /** Words between the two ends of a range ("to", "bis", "sampai"); dashes and slashes always work. */
  rangeWords: readonly string[];
  /** Set phrases for a length of time, to minutes ("half an hour": 30, "et kvarter": 15). */
  durations: Readonly<Record<string, number>>;
  /** Phrases that ask for time without saying how much ("a few minutes"). */
  vague: readonly string[];
}

const rulesByLanguage: Record<Locale, RequestRules> = { en, nb, de, id };

/** The rules of a language; English for anything Rapport does not speak. */
export function requestRulesFor(language: Locale): RequestRules {
  return rulesByLanguage[language] ?? en;
}
