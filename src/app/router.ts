/**
 * The browser's history follows the game, and the game follows the browser's history: each screen
 * the game shows gets its address (address.ts), Back and Forward open the screen of the address
 * they reach, and a page opened at an address (a reload, a bookmark, a trainer's link) opens its
 * screen. The History API only — no reloads between screens, no router library for six routes.
 *
 * Moving on: a new screen is a new history entry; the same page changing (a scenario reaching its
 * ending, play again) replaces the entry; and returning to the screen the learner came from (the
 * "← Scenarios" button) goes back in history instead of adding an entry, so Back never walks the
 * learner round in circles and never leaves the game from a scenario opened from the menu.
 */
import type { Game } from './controller.ts';
import {
  parseRoute,
  routeOf,
  samePage,
  searchOf,
  searchWithSettings,
  settingsOpenIn,
  type Route,
} from './address.ts';
import type { GameState, GameStore } from './stores/game-store.ts';
import type { StoreApi } from 'zustand/vanilla';

/** What the router needs of the window (a test passes its own). */
export interface HistoryPort {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
    back(): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** What each history entry of ours carries: its place in our entries and where it was reached from. */
interface Entry {
  rapport: 1;
  index: number;
  /** The address of the entry before this one (where "back to it" means history.back()). */
  from: string | null;
  /** Pushed by opening the settings dialog: closing it goes back. */
  dialog?: true;
}

const isEntry = (x: unknown): x is Entry =>
  !!x && typeof x === 'object' && (x as Entry).rapport === 1 && typeof (x as Entry).index === 'number';

/** Open the screen of a route. */
export function openRoute(game: Game, route: Route): Promise<void> | void {
  switch (route.screen) {
    case 'menu':
      return game.toMenu();
    case 'play':
      return game.start(route.story, route.at ? { startAt: route.at } : {});
    case 'ending':
      return game.review(route.story);
    case 'profile':
      return game.openProfile();
    case 'module':
      return game.openModule(route.module);
    case 'check':
      return game.openCheck(route.module, route.phase);
  }
}

/**
 * Keep the address and the screen together from now on. The caller has opened the page's first
 * screen (`openRoute(game, parseRoute(location.search))`). Returns a function that stops.
 *
 * `dialog`, when given, is the settings dialog's open state (SettingsStore.dialog): opening it
 * pushes the same address with `&settings`, Back closes it, closing it goes back to the entry it
 * was opened from, and a page opened at such an address opens it.
 */
export function startRouter(
  win: HistoryPort,
  store: GameStore,
  game: Game,
  dialog?: StoreApi<{ open: boolean }>,
): () => void {
  const keep = () => new URLSearchParams(win.location.search);
  const url = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  const here = () => searchOf(parseRoute(win.location.search), keep());
  /** `at` belongs to the scenario it was opened with (a jump-in), until another one opens. */
  let jumpIn = ((r) => (r.screen === 'play' && r.at ? { story: r.story, at: r.at } : null))(
    parseRoute(win.location.search),
  );
  const entry = (): Entry =>
    isEntry(win.history.state) ? win.history.state : { rapport: 1, index: 0, from: null };
  if (!isEntry(win.history.state))
    win.history.replaceState(
      entry(),
      '',
      url(searchWithSettings(here(), settingsOpenIn(win.location.search))),
    );

  const follow = (state: GameState) => {
    if (state.problem && state.screen === 'loading') return; // nothing opened: keep the address asked for
    const story = state.current?.id;
    const route = routeOf(state, story && jumpIn?.story === story ? jumpIn.at : undefined);
    if (!route) return;
    if (jumpIn && story !== jumpIn.story && route.screen !== 'menu') jumpIn = null;
    const next = searchOf(route, keep());
    const now = here();
    if (next === now) return;
    const current = entry();
    if (current.from === next && current.index > 0) return win.history.back();
    if (samePage(parseRoute(now), route)) return win.history.replaceState(current, '', url(next));
    win.history.pushState({ rapport: 1, index: current.index + 1, from: now } satisfies Entry, '', url(next));
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.screen !== previous.screen ||
      state.current !== previous.current ||
      state.moduleId !== previous.moduleId ||
      state.checkPhase !== previous.checkPhase ||
      !!state.session?.ended !== !!previous.session?.ended ||
      state.problem !== previous.problem
    )
      follow(state);
  });

  const onPop = () => {
    const route = parseRoute(win.location.search);
    const state = store.getState();
    const shown = routeOf(state, jumpIn?.at);
    if (shown && searchOf(shown) === searchOf(route)) return;
    if (route.screen === 'play' && route.at) jumpIn = { story: route.story, at: route.at };
    void openRoute(game, route);
  };
  win.addEventListener('popstate', onPop);

  // The settings dialog: its own history entry over the screen's.
  const followDialog = ({ open }: { open: boolean }) => {
    const search = win.location.search;
    if (open === settingsOpenIn(search)) return;
    const current = entry();
    if (open)
      return win.history.pushState(
        { rapport: 1, index: current.index + 1, from: search, dialog: true } satisfies Entry,
        '',
        url(searchWithSettings(search, true)),
      );
    if (current.dialog && current.from === searchWithSettings(search, false)) return win.history.back();
    win.history.replaceState(current, '', url(searchWithSettings(search, false)));
  };
  const popDialog = () => {
    const open = settingsOpenIn(win.location.search);
    if (dialog && dialog.getState().open !== open) dialog.setState({ open });
  };
  const unsubscribeDialog = dialog?.subscribe(followDialog);
  if (dialog) {
    win.addEventListener('popstate', popDialog);
    popDialog(); // a page opened (or reloaded) with the dialog open
  }
  return () => {
    unsubscribe();
    unsubscribeDialog?.();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('popstate', popDialog);
  };
}
