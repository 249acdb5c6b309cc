import { foldForSearch } from './search-key.ts';

/** A person in the user's network: someone to ask for an informational interview. */
export interface Contact {
  id: string;
  name: string;
  title: string;
  organisation: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  notes: string;
  /** Grows by one on every change; an update that names an older version is refused. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ContactFields = Omit<Contact, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export const contactLimits = {
  name: 200,
  title: 200,
  organisation: 200,
  email: 320,
  phone: 50,
  linkedinUrl: 500,
  notes: 100_000,
} as const;

/** What a name search looks at: who they are and where they work. */
export function contactSearchKey(fields: Pick<ContactFields, 'name' | 'title' | 'organisation' | 'email'>): string {
  return foldForSearch([fields.name, fields.organisation, fields.title, fields.email].join(' '));
}

/** Sort key for the list: by name, ignoring case and accents. */
export function contactSortKey(name: string): string {
  return foldForSearch(name);
}

/** LinkedIn profiles live on linkedin.com or a country subdomain (no.linkedin.com). */
export function isLinkedInUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    (host === 'linkedin.com' || host.endsWith('.linkedin.com'))
  );
}
