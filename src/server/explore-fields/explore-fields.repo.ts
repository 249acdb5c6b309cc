import type { Kysely, Selectable } from 'kysely';
import type { ExploreField } from '#domain/explore-field';
import type { Database, ExploreFieldsTable } from '../db/tables.ts';

/** SQL for the fields and occupations to explore, scoped to the owner. Not part of search. */
export class ExploreFieldsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** In the order they were added: the list reads as the user wrote it. */
  async list(ownerId: string): Promise<ExploreField[]> {
    const rows = await this.db
      .selectFrom('explore_fields')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toExploreField);
  }

  async insert(
    ownerId: string,
    id: string,
    values: { name: string; notes: string },
    now: string,
  ): Promise<ExploreField> {
    const row = await this.db
      .insertInto('explore_fields')
      .values({ id, owner_id: ownerId, name: values.name, notes: values.notes, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toExploreField(row);
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('explore_fields')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toExploreField(row: Selectable<ExploreFieldsTable>): ExploreField {
  return { id: row.id, name: row.name, notes: row.notes, createdAt: row.created_at };
}
