/**
 * The game's view state as a zustand vanilla store: which screen, the catalog, the current
 * play-through's view. The page and the stage subscribe to it; only the game controller writes it.
 * It never calls ink or the model.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CatalogEntry } from '../story/catalog.ts';
import type { SessionView } from '../session/types.ts';

export interface ProblemReport {
  /** What went wrong, in a sentence. */
  title: string;
  /** The cause, with file/line where known. */
  detail: string;
  /** What to do about it. */
  fix: string;
}

export interface GameState {
  screen: 'menu' | 'loading' | 'play';
  catalog: CatalogEntry[];
  /** The story being played (menu data), when a screen other than the menu is shown. */
  current: CatalogEntry | null;
  session: SessionView | null;
  /** Changes whenever a new play-through starts (a restart, a replay): views start afresh. */
  runId: number;
  problem: ProblemReport | null;
}

export type GameStore = StoreApi<GameState>;

export function createGameStore(catalog: CatalogEntry[]): GameStore {
  return createStore<GameState>()(() => ({
    screen: 'menu',
    catalog,
    current: null,
    session: null,
    runId: 0,
    problem: null,
  }));
}
