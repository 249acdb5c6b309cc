import { newRecordId } from '../db/record-id.ts';
import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import type { ExploreField } from '#domain/explore-field';
import { foldForSearch } from '#domain/search-key';
import type { ExploreFieldParsed } from '#shared/explore-field.schema';
import type { Database } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { ExploreFieldsRepo } from './explore-fields.repo.ts';

/** Fields and occupations to explore: a short personal list, one entry per name. */
export class ExploreFieldsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(user: ActingUser): Promise<ExploreField[]> {
    return new ExploreFieldsRepo(this.db).list(user.id);
  }

  /** "UX research" and "ux Research" are one field: the second is refused, naming the rule. */
  create(user: ActingUser, input: ExploreFieldParsed): Promise<ExploreField> {
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const repo = new ExploreFieldsRepo(trx);
      // The list is short (a handful of fields), so comparing folded names here is cheap.
      const folded = foldForSearch(input.name);
      if ((await repo.list(user.id)).some((field) => foldForSearch(field.name) === folded)) {
        throw new AppError('validation_failed', { fields: [{ field: 'name', rule: 'duplicate' }] });
      }
      return repo.insert(user.id, newRecordId(), input, now);
    });
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    if (!(await new ExploreFieldsRepo(this.db).delete(user.id, id))) throw new AppError('not_found');
  }
}
