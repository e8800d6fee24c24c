import { describe, expect, it } from 'vitest';
import { createPersistence, LocalStorageStore, MemoryStore } from '../../../../src/app/persist/index.ts';
import { fingerprintChoice } from '../../../../src/app/persist/fingerprint.ts';
import { saveKey } from '../../../../src/app/persist/keys.ts';
import { SAVE_NOTICES } from '../../../../src/app/persist/saves.ts';
import { BrowserStorage, browserHost, clock, memoryPersistence, NOW, raw } from './helpers.ts';

const KEY = saveKey('tokyo');
const progress = (path: number[] = [0, 1]) => ({ storyId: 'tokyo', contentHash: 'abc123', path });

/** Other data that must survive whatever happens to one save. */
function seedNeighbours(store: MemoryStore) {
  store.setItem(saveKey('lagos'), JSON.stringify({ ...validSave('lagos'), revision: 4 }));
  store.setItem('rapport:v1:settings', '{"textScale":1.5}');
  store.setItem('another-app:token', 'keep me');
}
function expectNeighboursIntact(store: MemoryStore) {
  expect(JSON.parse(raw(store, saveKey('lagos'))!)).toMatchObject({ storyId: 'lagos', revision: 4 });
  expect(raw(store, 'rapport:v1:settings')).toBe('{"textScale":1.5}');
  expect(raw(store, 'another-app:token')).toBe('keep me');
}
function validSave(storyId = 'tokyo') {
  return {
    schema: 1,
    storyId,
    contentHash: 'abc123',
    path: [0, 1],
    savedAt: '2026-02-01T09:00:00.000Z',
    revision: 1,
    tabId: 'tab-x',
  };
}

describe('save slots: resume after closing the tab', () => {
  it('a save written after each choice is read back by a new page with the same path', () => {
    const { persistence, store } = memoryPersistence();
    persistence.saves.load('tokyo');
    for (const path of [[0], [0, 1], [0, 1, 1]])
      expect(persistence.saves.write(progress(path)).ok).toBe(true);
    const reopened = createPersistence({ store, tabId: 'tab-b', now: clock });
    const found = reopened.saves.load('tokyo');
    expect(found).toMatchObject({
      status: 'found',
      snapshot: {
        schema: 1,
        storyId: 'tokyo',
        contentHash: 'abc123',
        path: [0, 1, 1],
        revision: 3,
        tabId: 'tab-a',
      },
      notices: [],
    });
  });

  it('keeps choice sources, choice fingerprints and the jump-in knot', () => {
    const { persistence } = memoryPersistence();
    persistence.saves.write({
      ...progress([1]),
      choiceSources: ['meet.0.25'],
      choiceTexts: ['Wave and say hi'],
      startAt: 'meet',
    });
    expect(persistence.saves.load('tokyo')).toMatchObject({
      status: 'found',
      snapshot: {
        choiceSources: ['meet.0.25'],
        choiceFingerprints: [fingerprintChoice('Wave and say hi')],
        startAt: 'meet',
      },
    });
  });

  it('fingerprints ignore spacing but not words', () => {
    expect(fingerprintChoice('  Wave and\n say hi ')).toBe(fingerprintChoice('Wave and say hi'));
    expect(fingerprintChoice('Wave and say hello')).not.toBe(fingerprintChoice('Wave and say hi'));
    expect(fingerprintChoice('')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('refuses progress with out-of-range values (a bug upstream) and writes nothing', () => {
    const { persistence, store } = memoryPersistence();
    const result = persistence.saves.write(progress([0, -1]));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    if (!result.ok) expect(result.problem.detail).toContain('save.path[1]');
    expect(raw(store, KEY)).toBeNull();
  });

  it('lists the scenarios with a save to continue', () => {
    const { persistence, store } = memoryPersistence();
    seedNeighbours(store);
    persistence.saves.write(progress([1, 0, 1]));
    expect(persistence.saves.list()).toEqual({
      saves: [
        { storyId: 'lagos', savedAt: '2026-02-01T09:00:00.000Z', steps: 2, contentHash: 'abc123' },
        { storyId: 'tokyo', savedAt: NOW.toISOString(), steps: 3, contentHash: 'abc123' },
      ],
      problems: [],
    });
  });

  it('clears the save when the attempt ends', () => {
    const { persistence, store } = memoryPersistence();
    persistence.saves.write(progress());
    expect(persistence.saves.clear('tokyo')).toEqual({ ok: true });
    expect(raw(store, KEY)).toBeNull();
  });
});

describe('save slots: corrupt or foreign data is set aside, never wiping anything else', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty string', '', /empty value/],
    ['the text "undefined"', 'undefined', /not JSON/],
    ['a cut-off "{"', '{', /not JSON/],
    ['the text "null"', 'null', /no schema version/],
    ['foreign JSON without a schema', '{"level":3,"gold":12}', /no schema version/],
    ['an array', '[1,2,3]', /no schema version/],
  ];
  for (const [name, value, reason] of cases) {
    it(`${name} under a save key is quarantined with its reason; other keys untouched`, () => {
      const { persistence, store } = memoryPersistence();
      seedNeighbours(store);
      store.setItem(KEY, value);
      const loaded = persistence.saves.load('tokyo');
      expect(loaded.status).toBe('set-aside');
      if (loaded.status === 'set-aside') expect(loaded.problem.message).toMatch(/set aside/);
      expect(raw(store, KEY)).toBeNull();
      const [kept] = persistence.quarantine();
      expect(kept).toMatchObject({ key: KEY, raw: value, at: NOW.toISOString() });
      expect(kept!.reason).toMatch(reason);
      expectNeighboursIntact(store);
      // The slot is usable again.
      expect(persistence.saves.write(progress()).ok).toBe(true);
    });
  }

  it('a save whose path holds 1e309 (Infinity once parsed) is quarantined', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify(validSave()).replace('"path":[0,1]', '"path":[0,1e309]'));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    expect(persistence.quarantine()[0]!.reason).toMatch(/path\[1\]/);
  });

  it('a save of another scenario stored under this key is quarantined', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify(validSave('lagos')));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    expect(persistence.quarantine()[0]!.reason).toMatch(/scenario "lagos" stored under "tokyo"/);
  });

  it('a save whose per-step lists do not match its path is quarantined', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify({ ...validSave(), choiceFingerprints: ['0123abcd'] }));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    expect(persistence.quarantine()[0]!.reason).toMatch(
      /choiceFingerprints must have exactly one entry per step/,
    );
  });

  it('an over-long id in a save is rejected by its bound', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify({ ...validSave(), tabId: 'x'.repeat(65) }));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    expect(persistence.quarantine()[0]!.reason).toMatch(/tabId/);
  });

  it('leaves keys it could never have written alone (an impossible scenario id)', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(saveKey('__proto__'), 'junk');
    expect(persistence.saves.list()).toEqual({ saves: [], problems: [] });
    expect(raw(store, saveKey('__proto__'))).toBe('junk');
  });
});

