import type { Kysely, Selectable } from 'kysely';
import type { Database, ProfilesTable } from '../db/tables.ts';

export type ProfileRow = Selectable<ProfilesTable>;

export interface ProfileValues {
  my_name: string;
  my_background: string;
  my_field: string;
  country: string;
  time_zone: string;
  routine: string;
}

/** SQL for the one profile row per user (created on first read). */
export class ProfileRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async findOrCreate(ownerId: string, now: string): Promise<ProfileRow> {
    await this.db
      .insertInto('profiles')
      .values({ owner_id: ownerId, updated_at: now })
      .onConflict((conflict) => conflict.column('owner_id').doNothing())
      .execute();
    return this.db.selectFrom('profiles').selectAll().where('owner_id', '=', ownerId).executeTakeFirstOrThrow();
  }

  /** Writes only when the stored version still matches; undefined when it did not. */
  update(ownerId: string, expectedVersion: number, values: ProfileValues, now: string) {
    return this.db
      .updateTable('profiles')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
      .where('owner_id', '=', ownerId)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }

  setFeedToken(ownerId: string, token: string | null, now: string) {
    return this.db
      .updateTable('profiles')
      .set({ feed_token: token, updated_at: now })
      .where('owner_id', '=', ownerId)
      .execute();
  }

  findOwnerByFeedToken(token: string) {
    return this.db
      .selectFrom('profiles')
      .select(['owner_id', 'feed_token'])
      .where('feed_token', '=', token)
      .executeTakeFirst();
  }
}
