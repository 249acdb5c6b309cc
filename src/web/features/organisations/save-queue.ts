/**
 * Runs saves one after another. Inline edits (a radio moved with the arrow keys, a select changed
 * twice) each send a PUT naming the version they start from; run side by side, the second would
 * name a version the first just replaced and be refused as stale.
 */
export function createSaveQueue() {
  let last: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}
