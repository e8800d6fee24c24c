/**
 * A compiled story's runtime content, built once per page and shared by every `Story` made from
 * the same JSON object.
 *
 * inkjs turns the compiled JSON into a tree of runtime objects (containers, diverts, values) when a
 * `Story` is constructed: 46–62 ms for a scenario on this machine without a GPU, one call, and it
 * was done twice per start (the session, then the rehearsal on the side) and again for every
 * replay. The tree is never changed by playing (a story's state — position, variables, visit counts
 * — is its `StoryState`; the tree only caches values derived from itself, such as an object's path),
 * so a second `Story` can share it: inkjs's own constructor from a content container, as its
 * compiler uses, then `ResetState()`.
 *
 * `buildInParts` builds the tree the first time a part per task (`pause` between them) so that the
 * first `Story` is not one long task either: each part is a `Story` made from the JSON with only some
 * of the root's named content (knots and the global declarations), and the parts' knots are moved
 * into the first part's root. A knot's path is its name under any root, so nothing cached in a part
 * is wrong once moved; the tests play every scenario built both ways and compare every step.
 */
import { Story } from 'inkjs';

type Container = Story['mainContentContainer'];
type Lists = NonNullable<Story['listDefinitions']>['lists'];

interface Built {
  root: Container;
  lists: Lists | null;
}

const built = new WeakMap<object, Built>();

const remember = (json: object, story: Story): void => {
  built.set(json, { root: story.mainContentContainer, lists: story.listDefinitions?.lists ?? null });
};

/** A `Story` for a compiled story (parsed JSON): its content built, or shared when built before. */
export function storyOf(json: Record<string, unknown>): Story {
  const known = built.get(json);
  if (known) {
    const story = new Story(known.root, known.lists);
    story.ResetState();
    return story;
  }
  const story = new Story(json);
  remember(json, story);
  return story;
}

/** Whether `json`'s content is built (the next `storyOf` shares it). */
export function isBuilt(json: unknown): boolean {
  return typeof json === 'object' && json !== null && built.has(json);
}

/** About how much of the story's JSON one part builds (characters of its knots' JSON, estimated). */
const PART_WEIGHT = 12_000;

/**
 * Build `json`'s content (as `storyOf` would) in parts, calling `pause` between them. Leaves
 * anything it cannot read for `storyOf`, which reports it (a story that is not compiled ink).
 */
export async function buildInParts(json: unknown, pause: () => Promise<void>): Promise<void> {
  if (typeof json !== 'object' || json === null || built.has(json)) return;
  const root = (json as { root?: unknown }).root;
  const named = Array.isArray(root) ? root.at(-1) : null;
  if (!Array.isArray(root) || !named || typeof named !== 'object' || Array.isArray(named)) return;
  const own = named as Record<string, unknown>;
  const flags = Object.fromEntries(Object.entries(own).filter(([k]) => k === '#f' || k === '#n'));
  const keys = Object.keys(own).filter((k) => !(k in flags));
  const parts = partition(keys, (k) => weight(own[k]));
  if (parts.length < 2) return;
  let first: Story | null = null;
  for (const part of parts) {
    const content = { ...flags, ...Object.fromEntries(part.map((k) => [k, own[k]])) };
    const story = new Story({ ...json, root: [...root.slice(0, -1), content] });
    if (!first) first = story;
    else
      for (const k of part) {
        const knot = story.mainContentContainer.namedContent.get(k);
        if (knot) first.mainContentContainer.AddToNamedContentOnly(knot);
      }
    await pause();
    if (built.has(json)) return; // built meanwhile (a `storyOf` while this paused)
  }
  remember(json, first!);
}

/** Keys in order, grouped so that each group weighs about PART_WEIGHT (a heavy key alone). */
function partition(keys: string[], weigh: (key: string) => number): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let total = 0;
  for (const k of keys) {
    const w = weigh(k);
    if (part.length && total + w > PART_WEIGHT) {
      parts.push(part);
      part = [];
      total = 0;
    }
    part.push(k);
    total += w;
  }
  if (part.length) parts.push(part);
  return parts;
}

/** A cheap estimate of a JSON value's size: its strings' lengths and a few per other value. */
function weight(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) {
    let w = 2;
    for (const v of value) w += weight(v);
    return w;
  }
  if (value && typeof value === 'object') {
    let w = 2;
    for (const [k, v] of Object.entries(value)) w += k.length + weight(v);
    return w;
  }
  return 4;
}
