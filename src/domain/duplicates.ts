import { normaliseEmail, normaliseLinkedInUrl } from './contact.ts';
import { foldForSearch } from './search-key.ts';

/** Why two records look like the same person, strongest first. */
export const duplicateReasons = ['email', 'linkedin', 'name_organisation'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** What duplicate detection looks at in a person, whether stored or read from a file. */
export interface DuplicateKeys {
  name: string;
  /** foldForSearch(name), when the caller has it already. */
  foldedName?: string;
  organisation: string;
  emails: readonly string[];
  linkedinUrl: string;
}

export interface DuplicateMatch<Ref> {
  ref: Ref;
  /** In the order of duplicateReasons. */
  reasons: DuplicateReason[];
}

interface Entry<Ref> {
  ref: Ref;
  /** Order of addition: on a tie the earlier record wins (stored contacts are added first). */
  order: number;
}

/**
 * Finds the record a person most likely duplicates: the same e-mail (ignoring case), the same
 * LinkedIn profile (however the address is spelled), or the same name at the same organisation
 * (ignoring case and accents; two people with the same name and no organisation count too, since
 * the user sees the reason and decides). One map per reason, built once, so checking 30,000 rows
 * against 20,000 contacts is a few hash lookups per row, never a comparison of every pair.
 *
 * Add the stored contacts first, then check each imported row and add it, so later rows of the
 * same file are compared with the earlier ones as well.
 */
export class DuplicateFinder<Ref> {
  private readonly byEmail = new Map<string, Entry<Ref>>();
  private readonly byLinkedIn = new Map<string, Entry<Ref>>();
  private readonly byNameAndOrganisation = new Map<string, Entry<Ref>>();
  private added = 0;

  /** `fold` may be a memoised foldForSearch: organisations repeat thousands of times in an import. */
  constructor(private readonly fold: (text: string) => string = foldForSearch) {}

  add(person: DuplicateKeys, ref: Ref): void {
    this.addKeys(this.keysOf(person), ref);
  }

  /** The best match: the record with the most reasons, then the one added first. */
  find(person: DuplicateKeys): DuplicateMatch<Ref> | undefined {
    return this.findKeys(this.keysOf(person));
  }

  /** find() then add(), computing the keys once: for each row of an import in turn. */
  findThenAdd(person: DuplicateKeys, ref: Ref): DuplicateMatch<Ref> | undefined {
    const keys = this.keysOf(person);
    const match = this.findKeys(keys);
    this.addKeys(keys, ref);
    return match;
  }

  private keysOf(person: DuplicateKeys): Keys {
    const linkedIn = normaliseLinkedInUrl(person.linkedinUrl);
    const name = person.foldedName ?? this.fold(person.name);
    return {
      // Most imported rows have no e-mail (LinkedIn shows few): no lists made for them.
      emails: person.emails.length === 0 ? noEmails : person.emails.map(normaliseEmail).filter((email) => email !== ''),
      // A bare "linkedin.com" names no profile: it would make everyone who has one a duplicate.
      linkedIn: linkedIn === 'linkedin.com' || linkedIn === 'linkedin.com/in' ? '' : linkedIn,
      nameAndOrganisation: name === '' ? '' : `${name}\u0000${this.fold(person.organisation)}`,
    };
  }

  private addKeys(keys: Keys, ref: Ref): void {
    const entry = { ref, order: this.added++ };
    for (const email of keys.emails) setFirst(this.byEmail, email, entry);
    if (keys.linkedIn !== '') setFirst(this.byLinkedIn, keys.linkedIn, entry);
    if (keys.nameAndOrganisation !== '') setFirst(this.byNameAndOrganisation, keys.nameAndOrganisation, entry);
  }

  private findKeys(keys: Keys): DuplicateMatch<Ref> | undefined {
    // Most rows match nothing: look the keys up first and allocate only for a hit.
    const hits: Array<[Entry<Ref>, DuplicateReason]> = [];
    for (const email of keys.emails) {
      const entry = this.byEmail.get(email);
      if (entry) hits.push([entry, 'email']);
    }
    const byLinkedIn = keys.linkedIn === '' ? undefined : this.byLinkedIn.get(keys.linkedIn);
    if (byLinkedIn) hits.push([byLinkedIn, 'linkedin']);
    const byName =
      keys.nameAndOrganisation === '' ? undefined : this.byNameAndOrganisation.get(keys.nameAndOrganisation);
    if (byName) hits.push([byName, 'name_organisation']);
    if (hits.length === 0) return undefined;

    const found = new Map<Entry<Ref>, DuplicateReason[]>();
    for (const [entry, reason] of hits) {
      const reasons = found.get(entry);
      if (!reasons) found.set(entry, [reason]);
      else if (!reasons.includes(reason)) reasons.push(reason);
    }
    let best: { entry: Entry<Ref>; reasons: DuplicateReason[] } | undefined;
    for (const [entry, reasons] of found) {
      const better =
        !best ||
        reasons.length > best.reasons.length ||
        (reasons.length === best.reasons.length && entry.order < best.entry.order);
      if (better) best = { entry, reasons };
    }
    return best ? { ref: best.entry.ref, reasons: best.reasons } : undefined;
  }
}

const noEmails: readonly string[] = [];

interface Keys {
  emails: readonly string[];
  linkedIn: string;
  nameAndOrganisation: string;
}

function setFirst<Ref>(map: Map<string, Entry<Ref>>, key: string, entry: Entry<Ref>): void {
  if (!map.has(key)) map.set(key, entry);
}
