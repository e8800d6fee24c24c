/**
 * Test helpers for persistence: a browser `Storage` that can be made to fail the ways real
 * browsers do (SecurityError on access, QuotaExceededError on write, errors on read), a fixed
 * clock, and a persistence over an in-memory store.
 */
import {
  createPersistence,
  MemoryStore,
  type Persistence,
  type PersistenceOptions,
} from '../../../../src/app/persist/index.ts';
import type { BrowserStorageHost } from '../../../../src/platform/storage/local-storage.ts';

export const NOW = new Date('2026-03-01T10:00:00.000Z');
export const clock = () => new Date(NOW);

/** A Storage over a Map whose failures are switched on by the test. */
export class BrowserStorage implements Storage {
  readonly data = new Map<string, string>();
  failReads = false;
  failWrites: 'quota' | 'firefox-quota' | 'other' | null = null;
  /** Code units of keys + values allowed, as browsers count. */
  capacity = Number.POSITIVE_INFINITY;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites === 'quota')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failWrites === 'firefox-quota') {
      throw Object.assign(new Error('Persistent storage maximum size reached'), {
        name: 'NS_ERROR_DOM_QUOTA_REACHED',
        code: 1014,
      });
    }
    if (this.failWrites === 'other') throw new TypeError('Failed to execute setItem');
    let used = key.length + value.length;
    for (const [k, v] of this.data) if (k !== key) used += k.length + v.length;
    if (used > this.capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
}

/** A `window` whose `localStorage` is the given storage, or whose access throws SecurityError. */
export function browserHost(storage: Storage | 'blocked' | 'absent'): BrowserStorageHost & EventTarget {
  const target = new EventTarget();
  Object.defineProperty(target, 'localStorage', {
    get(): Storage | undefined {
      if (storage === 'blocked')
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      return storage === 'absent' ? undefined : storage;
    },
  });
  return target as BrowserStorageHost & EventTarget;
}

export function memoryPersistence(
  store = new MemoryStore(),
  options: Omit<PersistenceOptions, 'store'> = {},
): { persistence: Persistence; store: MemoryStore } {
  const persistence = createPersistence({ store, tabId: 'tab-a', now: clock, ...options });
  return { persistence, store };
}

export const raw = (store: MemoryStore, key: string) => {
  const read = store.getItem(key);
  return read.ok ? read.value : undefined;
};
