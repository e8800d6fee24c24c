/**
 * Addresses for every screen, with the real game over real stories and a browser-like history
 * (entries, an index, popstate after back and forward): Back from a scenario returns to the menu
 * with the line kept, Forward resumes it, the "← Scenarios" button goes back rather than adding an
 * entry, a reload keeps the screen and the line, and an ending's address shows that ending again.
 */
import { describe, expect, it } from 'vitest';
import { parseRoute, searchOf } from '../../../src/app/address.ts';
import { createGame } from '../../../src/app/controller.ts';
import { openRoute, startRouter, type HistoryPort } from '../../../src/app/router.ts';
import { createPersistence, MemoryStore } from '../../../src/app/persist/index.ts';
import { createGameStore } from '../../../src/app/stores/game-store.ts';
import { createStore } from 'zustand/vanilla';
import { bestPath, loadStory, settle } from './lms/helpers.ts';

class FakeWindow implements HistoryPort {
  entries: { state: unknown; url: URL }[] = [];
  index = 0;
  private listeners = new Set<() => void>();
  constructor(url: string) {
    this.entries.push({ state: null, url: new URL(url, 'https://game.example/') });
  }
  get location() {
    return this.entries[this.index]!.url;
  }
  history = {
    get state() {
      return win().entries[win().index]!.state;
    },
    pushState: (state: unknown, _: string, url: string) => {
      this.entries.splice(this.index + 1);
      this.entries.push({ state: structuredClone(state), url: new URL(url, this.location) });
      this.index++;
    },
    replaceState: (state: unknown, _: string, url: string) => {
      this.entries[this.index] = { state: structuredClone(state), url: new URL(url, this.location) };
    },
    back: () => this.go(-1),
  };
  go(delta: number) {
    const to = this.index + delta;
    if (to < 0 || to >= this.entries.length) return;
    this.index = to;
    setTimeout(() => this.listeners.forEach((l) => l()), 0); // popstate comes in a later task
  }
  addEventListener(_: 'popstate', l: () => void) {
    this.listeners.add(l);
  }
  removeEventListener(_: 'popstate', l: () => void) {
    this.listeners.delete(l);
  }
}
let current: FakeWindow;
const win = () => current;

/** A page load at `url` over `storage`: the game, its first screen, the router. */
async function open(
  url: string,
  storage: MemoryStore,
  w = new FakeWindow(url),
  dialog = createStore<{ open: boolean }>()(() => ({ open: false })),
) {
  current = w;
  const catalog = ['south-of-london', 'lost-face'].map((id) => loadStory(id).entry);
  const store = createGameStore(catalog);
  const game = createGame(store, createPersistence({ store: storage, tabId: 'tab' }));
  game.refreshRecord();
  await openRoute(game, parseRoute(w.location.search));
  const stop = startRouter(w, store, game, dialog);
  await game.whenReady();
  return { w, store, game, stop, dialog };
}

const until = async (f: () => boolean) => {
  for (let i = 0; i < 200 && !f(); i++) await settle();
  expect(f()).toBe(true);
};

