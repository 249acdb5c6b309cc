import { randomUUID } from 'node:crypto';
import { newRecordId } from '../db/record-id.ts';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Contact } from '#domain/contact';
import { AppError } from '#domain/errors';
import { foldForSearch } from '#domain/search-key';
import type {
  FileProblemReason,
  ImportFormatName,
  ImportPreview,
  ImportProgress,
  ImportRecord,
  ImportSummary,
  PreviewRowFilter,
} from '#shared/import.schema';
import { ContactsRepo, type NewContact } from '../contacts/contacts.repo.ts';
import { toRowValues } from '../contacts/contacts.service.ts';
import { mergeContactFields } from '../contacts/merge-contacts.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Database } from '../db/tables.ts';
import { OrganisationsRepo } from '../organisations/organisations.repo.ts';
import type { SearchIndex } from '../search/search-index.repo.ts';
import { ParseError, type ParseErrorReason } from '../transfer/imported-contact.ts';
import { parseImport } from '../transfer/parse-import.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { describeColumns } from './import-columns.ts';
import {
  planImport,
  prepareRows,
  toPreviewRow,
  type Fold,
  type ImportDecisions,
  type PendingImport,
  type RowOutcome,
} from './import-plan.ts';
import { ImportProgressBoard } from './import-progress.ts';
import { ImportsRepo } from './imports.repo.ts';
import { PREVIEW_LIFETIME_MS, PreviewStore } from './preview-store.ts';

/** What undoing an import needs: the merged contacts as they were, and the organisations it created. */
interface ImportUndo {
  merged: Array<{ before: Contact; version: number }>;
  organisations: string[];
}

/** Rows in the first answer to an upload; the preview pages through the rest. */
const FIRST_PAGE_SIZE = 100;
const HISTORY_SIZE = 50;
/**
 * Contacts written between two looks at the event loop during a confirmation: a few tens of
 * milliseconds of work on SQLite, so the progress endpoint answers while the transaction runs,
 * and few enough pauses (30 for 30,000 rows) to cost nothing measurable.
 */
const WRITE_CHUNK_SIZE = 1000;

const fileProblemOf = {
  empty_file: 'empty_file',
  not_text: 'not_text',
  invalid_encoding: 'invalid_encoding',
  no_header: 'no_header',
  malformed_csv: 'malformed_csv',
  malformed_vcard: 'malformed_vcard',
  unsupported_vcard_version: 'unsupported_vcard_version',
  missing_name: 'missing_name',
  invalid_date: 'invalid_date',
  too_large: 'too_large',
  unknown_format: 'unknown_format',
} as const satisfies Record<ParseErrorReason, FileProblemReason>;

/**
 * Import in two steps: preview (parse, check each row, find duplicates; nothing is written) and
 * confirm (the user's choices applied in one transaction: every row or none). The last import can
 * be undone as long as nobody has changed what it wrote.
 */
export class ImportsService {
  private readonly previews: PreviewStore;

  private readonly progressBoard: ImportProgressBoard;

  private readonly db: Kysely<Database>;

  /**
   * The whole handle, not only its query builder: on SQLite the confirmation writes its thousands
   * of rows through the raw connection, inside its own transaction (see BulkTarget).
   */
  constructor(
    private readonly database: DatabaseHandle,
    private readonly searchIndex: SearchIndex,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.db = database.db;
    this.previews = new PreviewStore(clock);
    this.progressBoard = new ImportProgressBoard(clock);
  }

  async preview(
    user: ActingUser,
    bytes: Uint8Array,
    options: { fileName: string; format: 'auto' | ImportFormatName },
  ): Promise<ImportPreview> {
    const parsed = parseFile(bytes, options);
    const repo = new ImportsRepo(this.db, this.searchIndex);
    // Read before the contacts: a write in between then shows as a changed version at confirmation.
    const dataVersion = await repo.dataVersion(user.id);
    const stored = await repo.storedContactKeys(user.id);
    const fold = memoisedFold();
    const { rows, counts } = prepareRows(parsed.contacts, stored, fold);
    const pending: PendingImport = {
      id: randomUUID(),
      ownerId: user.id,
      format: parsed.format,
      fileName: options.fileName,
      columns: describeColumns(parsed.format, bytes),
      rows,
      counts,
      dataVersion,
      fold,
      expiresAt: new Date(this.clock().getTime() + PREVIEW_LIFETIME_MS).toISOString(),
      confirming: false,
    };
    this.previews.put(pending);
    return {
      previewId: pending.id,
      format: pending.format,
      fileName: pending.fileName,
      columns: pending.columns,
      counts,
      rows: rows.slice(0, FIRST_PAGE_SIZE).map(toPreviewRow),
      expiresAt: pending.expiresAt,
    };
  }

