import type { ConversationPhase } from '#domain/live-timer';

/**
 * Live mode's save queue. Every keystroke goes into it at once and into the browser's storage, so
 * closing the tab, a reload or a server that is down loses nothing; sending is debounced and runs
 * one write at a time, oldest first, and is replayed in the same order on the next load.
 *
 * Writes to the same field replace each other (only the newest text matters). Each carries the
 * instant it was made; the server ignores a write older than the last one it applied to the same
 * record, so sending strictly in order of that instant is what keeps the newest text on top.
 */
export type LiveWrite =
  | { kind: 'item'; itemId: string; field: 'note'; value: string; writtenAt: string }
  | { kind: 'item'; itemId: string; field: 'starred' | 'asked'; value: boolean; writtenAt: string }
  | { kind: 'freeNotes'; value: string; writtenAt: string }
  | { kind: 'phase'; value: ConversationPhase; writtenAt: string };

/** A write still to send; `refused` holds the server's message when it will not take it as is. */
export type QueuedWrite = LiveWrite & { refused?: string };

/** What the server said about one write. */
export type SendOutcome =
  | { kind: 'done' }
  /** Will never apply (the question left the plan): forget it. */
  | { kind: 'gone' }
  /** The server refused this content (too long): keep it, show why, send again once edited. */
  | { kind: 'refused'; message: string }
  /** No answer, or a server error: keep it and try again later. */
  | { kind: 'unreachable' };

export type SaveState = 'saved' | 'saving' | 'offline' | 'refused';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Stored {
  writes: QueuedWrite[];
  lastWrittenAt: string | null;
}

export function writeKey(write: LiveWrite): string {
  return write.kind === 'item' ? `item:${write.itemId}:${write.field}` : write.kind;
}

export interface SaveQueueOptions {
  storage: KeyValueStorage;
  storageKey: string;
  send: (write: LiveWrite) => Promise<SendOutcome>;
  /** Called after every change of the queue or its state. */
  onChange?: () => void;
  /** Quiet time before typing is sent. */
  debounceMs?: number;
  retryMs?: number;
  /** The server's clock as this browser estimates it, in ms (default: Date.now() plus setClockOffset's). */
  serverNow?: () => number;
  timers?: { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export class SaveQueue {
  private writes: QueuedWrite[];
  private lastWrittenAt: string | null;
  private sending = false;
  private unreachable = false;
  private timer: unknown = null;
  private clockOffsetMs = 0;
  private listener: (() => void) | undefined;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly timers: NonNullable<SaveQueueOptions['timers']>;

  constructor(private readonly options: SaveQueueOptions) {
    this.listener = options.onChange;
    const stored = readStored(options.storage, options.storageKey);
    this.writes = stored.writes;
    this.lastWrittenAt = stored.lastWrittenAt;
    this.debounceMs = options.debounceMs ?? 500;
    this.retryMs = options.retryMs ?? 3000;
    this.timers = options.timers ?? {
      set: (run, ms) => setTimeout(run, ms),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  /** The writes not yet sent, oldest first (to lay over what the server answered on load). */
  pending(): readonly QueuedWrite[] {
    return this.writes;
  }

  state(): SaveState {
    if (this.writes.some((write) => write.refused !== undefined)) return 'refused';
    if (this.unreachable && this.writes.length > 0) return 'offline';
    return this.writes.length > 0 || this.sending ? 'saving' : 'saved';
  }

  refusals(): Array<{ key: string; message: string }> {
    return this.writes.flatMap((write) => (write.refused ? [{ key: writeKey(write), message: write.refused }] : []));
  }

  /**
   * Takes a change: stored at once, sent after the debounce (`immediate` for a tick or a star, which
   * are not typed). The instant is strictly later than any earlier write from this browser.
   */
  put(change: DistributiveOmit<LiveWrite, 'writtenAt'>, options: { immediate?: boolean } = {}): void {
    const write = { ...change, writtenAt: this.nextInstant() } as LiveWrite;
    const key = writeKey(write);
    this.writes = [...this.writes.filter((queued) => writeKey(queued) !== key), write];
    this.store();
    this.schedule(options.immediate ? 0 : this.debounceMs);
    this.listener?.();
  }

  /** Who is told about changes: the page on screen, or nobody once it is gone (sending goes on). */
  listen(listener: (() => void) | undefined): void {
    this.listener = listener;
  }

  /** The offset of the server's clock to this browser's, measured by the page. */
  setClockOffset(ms: number): void {
    this.clockOffsetMs = ms;
  }

  /** Sends now what is waiting (on load, when the browser is back online, when the page is left). */
  flush(): void {
    this.schedule(0);
  }

  stop(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private nextInstant(): string {
    const now = Math.floor(this.options.serverNow?.() ?? Date.now() + this.clockOffsetMs);
    const last = this.lastWrittenAt ? Date.parse(this.lastWrittenAt) : -Infinity;
    const instant = new Date(Math.max(now, last + 1)).toISOString();
    this.lastWrittenAt = instant;
    return instant;
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.sendAll();
    }, ms);
  }

  private async sendAll(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (;;) {
        const next = [...this.writes]
          .filter((write) => write.refused === undefined)
          .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt))[0];
        if (!next) break;
        const outcome = await this.options.send(stripRefusal(next));
        if (outcome.kind === 'unreachable') {
          this.unreachable = true;
          this.schedule(this.retryMs);
          break;
        }
        this.unreachable = false;
        // Only this exact write leaves the queue: a newer one typed meanwhile stays to be sent.
        this.writes = this.writes.flatMap((write) => {
          if (write !== next) return [write];
          return outcome.kind === 'refused' ? [{ ...write, refused: outcome.message }] : [];
        });
        this.store();
        this.listener?.();
      }
    } finally {
      this.sending = false;
      this.listener?.();
    }
  }

