/**
 * The controller's record keeper (src/app/keeper.ts): a choice is saved once its answer is painted,
 * a finished attempt is recorded once, and storage that refuses or holds something broken becomes
 * a notice that names the cause — never a silent loss.
 */
import { describe, expect, it, vi } from 'vitest';
import { createKeeper } from '../../../src/app/keeper.ts';
import { restoreSession } from '../../../src/app/persist/restore.ts';
import { saveKey } from '../../../src/app/persist/keys.ts';
import { persistenceLater } from '../../../src/app/persist/later.ts';
import { createPersistence, LocalStorageStore, MemoryStore } from '../../../src/app/persist/index.ts';
import { createGameStore } from '../../../src/app/stores/game-store.ts';
import { Session } from '../../../src/core/session/session.ts';
import { parseInkJson } from '../../../src/core/story/ink-json.ts';
import { compiledFixture } from '../core/story/helpers.ts';
import { BrowserStorage, browserHost } from './persist/helpers.ts';

const story = { id: 'session', hash: 'h', json: parseInkJson(compiledFixture('session.ink')) };
const engine = { restoreSession, Session };

/** A keeper whose "next paint" happens when the test says so. */
function setup(storage = new MemoryStore() as MemoryStore | LocalStorageStore) {
  const store = createGameStore([]);
  const persistence = createPersistence({ store: storage, tabId: 'tab' });
  let paint: () => void = () => {};
  const nextFrame = () => new Promise<void>((resolve) => (paint = resolve));
  const keeper = createKeeper(store, persistence, nextFrame);
  const painted = async () => {
    paint();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { store, persistence, keeper, painted };
}

describe('the record keeper', () => {
  it('saves a choice once its answer is painted; flush writes what still waits', async () => {
    const { persistence, keeper, painted } = setup();
    const s = new Session(story);
    s.choose(0);
    keeper.afterChoice(s);
    expect(persistence.saves.load('session').status).toBe('none'); // not in the press's frame
    await painted();
    const loaded = persistence.saves.load('session');
    expect(loaded.status === 'found' && loaded.snapshot.path).toEqual([0]);
    const other = setup();
    other.keeper.afterChoice(s);
    other.keeper.flush(); // pagehide before the paint
    const flushed = other.persistence.saves.load('session');
    expect(flushed.status === 'found' && flushed.snapshot.path).toEqual([0]);
  });

  it('reads the record again without touching the store when nothing in it changed', async () => {
    const { store, keeper, painted } = setup();
    const changes: string[] = [];
    store.subscribe((st, before) => {
      if (st.profile !== before.profile) changes.push('profile');
      if (st.saved !== before.saved) changes.push('saved');
    });
    await keeper.refreshRecord(); // a new learner: an empty record, read for the first time
    await keeper.refreshRecord();
    expect(changes).toEqual([]);
    const s = new Session(story);
    s.choose(0);
    keeper.afterChoice(s);
    await painted();
    await keeper.refreshRecord(); // a save: the list changes, the profile does not
    expect(changes).toEqual(['saved']);
    expect(store.getState().saved).toEqual(['session']);
    while (!s.current.ended) s.choose(0);
    keeper.finished(s); // an attempt recorded and its save dropped: both change
    await painted();
    await keeper.refreshRecord();
    expect(changes.slice(1).sort()).toEqual(['profile', 'saved']);
    expect(store.getState().profile.scenarios).toHaveProperty('session');
  });

  it('records a finished attempt once, and drops its save', async () => {
    const { store, persistence, keeper, painted } = setup();
    const s = new Session(story);
    keeper.save(s);
    while (!s.current.ended) s.choose(0);
    keeper.finished(s);
    keeper.finished(s); // a second report of the same ending is not a second attempt
    await painted();
    expect(store.getState().profile.scenarios['session']?.attempts).toHaveLength(1);
    expect(persistence.saves.load('session').status).toBe('none');
  });

  it('says so when storage is full, naming the cause', () => {
    const storage = new BrowserStorage();
    storage.failWrites = 'quota';
    const { store, keeper } = setup(new LocalStorageStore(browserHost(storage)));
    keeper.save(new Session(story));
    expect(store.getState().notice).toMatchObject({ kind: 'warning' });
    expect(store.getState().notice!.text).toMatch(/full|space|quota/i);
  });

  it('sets a broken save aside with a notice and starts fresh; resumes a good one', async () => {
    const memory = new MemoryStore();
    const { store, persistence, keeper } = setup(memory);
    memory.setItem(saveKey('session'), '{');
    expect(keeper.resume(engine, story, {}, await keeper.load('session'))).toBeNull();
    expect(store.getState().notice?.text).toMatch(/set aside/);
    expect(persistence.quarantine()).toHaveLength(1);

    const s = new Session(story);
    s.choose(0);
    keeper.save(s);
    const resumed = keeper.resume(engine, story, {}, await keeper.load('session'));
    expect(resumed?.current.path).toEqual([0]);
    expect(store.getState().notice).toMatchObject({ kind: 'info', actions: ['restart', 'dismiss'] });
  });

  it('refuses an import that is not a profile, saying why, and keeps the record', async () => {
    const { store, keeper } = setup();
    await keeper.importProfile('this is not a profile');
    expect(store.getState().notice).toMatchObject({ kind: 'warning' });
    expect(store.getState().notice!.text.length).toBeGreaterThan(20);
    expect(store.getState().profile.scenarios).toEqual({});
  });

  describe('with persistence that loads later (the first line does not wait for it)', () => {
    function lazy(memory = new MemoryStore()) {
      const store = createGameStore([]);
      let loads = 0;
      const source = persistenceLater(memory, () => {
        loads++;
        return Promise.resolve(createPersistence({ store: memory, tabId: 'tab' }));
      });
      const keeper = createKeeper(store, source, () => Promise.resolve());
      return { store, keeper, memory, loads: () => loads };
    }

    it('answers "no save" without loading it when storage holds none for the story', async () => {
      const { keeper, loads } = lazy();
      expect(await keeper.load('session')).toBeNull();
      await keeper.clear('session');
      expect(loads()).toBe(0);
      keeper.warnIfUnsaved();
      expect(loads()).toBe(0);
    });

    it('loads it to read a save that is there, and resumes it', async () => {
      const memory = new MemoryStore();
      const s = new Session(story);
      s.choose(0);
      createKeeper(createGameStore([]), createPersistence({ store: memory }), () => Promise.resolve()).save(
        s,
      );
      const { keeper, loads } = lazy(memory);
      const loaded = await keeper.load('session');
      expect(loads()).toBe(1);
      expect(keeper.resume(engine, story, {}, loaded)?.current.path).toEqual([0]);
    });

    it('keeps a save asked for before it loaded, and the record read for the menu', async () => {
      const { store, keeper, memory, loads } = lazy();
      const s = new Session(story);
      s.choose(0);
      keeper.save(s);
      keeper.refreshRecord();
      await keeper.ready();
      await Promise.resolve();
      expect(loads()).toBe(1);
      expect(memory.getItem(saveKey('session'))).toMatchObject({
        ok: true,
        value: expect.stringContaining('session'),
      });
      expect(store.getState().saved).toEqual(['session']);
    });

    it('says so, with the cause, when the persistence code does not load', async () => {
      const store = createGameStore([]);
      const source = persistenceLater(new MemoryStore(), () => Promise.reject(new Error('chunk failed')));
      const keeper = createKeeper(store, source, () => Promise.resolve());
      keeper.refreshRecord();
      // The import is tried a task later (persistenceLater yields first): wait for its answer, not
      // for one timer, which a busy machine can run before that task.
      await vi.waitFor(() => expect(store.getState().notice).not.toBeNull());
      expect(store.getState().notice).toMatchObject({
        text: expect.stringMatching(/did not load.*Reload.*chunk failed/),
        words: { key: 'problem.storage.notLoaded' },
        detail: 'Error: chunk failed',
      });
    });
  });
});
