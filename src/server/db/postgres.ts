import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './tables.ts';
import type { DatabaseHandle } from './database.ts';

export interface PostgresOptions {
  /** A schema to work in instead of public; the tests give each file its own. */
  schema?: string;
  maxConnections?: number;
}

/**
 * `pg` is imported on first use: a local user on SQLite never needs it, and loading it costs
 * about a sixth of the server's start-up time.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<DatabaseHandle> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    location: describePostgresUrl(url),
    close: async () => {
      await db.destroy();
    },
  };
}

/** Where the data lives, for the start-up message, without the password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
