import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { AppEnv } from '../http/app-env.ts';

/** Whose data a request reads and writes. Every repository call takes one. */
export interface ActingUser {
  id: string;
}

/**
 * Local mode has one implicit user and no login: the person at the keyboard owns everything.
 * The owner column exists anyway so that server mode adds accounts without a schema rewrite.
 */
export const localUser: ActingUser = { id: 'local' };

export async function ensureLocalUser(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: localUser.id, display_name: 'Local user', created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}

export function actAsLocalUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', localUser);
    await next();
  };
}
