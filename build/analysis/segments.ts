/**
 * How the analyzer plays a story: one ink segment at a time — from a choice point through one
 * choice (or from the top) to the next choice point or the end — with the real relationship model
 * bound to ink's externals.
 *
 * Each segment ink plays is recorded with its relationship calls (`CallTree`): from the same ink
 * state (`segmentKey`) with another relationship state, the calls are replayed against the model
 * and ink runs only where one returns something else (for a reader, something that changes what
 * ink does next: reader-use.ts). What a segment produced (`Transition`) is all the
 * explorer (analyzer.ts) sees; ink's state stays a saved string it hands back.
 */
import * as model from '../../src/core/model/index.ts';
import { READERS, RelationshipBinding } from '../../src/core/session/relationship.ts';
import {
  compare,
  StoryRunner,
  StoryRuntimeError,
  type ExternalFunction,
} from '../../src/core/story/runner.ts';
import { tagValue } from '../../src/core/story/tags.ts';
import {
  effectsOf,
  follow,
  record,
  sameArgs,
  type Ask,
  type Call,
  type CallTree,
  type Made,
} from './call-tree.ts';
import { keptComparisons, readerUse, useKey, type Read, type ReaderUse } from './reader-use.ts';
import { inkKey, segmentKey } from './state-key.ts';
import { noteUnknown } from './story-facts.ts';

/** What playing a segment produced (its calls are in the `CallTree` that leads to it). */
export interface Transition {
  /** The last `# ending:` seen in the segment, if any. */
  ending: string | null;
  unknown: string[];
  /** Knots whose visit count the segment raised. */
  entered: string[];
  ended: boolean;
  /** Where the story ended (for a dead end). */
  where: string | null;
  choices: { source: string; text: string; coach: string | null; id?: string }[];
  /** ink's state at the next choice point (empty when ended), and a number for its key part
   * (`inkKey`): the same number for the same key part (-1 when ended). */
  ink: string;
  inkKey: number;
  /** A number for the key of the segments that start there (`segmentKey`; -1 when ended). */
  segment: number;
  /** Whether the segment had a relationship event, and its business requests. */
  logged: boolean;
  asks: readonly Ask[];
}

/** A choice point: its saved ink state and its `Transition.segment`. */
export interface From {
  ink: string;
  segment: number;
}

export interface Segments {
  /** The relationship model bound to ink: its state is the explorer's to set and read (it keeps
   * no log: what the explorer needs of the events is in each `Transition`). */
  readonly binding: RelationshipBinding;
  readonly runner: StoryRunner;
  /** The segment from `from` through choice `index` (or from the top): replayed when a recorded
   * one holds for the current relationship state, played by ink otherwise. */
  transition(from: From | null, index: number): Transition | { error: string; asks: readonly Ask[] };
  /** Let go of the recorded segments. */
  clear(): void;
}

/**
 * A segment player for a compiled story. `knots`: the knots whose entry is reported; `readTargets`:
 * the paths whose visit counts the story reads (they are part of an ink state's key); `useMemo`:
 * record and replay segments (off only to check that replaying changes nothing).
 */