  /** A page of a pending preview's rows: all of them, only the duplicates, or only the broken ones. */
  rows(user: ActingUser, previewId: string, query: { show: PreviewRowFilter; offset: number; limit: number }) {
    const pending = this.pending(user, previewId);
    const rows =
      query.show === 'duplicates'
        ? pending.rows.filter((row) => row.duplicateOf)
        : query.show === 'errors'
          ? pending.rows.filter((row) => row.errors)
          : pending.rows;
    return { items: rows.slice(query.offset, query.offset + query.limit).map(toPreviewRow), total: rows.length };
  }

  /** Applies the user's choices to every row, in one transaction. */
  async confirm(user: ActingUser, previewId: string, decisions: ImportDecisions): Promise<ImportRecord> {
    const pending = this.pending(user, previewId);
    if (pending.confirming) throw new AppError('import_preview_expired');
    pending.confirming = true;
    this.progressBoard.start(user.id, previewId);
    try {
      const record = await this.apply(user, pending, planImport(pending.rows, decisions));
      this.progressBoard.finish(user.id, previewId);
      this.previews.delete(user.id, previewId);
      return record;
    } catch (error) {
      this.progressBoard.drop(user.id, previewId);
      // A preview whose duplicates are out of date must be made again; any other failure may be retried.
      if (error instanceof AppError && error.code === 'import_preview_stale') this.previews.delete(user.id, previewId);
      throw error;
    } finally {
      pending.confirming = false;
    }
  }

  /**
   * How far the confirmation of this preview has got. Read from memory only: while the
   * confirmation's transaction runs, the database is not free to ask.
   */
  progress(user: ActingUser, previewId: string): ImportProgress {
    const progress = this.progressBoard.get(user.id, previewId);
    if (progress) return progress;
    // Uploaded but not confirmed (yet): nothing written, nothing planned.
    if (this.previews.get(user.id, previewId)) return { done: 0, total: 0 };
    throw new AppError('not_found');
  }

  async history(user: ActingUser): Promise<{ items: ImportRecord[] }> {
    const rows = await new ImportsRepo(this.db, this.searchIndex).list(user.id, HISTORY_SIZE);
    return {
      items: rows.map((row, index) => ({
        id: row.id,
        format: row.format as ImportFormatName,
        fileName: row.fileName,
        createdAt: row.createdAt,
        undoneAt: row.undoneAt,
        summary: JSON.parse(row.summary) as ImportSummary,
        canUndo: index === 0 && row.undoneAt === null,
      })),
    };
  }

