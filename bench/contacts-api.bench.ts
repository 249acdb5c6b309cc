// Contacts through the real HTTP API against raw better-sqlite3 on the same rows.
//
// Creates 10,000 contacts with POST /api/contacts (a few requests in flight, as a busy UI or an
// import script would), then reads them all back page by page with GET /api/contacts. The baseline
// does the same work straight on better-sqlite3 with the same pragmas and the same schema, so the
// ratios show what HTTP, validation, Kysely and JSON add on top of the storage itself.
//
//   tsx bench/contacts-api.bench.ts        (or all benches: npm run bench)
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { contactSearchKey, contactSortKey, type Contact } from '#domain/contact';
import type { ContactInput, ContactPage } from '#shared/contact.schema';
import { migrateToLatest } from '#server/db/migrate';
import { openSqlite } from '#server/db/sqlite';
import { createLogger } from '#server/logger';
import { startServer } from '#server/main';
import { ensureLocalUser, localUser } from '#server/users/acting-user';
import {
  formatMiB,
  formatMs,
  formatRate,
  isMain,
  makeTempDir,
  median,
  printComparisons,
  removeTempDir,
  type BenchResult,
} from './bench-utils.ts';

const CONTACT_COUNT = 10_000;
/** Requests in flight while creating: enough to keep the server busy, few enough to be realistic. */
const CONCURRENCY = 8;
/** The API's largest page (contactListQuerySchema). */
const PAGE_SIZE = 200;
const REQUEST_TIMEOUT_MS = 30_000;

export interface ContactsApiResult extends BenchResult {
  contacts: number;
  apiCreateMs: number;
  rawAutocommitCreateMs: number;
  rawTransactionCreateMs: number;
  /** Medians of LIST_RUNS full read-throughs. */
  apiListMs: number;
  rawListMs: number;
  /** RSS of this process (server and client together) before the server started and after the run. */
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** The JS heap at the same moment: tells V8 objects apart from native memory (SQLite, buffers). */
  heapUsedAfterBytes: number;
}

/**
 * Creating one row per commit is bound by the disk's fsync, whose latency drifts a lot on a shared
 * machine (the same 10,000 autocommits took 3 s in one run and 10 s in the next). So the API and
 * the raw baseline take turns in chunks of this many rows, and both see the same disk weather.
 */
const CHUNK_SIZE = 500;
/** Reading is CPU-bound and short, so it is repeated, alternating, and the median kept. */
const LIST_RUNS = 3;

export async function run(): Promise<ContactsApiResult> {
  const inputs = generateContacts(CONTACT_COUNT);
  // The baseline stores the same contacts, with the keys the service derives; computed up front so
  // that its timing is the storage alone.
  const rows = inputs.map(toRow);
  const dirs = { api: makeTempDir('api'), raw: makeTempDir('raw') };
  try {
    const rssBeforeBytes = process.memoryUsage().rss;
    // Silent: a log line per request would measure pino writing to the terminal, not the API.
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: dirs.api,
      logger: createLogger({ level: 'silent' }),
    });
    const raw = await openRawDatabase(join(dirs.raw, 'autocommit.db'));
    let creates, lists, rssAfterBytes, heapUsedAfterBytes;
    try {
      creates = await measureCreates(server.url, raw, inputs, rows);
      lists = await measureLists(server.url, raw);
      // Before close, while the server still holds its memory; no forced GC, so garbage is included.
      ({ rss: rssAfterBytes, heapUsed: heapUsedAfterBytes } = process.memoryUsage());
    } finally {
      raw.close();
      await server.close();
    }
    const rawTransactionCreateMs = await measureRawTransaction(join(dirs.raw, 'transaction.db'), rows);
    return describe({
      ...creates,
      ...lists,
      rssBeforeBytes,
      rssAfterBytes,
      heapUsedAfterBytes,
      rawTransactionCreateMs,
    });
  } finally {
    for (const dir of Object.values(dirs)) removeTempDir(dir);
  }
}

