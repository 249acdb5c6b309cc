/**
 * Compares message catalogues against the reference one (English). Pure: no IO, so the rules can
 * be tested with small fake catalogues; scripts/check-i18n.ts runs it over the real files.
 */

const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;
const ORDINAL_MARKER = '_ordinal';
const VARIABLE = /\{\{([^}]*)\}\}/g;

interface PluralGroup {
  /** Dotted key without the plural suffix, e.g. `contacts.count`. */
  base: string;
  /** Plural category (`one`, `other`...) to its value. */
  forms: Map<string, unknown>;
}

interface SplitCatalogue {
  plain: Map<string, unknown>;
  plurals: Map<string, PluralGroup>;
}

export function findCatalogueProblems(catalogues: Record<string, unknown>, reference = 'en'): string[] {
  const problems: string[] = [];
  const referenceCatalogue = catalogues[reference];
  if (!isPlainObject(referenceCatalogue)) return [`${reference}: reference catalogue is missing or not an object`];
  const expected = splitPlurals(flattenCatalogue(referenceCatalogue));

  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (!isPlainObject(catalogue)) {
      problems.push(`${language}: catalogue is not an object`);
      continue;
    }
    const actual = language === reference ? expected : splitPlurals(flattenCatalogue(catalogue));
    problems.push(...comparePlainKeys(language, reference, expected, actual));
    problems.push(...comparePluralGroups(language, reference, expected, actual));
  }
  return problems;
}

/** Every leaf of a nested catalogue under its dotted key, in the catalogue's own order. */
export function flattenCatalogue(catalogue: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(value)) {
      for (const [leafPath, leaf] of flattenCatalogue(value, path)) leaves.set(leafPath, leaf);
    } else {
      leaves.set(path, value);
    }
  }
  return leaves;
}

/** The `{{name}}` variables of a message; `{{value, number}}` and `{{- html}}` count as `value` and `html`. */
export function interpolationVariables(message: string): Set<string> {
  const names = new Set<string>();
  for (const match of message.matchAll(VARIABLE)) {
    const name = (match[1] ?? '').split(',')[0]?.trim().replace(/^-\s*/, '') ?? '';
    if (name !== '') names.add(name);
  }
  return names;
}

function comparePlainKeys(
  language: string,
  reference: string,
  expected: SplitCatalogue,
  actual: SplitCatalogue,
): string[] {
  const problems: string[] = [];
  for (const [key, referenceValue] of expected.plain) {
    if (!actual.plain.has(key)) {
      problems.push(`${language}: missing key ${key}`);
      continue;
    }
    const problem = describeValueProblem(language, key, actual.plain.get(key));
    if (problem) problems.push(problem);
    else if (language !== reference && typeof referenceValue === 'string')
      problems.push(
        ...compareVariables(language, reference, key, actual.plain.get(key) as string, referenceValue, key),
      );
  }
  for (const key of actual.plain.keys()) {
    if (!expected.plain.has(key)) problems.push(`${language}: extra key ${key} (${reference} does not have it)`);
  }
  return problems;
}

function comparePluralGroups(
  language: string,
  reference: string,
  expected: SplitCatalogue,
  actual: SplitCatalogue,
): string[] {
  const problems: string[] = [];
  for (const [base, referenceGroup] of expected.plurals) {
    const group = actual.plurals.get(base);
    const categories = pluralCategories(language, base);
    if (categories === undefined) {
      problems.push(`${language}: not a language tag Intl.PluralRules understands`);
      return problems;
    }
    const referenceOther = referenceGroup.forms.get('other');
    for (const category of categories) {
      const key = `${base}_${category}`;
      if (!group?.forms.has(category)) {
        problems.push(`${language}: missing plural form ${key} (${language} needs ${formatForms(categories)})`);
        continue;
      }
      const value = group.forms.get(category);
      const problem = describeValueProblem(language, key, value);
      if (problem) problems.push(problem);
      else if (typeof referenceOther === 'string' && !(language === reference && category === 'other'))
        problems.push(...compareVariables(language, reference, key, value as string, referenceOther, `${base}_other`));
    }
    for (const category of group?.forms.keys() ?? []) {
      if (!categories.includes(category))
        problems.push(
          `${language}: unexpected plural form ${base}_${category} (${language} needs only ${formatForms(categories)})`,
        );
    }
  }
  for (const [base, group] of actual.plurals) {
    if (expected.plurals.has(base)) continue;
    for (const category of group.forms.keys())
      problems.push(`${language}: extra key ${base}_${category} (${reference} does not have it)`);
  }
  return problems;
}

function compareVariables(
  language: string,
  reference: string,
  key: string,
  message: string,
  referenceMessage: string,
  referenceKey: string,
): string[] {
  const found = interpolationVariables(message);
  const wanted = interpolationVariables(referenceMessage);
  const same = found.size === wanted.size && [...found].every((name) => wanted.has(name));
  if (same) return [];
  return [
    `${language}: variables of ${key} are ${formatVariables(found)}, but ${reference} ${referenceKey} has ${formatVariables(wanted)}`,
  ];
}

function describeValueProblem(language: string, key: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${language}: ${key} is not a string`;
  if (value.trim() === '') return `${language}: empty string at ${key}`;
  return undefined;
}

/**
 * Separates i18next plural forms (`base_one`, `base_other`...) from ordinary keys. Only the
 * suffixes of plural categories count, so a key like `cancel_button` stays an ordinary key.
 */
function splitPlurals(leaves: Map<string, unknown>): SplitCatalogue {
  const plain = new Map<string, unknown>();
  const plurals = new Map<string, PluralGroup>();
  for (const [key, value] of leaves) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.set(key, value);
      continue;
    }
    const [, base = '', category = ''] = match;
    const group = plurals.get(base) ?? { base, forms: new Map<string, unknown>() };
    group.forms.set(category, value);
    plurals.set(base, group);
  }
  return { plain, plurals };
}

/** The forms a language needs for this key: i18next's `key_ordinal_one` keys follow ordinal rules. */
function pluralCategories(language: string, base: string): string[] | undefined {
  try {
    const type = base.endsWith(ORDINAL_MARKER) ? 'ordinal' : 'cardinal';
    return [...new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories];
  } catch {
    return undefined;
  }
}

function formatForms(categories: readonly string[]): string {
  return categories.map((category) => `_${category}`).join(', ');
}

function formatVariables(names: Set<string>): string {
  return names.size === 0 ? 'none' : [...names].sort().join(', ');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
