/**
 * The keys under which the explorer merges paths: ink's state (without what cannot change what
 * follows) and the relationship state rounded to the nearest point (`MergeMemo`); and the key under
 * which segments.ts records the segments that start at a choice point.
 */

/**
 * The ink part of a state's key. Two states merge when ink is at the same place with the same
 * variables and the relationship agrees to the nearest point on every value (`sameRounded`): the
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

/**
 * The relationship part of the merge key, without building it: two states merge when they agree
 * to the nearest point on every number and exactly on everything else (`sameRounded`), and
 * `roundedHash` files them under the same number. The explorer used to build that key as a string
 * (some 800 characters a state, most of the garbage it made); it now hashes the state where it
 * stands and compares two states field by field only when their hashes meet (`MergeMemo`).
 *
 * For plain data (numbers, strings, booleans, null, arrays, objects with their own enumerable
 * keys), as the model's state is: the same states merge as under a key that writes every number
 * rounded, every string quoted and every object's keys in order.
 */
export function sameRounded(a: unknown, b: unknown): boolean {
  if (a === b) return true; // a counterpart, profile or violation shared by both states
  if (typeof a === 'number') {
    if (typeof b !== 'number') return false;
    const ra = Math.round(a);
    const rb = Math.round(b);
    return ra === rb || (ra !== ra && rb !== rb); // NaN rounds to NaN
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return primitive(a) === primitive(b) && primitive(a) !== OTHER;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRounded(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameRounded((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

// What a value that is not a number, an array or an object compares as: undefined, a function and
// a symbol alike (a JSON key leaves them out); a string, a boolean and null by their value. OTHER:
// two values equal only when identical (a bigint).
const UNDEFINED = Symbol('undefined');
const OTHER = Symbol('other');
function primitive(v: unknown): unknown {
  switch (typeof v) {
    case 'undefined':
    case 'function':
    case 'symbol':
      return UNDEFINED;
    case 'string':
    case 'boolean':
      return v;
    default:
      return v === null ? null : OTHER;
  }
}

const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193);

/** A number for `value` that is the same for values that are `sameRounded` (numbers rounded). */
export function roundedHash(value: unknown, h = 0x811c9dc5): number {
  switch (typeof value) {
    case 'number':
      return mix(h, Math.round(value) | 0);
    case 'string': {
      h = mix(h, 0x5354 + value.length);
      for (let i = 0; i < value.length; i++) h = mix(h, value.charCodeAt(i));
      return h;
    }
    case 'boolean':
      return mix(h, value ? 0x7472 : 0x6661);
    case 'object': {
      if (value === null) return mix(h, 0x6e75);
      if (Array.isArray(value)) {
        h = mix(h, 0x5b5d + value.length);
        for (let i = 0; i < value.length; i++) h = roundedHash(value[i], h);
        return h;
      }
      // Values only, in key order (`sameRounded` compares the keys). for-in does not allocate.
      h = mix(h, 0x7b7d);
      for (const k in value) h = roundedHash((value as Record<string, unknown>)[k], h);
      return mix(h, 0x7d7b);
    }
    default:
      return mix(h, 0x7575);
  }
}

/** One merged state: its ending so far, ink key id and relationship state, and what it holds. */
export interface Merged<V> {
  readonly ending: string;
  readonly ink: number;
  readonly state: unknown;
  value: V;
}

/**
 * The explorer's merged states (analyzer.ts): a path that reaches a choice point with the same
 * ending so far, the same ink key (`inkKey`, as an id) and a relationship state that is
 * `sameRounded` as one explored before merges with it. The states are kept, not copied: the model
 * never changes a state once made (src/core/model/apply.ts).
 */
export class MergeMemo<V> {
  readonly #buckets = new Map<number, Merged<V> | Merged<V>[]>();
  readonly #endings = new Map<string, number>();
  #size = 0;
  // The last state `get` looked for and its hash: `add` after a `get` that found nothing hashes once.
  #lastEnding = '';
  #lastInk = -1;
  #lastState: unknown = undefined;
  #lastHash = 0;

  /** `hash`: files a state under a number (tests give a poor one to check that states whose hashes
   * meet stay apart). */
  constructor(
    readonly hash: (ending: number, ink: number, state: unknown) => number = (ending, ink, state) =>
      roundedHash(state, mix(mix(0x811c9dc5, ending), ink)),
  ) {}

  /** How many states are kept. */
  get size(): number {
    return this.#size;
  }

  get(ending: string, ink: number, state: unknown): Merged<V> | undefined {
    const found = this.#buckets.get(this.#hash(ending, ink, state));
    if (found === undefined) return undefined;
    if (!Array.isArray(found)) return same(found, ending, ink, state) ? found : undefined;
    return found.find((m) => same(m, ending, ink, state));
  }

  /** Keep a state not kept yet (`get` found nothing), with its value. */
  add(ending: string, ink: number, state: unknown, value: V): Merged<V> {
    const merged: Merged<V> = { ending, ink, state, value };
    const h = this.#hash(ending, ink, state);
    const found = this.#buckets.get(h);
    if (found === undefined) this.#buckets.set(h, merged);
    else if (Array.isArray(found)) found.push(merged);
    else this.#buckets.set(h, [found, merged]);
    this.#size++;
    return merged;
  }

  clear(): void {
    this.#buckets.clear();
    this.#size = 0;
    this.#lastState = undefined;
  }

  #hash(ending: string, ink: number, state: unknown): number {
    if (
      state === this.#lastState &&
      ink === this.#lastInk &&
      ending === this.#lastEnding &&
      state !== undefined
    )
      return this.#lastHash;
    let e = this.#endings.get(ending);
    if (e === undefined) this.#endings.set(ending, (e = this.#endings.size));
    // A small integer: a Map finds it fastest.
    const hash = this.hash(e, ink, state) & 0x3fffffff;
    this.#lastEnding = ending;
    this.#lastInk = ink;
    this.#lastState = state;
    this.#lastHash = hash;
    return hash;
  }
}

const same = <V>(m: Merged<V>, ending: string, ink: number, state: unknown) =>
  m.ink === ink && m.ending === ending && sameRounded(m.state, state);
