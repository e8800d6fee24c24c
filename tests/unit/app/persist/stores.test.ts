import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';
import { LocalStorageStore } from '../../../../src/platform/storage/local-storage.ts';
import { BrowserStorage, browserHost } from './helpers.ts';

describe('MemoryStore (a real store, not a mock)', () => {
  it('keeps, lists and removes values', () => {
    const store = new MemoryStore();
    expect(store.setItem('a', '1')).toEqual({ ok: true });
    expect(store.getItem('a')).toEqual({ ok: true, value: '1' });
    expect(store.getItem('missing')).toEqual({ ok: true, value: null });
    expect(store.keys()).toEqual(['a']);
    store.removeItem('a');
    expect(store.keys()).toEqual([]);
  });

  it('refuses a write past its capacity with a quota problem and keeps what it had', () => {
    const store = new MemoryStore({ capacity: 20 });
    expect(store.setItem('k', 'x'.repeat(10)).ok).toBe(true);
    const result = store.setItem('k2', 'y'.repeat(10));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    if (!result.ok) expect(result.problem.message).toMatch(/^Progress will not be kept: storage is full/);
    expect(store.getItem('k')).toEqual({ ok: true, value: 'x'.repeat(10) });
    // Replacing a value counts the new size, not both.
    expect(store.setItem('k', 'z'.repeat(15)).ok).toBe(true);
  });

  it('a second tab shares the data and hears the first tab’s writes, not its own', () => {
    const tabA = new MemoryStore();
    const tabB = tabA.openAnotherTab();
    const heardByA: (string | null)[] = [];
    const heardByB: (string | null)[] = [];
    tabA.subscribe((k) => heardByA.push(k));
    const stop = tabB.subscribe((k) => heardByB.push(k));
    tabA.setItem('x', '1');
    expect(tabB.getItem('x')).toEqual({ ok: true, value: '1' });
    expect(heardByB).toEqual(['x']);
    expect(heardByA).toEqual([]);
    stop();
    tabA.removeItem('x');
    expect(heardByB).toEqual(['x']);
  });
});

describe('LocalStorageStore (the browser adapter)', () => {
  it('works over a healthy localStorage', () => {
    const storage = new BrowserStorage();
    const store = new LocalStorageStore(browserHost(storage));
    expect(store.status()).toEqual({ available: true, problem: null });
    expect(store.setItem('rapport:v1:x', 'v')).toEqual({ ok: true });
    expect(store.getItem('rapport:v1:x')).toEqual({ ok: true, value: 'v' });
    expect(store.keys()).toEqual(['rapport:v1:x']);
    expect(storage.data.has('rapport:probe')).toBe(false);
  });

  it('survives SecurityError on touching localStorage: unavailable, every call reports, none throws', () => {
    const store = new LocalStorageStore(browserHost('blocked'));
    expect(store.status().available).toBe(false);
    expect(store.status().problem?.kind).toBe('unavailable');
    expect(store.status().problem?.message).toMatch(/^Progress will not be kept/);
    expect(store.getItem('a')).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(store.setItem('a', '1')).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(store.removeItem('a')).toMatchObject({ ok: false });
    expect(store.keys()).toEqual([]);
  });

  it('reports no storage at all (Node, old embedded browsers) as unavailable', () => {
    const store = new LocalStorageStore(browserHost('absent'));
    expect(store.status()).toMatchObject({ available: false, problem: { kind: 'unavailable' } });
    expect(store.setItem('a', '1').ok).toBe(false);
  });

  it('with no injected host in Node, falls back to unavailable instead of throwing', () => {
    expect(new LocalStorageStore().status().available).toBe(false);
  });

  it('storage that throws on read: the read reports the problem', () => {
    const storage = new BrowserStorage();
    const store = new LocalStorageStore(browserHost(storage));
    storage.failReads = true;
    const read = store.getItem('a');
    expect(read).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
  });

  it('storage that throws QuotaExceededError on write: "storage is full", status follows, recovers', () => {
    const storage = new BrowserStorage();
    const store = new LocalStorageStore(browserHost(storage));
    storage.failWrites = 'quota';
    const write = store.setItem('a', '1');
    expect(write).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    if (!write.ok) expect(write.problem.message).toMatch(/^Progress will not be kept: storage is full/);
    expect(store.status()).toMatchObject({ available: false, problem: { kind: 'quota' } });
    storage.failWrites = null;
    expect(store.setItem('a', '1').ok).toBe(true);
    expect(store.status().available).toBe(true);
  });

  it('recognises Firefox’s old NS_ERROR_DOM_QUOTA_REACHED as a full quota', () => {
    const storage = new BrowserStorage();
    const store = new LocalStorageStore(browserHost(storage));
    storage.failWrites = 'firefox-quota';
    expect(store.setItem('a', '1')).toMatchObject({ ok: false, problem: { kind: 'quota' } });
  });

  it('reports a full quota at start-up (the probe write fails)', () => {
    const storage = new BrowserStorage();
    storage.failWrites = 'quota';
    expect(new LocalStorageStore(browserHost(storage)).status().problem?.kind).toBe('quota');
  });

  it('any other write error is reported as a refusal, not thrown', () => {
    const storage = new BrowserStorage();
    const store = new LocalStorageStore(browserHost(storage));
    storage.failWrites = 'other';
    expect(store.setItem('a', '1')).toMatchObject({ ok: false, problem: { kind: 'failed' } });
  });

  it('passes on the browser’s storage events for localStorage, not for sessionStorage', () => {
    const storage = new BrowserStorage();
    const host = browserHost(storage);
    const store = new LocalStorageStore(host);
    const heard: (string | null)[] = [];
    const stop = store.subscribe((k) => heard.push(k));
    const fire = (key: string | null, storageArea: Storage) =>
      host.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea }));
    fire('rapport:v1:save:x', storage);
    fire('rapport:v1:save:y', new BrowserStorage());
    fire(null, storage);
    stop();
    fire('rapport:v1:save:z', storage);
    expect(heard).toEqual(['rapport:v1:save:x', null]);
  });
});
