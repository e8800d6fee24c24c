/**
 * Which messages travel with the first line. The messages of the screens before the first choice
 * (the page's frame, the menu, the play screen, the notices and problems) are the `first` group:
 * English ones are in the main bundle, another language's come as one small chunk fetched beside
 * the story's opening. Every other message (progress, debrief, settings, modules, stage, presenter,
 * live room, LMS) is the `more` group, loaded with the screens that use it.
 */
export const GROUPS = ['first', 'more'] as const;
export type Group = (typeof GROUPS)[number];

/** Key prefixes (before the first dot) of the `first` group. */
export const FIRST_LINE_PREFIXES: readonly string[] = ['app', 'common', 'menu', 'play', 'ending', 'banner'];

/**
 * Key prefixes of messages no screen of the game shows: the facilitator's guides' words, which the
 * build puts into the guide pages (build/guide/words.ts). They are in no group the game loads.
 */
export const BUILD_ONLY_PREFIXES: readonly string[] = ['guide'];

/** The group a message travels in (null: it is the build's only, see BUILD_ONLY_PREFIXES). */
export function groupOf(key: string): Group | null {
  const prefix = key.slice(0, key.indexOf('.'));
  if (BUILD_ONLY_PREFIXES.includes(prefix)) return null;
  return FIRST_LINE_PREFIXES.includes(prefix) ? 'first' : 'more';
}
