import { describe, expect, it } from 'vitest';
import {
  createPersistence,
  LocalStorageStore,
  MemoryStore,
  scenarioOf,
  type AttemptInput,
} from '../../../../src/app/persist/index.ts';
import { PROFILE_KEY, saveKey } from '../../../../src/app/persist/keys.ts';
import { BrowserStorage, browserHost, clock, memoryPersistence, NOW, raw } from './helpers.ts';

const attempt = (over: Partial<AttemptInput> = {}): AttemptInput => ({
  date: '2026-02-10T12:00:00.000Z',
  ending: 'calm',
  endingTitle: 'A calm way forward',
  score: 72,
  rapport: 64,
  trust: 58,
  path: [0, 1],
  ...over,
});

const storedAttempt = (score: unknown, date = '2026-02-01T00:00:00.000Z') => ({
  date,
  ending: 'calm',
  endingTitle: 'Calm',
  score,
  rapport: 50,
  trust: 50,
  path: [0],
});

const storedProfile = (attempts: unknown[]) => ({
  schema: 1,
  scenarios: { tokyo: { attempts, bestScore: null, endingsFound: ['calm'], choiceSourcesFound: [] } },
});

describe('learner record in storage', () => {
  it('an attempt recorded is read back by a new page', () => {
    const { persistence, store } = memoryPersistence();
    const result = persistence.record.recordAttempt('tokyo', attempt());
    expect(result).toMatchObject({ ok: true, kept: true, problems: [] });
    const reopened = createPersistence({ store, tabId: 'tab-b', now: clock });
    const { profile, problems } = reopened.record.load();
    expect(problems).toEqual([]);
    expect(scenarioOf(profile, 'tokyo')).toMatchObject({ bestScore: 72, endingsFound: ['calm'] });
  });

  it('an attempt with bad values is refused as a bug and nothing is recorded', () => {
    const { persistence, store } = memoryPersistence();
    const result = persistence.record.recordAttempt('tokyo', attempt({ score: Number.NaN }));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(raw(store, PROFILE_KEY)).toBeNull();
  });

  for (const [name, bad] of [
    ['250', '250'],
    ['−5', '-5'],
    ['1e309', '1e309'],
  ] as const) {
    it(`a stored score of ${name} drops only that attempt; the original is set aside first`, () => {
      const { persistence, store } = memoryPersistence();
      store.setItem(saveKey('tokyo'), '{"kept":"as is"}');
      const text = JSON.stringify(
        storedProfile([storedAttempt(40), storedAttempt(0, '2026-02-02T00:00:00.000Z')]),
      )
        // Write the bad number as JSON text, as a tampered or corrupted file would hold it.
        .replace('"score":0', `"score":${bad}`);
      store.setItem(PROFILE_KEY, text);
      const { profile, problems } = persistence.record.load();
      expect(scenarioOf(profile, 'tokyo').attempts.map((a) => a.score)).toEqual([40]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.kind).toBe('damaged');
      const [aside] = persistence.quarantine();
      expect(aside).toMatchObject({ key: PROFILE_KEY, raw: text });
      expect(aside!.reason).toMatch(/scenarios\["tokyo"\]\.attempts\[1\]\.score/);
      // The cleaned profile replaced it; the save key was not touched.
      expect(JSON.parse(raw(store, PROFILE_KEY)!).scenarios.tokyo.attempts).toHaveLength(1);
      expect(raw(store, saveKey('tokyo'))).toBe('{"kept":"as is"}');
      // Loading again finds nothing more to set aside.
      expect(persistence.record.load().problems).toEqual([]);
      expect(persistence.quarantine()).toHaveLength(1);
    });
  }

  it('a profile holding the text NaN is not JSON: set aside whole, and recording starts afresh', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(PROFILE_KEY, '{"schema":1,"scenarios":{"tokyo":{"attempts":[{"score":NaN}]}}}');
    const { problems } = persistence.record.load();
    expect(problems[0]!.kind).toBe('damaged');
    expect(persistence.quarantine()[0]!.reason).toMatch(/not JSON/);
    expect(persistence.record.recordAttempt('tokyo', attempt())).toMatchObject({ ok: true, kept: true });
  });

  for (const [name, value] of [
    ['an empty string', ''],
    ['"undefined"', 'undefined'],
    ['"{"', '{'],
    ['"null"', 'null'],
  ] as const) {
    it(`a profile that is ${name} is set aside and reported`, () => {
      const { persistence, store } = memoryPersistence();
      store.setItem(PROFILE_KEY, value);
      expect(persistence.record.load().problems).toMatchObject([{ kind: 'damaged' }]);
      expect(persistence.quarantine()).toMatchObject([{ key: PROFILE_KEY, raw: value }]);
      expect(raw(store, PROFILE_KEY)).toBeNull();
    });
  }

  it('a damaged profile that cannot be moved is kept in place, exported, and can then be discarded', () => {
    const store = new MemoryStore({ capacity: 3000 });
    const { persistence } = memoryPersistence(store);
    const damaged = `{"schema":1,"scenarios":${'['.repeat(1800)}`;
    store.setItem(PROFILE_KEY, damaged);
    const result = persistence.record.recordAttempt('tokyo', attempt());
    expect(result).toMatchObject({ ok: true, kept: false, problems: [{ kind: 'damaged' }] });
    expect(raw(store, PROFILE_KEY)).toBe(damaged);
    expect(JSON.parse(persistence.exportProfile()).quarantine).toMatchObject([
      { key: PROFILE_KEY, raw: damaged, reason: expect.stringMatching(/could not be set aside/) },
    ]);
    expect(persistence.record.discardDamaged()).toEqual({ ok: true });
    // The attempt held in memory is written once the way is clear.
    expect(persistence.record.load().problems).toEqual([]);
    expect(JSON.parse(raw(store, PROFILE_KEY)!).scenarios.tokyo.attempts).toHaveLength(1);
    expect(persistence.record.discardDamaged()).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
  });

  it('attempts dated in the future are shown as now, with a notice', () => {
    const { persistence, store } = memoryPersistence();
    store.setItem(
      PROFILE_KEY,
      JSON.stringify(storedProfile([storedAttempt(50, '2031-05-05T00:00:00.000Z')])),
    );
    const { profile, notices } = persistence.record.load();
    expect(scenarioOf(profile, 'tokyo').attempts[0]!.date).toBe(NOW.toISOString());
    expect(notices[0]).toMatch(/dated in the future/);
  });

  it('a profile from a newer version is left untouched; attempts are kept for this page only', () => {
    const { persistence, store } = memoryPersistence();
    const newer = '{"schema":7,"scenarios":{}}';
    store.setItem(PROFILE_KEY, newer);
    const result = persistence.record.recordAttempt('tokyo', attempt());
    expect(result).toMatchObject({ ok: true, kept: false, problems: [{ kind: 'newer-version' }] });
    if (result.ok) expect(scenarioOf(result.profile, 'tokyo').attempts).toHaveLength(1);
    expect(raw(store, PROFILE_KEY)).toBe(newer);
  });

  it('storage that throws on write: the attempt lives in memory, and is written when storage recovers', () => {
    const storage = new BrowserStorage();
    const persistence = createPersistence({ store: new LocalStorageStore(browserHost(storage)), now: clock });
    storage.failWrites = 'quota';
    const result = persistence.record.recordAttempt('tokyo', attempt());
    expect(result).toMatchObject({ ok: true, kept: false, problems: [{ kind: 'quota' }] });
    expect(scenarioOf(persistence.record.load().profile, 'tokyo').attempts).toHaveLength(1);
    storage.failWrites = null;
    expect(persistence.record.load().problems).toEqual([]);
    expect(JSON.parse(storage.data.get(PROFILE_KEY)!).scenarios.tokyo.attempts).toHaveLength(1);
  });

  it('storage that throws on read: the record works from memory and says so', () => {
    const storage = new BrowserStorage();
    const persistence = createPersistence({ store: new LocalStorageStore(browserHost(storage)), now: clock });
    storage.failReads = true;
    const result = persistence.record.recordAttempt('tokyo', attempt());
    expect(result).toMatchObject({ ok: true, kept: false, problems: [{ kind: 'unavailable' }] });
  });

  it('a second tab recording meanwhile: both tabs’ attempts are kept', () => {
    const storeA = new MemoryStore();
    const tabA = createPersistence({ store: storeA, tabId: 'tab-a', now: clock });
    const tabB = createPersistence({ store: storeA.openAnotherTab(), tabId: 'tab-b', now: clock });
    tabA.record.load();
    tabB.record.load();
    tabA.record.recordAttempt('tokyo', attempt({ score: 10 }));
    tabB.record.recordAttempt('lagos', attempt({ score: 20 }));
    tabA.record.recordAttempt('tokyo', attempt({ score: 30, date: '2026-02-11T12:00:00.000Z' }));
    const stored = JSON.parse(raw(storeA, PROFILE_KEY)!);
    expect(stored.scenarios.tokyo.attempts.map((a: { score: number }) => a.score)).toEqual([10, 30]);
    expect(stored.scenarios.lagos.attempts.map((a: { score: number }) => a.score)).toEqual([20]);
  });

  it('a profile over the size cap is not written, and the reason says so', () => {
    const { persistence } = memoryPersistence(new MemoryStore(), { maxValueLength: 300 });
    const result = persistence.record.recordAttempt(
      'tokyo',
      attempt({ path: Array.from({ length: 100 }, () => 1) }),
    );
    expect(result).toMatchObject({ ok: true, kept: false, problems: [{ kind: 'too-large' }] });
  });
});
