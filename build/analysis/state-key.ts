/**
 * The keys under which the explorer merges paths: ink's state (without what cannot change what
 * follows) and the relationship state rounded to the nearest point.
 */

/**
 * The ink part of a state's key. Two states merge when ink is at the same place with the same
 * variables and the relationship agrees to the nearest point on every value (`roundedKey`): the
 * rest of the story then plays the same way (the report's ranges may differ from an exhaustive
 * search by less than a point). Without this, every combination of choices is its own state and
 * long stories explode. The same part keys the recorded segments that start from the state.
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
