/**
 * The keys under which the explorer merges paths: ink's state (without what cannot change what
 * follows) and the relationship state rounded to the nearest point; and the key under which
 * segments.ts records the segments that start at a choice point.
 */

/**
 * The ink part of a state's key. Two states merge when ink is at the same place with the same
 * variables and the relationship agrees to the nearest point on every value (`roundedKey`): the
 * rest of the story then plays the same way (the report's ranges may differ from an exhaustive
 * search by less than a point). Without this, every combination of choices is its own state and
 * long stories explode. The recorded segments that start from the state are keyed by less
 * (`segmentKey`).
 */
export function inkKey(inkState: string, readTargets: ReadonlySet<string>): string {
  // Turn counters differ between paths of different lengths but do not change what follows
  // (our stories do not use TURNS_SINCE). Visit counts matter only where the story reads them
  // (a label or knot used in a condition); the rest would make every path its own state. This
  // assumes choice points are not revisited in loops (once-only choices there read their own count).
  return inkState
    .replace(/"turnIndices":\{[^}]*\},?|"turnIdx":-?\d+,?/g, '')
    .replace(/"visitCounts":(\{[^}]*\})/, (_m, counts: string) => {
      const kept = Object.entries(JSON.parse(counts) as Record<string, number>).filter(([path]) =>
        [...readTargets].some((t) => path === t || path.endsWith(`.${t}`)),
      );
      return `"visitCounts":${JSON.stringify(Object.fromEntries(kept))}`;
    });
}

// The start of a saved ink state whose only thread is the one ink runs in: its number.
const THREAD =
  /^(\{"flows":\{"DEFAULT_FLOW":\{"callstack":\{"threads":\[\{"callstack":\[[^[\]]*\],)"threadIndex":(\d+),(?="previousContentObject":"[^"]*"\}\],)/;

/**
 * The key of the segments that start at a choice point (segments.ts): `inkKey`, without the number
 * of the thread ink runs in when no choice comes from that thread. Taking a choice replaces that
 * thread with the choice's own (inkjs's `ChooseChoiceIndex`), so from two states that differ only in
 * the number every choice plays the same way, to the same state; and paths that reach a choice
 * point through different options of the one before differ only in that number. (The explorer's
 * merge key keeps it: which states it merges, and so the report, does not change.)
 */
export function segmentKey(inkState: string, readTargets: ReadonlySet<string>): string {
  const m = THREAD.exec(inkState);
  const own =
    m &&
    (inkState.includes(`"originalThreadIndex":${m[2]},`) ||
      inkState.includes(`"originalThreadIndex":${m[2]}}`));
  return inkKey(m && !own ? m[1] + inkState.slice(m[0].length) : inkState, readTargets);
}

/** A compact key for a value with every number rounded to the nearest integer (faster than a
 * `JSON.stringify` replacer, which calls back for every property). */
export function roundedKey(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'u';
  if (Array.isArray(value)) return `[${value.map(roundedKey).join(',')}]`;
  let out = '{';
  for (const k of Object.keys(value)) out += `${k}:${roundedKey((value as Record<string, unknown>)[k])},`;
  return `${out}}`;
}
