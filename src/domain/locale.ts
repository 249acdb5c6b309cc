/** The languages Rapport speaks. The method it implements was written in these four. */
export const locales = ['en', 'nb', 'de', 'id'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from a preference list such as navigator.languages or an
 * Accept-Language header. Norwegian tags come in three spellings (no, nb, nn); all read bokmål.
 * Indonesian also has the legacy tag "in".
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (primary === 'no' || primary === 'nn' || primary === 'nb') return 'nb';
    if (primary === 'in') return 'id';
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/** Splits an Accept-Language header into tags, best first, ignoring q=0. */
export function parseAcceptLanguage(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}
