/**
 * The browser's `localStorage` behind the KeyValueStore interface.
 *
 * Survives every way the browser says no: touching `localStorage` itself throws SecurityError
 * when site data is blocked, Safari's private mode used to refuse every write, and a full quota
 * throws QuotaExceededError. Each becomes a reported problem and a status the page can show;
 * nothing here throws. It never interprets the values it stores.
 */
import type { ExternalChangeListener, KeyValueStore, StorageStatus } from './kv-store.ts';
import {
  classifyStorageError,
  problem,
  type ReadResult,
  type StorageProblem,
  type WriteResult,
} from './problems.ts';

/** The parts of `window` this adapter uses (injectable, so Node tests can play a hostile browser). */
export interface BrowserStorageHost {
  readonly localStorage?: Storage;
  addEventListener?(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener?(type: 'storage', listener: (event: StorageEvent) => void): void;
}

const PROBE_KEY = 'rapport:probe';

export class LocalStorageStore implements KeyValueStore {
  private problem: StorageProblem | null;

  constructor(private readonly host: BrowserStorageHost = globalThis as unknown as BrowserStorageHost) {
    this.problem = this.probe();
  }

  status(): StorageStatus {
    return { available: this.problem === null, problem: this.problem };
  }

  getItem(key: string): ReadResult {
    try {
      return { ok: true, value: this.storage().getItem(key) };
    } catch (e) {
      return { ok: false, problem: this.note(classifyStorageError(e)) };
    }
  }

  setItem(key: string, value: string): WriteResult {
    try {
      this.storage().setItem(key, value);
      this.problem = null;
      return { ok: true };
    } catch (e) {
      return { ok: false, problem: this.note(classifyStorageError(e)) };
    }
  }

  removeItem(key: string): WriteResult {
    try {
      this.storage().removeItem(key);
      return { ok: true };
    } catch (e) {
      return { ok: false, problem: this.note(classifyStorageError(e)) };
    }
  }

  keys(): string[] {
    try {
      const storage = this.storage();
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    } catch (e) {
      this.note(classifyStorageError(e));
      return [];
    }
  }

  subscribe(listener: ExternalChangeListener): () => void {
    const host = this.host;
    if (typeof host.addEventListener !== 'function') return () => {};
    const onStorage = (event: StorageEvent) => {
      // sessionStorage changes fire the same event; only localStorage's concern us.
      try {
        if (event.storageArea && event.storageArea !== this.storage()) return;
      } catch {
        return;
      }
      listener(event.key);
    };
    host.addEventListener('storage', onStorage);
    return () => host.removeEventListener?.('storage', onStorage);
  }

  /** Getting `localStorage` can itself throw (SecurityError): only ever reach it through here. */
  private storage(): Storage {
    const storage = this.host.localStorage;
    if (!storage) throw Object.assign(new Error('localStorage is not available'), { name: 'SecurityError' });
    return storage;
  }

  private probe(): StorageProblem | null {
    try {
      const storage = this.host.localStorage;
      if (!storage) return problem.unavailable('this environment has no localStorage');
      storage.setItem(PROBE_KEY, '1');
      storage.removeItem(PROBE_KEY);
      return null;
    } catch (e) {
      return classifyStorageError(e);
    }
  }

  /** Remember a failure as the status the page shows (cleared by the next successful write). */
  private note(p: StorageProblem): StorageProblem {
    if (p.kind !== 'failed') this.problem = p;
    return p;
  }
}
