// Search over 20,000 contacts and 100,000 notes of ~300 words: GET /api/search over HTTP against the
// raw FTS5 query that SearchIndex.search runs, on the same file in the same run. Also the contacts
// list at three depths against its raw SELECTs, and the server's memory (RSS) with that data set:
// `rapport serve` started as users start it, in a process of its own, against the 150 MiB goal of
// issue 3, and beside it the same server with V8's default young generation, to show what
// bin/rapport.js's --max-semi-space-size saves and whether it costs search time.
//
// The database is built once with the app's own migrations, then filled with raw better-sqlite3
// in one transaction: the same rows the repositories write, and the same search index rows that
// SearchIndex.put writes (the same documents, the same folding), only without the per-row round
// trips, so the build takes a minute or two instead of much longer.
//
//   tsx bench/search.bench.ts        (or all benches: npm run bench)
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contactSearchKey, contactSortKey, type Contact } from '#domain/contact';
import type { Organisation } from '#domain/organisation';
import { foldForSearch, searchTerms } from '#domain/search-key';
import { contactSearchDocument } from '#server/contacts/contacts.repo';
import { DATABASE_FILE_NAME } from '#server/data-dir';
import type { DatabaseHandle } from '#server/db/database';
import { migrateToLatest } from '#server/db/migrate';
import { openSqlite } from '#server/db/sqlite';
import { createLogger } from '#server/logger';
import { startServer } from '#server/main';
import { organisationSearchDocument } from '#server/organisations/organisations.repo';
import { noteSearchDocument } from '#server/search/note-search-document';
import { ftsMatchExpression, SearchIndex } from '#server/search/search-index.repo';
import { SearchService } from '#server/search/search.service';
import { ensureLocalUser, localUser } from '#server/users/acting-user';
import { translatorFor } from '#shared/i18n/translator';
import type { SearchResponse } from '#shared/search.schema';
import {
  formatMiB,
  formatMs,
  isMain,
  makeTempDir,
  median,
  printComparisons,
  printTable,
  removeTempDir,
  repoRoot,
  sleep,
  type BenchResult,
} from './bench-utils.ts';
import {
  buildText,
  buildVocabulary,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATION_STEMS,
  ORGANISATION_SUFFIXES,
  seededRandom,
  TITLES,
  zipfPicker,
} from './search-corpus.ts';

const CONTACT_COUNT = 20_000;
const NOTE_COUNT = 100_000;
const ORGANISATION_COUNT = 500;
const VOCABULARY_SIZE = 3_000;
/** Words per note: 250 to 350, about 300 on average. */
const NOTE_WORDS_MIN = 250;
const NOTE_WORDS_SPREAD = 100;
/** The palette asks for 20 results (SEARCH_LIMIT_DEFAULT). */
const SEARCH_LIMIT = 20;
/** Every query once untimed (caches, JIT), then this many timed passes over all of them. */
const TIMED_PASSES = 2;
const LIST_PAGE = 50;
const LIST_OFFSETS = [0, 10_000, CONTACT_COUNT - LIST_PAGE];
const LIST_RUNS = 21;
const REQUEST_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 60_000;

