/** One page of a list as the API answers it. */
export interface Page<Item> {
  items: Item[];
  total: number;
}

const SEARCH_DELAY_MS = 200;

/**
 * A searchable list read page by page ("Show more"), as the contacts and organisations pages show
 * it. Each search supersedes the one before: a slow answer to an old search must not win, and a
 * page fetched for an old search is dropped.
 */
export class PagedSearch<Item> {
  items = $state<Item[]>([]);
  total = $state(0);
  loading = $state(true);
  loadingMore = $state(false);
  failure = $state<unknown>(null);
  #latestRequest = 0;
  #fetchPage: (q: string, offset: number) => Promise<Page<Item>>;

  constructor(fetchPage: (q: string, offset: number) => Promise<Page<Item>>) {
    this.#fetchPage = fetchPage;
  }

  async load(q: string): Promise<void> {
    const request = ++this.#latestRequest;
    this.loading = true;
    this.failure = null;
    try {
      const page = await this.#fetchPage(q, 0);
      if (request !== this.#latestRequest) return;
      this.items = page.items;
      this.total = page.total;
    } catch (error) {
      if (request === this.#latestRequest) this.failure = error;
    } finally {
      if (request === this.#latestRequest) this.loading = false;
    }
  }

  async loadMore(q: string): Promise<void> {
    this.loadingMore = true;
    const request = this.#latestRequest;
    try {
      const page = await this.#fetchPage(q, this.items.length);
      if (request !== this.#latestRequest) return;
      this.items = [...this.items, ...page.items];
      this.total = page.total;
    } catch (error) {
      this.failure = error;
    } finally {
      this.loadingMore = false;
    }
  }
}

/**
 * Puts what the user types into the page's ?q= after a short pause, replacing the history entry,
 * so a reload or a shared link shows the same search. Returns the handler for the input event.
 */
export function searchIntoUrl(
  path: string,
  readText: () => string,
  navigate: (to: string, options: { replace: boolean }) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = readText().trim();
      navigate(q ? `${path}?q=${encodeURIComponent(q)}` : path, { replace: true });
    }, SEARCH_DELAY_MS);
  };
}
