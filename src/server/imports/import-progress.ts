import type { ImportProgress } from '#shared/import.schema';

interface Entry extends ImportProgress {
  previewId: string;
  /** When it finished (ms since the epoch); a finished entry is kept a while for a late poll. */
  finishedAt?: number;
}

/** How long a finished import's progress stays readable: the page's last poll may come after its answer. */
const FINISHED_LIFETIME_MS = 60 * 1000;

/**
 * How far the confirmation of each user's import has got, in memory. The confirmation writes
 * every row in one transaction, which on SQLite holds the one connection until it ends, so the
 * page's progress bar is fed from here and never waits for the database. One entry per user, as
 * a user has one preview at a time (PreviewStore); a server restart forgets them, as it forgets
 * the previews.
 */
export class ImportProgressBoard {
  private readonly byOwner = new Map<string, Entry>();

  constructor(private readonly clock: () => Date) {}

  /** A confirmation starts; how many rows it writes is not known yet (total 0). */
  start(ownerId: string, previewId: string): void {
    this.byOwner.set(ownerId, { previewId, done: 0, total: 0 });
  }

  /** The rows to write are known (contacts created and merged). */
  plan(ownerId: string, previewId: string, total: number): void {
    const entry = this.entry(ownerId, previewId);
    if (entry) entry.total = total;
  }

  advance(ownerId: string, previewId: string, rows: number): void {
    const entry = this.entry(ownerId, previewId);
    if (entry) entry.done = Math.min(entry.total, entry.done + rows);
  }

  /** Committed: every row is written. */
  finish(ownerId: string, previewId: string): void {
    const entry = this.entry(ownerId, previewId);
    if (!entry) return;
    entry.done = entry.total;
    entry.finishedAt = this.clock().getTime();
  }

  /** Failed or rolled back: nothing was written, and a retry starts from nothing. */
  drop(ownerId: string, previewId: string): void {
    if (this.byOwner.get(ownerId)?.previewId === previewId) this.byOwner.delete(ownerId);
  }

  get(ownerId: string, previewId: string): ImportProgress | undefined {
    const entry = this.entry(ownerId, previewId);
    return entry ? { done: entry.done, total: entry.total } : undefined;
  }

  private entry(ownerId: string, previewId: string): Entry | undefined {
    const entry = this.byOwner.get(ownerId);
    if (!entry || entry.previewId !== previewId) return undefined;
    if (entry.finishedAt !== undefined && this.clock().getTime() - entry.finishedAt > FINISHED_LIFETIME_MS) {
      this.byOwner.delete(ownerId);
      return undefined;
    }
    return entry;
  }
}
