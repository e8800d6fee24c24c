import { describe, expect, it } from 'vitest';
import {
  createPersistence,
  MemoryStore,
  scenarioOf,
  type AttemptInput,
} from '../../../../src/app/persist/index.ts';
import { PROFILE_KEY, saveKey } from '../../../../src/app/persist/keys.ts';
import { MAX_IMPORT_LENGTH } from '../../../../src/app/persist/transfer.ts';
import { clock, memoryPersistence, NOW, raw } from './helpers.ts';

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

/** A profile with an attempt, a save, a quarantined item and a save from a newer version. */
function populated() {
  const { persistence, store } = memoryPersistence();
  persistence.record.recordAttempt('tokyo', attempt());
  persistence.saves.write({ storyId: 'tokyo', contentHash: 'h1', path: [1] });
  store.setItem(saveKey('lagos'), '{');
  persistence.saves.load('lagos');
  store.setItem(saveKey('cairo'), '{"schema":3,"storyId":"cairo"}');
  return { persistence, store };
}

const snapshotOf = (store: MemoryStore) => new Map(store.keys().map((k) => [k, raw(store, k)]));

describe('export', () => {
  it('carries the schema version, the date, the profile, the saves and everything set aside', () => {
    const { persistence } = populated();
    const file = JSON.parse(persistence.exportProfile());
    expect(file).toMatchObject({ format: 'rapport-profile', schema: 1, exportedAt: NOW.toISOString() });
    expect(file.profile.scenarios.tokyo.attempts).toHaveLength(1);
    expect(file.saves).toMatchObject([{ storyId: 'tokyo', path: [1] }]);
    expect(file.quarantine).toMatchObject([
      { key: saveKey('lagos'), raw: '{' },
      {
        key: saveKey('cairo'),
        raw: '{"schema":3,"storyId":"cairo"}',
        reason: expect.stringMatching(/newer version/),
      },
    ]);
  });

  it('round-trips: importing an export into an empty browser restores profile, saves and quarantine', () => {
    const { persistence } = populated();
    const text = persistence.exportProfile();
    const fresh = createPersistence({ store: new MemoryStore(), tabId: 'tab-new', now: clock });
    const result = fresh.importProfile(text);
    expect(result).toEqual({
      ok: true,
      summary: {
        attemptsAdded: 1,
        savesAdded: ['tokyo'],
        savesKeptLocal: [],
        quarantineAdded: 2,
        problems: [],
      },
    });
    expect(fresh.record.load().profile).toEqual(persistence.record.load().profile);
    expect(fresh.saves.load('tokyo')).toMatchObject({
      status: 'found',
      snapshot: { path: [1], contentHash: 'h1' },
    });
    expect(fresh.quarantine().map((q) => q.raw)).toEqual(
      persistence
        .quarantine()
        .map((q) => q.raw)
        .concat(['{"schema":3,"storyId":"cairo"}']),
    );
  });
});

