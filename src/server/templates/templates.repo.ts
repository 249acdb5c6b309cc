import { newRecordId } from '../db/record-id.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, TemplatesTable } from '../db/tables.ts';

export type TemplateRow = Selectable<TemplatesTable>;

export interface TemplateValues {
  kind: string;
  language: string;
  name: string;
  subject: string;
  body: string;
  replaces_built_in: number;
}

/** SQL for the user's own request templates. */
export class TemplatesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  list(ownerId: string, language?: string): Promise<TemplateRow[]> {
    let query = this.db.selectFrom('templates').selectAll().where('owner_id', '=', ownerId);
    if (language) query = query.where('language', '=', language);
    return query.orderBy('kind').orderBy('name').orderBy('id').execute();
  }

  findById(ownerId: string, id: string): Promise<TemplateRow | undefined> {
    return this.db
      .selectFrom('templates')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insert(ownerId: string, values: TemplateValues, now: string): Promise<TemplateRow> {
    return this.db
      .insertInto('templates')
      .values({ id: newRecordId(), owner_id: ownerId, ...values, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  update(ownerId: string, id: string, expectedVersion: number, values: TemplateValues, now: string) {
    return this.db
      .updateTable('templates')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }

  /** The user's edit of one built-in template, if any (other than `exceptId`). */
  findReplacement(ownerId: string, kind: string, language: string, exceptId = '') {
    return this.db
      .selectFrom('templates')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('kind', '=', kind)
      .where('language', '=', language)
      .where('replaces_built_in', '=', 1)
      .where('id', '!=', exceptId)
      .executeTakeFirst();
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('templates')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
