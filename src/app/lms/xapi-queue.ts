/**
 * A durable outbox for an LRS: every statement (and the latest resume state) is written to
 * storage before it is sent, and leaves storage only when the LRS has acknowledged it. A reload,
 * a closed tab or a day offline loses nothing: the next page that opens the same queue sends what
 * is left, in order. Failures are retried with exponential backoff (and at once when the browser
 * says it is online again).
 *
 * What counts as acknowledged: 200 or 204 — and 409, which for a statement sent with our own id
 * means the LRS already holds it (a retry of a send whose answer was lost). A 400 or 413 means
 * the LRS will never take that item as it is, and a 412 that a document changed since it was read
 * (another window wrote it): the item moves to a "rejected" list in storage (kept for export and
 * diagnosis, never deleted by us) so that it does not block everything after it. Anything else
 * (offline, 401, 403, 429, 5xx) is retried.
 */
import { realTimers, type Timers } from '../../platform/schedule.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';

export interface QueueItem {
  /** Unique per item (a statement's own id). */
  id: string;
  kind: 'statement' | 'state';
  /** Items sharing a slot replace each other: only the latest resume state is worth sending. */
  slot?: string;
  payload: unknown;
}

export interface QueueOptions {
  /** Where the queue lives (localStorage in the browser); null keeps it in memory only. */
  storage: KeyValueStore | null;
  key: string;
  /** Send one item; resolve with the HTTP status, reject when the request did not complete. */
  send(item: QueueItem, options: { keepalive: boolean }): Promise<number>;
  timers?: Timers;
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  warn?: (message: string) => void;
  /** Told of every send's outcome: the status, or 'unreachable' when the request did not complete. */
  onResult?: (item: QueueItem, status: number | 'unreachable') => void;
}

const ACKNOWLEDGED = new Set([200, 204, 409]);
const REJECTED = new Set([400, 412, 413]);

export class DurableQueue {
  /** Used when storage refuses (full, disabled): this page still keeps and retries everything. */
  private memory: QueueItem[] | null = null;
  private sending: Promise<void> | null = null;
  private timer: unknown = null;
  private failures = 0;
  private held = false;
  /** The id of the item being sent by the drain, if any. */
  private current: string | null = null;
  private readonly timers: Timers;
  private readonly warn: (message: string) => void;

  constructor(private readonly options: QueueOptions) {
    this.timers = options.timers ?? realTimers;
    this.warn = options.warn ?? ((m) => console.warn(`[Rapport xAPI] ${m}`));
    if (!options.storage) this.memory = [];
  }

  /** Items waiting for the LRS, oldest first. */
  pending(): QueueItem[] {
    return this.memory ? [...this.memory] : this.read(this.options.key);
  }

  /** The item the drain is sending right now (its request may outlive the page), or null. */
  inFlight(): string | null {
    return this.current;
  }

  /** The LRS took these (sent some other way, e.g. in one batch): they leave the queue. */
  acknowledge(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.write(this.pending().filter((i) => !gone.has(i.id)));
  }

  /** Send nothing more from this page (it is going away and has sent what is left its own way). */
  hold(): void {
    this.held = true;
    this.dispose();
  }

  /** Items the LRS refused for good (400, 412, 413), kept for diagnosis. */
  rejected(): QueueItem[] {
    return this.read(`${this.options.key}:rejected`);
  }

  enqueue(item: QueueItem): void {
    const items = this.pending().filter((i) => i.id !== item.id && !(item.slot && i.slot === item.slot));
    items.push(item);
    this.write(items);
    void this.flush();
  }

  /** Send what is waiting, in order, until the queue is empty or a send fails. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer);
      this.timer = null;
    }
    this.sending ??= this.drain().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  /**
   * The page is going away: send everything with `keepalive` (the browser finishes the requests
   * after the page is gone). Items stay queued until acknowledged, so an answer that never comes
   * back only means the next launch sends them again — harmless, as each has its own id.
   */
  flushOnExit(): void {
    for (const item of this.pending()) {
      this.options
        .send(item, { keepalive: true })
        .then((status) => {
          if (ACKNOWLEDGED.has(status)) this.remove(item.id);
        })
        .catch(() => {});
    }
  }

  dispose(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const item = this.held ? undefined : this.pending()[0];
      if (!item) {
        if (!this.held) this.failures = 0;
        return;
      }
      let status: number;
      this.current = item.id;
      try {
        status = await this.options.send(item, { keepalive: false });
      } catch (e) {
        this.options.onResult?.(item, 'unreachable');
        this.retryLater(`the LRS could not be reached (${e instanceof Error ? e.message : String(e)})`);
        return;
      } finally {
        this.current = null;
      }
      this.options.onResult?.(item, status);
      if (ACKNOWLEDGED.has(status)) {
        this.remove(item.id);
        this.failures = 0;
      } else if (REJECTED.has(status)) {
        this.warn(
          `the LRS rejected ${item.kind} ${item.id} with ${status}; it is kept under "${this.options.key}:rejected" and not sent again`,
        );
        this.moveToRejected(item);
      } else {
        this.retryLater(`the LRS answered ${status}`);
        return;
      }
    }
  }

  private retryLater(why: string): void {
    if (this.held) return;
    this.failures++;
    const base = this.options.baseDelayMs ?? 1000;
    const max = this.options.maxDelayMs ?? 300_000;
    const random = this.options.random ?? Math.random;
    const delay = Math.min(max, base * 2 ** Math.min(this.failures - 1, 20)) * (0.5 + random() / 2);
    if (this.failures === 1 || this.failures % 10 === 0) {
      this.warn(`${why}; ${this.pending().length} item(s) kept, retrying in ${Math.round(delay / 1000)} s`);
    }
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private remove(id: string): void {
    this.write(this.pending().filter((i) => i.id !== id));
  }

  private moveToRejected(item: QueueItem): void {
    const key = `${this.options.key}:rejected`;
    const kept = this.read(key);
    kept.push(item);
    const written = this.options.storage?.setItem(key, JSON.stringify(kept));
    if (written && !written.ok)
      this.warn(
        `could not keep rejected ${item.kind} ${item.id} in storage: ${JSON.stringify(item.payload)}`,
      );
    this.remove(item.id);
  }

  private read(key: string): QueueItem[] {
    const storage = this.options.storage;
    if (!storage) return [];
    const got = storage.getItem(key);
    const raw = got.ok ? got.value : null;
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every(isItem)) return parsed;
    } catch {
      // fall through: damaged
    }
    // Damaged data is set aside, never dropped: it may hold statements (left where it is if it cannot be).
    if (storage.setItem(`${key}:damaged:${Date.now()}`, raw).ok) storage.removeItem(key);
    this.warn(`the stored queue "${key}" was damaged and has been set aside`);
    return [];
  }

  private write(items: QueueItem[]): void {
    if (this.memory) {
      this.memory = items;
      return;
    }
    const storage = this.options.storage!;
    const written = items.length
      ? storage.setItem(this.options.key, JSON.stringify(items))
      : storage.removeItem(this.options.key);
    if (!written.ok) {
      this.warn(
        `storage refused the queue (${written.problem.message}); keeping it in this page until it is sent`,
      );
      this.memory = items;
    }
  }
}

function isItem(x: unknown): x is QueueItem {
  if (!x || typeof x !== 'object') return false;
  const i = x as Record<string, unknown>;
  return (
    typeof i.id === 'string' &&
    (i.kind === 'statement' || i.kind === 'state') &&
    (i.slot === undefined || typeof i.slot === 'string') &&
    'payload' in i
  );
}
