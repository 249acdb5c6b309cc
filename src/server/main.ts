import { mkdirSync } from 'node:fs';
import { networkInterfaces, hostname } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { DATABASE_FILE_NAME } from './data-dir.ts';
import { isPostgresUrl, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest, type MigrationOutcome } from './db/migrate.ts';
import { openPostgres } from './db/postgres.ts';
import { openSqlite } from './db/sqlite.ts';
import { createLogger } from './logger.ts';
import { ensureLocalUser } from './users/acting-user.ts';
import { seedBuiltInQuestionsForEveryone } from './questions/seed-questions.ts';
import { rebuildSearchIndex } from './search/rebuild-search-index.ts';
import { SearchIndex } from './search/search-index.repo.ts';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  webRoot?: string;
  logger?: Logger;
  /** The time the server lives in (see clock.ts); the real clock when omitted. */
  clock?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  database: DatabaseHandle;
  migration: MigrationOutcome;
  close(): Promise<void>;
}

/** The composition root: open the database, migrate it, build the app, listen. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const logger = config.logger ?? createLogger();
  const { database, migration } = await openAppDatabase(config);

  let server: ServerType | undefined;
  try {
    const port = await listen(config, (allowedHosts) => {
      const app = createApp({
        database,
        logger,
        allowedHosts,
        ...(config.webRoot ? { webRoot: config.webRoot } : {}),
        ...(config.clock ? { clock: config.clock } : {}),
      });
      server = serve({ fetch: app.fetch, hostname: config.host, port: config.port });
      return server;
    });
    const url = `http://${urlHost(config.host)}:${port}`;
    return {
      url,
      port,
      database,
      migration,
      close: async () => {
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The database as the app uses it: opened (PostgreSQL when DATABASE_URL is set, else the SQLite
 * file in the data folder), migrated, with the local user. The CLI commands that work on the data
 * without a server (backup, restore, export, import) open it the same way.
 */
export async function openAppDatabase(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
): Promise<{ database: DatabaseHandle; migration: MigrationOutcome }> {
  const database = await openDatabase(config);
  try {
    const migration = await migrateToLatest(database);
    await ensureLocalUser(database.db);
    // Every start: new built-in questions, and better wording for those the user has not edited.
    await seedBuiltInQuestionsForEveryone(database.db);
    // The search index is derived data: a new schema may index differently, so rebuild it.
    if (migration.applied.length > 0) await rebuildSearchIndex(database.db, new SearchIndex(database.dialect));
    return { database, migration };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function openDatabase(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<DatabaseHandle> {
  if (isPostgresUrl(config.databaseUrl)) return openPostgres(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  return openSqlite(join(config.dataDir, DATABASE_FILE_NAME));
}

/**
 * Starts listening and resolves with the real port (the config may say 0 for "any free port").
 * The allowed Host names depend on that port, so the app is built once it is known; requests
 * cannot arrive before the listen callback, and the guard reads the set it is given by reference.
 */
function listen(config: ServerConfig, start: (allowedHosts: string[]) => ServerType): Promise<number> {
  return new Promise((resolve, reject) => {
    const allowedHosts: string[] = [];
    const server = start(allowedHosts);
    server.once('error', reject);
    server.once('listening', () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts.push(...hostNamesFor(config.host, port));
      resolve(port);
    });
  });
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** The Host header values a browser may send to reach us at this address and port. */
export function hostNamesFor(host: string, port: number): string[] {
  const names = new Set(LOOPBACK_NAMES);
  if (WILDCARD_HOSTS.has(host)) {
    names.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? [])
        names.add(address.family === 'IPv6' ? `[${address.address}]` : address.address);
    }
  } else {
    names.add(urlHost(host).toLowerCase());
  }
  const withPort = [...names].map((name) => `${name}:${port}`);
  // Browsers leave the default port out of Host and Origin.
  return port === 80 || port === 443 ? [...withPort, ...names] : withPort;
}

function urlHost(host: string): string {
  if (WILDCARD_HOSTS.has(host)) return '127.0.0.1';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
