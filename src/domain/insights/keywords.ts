import type { Locale } from '#domain/locale';

/**
 * Keywords for a CV heard from two or more advisors (product.md, "Insights"). The same word comes
 * back in different spellings ("Python", "python"; "stakeholder", "stakeholders"), so words are
 * merged on a key that ignores case and the simple plurals of the language the user writes in.
 * What counts is how many different advisors said it, not how often it was written down.
 */
export interface KeywordMention {
  /** The keyword as the user wrote it in one report. */
  text: string;
  /** Who said it: the advisor (contact) of that report. */
  advisorId: string;
}

export interface MergedKeyword {
  /** The spelling used most often (ties: the one seen first). */
  text: string;
  advisors: number;
  /** Every spelling seen, most used first. */
  spellings: string[];
}

/** A word must be this long before a plural ending is cut off: "bus" stays "bus", "gas" stays "gas". */
const MIN_STEM = 3;

/** Endings to strip per language, longest first, each only while at least MIN_STEM letters remain. */
const pluralEndings: Record<Locale, readonly string[]> = {
  en: ['es', 's'],
  nb: ['ene', 'er', 'e'],
  // German plurals vary; -en/-er/-e/-n/-s are the regular ones. Cutting too much is harmless as
  // long as singular and plural land on the same key ("Lehrer" and "Lehrer" both become "lehr");
  // umlaut plurals ("Bäume") are left apart rather than guessed.
  de: ['en', 'er', 'e', 'n', 's'],
  id: [],
};

/** The key two spellings share when they are the same keyword. */
export function keywordKey(text: string, locale: Locale): string {
  const words = text
    .normalize('NFC')
    .toLocaleLowerCase(locale)
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return '';
  // Only the last word of a phrase carries the plural: "user interviews" → "user interview".
  const last = words.length - 1;
  words[last] = singular(words[last]!, locale);
  return words.join(' ');
}

function singular(word: string, locale: Locale): string {
  if (locale === 'id') {
    // Indonesian marks the plural by reduplication: "buku-buku" is "buku".
    const match = /^(.+)-\1$/u.exec(word);
    return match ? match[1]! : word;
  }
  if (locale === 'en') {
    // "-ies" → "-y" (technologies → technology); "-es" only after x, ch, sh, ss, zz (boxes, classes),
    // else just the "s" (courses → course, analyses → analyse, roles → role).
    if (word.endsWith('ies') && word.length - 3 >= MIN_STEM) return `${word.slice(0, -3)}y`;
    if (/(x|ch|sh|ss|zz)es$/u.test(word) && word.length - 2 >= MIN_STEM) return word.slice(0, -2);
    if (word.endsWith('s') && !word.endsWith('ss') && word.length - 1 >= MIN_STEM) return word.slice(0, -1);
    return word;
  }
  for (const ending of pluralEndings[locale]) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * Merges mentions into keywords heard from at least `minAdvisors` different advisors, most
 * advisors first, then alphabetically.
 */
export function mergeKeywords(mentions: readonly KeywordMention[], locale: Locale, minAdvisors = 2): MergedKeyword[] {
  const groups = new Map<string, { advisors: Set<string>; spellings: Map<string, number> }>();
  for (const mention of mentions) {
    const text = mention.text.trim().replace(/\s+/g, ' ');
    const key = keywordKey(text, locale);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) {
      group = { advisors: new Set(), spellings: new Map() };
      groups.set(key, group);
    }
    group.advisors.add(mention.advisorId);
    group.spellings.set(text, (group.spellings.get(text) ?? 0) + 1);
  }
  const merged: MergedKeyword[] = [];
  for (const group of groups.values()) {
    if (group.advisors.size < minAdvisors) continue;
    // Map keeps insertion order, and sort is stable: ties keep the spelling seen first.
    const spellings = [...group.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
    merged.push({ text: spellings[0]!, advisors: group.advisors.size, spellings });
  }
  return merged.sort((a, b) => b.advisors - a.advisors || a.text.localeCompare(b.text, locale));
}
