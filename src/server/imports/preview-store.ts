import type { PendingImport } from './import-plan.ts';

/** How long a preview waits for its confirmation: long enough to read 30,000 rows, short enough to free memory. */
export const PREVIEW_LIFETIME_MS = 30 * 60 * 1000;

/**
 * The previews waiting for their confirmation, in memory: the confirmation then sends only the
 * user's choices, not the file again. One per user (a new upload replaces the old one), each
 * dropped after PREVIEW_LIFETIME_MS. A server restart forgets them; the user uploads again.
 * (Server mode with several processes would need them in the database instead.)
 */
export class PreviewStore {
  private readonly previews = new Map<string, PendingImport>();

  constructor(private readonly clock: () => Date) {}

  put(preview: PendingImport): void {
    this.dropExpired();
    this.previews.set(preview.ownerId, preview);
  }

  /** The user's preview with this id, unless it expired or was replaced. */
  get(ownerId: string, id: string): PendingImport | undefined {
    this.dropExpired();
    const preview = this.previews.get(ownerId);
    return preview?.id === id ? preview : undefined;
  }

  delete(ownerId: string, id: string): void {
    if (this.previews.get(ownerId)?.id === id) this.previews.delete(ownerId);
  }

  private dropExpired(): void {
    const now = this.clock().getTime();
    for (const [ownerId, preview] of this.previews) {
      if (Date.parse(preview.expiresAt) <= now) this.previews.delete(ownerId);
    }
  }
}