function describe(m: Omit<ContactsApiResult, 'name' | 'comparisons' | 'notes'>): ContactsApiResult {
  const rate = (ms: number) => m.contacts / (ms / 1000);
  const figure = (ms: number) => `${formatRate(rate(ms))}, ${formatMs(ms)}`;
  return {
    name: 'contacts API',
    ...m,
    comparisons: [
      {
        measure: `create ${m.contacts} (API, ${CONCURRENCY} in flight) vs raw, one commit per row`,
        value: figure(m.apiCreateMs),
        baseline: figure(m.rawAutocommitCreateMs),
        ratio: m.apiCreateMs / m.rawAutocommitCreateMs,
      },
      {
        measure: `create ${m.contacts} (API) vs raw, one transaction (context)`,
        value: figure(m.apiCreateMs),
        baseline: figure(m.rawTransactionCreateMs),
        ratio: m.apiCreateMs / m.rawTransactionCreateMs,
      },
      {
        measure: `list ${m.contacts} in pages of ${PAGE_SIZE} (API) vs raw SELECT, median of ${LIST_RUNS}`,
        value: figure(m.apiListMs),
        baseline: figure(m.rawListMs),
        ratio: m.apiListMs / m.rawListMs,
      },
    ],
    notes: [
      `RSS ${formatMiB(m.rssAfterBytes)} after the API run (JS heap used ${formatMiB(m.heapUsedAfterBytes)}; ` +
        `RSS ${formatMiB(m.rssBeforeBytes)} before the server started, tsx included). In-process, so it ` +
        `includes the fetch client and the ${m.contacts} generated contacts.`,
      'The API figures include the fetch client, which shares the event loop and the 2 cores with the server.',
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Creating: API and raw autocommit in alternating chunks

async function measureCreates(
  url: string,
  raw: Database.Database,
  inputs: readonly ContactInput[],
  rows: readonly ContactRow[],
): Promise<{ contacts: number; apiCreateMs: number; rawAutocommitCreateMs: number }> {
  // The local guard refuses a write without a same-origin Origin, as a browser would send it.
  const headers = { 'content-type': 'application/json', origin: url };
  const insert = raw.prepare(INSERT_SQL);
  let apiCreateMs = 0;
  let rawAutocommitCreateMs = 0;
  const createdIds = new Set<string>();

  for (let chunk = 0, from = 0; from < inputs.length; chunk++, from += CHUNK_SIZE) {
    const apiTurn = async () => {
      const started = performance.now();
      const ids = await createAll(`${url}/api/contacts`, headers, inputs.slice(from, from + CHUNK_SIZE));
      apiCreateMs += performance.now() - started;
      for (const id of ids) createdIds.add(id);
    };
    const rawTurn = () => {
      const started = performance.now();
      // Autocommit: each row is its own transaction with its own fsync, as each POST is.
      for (const row of rows.slice(from, from + CHUNK_SIZE)) insert.run(row);
      rawAutocommitCreateMs += performance.now() - started;
    };
    // Alternate who goes first as well, so neither side always follows the other's WAL checkpoint.
    if (chunk % 2 === 0) {
      await apiTurn();
      rawTurn();
    } else {
      rawTurn();
      await apiTurn();
    }
  }
  if (createdIds.size !== inputs.length) throw new Error(`API created ${createdIds.size} of ${inputs.length}`);
  return { contacts: inputs.length, apiCreateMs, rawAutocommitCreateMs };
}

/** POSTs every input with at most CONCURRENCY requests in flight; stops at the first failure. */
async function createAll(
  url: string,
  headers: Record<string, string>,
  inputs: readonly ContactInput[],
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  let failed = false;
  async function worker(): Promise<void> {
    // Each worker takes the next unsent input; the loop ends when the inputs run out or one failed.
    while (!failed && next < inputs.length) {
      const index = next++;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(inputs[index]),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const body: unknown = await response.json();
        if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${JSON.stringify(body)}`);
        ids.push((body as Contact).id);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Listing: every page through the API, and the same statements raw

async function measureLists(url: string, raw: Database.Database): Promise<{ apiListMs: number; rawListMs: number }> {
  const api: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    const apiTurn = async () => {
      const started = performance.now();
      const seen = await listAll(`${url}/api/contacts`);
      api.push(performance.now() - started);
      // Checked outside the timing: a figure is only worth something if the API did the whole job.
      if (new Set(seen).size !== CONTACT_COUNT) throw new Error(`API listed ${new Set(seen).size} distinct contacts`);
    };
    const rawTurn = () => rawTimes.push(listRaw(raw));
    if (i % 2 === 0) {
      await apiTurn();
      rawTurn();
    } else {
      rawTurn();
      await apiTurn();
    }
  }
  return { apiListMs: median(api), rawListMs: median(rawTimes) };
}

/** Reads every page in order, as a client scrolling the whole list would; returns the ids seen. */
async function listAll(url: string): Promise<string[]> {
  const ids: string[] = [];
  const maxPages = Math.ceil(CONTACT_COUNT / PAGE_SIZE) + 1; // bound: one more to see the end
  for (let page = 0; page < maxPages; page++) {
    const response = await fetch(`${url}?limit=${PAGE_SIZE}&offset=${page * PAGE_SIZE}`, {
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status !== 200) throw new Error(`GET answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as ContactPage;
    for (const item of body.items) ids.push(item.id);
    if (ids.length >= body.total || body.items.length === 0) break;
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The raw better-sqlite3 baseline

interface ContactRow {
  id: string;
  owner_id: string;
  name: string;
  title: string;
  emails: string;
  phones: string;
  linkedin_url: string;
  notes: string;
  sort_key: string;
  search_key: string;
  version: number;
  created_at: string;
  updated_at: string;
}

// The raw baseline writes the contact row only; the API also links an organisation and indexes
// the contact for full-text search, which is part of what the ratio measures.
const INSERT_SQL = `insert into contacts
  (id, owner_id, name, title, emails, phones, linkedin_url, notes, sort_key, search_key, version,
   created_at, updated_at)
  values (@id, @owner_id, @name, @title, @emails, @phones, @linkedin_url, @notes, @sort_key,
   @search_key, @version, @created_at, @updated_at)`;

/** The statements Kysely sends for one API page (ContactsRepo.list): the page and the count. */
const PAGE_SQL = 'select * from contacts where owner_id = ? order by sort_key, id limit ? offset ?';
const COUNT_SQL = 'select count(*) as total from contacts where owner_id = ?';

const CREATED_AT = new Date().toISOString();

function toRow(input: ContactInput): ContactRow {
  const fields = {
    name: input.name,
    title: input.title ?? '',
    organisation: input.organisation ?? '',
    emails: input.emails ?? [],
    phones: input.phones ?? [],
    linkedinUrl: input.linkedinUrl ?? '',
    notes: input.notes ?? '',
  };
  return {
    id: randomUUID(),
    owner_id: localUser.id,
    name: fields.name,
    title: fields.title,
    emails: JSON.stringify(fields.emails),
    phones: JSON.stringify(fields.phones),
    linkedin_url: fields.linkedinUrl,
    notes: fields.notes,
    sort_key: contactSortKey(fields.name),
    search_key: contactSearchKey(fields),
    version: 1,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
  };
}

/**
 * A fresh file with the real schema (the app's own migrations, so the table, its index and its
 * foreign key are exactly the API's), then reopened with plain better-sqlite3 and the app's pragmas.
 */
async function openRawDatabase(file: string): Promise<Database.Database> {
  const handle = openSqlite(file);
  try {
    await migrateToLatest(handle);
    await ensureLocalUser(handle.db);
  } finally {
    await handle.close();
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL'); // an fsync per commit, as the API pays
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** For context only: the same rows in one transaction, the shape a bulk import would take. */
async function measureRawTransaction(file: string, rows: readonly ContactRow[]): Promise<number> {
  const db = await openRawDatabase(file);
  try {
    const insert = db.prepare(INSERT_SQL);
    const insertAll = db.transaction((all: readonly ContactRow[]) => {
      for (const row of all) insert.run(row);
    });
    const started = performance.now();
    insertAll(rows);
    return performance.now() - started;
  } finally {
    db.close();
  }
}

/** The same pages as the API reads, with the same two statements per page; returns the ms. */
function listRaw(db: Database.Database): number {
  const page = db.prepare(PAGE_SQL);
  const count = db.prepare(COUNT_SQL);
  let seen = 0;
  const maxPages = Math.ceil(CONTACT_COUNT / PAGE_SIZE) + 1;
  const started = performance.now();
  for (let p = 0; p < maxPages; p++) {
    const items = page.all(localUser.id, PAGE_SIZE, p * PAGE_SIZE);
    const { total } = count.get(localUser.id) as { total: number };
    seen += items.length;
    if (seen >= total || items.length === 0) break;
  }
  const ms = performance.now() - started;
  if (seen !== CONTACT_COUNT) throw new Error(`raw list saw ${seen} rows, expected ${CONTACT_COUNT}`);
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Test data: deterministic, so two runs compare like with like

/** mulberry32: a tiny seeded PRNG, enough to vary lengths and pick names reproducibly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Accented names in the four languages, so sort and search keys do real folding work.
const FIRST_NAMES = ['Åse', 'Øyvind', 'Ingrid', 'Jürgen', 'Lena', 'Siti', 'Budi', 'María', 'José', 'Zoë', 'Chidi'];
const LAST_NAMES = ['Nordmann', 'Müller', 'Haugen', 'Santoso', 'García', 'Okafor', 'Schröder', 'Wijaya', 'Ødegård'];
const ORGANISATIONS = ['Equinor', 'Gojek', 'Siemens Healthineers', 'NAV IT', 'Tokopedia', 'Zalando', 'Kahoot!'];
const TITLES = ['Product manager', 'Senior engineer', 'UX researcher', 'Data analyst', 'Head of people', ''];
const NOTE_WORDS = 'met at the meetup asked about career change follow up next month knows the hiring manager'.split(
  ' ',
);

function generateContacts(count: number): ContactInput[] {
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z]/g, '') || 'x';
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const noteLength = Math.floor(random() * 60); // 0 to ~400 characters, some contacts have none
    return {
      name: `${first} ${last}`,
      title: pick(TITLES),
      organisation: pick(ORGANISATIONS),
      emails: [`${slug(first)}.${slug(last)}.${i}@example.org`],
      phones: [`+47 9${String(i).padStart(7, '0')}`],
      linkedinUrl: `https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${i}`,
      notes: Array.from({ length: noteLength }, () => pick(NOTE_WORDS)).join(' '),
    };
  });
}

export function printContactsApi(result: ContactsApiResult): void {
  console.log(`\n== ${result.name} ==`);
  printComparisons(result);
}

if (isMain(import.meta.url)) {
  try {
    printContactsApi(await run());
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
