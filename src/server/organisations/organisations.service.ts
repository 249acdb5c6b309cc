import { newRecordId } from '../db/record-id.ts';
import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import { foldForSearch } from '#domain/search-key';
import { rankTargets, TARGET_GOAL, type Organisation } from '#domain/organisation';
import type { OrganisationFieldsParsed } from '#shared/organisation.schema';
import { ContactsRepo } from '../contacts/contacts.repo.ts';
import type { Database } from '../db/tables.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { isDuplicateNameError, OrganisationsRepo, type OrganisationWithAdvocates } from './organisations.repo.ts';

interface Repos {
  organisations: OrganisationsRepo;
  contacts: ContactsRepo;
}

/** The use cases for organisations and the LAMP target list. Input arrives validated. */
export class OrganisationsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly searchIndex: SearchIndex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(user: ActingUser, query: { q: string; limit: number; offset: number }) {
    return this.repo().list(user.id, { foldedQuery: foldForSearch(query.q), limit: query.limit, offset: query.offset });
  }

  async get(user: ActingUser, id: string): Promise<OrganisationWithAdvocates> {
    const organisation = await this.repo().findById(user.id, id);
    if (!organisation) throw new AppError('not_found');
    return organisation;
  }

  /** A name names one organisation: a second "Statkraft" (or "statkraft") is refused, not merged. */
  async create(user: ActingUser, fields: OrganisationFieldsParsed): Promise<OrganisationWithAdvocates> {
    const created = await this.inTransaction(async ({ organisations }, now) => {
      await assertNameFree(organisations, user, fields.name);
      return organisations.insert(user.id, newRecordId(), fields, now);
    });
    return { ...created, advocates: 0 };
  }

  /**
   * Saves an edit made on `version`; a stale one is refused with the record as it is now. A new
   * name flows into the contacts who work there: their search keys and index entries hold it.
   */
  async update(
    user: ActingUser,
    id: string,
    version: number,
    fields: OrganisationFieldsParsed,
  ): Promise<OrganisationWithAdvocates> {
    await this.inTransaction(async ({ organisations, contacts }, now) => {
      const before = await organisations.findById(user.id, id);
      if (!before) throw new AppError('not_found');
      await assertNameFree(organisations, user, fields.name, id);
      const updated = await organisations.update(user.id, id, version, fields, now);
      if (!updated) throw new AppError('version_conflict', { current: before });
      if (updated.name !== before.name) await contacts.refreshOrganisationName(user.id, id);
    });
    return this.get(user, id);
  }

  /** What deleting would do, for the confirmation: contacts that stay, notes that go. */
  async deletionImpact(user: ActingUser, id: string): Promise<{ contacts: number; notes: number }> {
    const repo = this.repo();
    if (!(await repo.findById(user.id, id))) throw new AppError('not_found');
    return repo.countLinks(user.id, id);
  }

  /** Its notes go; its contacts keep their record, without an organisation (and without its name in search). */
  async delete(user: ActingUser, id: string): Promise<void> {
    await this.inTransaction(async ({ organisations, contacts }) => {
      const contactIds = await organisations.contactIds(user.id, id);
      if (!(await organisations.delete(user.id, id))) throw new AppError('not_found');
      await contacts.refreshSearchDataOf(user.id, contactIds);
    });
  }

  /** The target list as the method orders it, the top few marked, with the goal to count towards. */
  async targets(user: ActingUser, locale: string) {
    const rows = await this.repo().listTargets(user.id);
    const ranked = rankTargets(
      rows.map(({ advocates, ...organisation }) => ({ organisation, advocates })),
      new Intl.Collator(locale),
    );
    return {
      items: ranked.map(({ organisation, advocates, rank, isTop }) => ({ ...organisation, advocates, rank, isTop })),
      goal: TARGET_GOAL,
    };
  }

  /**
   * The quick-add row: puts the organisation of that name on the target list with the given
   * ratings, creating it if the user has none by that name (any case or accents).
   */
  async addTarget(
    user: ActingUser,
    input: { name: string; motivation: number | null; posting: number | null },
  ): Promise<{ organisation: OrganisationWithAdvocates; created: boolean }> {
    const { id, created } = await this.inTransaction(async ({ organisations }, now) => {
      const existingId = await organisations.findIdByName(user.id, input.name);
      if (!existingId) {
        const organisation = await organisations.insert(
          user.id,
          newRecordId(),
          {
            name: input.name,
            website: '',
            field: '',
            notes: '',
            isTarget: true,
            motivation: input.motivation,
            posting: input.posting,
            routine: null,
          },
          now,
        );
        return { id: organisation.id, created: true };
      }
      const existing = await organisations.findById(user.id, existingId);
      if (!existing) throw new AppError('not_found');
      const updated = await organisations.update(
        user.id,
        existingId,
        existing.version,
        {
          ...valuesOf(existing),
          isTarget: true,
          motivation: input.motivation ?? existing.motivation,
          posting: input.posting ?? existing.posting,
        },
        now,
      );
      if (!updated) throw new AppError('version_conflict', { current: existing });
      return { id: existingId, created: false };
    });
    return { organisation: await this.get(user, id), created };
  }

  private repo(): OrganisationsRepo {
    return new OrganisationsRepo(this.db, this.searchIndex);
  }

  private async inTransaction<T>(work: (repos: Repos, now: string) => Promise<T>): Promise<T> {
    const now = this.clock().toISOString();
    try {
      return await this.db.transaction().execute((trx) =>
        work(
          {
            organisations: new OrganisationsRepo(trx, this.searchIndex),
            contacts: new ContactsRepo(trx, this.searchIndex),
          },
          now,
        ),
      );
    } catch (error) {
      // Two saves of the same new name at once: the unique index catches what the check could not.
      if (isDuplicateNameError(error)) throw duplicateName();
      throw error;
    }
  }
}

function valuesOf(organisation: Organisation) {
  const { name, website, field, notes, isTarget, motivation, posting, routine } = organisation;
  return { name, website, field, notes, isTarget, motivation, posting, routine };
}

async function assertNameFree(organisations: OrganisationsRepo, user: ActingUser, name: string, ownId?: string) {
  const holder = await organisations.findIdByName(user.id, name);
  if (holder !== undefined && holder !== ownId) throw duplicateName(await organisations.findById(user.id, holder));
}

/** The existing organisation travels with the error, so the form can link to it. */
function duplicateName(existing?: OrganisationWithAdvocates): AppError {
  return new AppError('validation_failed', {
    fields: [{ field: 'name', rule: 'duplicate' }],
    ...(existing ? { current: existing } : {}),
  });
}
