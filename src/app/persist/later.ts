/**
 * Persistence that loads after the first line (docs/saves.md, "When the code loads"). Saves, the
 * learner record, their schemas, salvage, quarantine and export/import are about a third of the
 * game's first bundle, and the first line needs none of them: only whether this story has a save to
 * resume, which is whether storage holds anything under its key. So the first bundle has this small
 * source; the rest (persist/index.ts) is imported when something first reads or writes progress —
 * at the latest with the story's engine, before the learner's first choice can be taken.
 */
import type { KeyValueStore, StorageStatus } from '../../platform/storage/kv-store.ts';
import type { Persistence } from './index.ts';
import { saveKey } from './keys.ts';
import { yieldToMain } from '../../platform/schedule.ts';

export interface PersistenceSource {
  /** The persistence, once loaded (null before). */
  now(): Persistence | null;
  /** Load it (once; a failed load is tried again next time). */
  ready(): Promise<Persistence>;
  /** Resolves when something else has loaded it (this does not load it). */
  loaded(): Promise<Persistence>;
  /** Whether progress can be kept (the storage's own answer: no loading needed). */
  status(): StorageStatus;
  /** Whether storage holds anything under `storyId`'s save key (neither read nor checked). */
  holdsSave(storyId: string): boolean;
}

/** Persistence over `store`, imported when first asked for. */
export function persistenceLater(
  store: KeyValueStore,
  load: () => Promise<Persistence> = () => import('./index.ts').then((m) => m.createPersistence({ store })),
): PersistenceSource {
  let loaded: Persistence | null = null;
  let loading: Promise<Persistence> | null = null;
  let announce: (p: Persistence) => void = () => {};
  const announced = new Promise<Persistence>((resolve) => (announce = resolve));
  return {
    now: () => loaded,
    loaded: () => announced,
    ready() {
      // The import in a task of its own: Vite adds a preload link for each chunk it needs (12 here,
      // 0.2-6 ms each in Chromium), which otherwise joined the caller's task — at a returning
      // learner's start, the page's first module's evaluation (bench/STAGE.md).
      loading ??= yieldToMain()
        .then(load)
        .then(
          (p) => {
            announce(p);
            return (loaded = p);
          },
          (e: unknown) => {
            loading = null;
            throw e;
          },
        );
      return loading;
    },
    status: () => store.status(),
    holdsSave(storyId) {
      const read = store.getItem(saveKey(storyId));
      // Storage that cannot be read: let the loaded persistence say why.
      return !read.ok || read.value !== null;
    },
  };
}

/** Persistence already made (tests, and a caller that has one). */
export function persistenceNow(persistence: Persistence): PersistenceSource {
  return {
    now: () => persistence,
    ready: () => Promise.resolve(persistence),
    loaded: () => Promise.resolve(persistence),
    status: () => persistence.status(),
    holdsSave: () => true,
  };
}