describe('save slots: schema versions', () => {
  it('a save from a newer schema version is reported, left untouched and not overwritten', () => {
    const { persistence, store } = memoryPersistence();
    const newer = JSON.stringify({ schema: 2, storyId: 'tokyo', whatever: 'the future holds' });
    store.setItem(KEY, newer);
    const loaded = persistence.saves.load('tokyo');
    expect(loaded).toMatchObject({ status: 'newer-version', problem: { kind: 'newer-version' } });
    const write = persistence.saves.write(progress());
    expect(write).toMatchObject({ ok: false, problem: { kind: 'newer-version' } });
    expect(persistence.saves.clear('tokyo').ok).toBe(false);
    expect(raw(store, KEY)).toBe(newer);
    expect(persistence.quarantine()).toEqual([]);
  });

  it('a save from the old schema version 0 is migrated to v1 and can be continued', () => {
    const { persistence, store } = memoryPersistence();
    const savedAt = Date.UTC(2025, 10, 3, 8, 0, 0);
    store.setItem(
      KEY,
      JSON.stringify({ version: 0, story: 'tokyo', hash: 'old-hash', choices: [1, 0], savedAt }),
    );
    const loaded = persistence.saves.load('tokyo');
    expect(loaded).toEqual({
      status: 'found',
      snapshot: {
        schema: 1,
        storyId: 'tokyo',
        contentHash: 'old-hash',
        path: [1, 0],
        savedAt: '2025-11-03T08:00:00.000Z',
        revision: 1,
        tabId: 'migrated-from-v0',
      },
      notices: [SAVE_NOTICES.migrated],
    });
    const written = persistence.saves.write({ storyId: 'tokyo', contentHash: 'new-hash', path: [1, 0, 1] });
    expect(written).toMatchObject({ ok: true, snapshot: { revision: 2 } });
    expect(JSON.parse(raw(store, KEY)!)).toMatchObject({ schema: 1, path: [1, 0, 1] });
  });

  it('an old-version save with bad values cannot be migrated and is set aside with the reason', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify({ version: 0, story: 'tokyo', hash: 'h', choices: [-1], savedAt: 5 }));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    expect(persistence.quarantine()[0]!.reason).toMatch(
      /schema version 0 that cannot be upgraded.*choices\[0\]/,
    );
  });
});