  /**
   * Deletes the contacts the import created (and their search entries), puts the contacts it
   * merged back as they were, and removes the organisations it created that nothing uses. Refused
   * when any of those contacts changed since, because undoing would throw that work away.
   */
  undo(user: ActingUser, id: string): Promise<{ removed: number; restored: number }> {
    const now = this.clock().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const imports = new ImportsRepo(trx, this.searchIndex);
      const contacts = new ContactsRepo(trx, this.searchIndex);
      const record = await imports.findById(user.id, id);
      if (!record) throw new AppError('not_found');
      const latest = await imports.latest(user.id);
      if (record.undoneAt !== null || latest?.id !== record.id) throw new AppError('import_not_latest');

      const undo = JSON.parse(record.undo) as ImportUndo;
      const created = await imports.createdContacts(user.id, id);
      const merged = await contacts.findByIds(
        user.id,
        undo.merged.map((entry) => entry.before.id),
      );
      const mergedNow = new Map(merged.map((contact) => [contact.id, contact]));
      const changed =
        created.filter((contact) => contact.version !== 1 || contact.notes > 0 || contact.introduced > 0).length +
        undo.merged.filter((entry) => mergedNow.get(entry.before.id)?.version !== entry.version).length;
      if (changed > 0) throw new AppError('import_changed_since', { count: changed });

      await imports.deleteCreatedContacts(
        user.id,
        id,
        created.map((contact) => contact.id),
      );
      const organisationIds = await imports.existingOrganisationIds(
        user.id,
        undo.merged.flatMap((entry) => (entry.before.organisationId ? [entry.before.organisationId] : [])),
      );
      for (const { before, version } of undo.merged) {
        const organisationId =
          before.organisationId && organisationIds.has(before.organisationId) ? before.organisationId : null;
        const restored = await contacts.update(user.id, before.id, version, toRowValues(before, organisationId), now);
        if (!restored) throw new AppError('import_changed_since', { count: 1 });
      }
      await imports.deleteUnusedOrganisations(user.id, undo.organisations);
      await imports.markUndone(user.id, id, now);
      return { removed: created.length, restored: undo.merged.length };
    });
  }

  private pending(user: ActingUser, previewId: string): PendingImport {
    const pending = this.previews.get(user.id, previewId);
    if (!pending) throw new AppError('import_preview_expired');
    return pending;
  }

  private apply(user: ActingUser, pending: PendingImport, outcomes: RowOutcome[]): Promise<ImportRecord> {
    const now = this.clock().toISOString();
    const importId = newRecordId();
    return this.db.transaction().execute(async (trx) => {
      const imports = new ImportsRepo(trx, this.searchIndex);
      const contacts = new ContactsRepo(trx, this.searchIndex);
      if ((await imports.dataVersion(user.id)) !== pending.dataVersion) throw new AppError('import_preview_stale');

      const organisations = new OrganisationLinker(await imports.organisationIdsByKey(user.id), pending.fold);
      const stored = await loadMergeTargets(contacts, user.id, outcomes);
      const created = new Map<number, NewContact>();
      const merged = new Map<string, { before: Contact; after: Contact }>();
      const summary: ImportSummary = { created: 0, merged: 0, skipped: 0, errors: [] };

      for (const outcome of outcomes) {
        if (outcome.action === 'error') {
          for (const problem of outcome.row.errors ?? []) summary.errors.push({ line: outcome.row.line, ...problem });
        } else if (outcome.action === 'skip') {
          summary.skipped += 1;
        } else if (outcome.action === 'create') {
          const { fields } = outcome.row;
          created.set(outcome.row.line, {
            id: newRecordId(),
            organisationId: organisations.idFor(fields.organisation),
            fields,
            foldedName: outcome.row.foldedName,
          });
          summary.created += 1;
        } else if (outcome.action === 'merge') {
          const imported: Contact = {
            id: '',
            ...outcome.row.fields,
            organisationId: null,
            version: 0,
            createdAt: now,
            updatedAt: now,
          };
          const { into } = outcome;
          if (into.kind === 'created') {
            const target = created.get(into.line);
            if (!target)
              throw new Error(`row ${outcome.row.line} merges into line ${into.line}, which created nothing`);
            const keep: Contact = {
              ...target.fields,
              id: target.id,
              organisationId: target.organisationId,
              version: 1,
              createdAt: now,
              updatedAt: now,
            };
            const result = mergeImported(keep, imported, organisations);
            // The kept contact keeps its name, so its folded name still holds.
            created.set(into.line, { ...target, organisationId: result.organisationId, fields: result });
          } else {
            const before = stored.get(into.id);
            // The data version matched, so the contact is there; if not, the preview is out of date.
            if (!before) throw new AppError('import_preview_stale');
            const state = merged.get(into.id) ?? { before, after: before };
            state.after = mergeImported(state.after, imported, organisations);
            merged.set(into.id, state);
          }
          summary.merged += 1;
        }
      }

      const undo: ImportUndo = {
        merged: [...merged.values()].map(({ before }) => ({ before, version: before.version + 1 })),
        organisations: organisations.created.map((organisation) => organisation.id),
      };
      // The import row comes first: the contacts it creates refer to it.
      await imports.insert(user.id, {
        id: importId,
        format: pending.format,
        fileName: pending.fileName,
        summary: JSON.stringify(summary),
        undo: JSON.stringify(undo),
        createdAt: now,
        undoneAt: null,
      });
      const sqlite = this.database.sqlite;
      await new OrganisationsRepo(trx, this.searchIndex).insertManyByName(user.id, organisations.created, now, sqlite);
      // Written in chunks, with a look at the event loop after each: the progress endpoint answers
      // meanwhile. Still one transaction: other requests for the database wait for its end.
      const newContacts = [...created.values()];
      this.progressBoard.plan(user.id, pending.id, newContacts.length + merged.size);
      for (let start = 0; start < newContacts.length; start += WRITE_CHUNK_SIZE) {
        const chunk = newContacts.slice(start, start + WRITE_CHUNK_SIZE);
        await contacts.insertMany(user.id, chunk, now, { importId, fold: pending.fold, sqlite });
        this.progressBoard.advance(user.id, pending.id, chunk.length);
        await yieldToEventLoop();
      }
      // One update each, as the contact form does; on SQLite an awaited query does not reach the
      // event loop, so the pauses are counted here too.
      let updated = 0;
      for (const { before, after } of merged.values()) {
        const saved = await contacts.update(
          user.id,
          before.id,
          before.version,
          toRowValues(after, after.organisationId),
          now,
        );
        if (!saved) throw new AppError('import_preview_stale');
        this.progressBoard.advance(user.id, pending.id, 1);
        updated += 1;
        if (updated % WRITE_CHUNK_SIZE === 0) await yieldToEventLoop();
      }
      return {
        id: importId,
        format: pending.format,
        fileName: pending.fileName,
        createdAt: now,
        undoneAt: null,
        summary,
        canUndo: true,
      };
    });
  }
}