export function createSegments(
  story: unknown,
  json: string,
  knots: readonly string[],
  readTargets: ReadonlySet<string>,
  useMemo = true,
): Segments {
  const binding = new RelationshipBinding(() => null, undefined, false);
  // Every external call of a real run is recorded, in order, with the value it gave back to ink —
  // except the reads a `ReaderUse` already took in (`covered`, with the values they gave then). A run
  // is recorded only if its calls came as the uses said (`recordable`).
  let trace: Made[] | null = null;
  let covered: (Read & { value: unknown })[] = [];
  let recordable = true;
  let keptUsed = false;
  const externals = binding.externals();
  const readers = new Set<string>(READERS);
  const kept = keptComparisons(json);
  const uses = new WeakMap<readonly unknown[], Map<number, ReaderUse | null>>();
  /** How ink uses the value of the reader it is calling now (reader-use.ts), or null. */
  const useOfCall = (): ReaderUse | null => {
    const site = runner.callSite();
    if (!site) return null;
    let at = uses.get(site.content);
    if (!at) uses.set(site.content, (at = new Map()));
    if (!at.has(site.index)) at.set(site.index, readerUse(site.content, site.index, readers, kept));
    return at.get(site.index)!;
  };
  const recorded: Record<string, ExternalFunction> = {};
  for (const [name, fn] of Object.entries(externals)) {
    const reader = readers.has(name);
    recorded[name] = (...args) => {
      if (covered.length) {
        const expected = covered[0]!;
        if (reader && expected.name === name && sameArgs(expected.args, args)) {
          covered.shift();
          const value = fn(...args);
          if (value !== expected.value) recordable = false;
          return value;
        }
        recordable = false;
        covered = [];
      }
      const source = trace && !reader ? (runner.sourceLine ?? runner.where) : null;
      let use = trace && reader ? useOfCall() : null;
      const comparison = trace && reader && !use ? runner.comparisonOfCall() : null;
      const value = fn(...args);
      let key = comparison ? compare(value, comparison) : value;
      if (use) {
        const values = [value, ...readAll(use.reads)];
        const k = values.length > use.reads.length ? useKey(use, values) : null;
        if (k === null) use = null;
        else {
          key = k;
          covered = use.reads.map((r, i) => ({ ...r, value: values[i + 1] }));
          if (use.kept) keptUsed = true;
        }
      }
      trace?.push({ call: { name, args, reader, source, compare: comparison, use }, value: key });
      return value;
    };
  }
  /** The values of reads ink is about to make (readers only read); empty if one throws (ink's own
   * call will then report it where it happens). */
  const readAll = (reads: readonly Read[]): unknown[] => {
    try {
      return reads.map((r) => externals[r.name]!(...r.args));
    } catch {
      return [];
    }
  };
  const runner = new StoryRunner(story, { externals: recorded, readers: READERS });
  const transitions = new Map<string, CallTree<Transition>>();
  // The ink part of each state key, and its id (keys are a thousand characters and more); the same
  // for the segments' keys.
  const inkIds = new Map<string, number>();
  const segmentIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  // The ink state the runner holds now (a string from `saveInkState`), or null when unknown.
  let runnerAt: string | null = null;
  const visits = () => knots.map((k) => runner.visitCount(k));

  const read = (r: Read) => binding.read(r.name as (typeof READERS)[number], r.args as unknown[]);
  /** What a recorded call gives now: the key of the branch to take. */
  const keyOf = (call: Call): unknown => {
    const value = call.reader
      ? read(call)
      : binding.applyEvent((call.event ??= model.parseCall(call.name, call.args)));
    if (call.use) return useKey(call.use, [value, ...call.use.reads.map(read)]);
    return call.compare ? compare(value, call.compare) : value;
  };

  /** Play the recorded calls of a segment against the current relationship state, following
   * what each one returns: the outcome if ink made every one of these calls with these values
   * before (so it would play the same way now); otherwise null, with the relationship state as it
   * was. */
  const replay = (tree: CallTree<Transition>): Transition | null => {
    const state = binding.state;
    let outcome: Transition | undefined;
    try {
      outcome = follow(tree, keyOf);
    } catch {
      outcome = undefined;
    }
    if (outcome) return outcome;
    binding.state = state;
    return null;
  };

  /** Run ink from `from` (a state key part and its saved state) through choice `index`, or from
   * the top; record the segment. Throws what `runner.choose` throws; a runtime error while
   * playing comes back as `{ error }`. */
  const run = (
    from: From | null,
    index: number,
  ): { outcome: Transition; calls: Made[]; recordable: boolean } | { error: string; asks: Ask[] } => {
    if (from) {
      if (runnerAt !== from.ink) runner.loadInkState(from.ink);
      runnerAt = null;
      runner.choose(index);
    }
    runnerAt = null;
    const before = visits();
    const calls: Made[] = [];
    trace = calls;
    covered = [];
    recordable = true;
    keptUsed = false;
    let step;
    try {
      step = runner.continue();
    } catch (e) {
      return { error: e instanceof StoryRuntimeError ? e.message : String(e), asks: effectsOf(calls).asks };
    } finally {
      trace = null;
    }
    // A kept variable's exact value would be in ink's saved state at the next choice point.
    if (covered.length || (keptUsed && !step.ended)) recordable = false;
    covered = [];
    const after = visits();
    let ending: string | null = null;
    const unknown = new Set<string>();
    for (const line of step.lines) {
      noteUnknown(line.tags, unknown);
      const e = tagValue(line.tags, 'ending');
      if (e !== undefined) ending = e;
    }
    const outcome: Transition = {
      ending,
      unknown: [...unknown],
      entered: knots.filter((_, i) => after[i]! > before[i]!),
      ended: step.ended,
      where: step.ended ? runner.where : null,
      choices: step.choices.map(({ source, text, coach, id }) => ({
        source,
        text,
        coach,
        ...(id !== undefined && { id }),
      })),
      ink: '',
      inkKey: -1,
      segment: -1,
      ...effectsOf(calls),
    };
    if (!step.ended) {
      outcome.ink = runner.saveInkState();
      outcome.inkKey = idOf(inkIds, inkKey(outcome.ink, readTargets));
      outcome.segment = idOf(segmentIds, segmentKey(outcome.ink, readTargets));
      runnerAt = outcome.ink;
    }
    return { outcome, calls, recordable };
  };

  /** The segment from `from` through choice `index` (or from the top): replayed when a recorded
   * one holds for the current relationship state, played by ink otherwise. */
  const transition = (from: From | null, index: number): Transition | { error: string; asks: Ask[] } => {
    const key = from ? `${from.segment}\u0001${index}` : '';
    let tree = useMemo ? transitions.get(key) : undefined;
    const replayed = tree && replay(tree);
    if (replayed) return replayed;
    const played = run(from, index);
    if ('error' in played) return played;
    if (useMemo && played.recordable) {
      if (!tree) transitions.set(key, (tree = {}));
      record(tree, played.calls, played.outcome);
    }
    return played.outcome;
  };

  return { binding, runner, transition, clear: () => transitions.clear() };
}