describe('save slots: dates', () => {
  it('a save dated in the future is clamped to now, with a notice', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify({ ...validSave(), savedAt: '2099-01-01T00:00:00.000Z' }));
    expect(persistence.saves.load('tokyo')).toMatchObject({
      status: 'found',
      snapshot: { savedAt: NOW.toISOString() },
      notices: [SAVE_NOTICES.futureDate],
    });
  });

  it('a save with an impossible date (before 2000, or not a date) is set aside', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(KEY, JSON.stringify({ ...validSave(), savedAt: '1970-01-01T00:00:00.000Z' }));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    store.setItem(KEY, JSON.stringify({ ...validSave(), savedAt: 'yesterday' }));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    store.setItem(KEY, JSON.stringify({ ...validSave(), savedAt: '2026-02-30T10:00:00.000Z' }));
    expect(persistence.saves.load('tokyo').status).toBe('set-aside');
    expect(persistence.quarantine().map((q) => q.reason)).toEqual([
      expect.stringMatching(/savedAt: Invalid date: expected a date from the year 2000 on$/),
      expect.stringMatching(/savedAt: Invalid date: expected an ISO 8601 timestamp/),
      expect.stringMatching(/savedAt: Invalid date: there is no such day$/),
    ]);
  });
});

describe('save slots: storage that fails', () => {
  it('storage that throws on read: reported as unreadable, nothing thrown', () => {
    const storage = new BrowserStorage();
    const persistence = createPersistence({ store: new LocalStorageStore(browserHost(storage)), now: clock });
    storage.failReads = true;
    expect(persistence.saves.load('tokyo')).toMatchObject({
      status: 'unreadable',
      problem: { kind: 'unavailable' },
    });
    expect(persistence.saves.write(progress())).toMatchObject({ ok: false });
    expect(persistence.saves.list()).toEqual({ saves: [], problems: [] });
  });

  it('storage that throws on write (quota): the game is told "progress will not be kept"', () => {
    const storage = new BrowserStorage();
    const persistence = createPersistence({ store: new LocalStorageStore(browserHost(storage)), now: clock });
    persistence.saves.load('tokyo');
    storage.failWrites = 'quota';
    const write = persistence.saves.write(progress());
    expect(write).toMatchObject({ ok: false, problem: { kind: 'quota' } });
    if (!write.ok) expect(write.problem.message).toMatch(/^Progress will not be kept: storage is full/);
    expect(persistence.status()).toMatchObject({ available: false, problem: { kind: 'quota' } });
    // Space freed: the next choice saves again, from the same base.
    storage.failWrites = null;
    expect(persistence.saves.write(progress())).toMatchObject({ ok: true, snapshot: { revision: 1 } });
  });

  it('private mode (SecurityError on access): status says so and every save reports it', () => {
    const persistence = createPersistence({
      store: new LocalStorageStore(browserHost('blocked')),
      now: clock,
    });
    expect(persistence.status()).toMatchObject({ available: false, problem: { kind: 'unavailable' } });
    expect(persistence.saves.load('tokyo').status).toBe('unreadable');
    expect(persistence.saves.write(progress())).toMatchObject({
      ok: false,
      problem: { kind: 'unavailable' },
    });
    expect(() => persistence.exportProfile()).not.toThrow();
  });
});

