import { randomUUID } from 'node:crypto';
import { contactSearchKey, contactSortKey, type Contact } from '#domain/contact';
import { AppError } from '#domain/errors';
import { foldForSearch } from '#domain/search-key';
import type { ContactFieldsParsed } from '#shared/contact.schema';
import type { ActingUser } from '../users/acting-user.ts';
import type { ContactRowValues, ContactsRepo } from './contacts.repo.ts';

/** The use cases for contacts. Input arrives validated; rules and conflicts are decided here. */
export class ContactsService {
  constructor(
    private readonly repo: ContactsRepo,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  create(user: ActingUser, fields: ContactFieldsParsed): Promise<Contact> {
    return this.repo.insert(user.id, randomUUID(), withKeys(fields), this.clock().toISOString());
  }

  async get(user: ActingUser, id: string): Promise<Contact> {
    const contact = await this.repo.findById(user.id, id);
    if (!contact) throw new AppError('not_found');
    return contact;
  }

  list(user: ActingUser, query: { q: string; limit: number; offset: number }) {
    return this.repo.list(user.id, { foldedQuery: foldForSearch(query.q), limit: query.limit, offset: query.offset });
  }

  /**
   * Saves an edit made on `version`. If someone saved in between, the edit is refused with the
   * record as it is now, so the user can compare instead of silently losing either side.
   */
  async update(user: ActingUser, id: string, version: number, fields: ContactFieldsParsed): Promise<Contact> {
    const updated = await this.repo.update(user.id, id, version, withKeys(fields), this.clock().toISOString());
    if (updated) return updated;
    const current = await this.repo.findById(user.id, id);
    if (!current) throw new AppError('not_found');
    throw new AppError('version_conflict', { current });
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    if (!(await this.repo.delete(user.id, id))) throw new AppError('not_found');
  }
}

function withKeys(fields: ContactFieldsParsed): ContactRowValues {
  return { ...fields, sortKey: contactSortKey(fields.name), searchKey: contactSearchKey(fields) };
}
