/**
 * The tag grammar: `# name: value` on ink lines and choices (see docs/authoring.md).
 *
 * Turns ink's raw tag strings into typed data. Unknown tags are kept (never an error at play time)
 * so a story written for Inky still plays; the story checker warns about them.
 */

export interface Tag {
  name: string;
  value: string;
}

export type Mood = 'neutral' | 'pleased' | 'uneasy' | 'closed';
export const MOODS: readonly Mood[] = ['neutral', 'pleased', 'uneasy', 'closed'];

export const GLOBAL_TAGS = ['title', 'summary', 'role', 'minutes', 'seeds', 'order', 'pass_mark'] as const;
export const LINE_TAGS = [
  'speaker',
  'place',
  'location',
  'date',
  'mood',
  'cue',
  'discuss',
  // Who is present in the scene (docs/authoring.md, "Who is there"): read by the stage.
  'enter',
  'leave',
  'present',
  'remote',
  'absent',
  'via',
  'ending',
  'ending_title',
  'learn',
  // The line's stable id (`# id: lf-0042`, given by `npm run strings`): for translations, saves and
  // records, never shown to the learner.
  'id',
] as const;
export const CHOICE_TAGS = ['coach', 'id'] as const;

/** Every tag the game reads (docs/authoring.md). */
export const KNOWN_TAGS: ReadonlySet<string> = new Set<string>([
  ...GLOBAL_TAGS,
  ...LINE_TAGS,
  ...CHOICE_TAGS,
]);

/** `"speaker: Li Wei"` → `{ name: 'speaker', value: 'Li Wei' }`; a bare `"tense"` → value ''. */
export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { name: text.toLowerCase(), value: '' };
  return { name: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

export function parseTags(raw: readonly string[] | null | undefined): Tag[] {
  return (raw ?? []).map(parseTag).filter((t) => t.name.length > 0);
}

export function tagValue(tags: readonly Tag[], name: string): string | undefined {
  return tags.find((t) => t.name === name)?.value;
}

export function tagValues(tags: readonly Tag[], name: string): string[] {
  return tags.filter((t) => t.name === name).map((t) => t.value);
}

export interface StoryInfo {
  title: string;
  summary: string;
  role: string;
  minutes: number | null;
  seeds: string[];
  order: number;
  /** `# pass_mark: N` (0–100): the pass mark when the scenario is packaged alone; absent when the
   * story has no such tag (or its value is not a number from 0 to 100). */
  passMark?: number;
}

/** Read the catalog's fields from a story's global tags, with sensible defaults for plain ink. */
export function storyInfo(id: string, globalTags: readonly string[] | null | undefined): StoryInfo {
  const tags = parseTags(globalTags);
  const minutes = Number(tagValue(tags, 'minutes'));
  const order = Number(tagValue(tags, 'order'));
  const passText = tagValue(tags, 'pass_mark');
  const passMark = passText ? Number(passText) : NaN;
  const info: StoryInfo = {
    title: tagValue(tags, 'title') || titleFromId(id),
    summary: tagValue(tags, 'summary') ?? '',
    role: tagValue(tags, 'role') ?? '',
    minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : null,
    seeds: (tagValue(tags, 'seeds') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    order: Number.isFinite(order) ? order : 1000,
  };
  if (Number.isFinite(passMark) && passMark >= 0 && passMark <= 100) info.passMark = passMark;
  return info;
}

function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface LearningPoint {
  seed: string | null;
  text: string;
  /** Its translation's key (see session/story-text.ts `learnKey`), when its line has an id. */
  key?: string;
}

/** `"000: Ask in private"` → `{ seed: '000', text: 'Ask in private' }`. */
export function parseLearningPoint(value: string): LearningPoint {
  const m = /^(\d{3})(?:_[0-9a-f]+)?(?:\.txt)?\s*:\s*(.+)$/s.exec(value.trim());
  return m ? { seed: m[1]!, text: m[2]!.trim() } : { seed: null, text: value.trim() };
}

/** What the menu knows of a story: its tags, and what the build found (see build/ink/catalog-entry.ts). */
export interface CatalogEntryData extends StoryInfo {
  id: string;
  /** Set when the story does not compile: the menu shows it instead of a broken entry. */
  error?: string;
  /** Worst and best reachable scenario scores, from the story analyzer (for "share of the best"). */
  scoreRange?: { min: number; max: number } | null;
  /** Every ending and every choice (by its place in the story), for the learner's path map. */
  endingIds?: string[];
  choiceSources?: string[];
  /** The titles of its endings in the learner's language, by ending id (set with the menu's words
   * in that language; an ending not in it is named by the English title the record keeps). */
  endingTitles?: Readonly<Record<string, string>>;
  /** Its people's names in the learner's language, by counterpart id (the menu's words, likewise). */
  names?: Readonly<Record<string, string>>;
  /** Set on an entry in another language when the story has no translation into it: its title,
   * summary and role are English (a view marks them `lang="en"` for screen readers). */
  untranslated?: boolean;
}
