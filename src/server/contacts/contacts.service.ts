import { newRecordId } from '../db/record-id.ts';
import type { Kysely } from 'kysely';
import { contactSearchKey, contactSortKey, type Contact } from '#domain/contact';
import { AppError } from '#domain/errors';
import { buildReferralChain, type ReferralChain } from '#domain/referral';
import { foldForSearch } from '#domain/search-key';
import type { ContactFieldsParsed } from '#shared/contact.schema';
import type { Database } from '../db/tables.ts';
import { OrganisationsRepo } from '../organisations/organisations.repo.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { ContactsRepo, type ContactRowValues } from './contacts.repo.ts';
import { mergeContactFields } from './merge-contacts.ts';

/** The use cases for contacts. Input arrives validated; rules and conflicts are decided here. */
export class ContactsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  create(user: ActingUser, fields: ContactFieldsParsed): Promise<Contact> {
    return this.inTransaction(async ({ contacts, organisations }, now) => {
      const id = newRecordId();
      await this.assertIntroducer(contacts, user, id, fields.introducedById);
      const organisationId = await resolveOrganisation(organisations, user, fields.organisation, now);
      return contacts.insert(user.id, id, toRowValues(fields, organisationId), now);
    });
  }

  async get(user: ActingUser, id: string): Promise<Contact> {
    const contact = await this.repo().findById(user.id, id);
    if (!contact) throw new AppError('not_found');
    return contact;
  }

  list(user: ActingUser, query: { q: string; organisationId?: string | undefined; limit: number; offset: number }) {
    return this.repo().list(user.id, {
      foldedQuery: foldForSearch(query.q),
      ...(query.organisationId ? { organisationId: query.organisationId } : {}),
      limit: query.limit,
      offset: query.offset,
    });
  }

  /**
   * Saves an edit made on `version`. If someone saved in between, the edit is refused with the
   * record as it is now, so the user can compare instead of silently losing either side.
   */
  update(user: ActingUser, id: string, version: number, fields: ContactFieldsParsed): Promise<Contact> {
    return this.inTransaction(async ({ contacts, organisations }, now) => {
      await this.assertIntroducer(contacts, user, id, fields.introducedById);
      const organisationId = await resolveOrganisation(organisations, user, fields.organisation, now);
      const updated = await contacts.update(user.id, id, version, toRowValues(fields, organisationId), now);
      if (updated) return updated;
      const current = await contacts.findById(user.id, id);
      if (!current) throw new AppError('not_found');
      throw new AppError('version_conflict', { current });
    });
  }

  /** What deleting would take with it, for the confirmation. */
  async deletionImpact(user: ActingUser, id: string) {
    const repo = this.repo();
    if (!(await repo.findById(user.id, id))) throw new AppError('not_found');
    return repo.countLinks(user.id, id);
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    await this.inTransaction(async ({ contacts }) => {
      if (!(await contacts.delete(user.id, id))) throw new AppError('not_found');
    });
  }

  async referralChain(user: ActingUser, id: string): Promise<ReferralChain> {
    const chain = buildReferralChain(await this.repo().listReferralPeople(user.id), id);
    if (!chain) throw new AppError('not_found');
    return chain;
  }

  /**
   * Merges two records of the same person: `keepId` gains what `removeId` had (see
   * mergeContactFields), every note and introduction moves over, and `removeId` is deleted.
   */
  merge(user: ActingUser, keepId: string, removeId: string): Promise<Contact> {
    if (keepId === removeId) {
      throw new AppError('validation_failed', { fields: [{ field: 'removeId', rule: 'invalid_value' }] });
    }
    return this.inTransaction(async ({ contacts }, now) => {
      const [keep, remove] = await Promise.all([
        contacts.findById(user.id, keepId),
        contacts.findById(user.id, removeId),
      ]);
      if (!keep || !remove) throw new AppError('not_found');
      const merged = mergeContactFields(keep, remove);
      await contacts.relink(user.id, removeId, keepId);
      await contacts.delete(user.id, removeId);
      // Whoever introduced the removed record now introduces the kept one, but never itself.
      let introducedById = merged.introducedById;
      if (introducedById === removeId) introducedById = remove.introducedById;
      if (introducedById === keepId) introducedById = null;
      const saved = await contacts.update(
        user.id,
        keepId,
        keep.version,
        toRowValues({ ...merged, introducedById }, merged.organisationId),
        now,
      );
      if (!saved) throw new AppError('version_conflict', { current: keep });
      return saved;
    });
  }

  private repo(): ContactsRepo {
    return new ContactsRepo(this.db, this.searchIndex);
  }

  private inTransaction<T>(
    work: (repos: { contacts: ContactsRepo; organisations: OrganisationsRepo }, now: string) => Promise<T>,
  ): Promise<T> {
    const now = this.clock().toISOString();
    return this.db.transaction().execute((trx) =>
      work(
        {
          contacts: new ContactsRepo(trx, this.searchIndex),
          organisations: new OrganisationsRepo(trx, this.searchIndex),
        },
        now,
      ),
    );
  }

  /** The introducer must be another of the user's contacts. */
  private async assertIntroducer(contacts: ContactsRepo, user: ActingUser, id: string, introducedById: string | null) {
    if (introducedById === null) return;
    if (introducedById === id || !(await contacts.findById(user.id, introducedById))) {
      throw new AppError('validation_failed', { fields: [{ field: 'introducedById', rule: 'not_found' }] });
    }
  }
}

async function resolveOrganisation(
  organisations: OrganisationsRepo,
  user: ActingUser,
  name: string,
  now: string,
): Promise<string | null> {
  return name === '' ? null : organisations.findOrCreateByName(user.id, name, now);
}

export function toRowValues(
  fields: Omit<ContactFieldsParsed, 'organisation'> & { organisation?: string },
  organisationId: string | null,
): ContactRowValues {
  const { organisation: _organisation, ...rest } = fields;
  return {
    ...rest,
    organisationId,
    sortKey: contactSortKey(fields.name),
    searchKey: contactSearchKey({ ...fields, organisation: fields.organisation ?? '' }),
  };
}