function parseFile(bytes: Uint8Array, options: { fileName: string; format: 'auto' | ImportFormatName }) {
  try {
    return parseImport(bytes, options);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    throw new AppError('unreadable_file', {
      file: {
        fileName: options.fileName,
        line: error.line,
        ...(error.field ? { field: error.field } : {}),
        reason: fileProblemOf[error.reason],
      },
    });
  }
}

/** The stored contacts that rows merge into, read once. */
async function loadMergeTargets(contacts: ContactsRepo, ownerId: string, outcomes: readonly RowOutcome[]) {
  const ids = new Set<string>();
  for (const outcome of outcomes)
    if (outcome.action === 'merge' && outcome.into.kind === 'contact') ids.add(outcome.into.id);
  const all = [...ids];
  const found = new Map<string, Contact>();
  for (let start = 0; start < all.length; start += 500) {
    for (const contact of await contacts.findByIds(ownerId, all.slice(start, start + 500)))
      found.set(contact.id, contact);
  }
  return found;
}

/**
 * Merges an imported row into a contact: what the contact has wins, the row fills the gaps (see
 * mergeContactFields). Notes the contact already holds are not added twice when the same file
 * is imported again.
 */
function mergeImported(keep: Contact, imported: Contact, organisations: OrganisationLinker): Contact {
  const notes = imported.notes.trim();
  const other: Contact = {
    ...imported,
    organisationId: keep.organisationId ? null : organisations.idFor(imported.organisation),
    notes: notes !== '' && keep.notes.includes(notes) ? '' : imported.notes,
  };
  return mergeContactFields(keep, other);
}

/** Finds organisations by folded name, and plans the ones that do not exist yet (one insert for all). */
class OrganisationLinker {
  readonly created: Array<{ id: string; name: string }> = [];

  constructor(
    private readonly idsByKey: Map<string, string>,
    private readonly fold: Fold,
  ) {}

  idFor(name: string): string | null {
    const trimmed = name.trim();
    if (trimmed === '') return null;
    const key = this.fold(trimmed);
    let id = this.idsByKey.get(key);
    if (!id) {
      id = newRecordId();
      this.idsByKey.set(key, id);
      this.created.push({ id, name: trimmed });
    }
    return id;
  }
}

/** foldForSearch, remembered for the length of one import. */
function memoisedFold(): Fold {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = foldForSearch(text);
      folded.set(text, result);
    }
    return result;
  };
}
