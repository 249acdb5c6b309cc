import { foldForSearch } from './search-key.ts';

/** How the user knows a person: the method's list of places a contact can come from. */
export const howKnownOptions = [
  'friend',
  'family',
  'acquaintance',
  'colleague',
  'alumni',
  'networking_event',
  'job_fair',
  'linkedin_cold',
  'referral',
  'other',
] as const;
export type HowKnown = (typeof howKnownOptions)[number];

/** What a person is to their organisation: all four know something worth asking about. */
export const organisationRelations = ['current_employee', 'former_employee', 'client', 'supplier'] as const;
export type OrganisationRelation = (typeof organisationRelations)[number];

/** A person in the user's network: someone to ask for an informational interview. */
export interface Contact {
  id: string;
  name: string;
  /** How to say the name, in the user's own spelling ("ING-rid BER-ger-sen"). */
  pronunciation: string;
  title: string;
  /** Other titles for the same role, which help when searching job boards. */
  otherTitles: string[];
  organisationId: string | null;
  /** The organisation's name, read with the contact; '' when there is none. */
  organisation: string;
  organisationRelation: OrganisationRelation | '';
  /** The field or occupation the person works in. */
  field: string;
  location: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string;
  howKnown: HowKnown | '';
  /** When we met, YYYY-MM-DD, or ''. */
  metOn: string;
  metWhere: string;
  introducedById: string | null;
  /** Whether the introducer allowed "X suggested I contact you". */
  mayUseIntroducerName: boolean;
  tags: string[];
  /** Markdown, rendered safely. */
  notes: string;
  /** Grows by one on every change; an update that names an older version is refused. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ContactFields = Omit<Contact, 'id' | 'organisationId' | 'version' | 'createdAt' | 'updatedAt'>;

export const contactLimits = {
  name: 200,
  pronunciation: 200,
  title: 200,
  otherTitles: 20,
  organisation: 200,
  field: 200,
  location: 200,
  email: 320,
  emails: 10,
  phone: 50,
  phones: 10,
  linkedinUrl: 500,
  metWhere: 200,
  tag: 50,
  tags: 30,
  notes: 100_000,
} as const;

/** What the name search in the list looks at: who they are, where they work, how to reach them. */
export function contactSearchKey(
  fields: Pick<ContactFields, 'name' | 'title' | 'organisation' | 'emails'> &
    Partial<Pick<ContactFields, 'otherTitles'>>,
): string {
  return foldForSearch(
    [fields.name, fields.organisation, fields.title, ...(fields.otherTitles ?? []), ...fields.emails].join(' '),
  );
}

/** Sort key for the list: by name, ignoring case and accents. */
export function contactSortKey(name: string): string {
  return foldForSearch(name);
}

/**
 * The shape nearly every profile address has, as LinkedIn's own export writes them
 * ("https://www.linkedin.com/in/kari-nordmann-4b2a1b12"): read without building a URL, which is
 * most of the cost of checking and comparing the 30,000 rows of an import. The path is group 1.
 * Every other address takes the URL route; contact.test.ts holds the two to the same answers.
 */
const plainProfileUrl = /^https?:\/\/(?:www\.|[a-z]{2}\.)?linkedin\.com((?:\/[\w-]+)*)\/*$/i;

/** LinkedIn profiles live on linkedin.com or a country subdomain (no.linkedin.com). */
export function isLinkedInUrl(value: string): boolean {
  if (plainProfileUrl.test(value)) return true;
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

/**
 * One spelling per LinkedIn profile, for finding duplicates: no scheme, no "www." or country
 * subdomain, no query or trailing slash, lower case. "https://no.linkedin.com/in/Ingrid/" and
 * "linkedin.com/in/ingrid" are the same person.
 */
export function normaliseLinkedInUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const plain = plainProfileUrl.exec(trimmed);
  if (plain) return `linkedin.com${(plain[1] ?? '').toLowerCase()}`;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return trimmed.toLowerCase();
  }
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % sequence: compare the path as written.
  }
  path = path.replace(/\/+$/, '').toLowerCase();
  return `linkedin.com${path}`;
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