const CLI_ENTRY = join(repoRoot, 'bin', 'rapport.js');
const CLI_BUNDLE = join(repoRoot, 'dist', 'server', 'cli.js');
const URL_LINE = /running at (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * The statements SearchIndex.search sends on SQLite, parameters in the same order: the best
 * candidates ranked inside FTS5, then their owners; the full query only when the candidates held
 * fewer results than asked for.
 */
const RAW_CANDIDATES_SQL = `select d.kind, d.ref_id, f.rank
  from (
    select rowid, bm25(search_fts, 10.0, 1.0) as rank from search_fts
    where search_fts match ? order by rank limit ?
  ) f join search_docs d on d.id = f.rowid
  where d.owner_id = ?
  order by f.rank, d.ref_id
  limit ?`;
const RAW_SEARCH_SQL = `select d.kind, d.ref_id, bm25(search_fts, 10.0, 1.0) as rank
  from search_fts join search_docs d on d.id = search_fts.rowid
  where search_fts match ? and d.owner_id = ?
  order by rank, d.ref_id
  limit ?`;
/** SearchIndex's CANDIDATES_PER_RESULT. */
const CANDIDATES_PER_RESULT = 4;
/** The two statements ContactsRepo.list sends for one page. */
const RAW_PAGE_SQL = `select contacts.*, organisations.name as organisation_name from contacts
  left join organisations on organisations.id = contacts.organisation_id
  where contacts.owner_id = ? order by contacts.sort_key, contacts.id limit ? offset ?`;
const RAW_COUNT_SQL = 'select count(*) as total from contacts where contacts.owner_id = ?';

type QueryClass = 'common word' | 'rare word' | 'prefix' | 'name' | 'two words';

interface BenchQuery {
  text: string;
  kind: QueryClass;
}

interface Timings {
  api: number[];
  raw: number[];
}

export interface SearchBenchResult extends BenchResult {
  buildMs: number;
  databaseBytes: number;
  apiMedianMs: number;
  apiP95Ms: number;
  rawMedianMs: number;
  rawP95Ms: number;
  serviceMedianMs: number;
  separateApiMedianMs: number | null;
  separateRssBytes: number | null;
  separatePeakRssBytes: number | null;
  /** The same server with V8's default young generation. */
  defaultHeapApiMedianMs: number | null;
  defaultHeapRssBytes: number | null;
  inProcessRssBytes: number;
}

/**
 * RAPPORT_BENCH_SEARCH_DIR=/some/dir keeps the data set there and reuses it on the next run, to
 * work on the server without waiting for the build each time (the build time is then not measured).
 */
const KEPT_DIR = process.env.RAPPORT_BENCH_SEARCH_DIR;

export async function run(): Promise<SearchBenchResult> {
  const dir = KEPT_DIR ?? makeTempDir('search');
  const notes: string[] = [];
  try {
    const file = join(dir, DATABASE_FILE_NAME);
    const reuse = KEPT_DIR !== undefined && existsSync(file);
    const started = performance.now();
    if (reuse) notes.push(`Reused the data set in ${dir}: the build time is not measured.`);
    else mkdirSync(dir, { recursive: true });
    const vocabulary = reuse ? buildVocabulary(VOCABULARY_SIZE, buildRandom()) : await buildDatabase(file);
    const buildMs = reuse ? Number.NaN : performance.now() - started;
    const databaseBytes = statSync(file).size;
    console.log(
      `${reuse ? 'reused' : 'built'} ${CONTACT_COUNT.toLocaleString('en-US')} contacts, ` +
        `${NOTE_COUNT.toLocaleString('en-US')} notes${reuse ? '' : ` in ${(buildMs / 1000).toFixed(1)} s`} ` +
        `(${formatMiB(databaseBytes)} on disk)`,
    );

    const queries = buildQueries(vocabulary);
    const raw = new Database(file, { readonly: true });
    const rawCandidates = raw.prepare(RAW_CANDIDATES_SQL);
    const rawFull = raw.prepare(RAW_SEARCH_SQL);
    const rawSearch = (match: string) => {
      const rows = rawCandidates.all(match, SEARCH_LIMIT * CANDIDATES_PER_RESULT, localUser.id, SEARCH_LIMIT);
      return rows.length === SEARCH_LIMIT ? rows : rawFull.all(match, localUser.id, SEARCH_LIMIT);
    };
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      logger: createLogger({ level: 'silent' }),
    });
    let search: Timings, perClass: Map<QueryClass, Timings>, serviceTimes: number[], lists, inProcessRssBytes: number;
    try {
      printQueryPlan(raw);
      await printMatchCounts(raw, queries);
      ({ all: search, perClass } = await measureSearches(server.url, rawSearch, queries));
      printPerClass(perClass);
      lists = await measureLists(server.url, raw);
      inProcessRssBytes = process.memoryUsage().rss;
      // Last: it keeps the event loop busy long enough for the server to drop idle connections.
      serviceTimes = await measureService(server.database, queries);
    } finally {
      await server.close();
      raw.close();
    }

    // As users start it, and with --max-semi-space-size=16 (V8's default on 64-bit Node 20 to 24),
    // which bin/rapport.js leaves alone as the user's own choice.
    const [separate = null, defaultHeap = null] =
      (await measureSeparateServers(dir, queries, notes, [[], ['--max-semi-space-size=16']])) ?? [];
    return describe({
      buildMs,
      databaseBytes,
      search,
      serviceTimes,
      lists,
      inProcessRssBytes,
      separate,
      defaultHeap,
      notes,
    });
  } finally {
    if (!KEPT_DIR) removeTempDir(dir);
  }
}