describe('save slots: size', () => {
  it('refuses to write a save over the cap, with the sizes in the reason', () => {
    const { persistence, store } = memoryPersistence(new MemoryStore(), { maxValueLength: 1000 });
    const write = persistence.saves.write(progress(Array.from({ length: 600 }, () => 1)));
    expect(write).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
    if (!write.ok) expect(write.problem.message).toMatch(/too large \(\d+ kB; the limit is 1 kB\)/);
    expect(raw(store, KEY)).toBeNull();
  });

  it('reading a 6 MB value does not crash: it is refused unparsed and set aside', () => {
    const { persistence, store } = memoryPersistence();
    seedNeighbours(store);
    const huge = `{"schema":1,"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    store.setItem(KEY, huge);
    const started = performance.now();
    const loaded = persistence.saves.load('tokyo');
    const elapsed = performance.now() - started;
    expect(loaded.status).toBe('set-aside');
    expect(persistence.quarantine()[0]).toMatchObject({ key: KEY });
    expect(persistence.quarantine()[0]!.reason).toBe(
      `too large to be a save: ${huge.length} characters, the limit is 1048576`,
    );
    expect(persistence.quarantine()[0]!.raw.length).toBe(huge.length);
    expectNeighboursIntact(store);
    expect(elapsed).toBeLessThan(1000);
  });

  it('a 6 MB value that cannot be moved (storage full) is kept in place and not overwritten', () => {
    const store = new MemoryStore({ capacity: 7 * 1024 * 1024 });
    const { persistence } = memoryPersistence(store);
    seedNeighbours(store);
    const huge = 'x'.repeat(6 * 1024 * 1024);
    store.setItem(KEY, huge);
    const loaded = persistence.saves.load('tokyo');
    expect(loaded).toMatchObject({ status: 'damaged', problem: { kind: 'damaged' } });
    expect(persistence.saves.write(progress())).toMatchObject({ ok: false, problem: { kind: 'damaged' } });
    expect(raw(store, KEY)).toBe(huge);
    expectNeighboursIntact(store);
    // After exporting it, the learner may discard it; then saving works again.
    expect(persistence.exportProfile()).toContain(huge.slice(0, 1000));
    expect(persistence.saves.discardDamaged('lagos')).toMatchObject({
      ok: false,
      problem: { kind: 'invalid' },
    });
    expect(persistence.saves.discardDamaged('tokyo')).toEqual({ ok: true });
    expectNeighboursIntact(store);
    expect(persistence.saves.write(progress()).ok).toBe(true);
  });
});

describe('save slots: two tabs', () => {
  function twoTabs() {
    const storeA = new MemoryStore();
    const storeB = storeA.openAnotherTab();
    const tabA = createPersistence({ store: storeA, tabId: 'tab-a', now: clock });
    const tabB = createPersistence({ store: storeB, tabId: 'tab-b', now: clock });
    return { storeA, tabA, tabB };
  }

  it('a second tab writing meanwhile is not overwritten: the first tab gets a conflict', () => {
    const { storeA, tabA, tabB } = twoTabs();
    tabA.saves.load('tokyo');
    tabB.saves.load('tokyo');
    expect(tabB.saves.write(progress([1])).ok).toBe(true);
    const write = tabA.saves.write(progress([0]));
    expect(write).toMatchObject({ ok: false, problem: { kind: 'conflict' } });
    if (!write.ok) expect(write.problem.message).toMatch(/open in another tab/);
    expect(JSON.parse(raw(storeA, KEY)!)).toMatchObject({ path: [1], tabId: 'tab-b', revision: 1 });
  });

  it('after a conflict, reload takes the other tab’s progress and saving works again', () => {
    const { storeA, tabA, tabB } = twoTabs();
    tabA.saves.load('tokyo');
    tabB.saves.load('tokyo');
    tabB.saves.write(progress([1]));
    expect(tabA.saves.write(progress([0])).ok).toBe(false);
    expect(tabA.saves.reload('tokyo')).toMatchObject({ status: 'found', snapshot: { path: [1] } });
    expect(tabA.saves.write(progress([1, 0]))).toMatchObject({ ok: true, snapshot: { revision: 2 } });
    // Now tab B is the stale one.
    expect(tabB.saves.write(progress([1, 1]))).toMatchObject({ ok: false, problem: { kind: 'conflict' } });
    expect(JSON.parse(raw(storeA, KEY)!)).toMatchObject({ path: [1, 0], tabId: 'tab-a' });
  });

  it('each tab hears the other’s saves through the storage event', () => {
    const { tabA, tabB } = twoTabs();
    const heard: unknown[] = [];
    const stop = tabA.onExternalChange((c) => heard.push(c));
    tabB.saves.write(progress());
    tabA.saves.write({ ...progress(), storyId: 'lagos' });
    stop();
    expect(heard).toEqual([{ kind: 'save', storyId: 'tokyo' }]);
  });

  it('a tab that never read the slot does not overwrite another tab’s save', () => {
    const { tabA, tabB } = twoTabs();
    tabB.saves.write(progress([1]));
    expect(tabA.saves.write(progress([0]))).toMatchObject({ ok: false, problem: { kind: 'conflict' } });
  });

  it('clearing is compare-and-set too', () => {
    const { storeA, tabA, tabB } = twoTabs();
    tabA.saves.load('tokyo');
    tabB.saves.write(progress([1]));
    expect(tabA.saves.clear('tokyo')).toMatchObject({ ok: false, problem: { kind: 'conflict' } });
    expect(raw(storeA, KEY)).not.toBeNull();
  });
});
