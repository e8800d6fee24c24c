/**
 * The catalog of scenarios: every `stories/*.ink`, with menu data read from its global tags at
 * build time (see vite-plugin-ink.ts) and a loader for the compiled story. Sorted for the menu.
 */
import type { StoryOpening } from '../core/session/session.ts';
import type { StoryMap } from '../core/story-map.ts';
import type { LoadedStory } from '../core/session/types.ts';
import type { CatalogEntryData } from '../core/story/tags.ts';

export interface CatalogEntry extends CatalogEntryData {
  load: () => Promise<LoadedStory>;
  /** The story's first lines and choices, made at build time (null: play it from the top). */
  opening?: (() => Promise<StoryOpening | null>) | null;
  /** The story's map of scenes, choices and endings, laid out at build time, for the learner's
   * path map in My progress (null: the story could not be explored). */
  map?: (() => Promise<StoryMap | null>) | null;
}

/**
 * By `order`, then title. Ties are broken by code unit, not `localeCompare`: the page sorts the
 * catalog while its first module is evaluated, and a page's first `localeCompare` starts ICU's
 * collation, 10-14 ms of the first line's critical path in a fresh Chromium (bench/STAGE.md). The
 * order is the same for titles in one script and case, as the stories' are.
 */
export function sortCatalog(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return [...entries].sort(
    (a, b) => a.order - b.order || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}