// ---------------------------------------------------------------------------------------------
// Building the data set

/** Builds the database and returns the vocabulary, most frequent word first. */
async function buildDatabase(file: string): Promise<string[]> {
  const handle = openSqlite(file);
  try {
    await migrateToLatest(handle);
    await ensureLocalUser(handle.db);
  } finally {
    await handle.close();
  }

  const random = buildRandom();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const vocabulary = buildVocabulary(VOCABULARY_SIZE, random);
  const word = zipfPicker(vocabulary, random);
  const now = new Date(Date.UTC(2026, 0, 15)).toISOString();

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // Test data, not user data: no fsync while building (the app itself runs synchronous=FULL).
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  const insertOrganisation = db.prepare(`insert into organisations
    (id, owner_id, name, sort_key, website, field, notes, is_target, motivation, posting, version, created_at, updated_at)
    values (@id, @owner_id, @name, @sort_key, @website, @field, @notes, @is_target, null, null, 1, @now, @now)`);
  const insertContact = db.prepare(`insert into contacts
    (id, owner_id, name, title, linkedin_url, notes, sort_key, search_key, version, created_at, updated_at,
     organisation_id, pronunciation, other_titles, field, location, emails, phones, how_known, met_on, met_where,
     introduced_by_id, may_use_introducer_name, tags, organisation_relation)
    values (@id, @owner_id, @name, @title, @linkedin_url, @notes, @sort_key, @search_key, 1, @now, @now,
     @organisation_id, '', @other_titles, @field, @location, @emails, @phones, 'colleague', '', '',
     null, 0, @tags, 'current_employee')`);
  const insertNote =
    db.prepare(`insert into notes (id, owner_id, contact_id, organisation_id, body, version, created_at, updated_at)
    values (@id, @owner_id, @contact_id, @organisation_id, @body, 1, @created_at, @created_at)`);
  // What SearchIndex.put does for a new document on SQLite, with the row id chosen here.
  const insertDocument = db.prepare('insert into search_docs (id, owner_id, kind, ref_id) values (?, ?, ?, ?)');
  const insertText = db.prepare('insert into search_fts (rowid, title, body) values (?, ?, ?)');
  let documentId = 0;
  const index = (document: { kind: string; refId: string; title: string; body: string }) => {
    documentId += 1;
    insertDocument.run(documentId, localUser.id, document.kind, document.refId);
    insertText.run(documentId, foldForSearch(document.title), foldForSearch(document.body));
  };

  const fill = db.transaction(() => {
    const organisations: Organisation[] = [];
    const names = new Set<string>();
    while (organisations.length < ORGANISATION_COUNT) {
      const name = `${pick(ORGANISATION_STEMS)} ${pick(ORGANISATION_SUFFIXES)} ${organisations.length}`.replace(
        /\s+/g,
        ' ',
      );
      if (names.has(foldForSearch(name))) continue;
      names.add(foldForSearch(name));
      const organisation: Organisation = {
        id: uuidFrom(random),
        name,
        website: `https://${foldForSearch(name).replace(/[^a-z0-9]+/g, '')}.example`,
        field: buildText(2, word, random).replace('.', ''),
        notes: buildText(40, word, random),
        isTarget: random() < 0.1,
        routine: null,
        motivation: null,
        posting: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      organisations.push(organisation);
      insertOrganisation.run({
        id: organisation.id,
        owner_id: localUser.id,
        name,
        sort_key: foldForSearch(name),
        website: organisation.website,
        field: organisation.field,
        notes: organisation.notes,
        is_target: organisation.isTarget ? 1 : 0,
        now,
      });
      index(organisationSearchDocument(organisation));
    }

    const contactIds: string[] = [];
    for (let i = 0; i < CONTACT_COUNT; i++) {
      const first = pick(FIRST_NAMES);
      const last = pick(LAST_NAMES);
      const organisation = pick(organisations);
      const slug = foldForSearch(`${first}.${last}`).replace(/[^a-z.]/g, '');
      const contact: Contact = {
        id: uuidFrom(random),
        name: `${first} ${last}`,
        pronunciation: '',
        title: pick(TITLES),
        otherTitles: [],
        organisationId: organisation.id,
        organisation: organisation.name,
        organisationRelation: 'current_employee',
        field: organisation.field,
        location: pick(['Oslo', 'Bergen', 'Trondheim', 'Berlin', 'München', 'Jakarta', 'Surabaya', 'Tromsø']),
        emails: [`${slug}.${i}@example.org`],
        phones: [`+47 9${String(i).padStart(7, '0')}`],
        linkedinUrl: `https://www.linkedin.com/in/${slug.replace('.', '-')}-${i}`,
        howKnown: 'colleague',
        metOn: '',
        metWhere: '',
        introducedById: null,
        mayUseIntroducerName: false,
        tags: [pick(['alumni', 'mentor', 'tech', 'energi', 'fintech', 'kesehatan'])],
        notes: random() < 0.5 ? buildText(Math.floor(random() * 40), word, random) : '',
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      contactIds.push(contact.id);
      insertContact.run({
        id: contact.id,
        owner_id: localUser.id,
        name: contact.name,
        title: contact.title,
        linkedin_url: contact.linkedinUrl,
        notes: contact.notes,
        sort_key: contactSortKey(contact.name),
        search_key: contactSearchKey(contact),
        now,
        organisation_id: organisation.id,
        other_titles: '[]',
        field: contact.field,
        location: contact.location,
        emails: JSON.stringify(contact.emails),
        phones: JSON.stringify(contact.phones),
        tags: JSON.stringify(contact.tags),
      });
      index(contactSearchDocument(contact));
    }

    for (let i = 0; i < NOTE_COUNT; i++) {
      const aboutContact = random() < 0.9;
      const id = uuidFrom(random);
      const body = buildText(NOTE_WORDS_MIN + Math.floor(random() * NOTE_WORDS_SPREAD), word, random);
      insertNote.run({
        id,
        owner_id: localUser.id,
        contact_id: aboutContact ? pick(contactIds) : null,
        organisation_id: aboutContact ? null : pick(organisations).id,
        body,
        created_at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      });
      index(noteSearchDocument({ id, body }));
    }
  });
  try {
    fill();
    // What a long-running server would have done by now: merge the index segments once.
    db.prepare("insert into search_fts (search_fts) values ('optimize')").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return vocabulary;
}

/** The build's random sequence; the vocabulary is its first use, so a reused data set can rebuild it. */
function buildRandom(): () => number {
  return seededRandom(20_260_301);
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** 200 queries of one or two words, as people type them: frequent and rare words, prefixes, names. */
function buildQueries(vocabulary: readonly string[]): BenchQuery[] {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const inRanks = (from: number, to: number) => vocabulary[from + Math.floor(random() * (to - from))]!;
  const queries: BenchQuery[] = [];
  for (let i = 0; i < 40; i++) queries.push({ kind: 'common word', text: inRanks(0, 100) });
  for (let i = 0; i < 40; i++) queries.push({ kind: 'rare word', text: inRanks(1_500, vocabulary.length) });
  for (let i = 0; i < 40; i++) {
    const source = i % 2 === 0 ? inRanks(100, 1_500) : pick([...FIRST_NAMES, ...LAST_NAMES]);
    queries.push({ kind: 'prefix', text: source.slice(0, 3 + (i % 2)) });
  }
  for (let i = 0; i < 30; i++) queries.push({ kind: 'name', text: pick(i % 2 === 0 ? FIRST_NAMES : LAST_NAMES) });
  for (let i = 0; i < 50; i++) {
    const shapes = [
      () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      () => `${pick(FIRST_NAMES)} ${pick(ORGANISATION_STEMS)}`,
      () => `${inRanks(0, 100)} ${inRanks(1_500, vocabulary.length)}`,
      () => `${inRanks(100, 1_500)} ${inRanks(100, 1_500).slice(0, 3)}`,
      () => `${pick(LAST_NAMES)} ${inRanks(0, 300)}`,
    ];
    queries.push({ kind: 'two words', text: shapes[i % shapes.length]!() });
  }
  return queries;
}

// ---------------------------------------------------------------------------------------------
// Measuring search

/** SearchIndex.search's SQLite MATCH expression for what the user typed. */
function matchExpression(query: string): string {
  return ftsMatchExpression(searchTerms(query));
}

async function measureSearches(
  url: string,
  rawSearch: (match: string) => unknown[],
  queries: readonly BenchQuery[],
): Promise<{ all: Timings; perClass: Map<QueryClass, Timings> }> {
  const all: Timings = { api: [], raw: [] };
  const perClass = new Map<QueryClass, Timings>();
  for (let pass = 0; pass <= TIMED_PASSES; pass++) {
    for (const [i, query] of queries.entries()) {
      let apiMs = 0;
      let rawMs = 0;
      let apiCount = 0;
      let rawCount = 0;
      const apiTurn = async () => {
        const startedAt = performance.now();
        const body = await getJson<SearchResponse>(
          `${url}/api/search?q=${encodeURIComponent(query.text)}&limit=${SEARCH_LIMIT}`,
        );
        apiMs = performance.now() - startedAt;
        apiCount = body.items.length;
      };
      const rawTurn = () => {
        const startedAt = performance.now();
        rawCount = rawSearch(matchExpression(query.text)).length;
        rawMs = performance.now() - startedAt;
      };
      // Alternate who goes first, so neither side always finds the pages the other just read.
      if ((i + pass) % 2 === 0) {
        await apiTurn();
        rawTurn();
      } else {
        rawTurn();
        await apiTurn();
      }
      if (apiCount !== rawCount)
        throw new Error(`"${query.text}": the API answered ${apiCount} results, raw ${rawCount}`);
      if (pass === 0) continue; // the untimed warm-up pass
      all.api.push(apiMs);
      all.raw.push(rawMs);
      const timings = perClass.get(query.kind) ?? { api: [], raw: [] };
      timings.api.push(apiMs);
      timings.raw.push(rawMs);
      perClass.set(query.kind, timings);
    }
  }
  return { all, perClass };
}

/** The service alone, on the server's own connection: what the HTTP layer and the client add. */
async function measureService(database: DatabaseHandle, queries: readonly BenchQuery[]): Promise<number[]> {
  const service = new SearchService(database.db, new SearchIndex(database.dialect));
  const language = { t: translatorFor('en'), locale: 'en' as const };
  const times: number[] = [];
  for (let pass = 0; pass <= TIMED_PASSES; pass++) {
    for (const query of queries) {
      const startedAt = performance.now();
      await service.search(localUser, { q: query.text, limit: SEARCH_LIMIT }, language);
      if (pass > 0) times.push(performance.now() - startedAt);
    }
  }
  return times;
}

function printQueryPlan(raw: Database.Database): void {
  const plan = raw
    .prepare(`explain query plan ${RAW_CANDIDATES_SQL}`)
    .all('"ingrid"*', SEARCH_LIMIT * CANDIDATES_PER_RESULT, localUser.id, SEARCH_LIMIT) as Array<{
    detail: string;
  }>;
  console.log(`query plan: ${plan.map((step) => step.detail).join(' | ')}`);
}

/** How many documents each class of query matches: what the FTS5 query has to rank. */
async function printMatchCounts(raw: Database.Database, queries: readonly BenchQuery[]): Promise<void> {
  const count = raw.prepare('select count(*) as n from search_fts where search_fts match ?');
  const byClass = new Map<QueryClass, number[]>();
  for (const query of queries) {
    const { n } = count.get(matchExpression(query.text)) as { n: number };
    byClass.set(query.kind, [...(byClass.get(query.kind) ?? []), n]);
  }
  printTable([
    ['query class', 'queries', 'matching documents: median', 'min', 'max'],
    ...[...byClass].map(([kind, counts]) => [
      kind,
      String(counts.length),
      median(counts).toLocaleString('en-US'),
      Math.min(...counts).toLocaleString('en-US'),
      Math.max(...counts).toLocaleString('en-US'),
    ]),
  ]);
}

function printPerClass(perClass: Map<QueryClass, Timings>): void {
  printTable([
    ['query class', 'API median', 'API p95', 'raw median', 'raw p95', 'ratio of medians'],
    ...[...perClass].map(([kind, t]) => [
      kind,
      formatMs(median(t.api)),
      formatMs(percentile(t.api, 95)),
      formatMs(median(t.raw)),
      formatMs(percentile(t.raw, 95)),
      `${(median(t.api) / median(t.raw)).toFixed(2)}×`,
    ]),
  ]);
}

// ---------------------------------------------------------------------------------------------
// The contacts list at three depths

async function measureLists(
  url: string,
  raw: Database.Database,
): Promise<Array<{ offset: number; api: number; raw: number }>> {
  const page = raw.prepare(RAW_PAGE_SQL);
  const count = raw.prepare(RAW_COUNT_SQL);
  const results = [];
  for (const offset of LIST_OFFSETS) {
    const api: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i <= LIST_RUNS; i++) {
      const apiStarted = performance.now();
      const body = await getJson<{ items: unknown[]; total: number }>(
        `${url}/api/contacts?limit=${LIST_PAGE}&offset=${offset}`,
      );
      const apiMs = performance.now() - apiStarted;
      if (body.items.length !== LIST_PAGE || body.total !== CONTACT_COUNT)
        throw new Error(`contacts page at ${offset} is incomplete`);
      const rawStarted = performance.now();
      page.all(localUser.id, LIST_PAGE, offset);
      count.get(localUser.id);
      const rawMs = performance.now() - rawStarted;
      if (i === 0) continue; // warm-up
      api.push(apiMs);
      rawTimes.push(rawMs);
    }
    results.push({ offset, api: median(api), raw: median(rawTimes) });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// The server as users run it: `rapport serve` in a process of its own

/** A goal of issue 3: the server's memory with this data set. */
const RSS_GOAL_BYTES = 150 * 1024 * 1024;

interface ProcessMemory {
  rssBytes: number;
  peakRssBytes: number;
  /** Proportional set size: shared pages (Node's own code) split between the processes that map them. */
  pssBytes: number;
}

interface SeparateServer {
  apiTimes: number[];
  /** The process that serves: `rapport serve` itself, or the child it started Node again as. */
  server: ProcessMemory;
  /** The `rapport serve` process waiting for that child, where Node cannot replace itself (no process.execve). */
  waiting: ProcessMemory | null;
}

/**
 * Starts one `rapport serve` per set of Node flags, all on the same data, and gives each in turn
 * every query back to back, as a burst of typing would (the client waits for each answer, so only
 * one server works at a time); the order of the servers changes from pass to pass, so that they
 * share the machine's weather. Then their memory, after the same work.
 */
async function measureSeparateServers(
  dataDir: string,
  queries: readonly BenchQuery[],
  notes: string[],
  variants: string[][],
): Promise<SeparateServer[] | null> {
  if (!existsSync(CLI_BUNDLE)) {
    notes.push(
      'dist/server/cli.js is not built (npm run build): the separate `rapport serve` process was not measured.',
    );
    return null;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: 'C' };
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  delete env.DATABASE_URL;
  delete env.RAPPORT_LOG_LEVEL;
  delete env.NODE_OPTIONS;
  const children: ChildProcess[] = [];
  try {
    const urls: string[] = [];
    // One after the other: each writes a little at start (the local user), and SQLite has one writer.
    for (const nodeFlags of variants) {
      const child = spawn(process.execPath, [...nodeFlags, CLI_ENTRY, 'serve', '--port', '0', '--data-dir', dataDir], {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      urls.push(await waitForUrl(child));
    }
    const apiTimes = variants.map((): number[] => []);
    for (let pass = 0; pass <= TIMED_PASSES; pass++) {
      for (let turn = 0; turn < urls.length; turn++) {
        const which = (pass + turn) % urls.length;
        for (const query of queries) {
          const startedAt = performance.now();
          await getJson(`${urls[which]}/api/search?q=${encodeURIComponent(query.text)}&limit=${SEARCH_LIMIT}`);
          if (pass > 0) apiTimes[which]!.push(performance.now() - startedAt);
        }
      }
    }
    for (const url of urls) {
      for (const offset of LIST_OFFSETS) await getJson(`${url}/api/contacts?limit=${LIST_PAGE}&offset=${offset}`);
    }
    return children.map((child, which) => {
      const pid = child.pid!;
      // bin/rapport.js starts Node again for `serve`: in place (same pid) or as the one child of this process.
      const [serverPid] = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return serverPid
        ? { apiTimes: apiTimes[which]!, server: readMemory(Number(serverPid)), waiting: readMemory(pid) }
        : { apiTimes: apiTimes[which]!, server: readMemory(pid), waiting: null };
    });
  } finally {
    for (const child of children) await stop(child);
  }
}

function readMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (text: string, field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
  return {
    rssBytes: kib(status, 'VmRSS'),
    peakRssBytes: kib(status, 'VmHWM'),
    pssBytes: kib(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss'),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`rapport serve did not start: ${output.slice(-2000)}`)),
      START_TIMEOUT_MS,
    );
    // The listeners stay: they drain the pipes, so a chatty child never blocks on a full pipe.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (output.length < 64_000) output += chunk;
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (output.length < 64_000) output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`rapport serve exited (code ${code}): ${output.slice(-2000)}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const inTime = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (!inTime) {
    child.kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------

async function getJson<T = unknown>(url: string): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = (await response.json()) as T;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function describe(m: {
  buildMs: number;
  databaseBytes: number;
  search: Timings;
  serviceTimes: number[];
  lists: Array<{ offset: number; api: number; raw: number }>;
  inProcessRssBytes: number;
  separate: SeparateServer | null;
  defaultHeap: SeparateServer | null;
  notes: string[];
}): SearchBenchResult {
  const samples = m.search.api.length;
  const apiMedianMs = median(m.search.api);
  const rawMedianMs = median(m.search.raw);
  const serviceMedianMs = median(m.serviceTimes);
  const separateApiMedianMs = m.separate ? median(m.separate.apiTimes) : null;
  const defaultHeapApiMedianMs = m.defaultHeap ? median(m.defaultHeap.apiTimes) : null;
  const comparisons = [
    {
      measure: `search, GET /api/search (in-process server) vs raw FTS5 query, median of ${samples}`,
      value: formatMs(apiMedianMs),
      baseline: formatMs(rawMedianMs),
      ratio: apiMedianMs / rawMedianMs,
    },
    {
      measure: 'search, p95 of the same',
      value: formatMs(percentile(m.search.api, 95)),
      baseline: formatMs(percentile(m.search.raw, 95)),
      ratio: percentile(m.search.api, 95) / percentile(m.search.raw, 95),
    },
    {
      measure: 'search, SearchService alone (no HTTP) vs raw, median',
      value: formatMs(serviceMedianMs),
      baseline: formatMs(rawMedianMs),
      ratio: serviceMedianMs / rawMedianMs,
    },
    ...(separateApiMedianMs === null
      ? []
      : [
          {
            measure: 'search, GET /api/search on a separate `rapport serve` vs raw, median',
            value: formatMs(separateApiMedianMs),
            baseline: formatMs(rawMedianMs),
            ratio: separateApiMedianMs / rawMedianMs,
          },
        ]),
    ...(defaultHeapApiMedianMs === null
      ? []
      : [
          {
            measure: 'search, the same with V8’s default young generation vs raw, median',
            value: formatMs(defaultHeapApiMedianMs),
            baseline: formatMs(rawMedianMs),
            ratio: defaultHeapApiMedianMs / rawMedianMs,
          },
        ]),
    ...(m.separate
      ? [
          {
            measure: 'memory: RSS of `rapport serve` after the searches and list pages vs the 150 MiB goal',
            value: formatMiB(m.separate.server.rssBytes),
            baseline: formatMiB(RSS_GOAL_BYTES),
            ratio: m.separate.server.rssBytes / RSS_GOAL_BYTES,
          },
        ]
      : []),
    ...(m.defaultHeap
      ? [
          {
            measure: 'memory: the same with V8’s default young generation vs the goal',
            value: formatMiB(m.defaultHeap.server.rssBytes),
            baseline: formatMiB(RSS_GOAL_BYTES),
            ratio: m.defaultHeap.server.rssBytes / RSS_GOAL_BYTES,
          },
        ]
      : []),
    ...m.lists.map((list) => ({
      measure: `contacts list, ${LIST_PAGE} at offset ${list.offset.toLocaleString('en-US')} (API) vs raw SELECTs, median`,
      value: formatMs(list.api),
      baseline: formatMs(list.raw),
      ratio: list.api / list.raw,
    })),
  ];
  const notes = [
    `Data: ${CONTACT_COUNT.toLocaleString('en-US')} contacts, ${ORGANISATION_COUNT} organisations, ` +
      `${NOTE_COUNT.toLocaleString('en-US')} notes of ${NOTE_WORDS_MIN}-${NOTE_WORDS_MIN + NOTE_WORDS_SPREAD} words ` +
      `(Zipf over ${VOCABULARY_SIZE.toLocaleString('en-US')} words), ${Number.isNaN(m.buildMs) ? 'reused' : `built in ${(m.buildMs / 1000).toFixed(1)} s`}, ` +
      `${formatMiB(m.databaseBytes)} on disk.`,
    `In-process RSS after the searches: ${formatMiB(m.inProcessRssBytes)}; it includes tsx, the bench itself, ` +
      'the raw baseline connection and the garbage left from generating the data set, so it overstates the server.',
    ...(m.separate ? [describeMemory('`rapport serve`', m.separate)] : []),
    ...(m.defaultHeap
      ? [describeMemory('With V8’s default young generation (16 MiB semi-spaces)', m.defaultHeap)]
      : []),
    'The in-process API figures include the fetch client, which shares the event loop and the 2 cores with the server.',
    ...m.notes,
  ];
  return {
    name: 'search',
    comparisons,
    notes,
    buildMs: m.buildMs,
    databaseBytes: m.databaseBytes,
    apiMedianMs,
    apiP95Ms: percentile(m.search.api, 95),
    rawMedianMs,
    rawP95Ms: percentile(m.search.raw, 95),
    serviceMedianMs,
    separateApiMedianMs,
    separateRssBytes: m.separate?.server.rssBytes ?? null,
    separatePeakRssBytes: m.separate?.server.peakRssBytes ?? null,
    defaultHeapApiMedianMs,
    defaultHeapRssBytes: m.defaultHeap?.server.rssBytes ?? null,
    inProcessRssBytes: m.inProcessRssBytes,
  };
}

function describeMemory(label: string, measured: SeparateServer): string {
  const { server, waiting } = measured;
  const serverText =
    `${label} on the same data after the same queries and list pages: RSS ${formatMiB(server.rssBytes)}, ` +
    `peak ${formatMiB(server.peakRssBytes)}, PSS ${formatMiB(server.pssBytes)}`;
  if (!waiting) return `${serverText}; one process.`;
  return (
    `${serverText}. Node here cannot replace itself (no process.execve before Node 22.15), so \`rapport serve\` ` +
    `waits for the server as a second process: RSS ${formatMiB(waiting.rssBytes)}, most of it Node's own code, ` +
    `shared with the server (PSS ${formatMiB(waiting.pssBytes)}); both together use ` +
    `${formatMiB(server.pssBytes + waiting.pssBytes)} (PSS).`
  );
}

export function printSearch(result: SearchBenchResult): void {
  console.log(`\n== ${result.name} ==`);
  printComparisons(result);
}

if (isMain(import.meta.url)) {
  try {
    printSearch(await run());
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
