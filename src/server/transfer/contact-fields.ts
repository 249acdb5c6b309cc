import type { ImportedContact } from './imported-contact.ts';

export function emptyContact(line: number): ImportedContact {
  return {
    line,
    name: '',
    title: '',
    organisation: '',
    emails: [],
    phones: [],
    linkedinUrl: '',
    notes: '',
    tags: [],
    metOn: '',
    location: '',
  };
}

/** Trimmed, without blanks, and each value once (e-mails and tags that differ only in case are the same). */
export function uniqueNonEmpty(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

export function joinNonEmpty(separator: string, ...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(separator);
}

export function isLinkedInUrl(value: string): boolean {
  return /^(https?:\/\/)?([a-z0-9-]+\.)*linkedin\.com(\/|$)/i.test(value.trim());
}

/**
 * Google marks its own groups with "* " ("* myContacts", "* starred") and puts every contact in
 * myContacts, so that one says nothing about the person; the others are kept without the marker.
 */
export function cleanTags(labels: Iterable<string>): string[] {
  const tags: string[] = [];
  for (const label of labels) {
    const tag = label.trim().replace(/^\*\s*/, '');
    if (/^my\s*contacts$/i.test(tag)) continue;
    tags.push(tag);
  }
  return uniqueNonEmpty(tags);
}