  private store(): void {
    const stored: Stored = { writes: this.writes, lastWrittenAt: this.lastWrittenAt };
    try {
      // Kept even when empty: lastWrittenAt keeps this browser's instants in order across reloads.
      this.options.storage.setItem(this.options.storageKey, JSON.stringify(stored));
    } catch {
      // Storage full or blocked (private mode): the queue still holds the writes in memory.
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function stripRefusal(write: QueuedWrite): LiveWrite {
  const { refused: _refused, ...rest } = write;
  return rest as LiveWrite;
}

function readStored(storage: KeyValueStorage, key: string): Stored {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return { writes: [], lastWrittenAt: null };
    const { writes, lastWrittenAt } = parsed as Partial<Stored>;
    return {
      writes: Array.isArray(writes) ? writes.filter(isQueuedWrite) : [],
      lastWrittenAt: typeof lastWrittenAt === 'string' ? lastWrittenAt : null,
    };
  } catch {
    return { writes: [], lastWrittenAt: null };
  }
}

function isQueuedWrite(value: unknown): value is QueuedWrite {
  if (!value || typeof value !== 'object') return false;
  const write = value as Record<string, unknown>;
  if (typeof write.writtenAt !== 'string') return false;
  if (write.kind === 'freeNotes') return typeof write.value === 'string';
  if (write.kind === 'phase') return typeof write.value === 'string';
  if (write.kind !== 'item' || typeof write.itemId !== 'string') return false;
  if (write.field === 'note') return typeof write.value === 'string';
  return (write.field === 'starred' || write.field === 'asked') && typeof write.value === 'boolean';
}

const queues = new Map<string, SaveQueue>();

/**
 * One queue per interview for the whole life of the tab: leaving live mode (for the report, say)
 * does not stop it, so what was typed last is still sent, and coming back finds the same queue
 * instead of a second one racing it for the same storage.
 */
export function liveQueueFor(interviewId: string, make: () => SaveQueue): SaveQueue {
  let queue = queues.get(interviewId);
  if (!queue) {
    queue = make();
    queues.set(interviewId, queue);
  }
  return queue;
}