describe('import merges, never wipes', () => {
  it('adds the file’s attempts to the local ones; importing twice adds nothing more', () => {
    const { persistence: other } = memoryPersistence();
    other.record.recordAttempt('tokyo', attempt({ score: 90, date: '2026-01-01T00:00:00.000Z' }));
    other.record.recordAttempt('lagos', attempt({ score: 40 }));
    const text = other.exportProfile();
    const { persistence } = memoryPersistence();
    persistence.record.recordAttempt('tokyo', attempt({ score: 20 }));
    expect(persistence.importProfile(text)).toMatchObject({ ok: true, summary: { attemptsAdded: 2 } });
    expect(persistence.importProfile(text)).toMatchObject({
      ok: true,
      summary: { attemptsAdded: 0, quarantineAdded: 0 },
    });
    const profile = persistence.record.load().profile;
    expect(scenarioOf(profile, 'tokyo').attempts.map((a) => a.score)).toEqual([90, 20]);
    expect(scenarioOf(profile, 'tokyo').bestScore).toBe(90);
    expect(scenarioOf(profile, 'lagos').attempts).toHaveLength(1);
  });

  it('keeps a local save that is more recent than the file’s, and takes the file’s when it is newer', () => {
    let earlyClock = new Date('2026-01-01T00:00:00Z');
    const early = createPersistence({ store: new MemoryStore(), now: () => earlyClock });
    early.saves.write({ storyId: 'tokyo', contentHash: 'h', path: [0] });
    early.saves.write({ storyId: 'lagos', contentHash: 'h', path: [0] });
    const late = createPersistence({ store: new MemoryStore(), now: () => new Date('2026-02-01T00:00:00Z') });
    late.saves.write({ storyId: 'tokyo', contentHash: 'h', path: [1, 1] });
    const result = late.importProfile(early.exportProfile());
    expect(result).toMatchObject({ ok: true, summary: { savesAdded: ['lagos'], savesKeptLocal: ['tokyo'] } });
    earlyClock = new Date('2026-03-01T00:00:00Z');
    expect(early.importProfile(late.exportProfile())).toMatchObject({
      ok: true,
      summary: { savesAdded: ['tokyo'] },
    });
    expect(early.saves.reload('tokyo')).toMatchObject({ status: 'found', snapshot: { path: [1, 1] } });
  });

  it('clamps future dates in an imported file to now', () => {
    const { persistence: other } = memoryPersistence(new MemoryStore(), {
      now: () => new Date('2030-01-01T00:00:00Z'),
    });
    other.record.recordAttempt('tokyo', attempt({ date: '2029-12-31T00:00:00.000Z' }));
    const { persistence } = memoryPersistence();
    persistence.importProfile(other.exportProfile());
    expect(scenarioOf(persistence.record.load().profile, 'tokyo').attempts[0]!.date).toBe(NOW.toISOString());
  });
});

describe('import validates and says exactly what is wrong', () => {
  function rejected(text: string) {
    const { persistence, store } = populated();
    const before = snapshotOf(store);
    const result = persistence.importProfile(text);
    expect(result.ok).toBe(false);
    expect(snapshotOf(store)).toEqual(before);
    if (result.ok) throw new Error('unreachable');
    return result;
  }
  const valid = () => JSON.parse(populated().persistence.exportProfile());

  it('an empty file', () => expect(rejected('').message).toBe('The file is empty.'));
  it('the text "undefined"', () => expect(rejected('undefined').message).toMatch(/not valid JSON/));
  it('a cut-off "{"', () => expect(rejected('{').errors[0]).toMatch(/^\(file\): /));
  it('the text "null"', () =>
    expect(rejected('null').errors).toEqual(['format: expected "rapport-profile", found null']));
  it('another program’s JSON', () =>
    expect(rejected('{"a":1}').message).toBe('The file is not a Rapport profile export.'));

  it('a file from a newer version of Rapport', () => {
    expect(rejected(JSON.stringify({ ...valid(), schema: 2 })).message).toMatch(/newer version of Rapport/);
  });

  for (const [name, score, message] of [
    ['250', '250', 'Expected <=100 but received 250'],
    ['−5', '-5', 'Expected >=0 but received -5'],
    ['1e309', '1e309', 'Invalid finite'],
  ] as const) {
    it(`a score of ${name} is named by its path in the file`, () => {
      const text = JSON.stringify(valid()).replace('"score":72', `"score":${score}`);
      const result = rejected(text);
      expect(result.errors.join('\n')).toContain('profile.scenarios.tokyo.attempts[0].score:');
      expect(result.errors.join('\n')).toContain(message);
    });
  }

  it('an old or broken save inside the file is named by its path', () => {
    const file = valid();
    file.saves[0].savedAt = 'last tuesday';
    file.saves[0].path = [0, 'one'];
    expect(rejected(JSON.stringify(file)).errors).toEqual([
      expect.stringMatching(/^saves\[0\]\.path\[1\]: Invalid type: Expected number/),
      expect.stringMatching(/^saves\[0\]\.savedAt: Invalid date/),
    ]);
  });

  it('a file over the import size limit is refused before parsing', () => {
    expect(rejected(' '.repeat(MAX_IMPORT_LENGTH + 1)).message).toMatch(/too large/);
  });

  it('a valid file imported into unavailable storage reports what was not kept', () => {
    const text = populated().persistence.exportProfile();
    const failing = new MemoryStore({ capacity: 10 });
    const persistence = createPersistence({ store: failing, now: clock });
    const result = persistence.importProfile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.summary.problems.map((p) => p.kind)).toContain('quota');
    expect(raw(failing, PROFILE_KEY)).toBeNull();
  });
});
