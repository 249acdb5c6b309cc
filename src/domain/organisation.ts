import type { RoutineKind } from './follow-up-routine.ts';

/**
 * An employer or other organisation the user may want to learn about. The target list follows
 * the LAMP method: Advocacy (do I know someone there), Motivation (how much I want to work there,
 * 0-3) and Posting (relevant openings, 1-3).
 */
export interface Organisation {
  id: string;
  name: string;
  website: string;
  field: string;
  /** Markdown, rendered safely. */
  notes: string;
  isTarget: boolean;
  motivation: number | null;
  posting: number | null;
  /** The follow-up routine for requests to people here, or null for the user's default. */
  routine: RoutineKind | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const organisationLimits = { name: 200, website: 500, field: 200, notes: 100_000 } as const;
export const MOTIVATION_MIN = 0;
export const MOTIVATION_MAX = 3;
export const POSTING_MIN = 1;
export const POSTING_MAX = 3;
/** The method's aim: a list of about 40 organisations, of which the top 5 are worked first. */
export const TARGET_GOAL = 40;
export const TOP_TARGETS = 5;

export interface TargetRow {
  organisation: Organisation;
  /** How many contacts the user has there: the A in LAMP, derived, never typed. */
  advocates: number;
}

export interface RankedTarget extends TargetRow {
  rank: number;
  isTop: boolean;
}

/**
 * Orders the target list as the method says: motivation first, then posting, highest first.
 * Unrated values sort after rated ones; ties are broken by advocacy (someone to ask beats no
 * one), then by name, so the order is stable.
 */
export function rankTargets(rows: readonly TargetRow[], collator = new Intl.Collator('en')): RankedTarget[] {
  return [...rows]
    .sort(
      (a, b) =>
        (b.organisation.motivation ?? -1) - (a.organisation.motivation ?? -1) ||
        (b.organisation.posting ?? -1) - (a.organisation.posting ?? -1) ||
        b.advocates - a.advocates ||
        collator.compare(a.organisation.name, b.organisation.name),
    )
    .map((row, index) => ({ ...row, rank: index + 1, isTop: index < TOP_TARGETS }));
}

/**
 * The address to link a website to, or null when the text is not a web address. "statkraft.no"
 * becomes "https://statkraft.no"; only http and https are ever linked, so a "javascript:" text
 * can never become a link.
 */
export function websiteHref(website: string): string | null {
  const text = website.trim();
  if (text === '' || /\s/.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
  // A host needs a dot ("example.no"), except localhost, which nobody means as an employer.
  if (!url.hostname.includes('.')) return null;
  return url.href;
}
