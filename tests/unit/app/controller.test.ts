/**
 * The game controller (src/app/controller.ts) is the only writer of the game store: a story opened,
 * a choice, an ending, a problem or a notice from anywhere on the page all go through it.
 */
import { describe, expect, it } from 'vitest';
import { readCatalogEntry } from '../../../build/ink/catalog-entry.ts';
import { compileInkFile } from '../../../build/ink/compile.ts';
import type { CatalogEntry } from '../../../src/app/catalog.ts';
import { createGame } from '../../../src/app/controller.ts';
import { createPersistence, MemoryStore } from '../../../src/app/persist/index.ts';
import { createGameStore } from '../../../src/app/stores/game-store.ts';
import { parseInkJson } from '../../../src/core/story/ink-json.ts';
import { fixture } from '../core/story/helpers.ts';

function game() {
  const result = compileInkFile(fixture('session.ink'));
  const story = { id: 'session', hash: 'h', json: parseInkJson(result.json!) };
  const entry: CatalogEntry = { ...readCatalogEntry('session', result), load: async () => story };
  const store = createGameStore([entry]);
  const persistence = createPersistence({ store: new MemoryStore(), tabId: 'test-tab' });
  return { store, game: createGame(store, persistence) };
}

describe('the game controller', () => {
  it('opens a story, takes a choice, reaches an ending and records it — all through the store', async () => {
    const { store, game: g } = game();
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.screen));
    await g.start('session');
    expect(store.getState()).toMatchObject({ screen: 'play', current: { id: 'session' } });
    let steps = 0;
    while (!store.getState().session!.ended && steps++ < 20) g.choose(0);
    const view = store.getState().session!;
    expect(view.ended).toBe(true);
    expect(view.path.length).toBe(steps);
    g.flushSaves();
    g.toMenu();
    expect(store.getState()).toMatchObject({ screen: 'menu', session: null });
    expect(store.getState().profile.scenarios['session']?.attempts).toHaveLength(1);
    expect(seen).toContain('play');
  });

  it('shows problems and notices that other parts of the page report, and clears a notice', () => {
    const { store, game: g } = game();
    const problem = { title: 'This page could not load', detail: 'chunk refused', fix: 'Reload the page.' };
    g.report(problem);
    expect(store.getState().problem).toEqual(problem);
    g.notify({ kind: 'info', text: 'A new version is ready.', actions: ['update', 'dismiss'] });
    expect(store.getState().notice?.text).toBe('A new version is ready.');
    g.dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('ignores a stale key press for a choice that is no longer offered', async () => {
    const { store, game: g } = game();
    await g.start('session');
    const before = store.getState().session;
    expect(g.choose(99)).toBe(false); // not taken: the page offers its choices again
    expect(store.getState().session).toBe(before);
    expect(store.getState().problem).toBeNull();
    expect(g.choose(0)).toBe(true);
    expect(store.getState().session!.path).toEqual([0]);
  });
});
