/**
 * The game's view state as a zustand vanilla store: which screen, the catalog, the current
 * play-through's view. The page and the stage subscribe to it; only the game controller writes it.
 * It never calls ink or the model.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CatalogEntry } from '../catalog.ts';
import type { SessionView } from '../../core/session/types.ts';
import type { ModuleDefinition } from '../../core/modules/module.ts';
import type { CheckPhase, ModuleChecks } from '../../core/modules/checks.ts';
import { emptyProfile, type Profile } from '../persist/profile-read.ts';
import type { MessageKey } from '../../l10n/en.ts';
import type { MessageParams } from '../../l10n/types.ts';

/**
 * Words for the page to say in the learner's language: a message of src/l10n/en.ts and its values.
 * The English `text`, `title` or `fix` beside them is what a log shows, and what the page says
 * before the messages have loaded.
 */
export interface Words {
  key: MessageKey;
  params?: MessageParams;
}

export interface ProblemReport {
  /** What went wrong, in a sentence. */
  title: string;
  /** The cause, with file/line where known (never translated: it is for a bug report). */
  detail: string;
  /** What to do about it. */
  fix: string;
  /** `title` and `fix` in the learner's language. */
  words?: { title: Words; fix: Words };
}

/** A non-blocking message over the page: progress resumed, storage refused, another tab. */
export interface Notice {
  kind: 'info' | 'warning';
  text: string;
  /** `text` in the learner's language. */
  words?: Words;
  /** A technical cause, said after `words` as it is (in English: it is for a bug report). */
  detail?: string;
  /** Buttons to offer: start over, load the other tab's progress, or just close. */
  actions: ('restart' | 'reload' | 'update' | 'dismiss')[];
  /** What 'update' does (apply a new deployment). */
  update?: () => void;
}

export interface GameState {
  screen: 'menu' | 'loading' | 'play' | 'profile' | 'module' | 'check';
  catalog: CatalogEntry[];
  modules: ModuleDefinition[];
  /** Per module that has situational-judgement checks, a loader of its items (lazy: not in the first screen's code). */
  checks: Readonly<Record<string, ChecksLoader>>;
  /** The module whose summary (screen 'module') or check (screen 'check') is shown. */
  moduleId: string | null;
  /** Which check is shown (screen 'check'). */
  checkPhase: CheckPhase | null;
  /** The learner's record (attempts, best scores, what they have found) and which stories have a save. */
  profile: Profile;
  saved: string[];
  /** The story being played (menu data), when a screen other than the menu is shown. */
  current: CatalogEntry | null;
  session: SessionView | null;
  /** Changes whenever a new play-through starts (a restart, a replay): views start afresh. */
  runId: number;
  problem: ProblemReport | null;
  notice: Notice | null;
}

export type GameStore = StoreApi<GameState>;

export type ChecksLoader = () => Promise<ModuleChecks>;

export function createGameStore(
  catalog: CatalogEntry[],
  modules: ModuleDefinition[] = [],
  checks: Readonly<Record<string, ChecksLoader>> = {},
): GameStore {
  return createStore<GameState>()(() => ({
    screen: 'menu',
    catalog,
    modules,
    checks,
    moduleId: null,
    checkPhase: null,
    profile: emptyProfile(),
    saved: [],
    current: null,
    session: null,
    runId: 0,
    problem: null,
    notice: null,
  }));
}
