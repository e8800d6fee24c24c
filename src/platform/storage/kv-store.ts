/**
 * Where saves and the learner's record are kept: a small key–value interface shaped like
 * `localStorage`, and a real in-memory implementation (for tests, and as the fallback when the
 * browser gives no storage).
 *
 * A store never throws: reads and writes report a result, so the game keeps playing whatever the
 * browser does. A store knows nothing of what the values mean — validation, versions and
 * conflicts are decided above it (saves.ts, learner-record.ts).
 */
import { problem, type ReadResult, type StorageProblem, type WriteResult } from './problems.ts';

export interface StorageStatus {
  /** False when writes are expected to fail (no storage, storage full); reads may still work. */
  available: boolean;
  problem: StorageProblem | null;
}

/** Called with the key another tab changed, or null when it cleared everything. */
export type ExternalChangeListener = (key: string | null) => void;

export interface KeyValueStore {
  status(): StorageStatus;
  getItem(key: string): ReadResult;
  setItem(key: string, value: string): WriteResult;
  removeItem(key: string): WriteResult;
  /** Every key present (empty when storage cannot be read). */
  keys(): string[];
  /**
   * Changes made elsewhere — another tab — as the browser's `storage` event reports them. Changes
   * made through this store itself are not reported (as in the browser). Returns an unsubscribe.
   */
  subscribe(listener: ExternalChangeListener): () => void;
}

interface MemoryArea {
  data: Map<string, string>;
  /** Total size allowed, in UTF-16 code units of keys plus values (what browsers count). */
  capacity: number;
  tabs: Set<MemoryStore>;
}

export interface MemoryStoreOptions {
  /** Total size allowed, in UTF-16 code units of keys plus values. Default: unlimited. */
  capacity?: number;
}

/**
 * An in-memory store. `openAnotherTab()` gives a second store over the same data that is told of
 * the first one's writes (and vice versa), as two browser tabs share one origin's localStorage.
 */
export class MemoryStore implements KeyValueStore {
  private readonly area: MemoryArea;
  private readonly listeners = new Set<ExternalChangeListener>();

  constructor(options: MemoryStoreOptions = {}, area?: MemoryArea) {
    this.area = area ?? {
      data: new Map(),
      capacity: options.capacity ?? Number.POSITIVE_INFINITY,
      tabs: new Set(),
    };
    this.area.tabs.add(this);
  }

  openAnotherTab(): MemoryStore {
    return new MemoryStore({}, this.area);
  }

  /** Stop receiving other tabs' changes (a closed tab). */
  close(): void {
    this.area.tabs.delete(this);
    this.listeners.clear();
  }

  status(): StorageStatus {
    return { available: true, problem: null };
  }

  getItem(key: string): ReadResult {
    return { ok: true, value: this.area.data.get(key) ?? null };
  }

  setItem(key: string, value: string): WriteResult {
    const old = this.area.data.get(key);
    const used = this.used() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
    if (used > this.area.capacity) {
      return {
        ok: false,
        problem: problem.quota(`memory store capacity ${this.area.capacity} exceeded (would use ${used})`),
      };
    }
    this.area.data.set(key, value);
    this.tellOtherTabs(key);
    return { ok: true };
  }

  removeItem(key: string): WriteResult {
    if (this.area.data.delete(key)) this.tellOtherTabs(key);
    return { ok: true };
  }

  keys(): string[] {
    return [...this.area.data.keys()];
  }

  subscribe(listener: ExternalChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private used(): number {
    let total = 0;
    for (const [k, v] of this.area.data) total += k.length + v.length;
    return total;
  }

  private tellOtherTabs(key: string): void {
    for (const tab of this.area.tabs) {
      if (tab === this) continue;
      for (const listener of tab.listeners) listener(key);
    }
  }
}
