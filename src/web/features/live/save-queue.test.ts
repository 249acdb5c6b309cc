import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveQueueFor, SaveQueue, type KeyValueStorage, type LiveWrite, type SendOutcome } from './save-queue.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('the live save queue', () => {
  let storage: ReturnType<typeof memoryStorage>;
  let sent: LiveWrite[];
  let answer: (write: LiveWrite) => SendOutcome;
  let clock: number;

  beforeEach(() => {
    vi.useFakeTimers();
    storage = memoryStorage();
    sent = [];
    answer = () => ({ kind: 'done' });
    clock = Date.parse('2026-12-03T09:00:00Z');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const queue = () =>
    new SaveQueue({
      storage,
      storageKey: 'live:1',
      serverNow: () => clock,
      send: async (write) => {
        sent.push(write);
        return answer(write);
      },
    });

  it('keeps each keystroke on the device at once and sends only the newest text after a pause', async () => {
    const saves = queue();
    saves.put({ kind: 'freeNotes', value: 'H' });
    saves.put({ kind: 'freeNotes', value: 'He' });
    saves.put({ kind: 'freeNotes', value: 'Hej' });
    expect(storage.data.get('live:1')).toContain('Hej');
    expect(saves.state()).toBe('saving');
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((write) => write.value)).toEqual(['Hej']);
    expect(saves.state()).toBe('saved');
    expect(saves.pending()).toEqual([]);
  });

  it('gives every write a later instant than the one before, even when the clock stands still', () => {
    const saves = queue();
    saves.put({ kind: 'item', itemId: 'a', field: 'note', value: 'x' });
    saves.put({ kind: 'item', itemId: 'a', field: 'starred', value: true });
    const [note, star] = saves.pending();
    expect(note!.writtenAt < star!.writtenAt).toBe(true);
  });

  it('sends the writes in the order they were made', async () => {
    const saves = queue();
    saves.put({ kind: 'item', itemId: 'a', field: 'note', value: 'first' });
    clock += 10;
    saves.put({ kind: 'item', itemId: 'a', field: 'starred', value: true }, { immediate: true });
    clock += 10;
    saves.put({ kind: 'phase', value: 'questions' }, { immediate: true });
    await vi.runAllTimersAsync();
    expect(sent.map((write) => (write.kind === 'item' ? write.field : write.kind))).toEqual([
      'note',
      'starred',
      'phase',
    ]);
  });

  it('keeps the writes while the server is unreachable and sends them when it answers again', async () => {
    answer = () => ({ kind: 'unreachable' });
    const saves = queue();
    saves.put({ kind: 'freeNotes', value: 'kept' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saves.state()).toBe('offline');
    expect(saves.pending()).toHaveLength(1);
    answer = () => ({ kind: 'done' });
    await vi.advanceTimersByTimeAsync(3000);
    expect(saves.state()).toBe('saved');
    expect(sent.map((write) => write.value)).toEqual(['kept', 'kept']);
  });

  it('replays what a closed tab left unsent, in order, on the next load', async () => {
    answer = () => ({ kind: 'unreachable' });
    const first = queue();
    first.put({ kind: 'item', itemId: 'a', field: 'note', value: 'one' });
    clock += 5;
    first.put({ kind: 'freeNotes', value: 'two' });
    first.stop();

    answer = () => ({ kind: 'done' });
    const second = queue();
    expect(second.pending().map((write) => write.value)).toEqual(['one', 'two']);
    second.flush();
    await vi.runAllTimersAsync();
    expect(sent.map((write) => write.value)).toEqual(['one', 'two']);
    second.put({ kind: 'freeNotes', value: 'three' });
    expect(second.pending()[0]!.writtenAt > first.pending()[1]!.writtenAt).toBe(true);
  });

  it('keeps a refused write with its message, sends the others, and sends it again once edited', async () => {
    answer = (write) =>
      write.kind === 'freeNotes' && write.value.length > 10
        ? { kind: 'refused', message: 'Too long' }
        : { kind: 'done' };
    const saves = queue();
    saves.put({ kind: 'freeNotes', value: 'far too long a note' });
    saves.put({ kind: 'phase', value: 'next_steps' }, { immediate: true });
    await vi.runAllTimersAsync();
    expect(saves.state()).toBe('refused');
    expect(saves.refusals()).toEqual([{ key: 'freeNotes', message: 'Too long' }]);
    expect(saves.pending().map((write) => write.value)).toEqual(['far too long a note']);

    saves.put({ kind: 'freeNotes', value: 'short' });
    await vi.runAllTimersAsync();
    expect(saves.state()).toBe('saved');
  });

  it('keeps a write typed while the previous one was on its way', async () => {
    let release: (outcome: SendOutcome) => void = () => {};
    const saves = new SaveQueue({
      storage,
      storageKey: 'live:1',
      serverNow: () => clock,
      send: (write) => {
        sent.push(write);
        return new Promise((resolve) => (release = resolve));
      },
    });
    saves.put({ kind: 'freeNotes', value: 'a' });
    await vi.advanceTimersByTimeAsync(500);
    clock += 1;
    saves.put({ kind: 'freeNotes', value: 'ab' });
    release({ kind: 'done' });
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.pending().map((write) => write.value)).toEqual(['ab']);
  });

  it('forgets writes for a question that left the plan', async () => {
    answer = () => ({ kind: 'gone' });
    const saves = queue();
    saves.put({ kind: 'item', itemId: 'gone', field: 'asked', value: true }, { immediate: true });
    await vi.runAllTimersAsync();
    expect(saves.pending()).toEqual([]);
    expect(saves.state()).toBe('saved');
  });

  it('keeps one queue per interview across visits to live mode', () => {
    const first = liveQueueFor('interview-1', queue);
    expect(liveQueueFor('interview-1', queue)).toBe(first);
    expect(liveQueueFor('interview-2', queue)).not.toBe(first);
  });
});
