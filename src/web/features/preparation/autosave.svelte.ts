import { ApiError } from '../../lib/api-client.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

/**
 * Saves a document as the user types, one request at a time: a change made while a save is on its
 * way is sent right after it, with the version that save returned, so two saves of the same page
 * never race each other into a 409. A 409 (another window) stops and lets the page show the
 * newest version.
 */
export class Autosave<Value> {
  state = $state<SaveState>('saved');
  failure = $state<unknown>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private dirty = false;

  constructor(
    private readonly save: () => Promise<Value>,
    private readonly onSaved: (value: Value) => void,
    private readonly onConflict: (current: unknown) => void,
    private readonly delayMs = 700,
  ) {}

  /** A change to save after a pause in typing (0: at once, as for a tick in a checklist). */
  changed(delayMs = this.delayMs): void {
    this.dirty = true;
    if (this.state !== 'saving') this.state = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) {
      await this.running;
      if (this.dirty) await this.flush();
      return;
    }
    if (!this.dirty) return;
    this.running = this.run();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (this.dirty && this.state !== 'conflict' && this.state !== 'failed') await this.flush();
  }

  private async run(): Promise<void> {
    this.dirty = false;
    this.state = 'saving';
    this.failure = null;
    try {
      this.onSaved(await this.save());
      this.state = this.dirty ? 'pending' : 'saved';
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        this.state = 'conflict';
        this.onConflict(error.current);
      } else {
        this.dirty = true;
        this.state = 'failed';
        this.failure = error;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