describe('addresses for every screen', () => {
  it('maps routes to queries and back, keeping parameters it does not own', () => {
    for (const q of [
      '',
      '?story=lost-face',
      '?story=lost-face&at=day_two',
      '?story=x&ending',
      '?progress',
      '?module=asia',
      '?module=asia&check=after',
    ])
      expect(searchOf(parseRoute(q))).toBe(q);
    expect(searchOf(parseRoute('?lang=ja&story=x'), new URLSearchParams('lang=ja&story=y'))).toBe(
      '?story=x&lang=ja',
    );
    expect(parseRoute('?module=asia&check=sideways')).toEqual({ screen: 'module', module: 'asia' });
  });

  it('Back from a scenario returns to the menu with the line kept; Forward resumes it; reload keeps it', async () => {
    const storage = new MemoryStore();
    const { w, store, game, stop } = await open('/', storage);
    expect(store.getState().screen).toBe('menu');
    await game.start('south-of-london');
    await game.whenReady();
    expect(w.location.search).toBe('?story=south-of-london');
    expect(w.entries).toHaveLength(2);
    const path = bestPath('south-of-london').slice(0, 3);
    for (const i of path) {
      game.choose(i);
      await settle();
    }
    game.flushSaves();
    w.go(-1);
    await until(() => store.getState().screen === 'menu');
    expect(w.location.search).toBe('');
    expect(store.getState().saved).toContain('south-of-london');
    w.go(1);
    await until(() => store.getState().screen === 'play' && !!game.session);
    await game.whenReady();
    expect(store.getState().session?.path).toEqual(path);
    expect(w.location.search).toBe('?story=south-of-london');
    // "← Scenarios" goes back to the menu's entry instead of adding one.
    game.toMenu();
    await until(() => w.index === 0);
    expect(w.entries).toHaveLength(2);
    expect(store.getState().screen).toBe('menu');
    stop();

    // A reload at the scenario's address opens it at the same line.
    const again = await open('/?story=south-of-london', storage);
    await until(() => again.store.getState().session?.path.length === path.length);
    expect(again.store.getState().screen).toBe('play');
    again.stop();
  });

  it('an ending has an address: the debrief of the last attempt, shown again, not recorded again', async () => {
    const storage = new MemoryStore();
    const first = await open('/?story=south-of-london', storage);
    await until(() => !!first.game.session);
    for (const i of bestPath('south-of-london')) {
      first.game.choose(i);
      await settle();
    }
    first.game.flushSaves();
    await until(() => first.w.location.search === '?story=south-of-london&ending');
    expect(first.w.entries).toHaveLength(1); // the ending replaced the scenario's entry
    const ending = first.store.getState().session?.ending?.id;
    const attempts = first.store.getState().profile.scenarios['south-of-london']?.attempts.length;
    first.stop();

    const reload = await open('/?story=south-of-london&ending', storage);
    await until(() => !!reload.store.getState().session?.ended);
    expect(reload.store.getState().session?.ending?.id).toBe(ending);
    reload.game.flushSaves();
    expect(reload.store.getState().profile.scenarios['south-of-london']?.attempts.length).toBe(attempts);
    expect(reload.w.location.search).toBe('?story=south-of-london&ending');
    reload.stop();
  });

  it('My progress and a module have addresses; an unknown address is the menu', async () => {
    const { w, store, game, stop } = await open('/', new MemoryStore());
    game.openProfile();
    expect(w.location.search).toBe('?progress');
    game.toMenu();
    await until(() => w.index === 0);
    stop();
    const profile = await open('/?progress', new MemoryStore());
    expect(profile.store.getState().screen).toBe('profile');
    profile.stop();
    const odd = await open('/?whatever=1', new MemoryStore());
    expect(odd.store.getState().screen).toBe('menu');
    expect(odd.w.location.search).toBe('?whatever=1');
    odd.stop();
    expect(store.getState().screen).toBe('menu');
  });

  it('the settings dialog has an address over the screen: opening pushes it, Back closes it, reload reopens it', async () => {
    const storage = new MemoryStore();
    const { w, store, stop, dialog } = await open('/?story=south-of-london&lang=ja', storage);
    expect(w.entries).toHaveLength(1);
    dialog.setState({ open: true });
    expect(w.location.search).toBe('?story=south-of-london&lang=ja&settings');
    expect(w.entries).toHaveLength(2);
    // Back closes the dialog and stays on the scenario.
    w.go(-1);
    await until(() => !dialog.getState().open);
    expect(w.location.search).toBe('?story=south-of-london&lang=ja');
    expect(store.getState().screen).toBe('play');
    // Closing it (Done, Escape) goes back to the entry it was opened from: no entry left behind.
    dialog.setState({ open: true });
    expect(w.entries).toHaveLength(2);
    dialog.setState({ open: false });
    await until(() => w.index === 0);
    expect(w.location.search).toBe('?story=south-of-london&lang=ja');
    // Reload with the dialog open: the screen and the dialog come back.
    dialog.setState({ open: true });
    stop();
    const again = await open(`/${w.location.search}`, storage);
    expect(again.dialog.getState().open).toBe(true);
    expect(again.store.getState().screen).toBe('play');
    expect(again.w.location.search).toBe('?story=south-of-london&lang=ja&settings');
    // Closed where nothing was pushed (the reloaded page): the address drops `settings` in place.
    again.dialog.setState({ open: false });
    expect(again.w.location.search).toBe('?story=south-of-london&lang=ja');
    expect(again.w.entries).toHaveLength(1);
    again.stop();
  });
});
