/**
 * How the analyzer plays a story: one ink segment at a time — from a choice point through one
 * choice (or from the top) to the next choice point or the end — with the real relationship model
 * bound to ink's externals.
 *
 * Each segment ink plays is recorded with its relationship calls (`CallTree`): from the same ink
 * state with another relationship state, the calls are replayed against the model and ink runs
 * only where one returns something else. What a segment produced (`Transition`) is all the
 * explorer (analyzer.ts) sees; ink's state stays a saved string it hands back.
 */
import { READERS, RelationshipBinding } from '../../src/core/session/relationship.ts';
import {
  compare,
  StoryRunner,
  StoryRuntimeError,
  type Comparison,
  type ExternalFunction,
} from '../../src/core/story/runner.ts';
import { tagValue } from '../../src/core/story/tags.ts';
import { inkKey } from './state-key.ts';
import { noteUnknown } from './story-facts.ts';

/** One external call made by ink while playing a segment. */
interface Call {
  name: string;
  args: unknown[];
  reader: boolean;
  /** Where the binding placed the event (the `source` of its explanation record). */
  source: string | null;
  /** When ink only compares the value with a number: that comparison. The tree then branches on
   * whether it holds, not on the value, so a reader's value only has to fall on the same side. */
  compare: Comparison | null;
}

/**
 * The recorded plays of one ink segment — from a choice point through one choice (or from the
 * top) to the next choice point or the end — as a tree of external calls. Ink is deterministic
 * given its state and what its externals return: from the same ink state, the first call is
 * always the same; the value it returns decides the next call; and so on to the outcome. A node
 * holds the call ink makes there and, by the value that call returned, what ink did next; a leaf
 * holds the outcome.
 */
interface CallTree {
  call?: Call;
  next?: Map<unknown, CallTree>;
  outcome?: Transition;
}

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
  choices: { source: string; text: string; coach: string | null }[];
  /** ink's state at the next choice point (empty when ended), and a short id of its key part
   * (`inkKey`): the same id for the same key part. */
  ink: string;
  inkKey: string;
}

/** A choice point: its saved ink state and the ink part of its key. */
export interface From {
  ink: string;
  key: string;
}

export interface Segments {
  /** The relationship model bound to ink: its state and log are the explorer's to set and read. */
  readonly binding: RelationshipBinding;
  readonly runner: StoryRunner;
  /** The segment from `from` through choice `index` (or from the top): replayed when a recorded
   * one holds for the current relationship state, played by ink otherwise. */
  transition(from: From | null, index: number): Transition | { error: string };
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
  knots: readonly string[],
  readTargets: ReadonlySet<string>,
  useMemo = true,
): Segments {
  // The binding asks where an event happens; while a recorded segment is replayed, it is told.
  let replaying = false;
  let replaySource: string | null = null;
  let lastSource: string | null = null;
  const binding: RelationshipBinding = new RelationshipBinding(() => {
    if (replaying) return replaySource;
    lastSource = runner.sourceLine ?? runner.where;
    return lastSource;
  });
  // Every external call of a real run is recorded, in order, with the value it gave back to ink.
  let trace: { call: Call; value: unknown }[] | null = null;
  const externals = binding.externals();
  const recorded: Record<string, ExternalFunction> = {};
  for (const [name, fn] of Object.entries(externals)) {
    const reader = (READERS as readonly string[]).includes(name);
    recorded[name] = (...args) => {
      lastSource = null;
      const comparison = trace && reader ? runner.comparisonOfCall() : null;
      const value = fn(...args);
      const key = comparison ? compare(value, comparison) : value;
      trace?.push({ call: { name, args, reader, source: lastSource, compare: comparison }, value: key });
      return value;
    };
  }
  const runner = new StoryRunner(story, { externals: recorded, readers: READERS });
  const transitions = new Map<string, CallTree>();
  // The ink part of each state key, and its id (keys are a thousand characters and more).
  const inkIds = new Map<string, string>();
  // The ink state the runner holds now (a string from `saveInkState`), or null when unknown.
  let runnerAt: string | null = null;
  const visits = () => knots.map((k) => runner.visitCount(k));

  /** Play the recorded calls of a segment against the current relationship state, following
   * the value each one returns: the outcome if ink made every one of these calls with these
   * values before (so it would play the same way now); otherwise null, with the relationship state
   * and the log as they were. */
  const replay = (tree: CallTree): Transition | null => {
    const state = binding.state;
    const logLength = binding.log.length;
    let node: CallTree | undefined = tree;
    replaying = true;
    try {
      while (node?.call) {
        const call: Call = node.call;
        replaySource = call.source;
        const value = call.reader
          ? binding.read(call.name as (typeof READERS)[number], call.args)
          : binding.apply(call.name, call.args);
        node = node.next!.get(call.compare ? compare(value, call.compare) : value);
      }
    } catch {
      node = undefined;
    } finally {
      replaying = false;
    }
    if (node?.outcome) return node.outcome;
    binding.state = state;
    binding.log.length = logLength;
    return null;
  };

  /** Add a segment ink played (its calls and their values, then its outcome) to its tree. */
  const record = (tree: CallTree, calls: readonly { call: Call; value: unknown }[], outcome: Transition) => {
    let node = tree;
    for (const { call, value } of calls) {
      if (!node.call) {
        if (node.outcome) return; // cannot happen while ink is deterministic: learn nothing
        node.call = call;
        node.next = new Map();
      } else if (!sameCall(node.call, call)) return;
      let child = node.next!.get(value);
      if (!child) node.next!.set(value, (child = {}));
      node = child;
    }
    if (!node.call && !node.outcome) node.outcome = outcome;
  };

  /** Run ink from `from` (a state key part and its saved state) through choice `index`, or from
   * the top; record the segment. Throws what `runner.choose` throws; a runtime error while
   * playing comes back as `{ error }`. */
  const run = (
    from: From | null,
    index: number,
  ): { outcome: Transition; calls: { call: Call; value: unknown }[] } | { error: string } => {
    if (from) {
      if (runnerAt !== from.ink) runner.loadInkState(from.ink);
      runnerAt = null;
      runner.choose(index);
    }
    runnerAt = null;
    const before = visits();
    const calls: { call: Call; value: unknown }[] = [];
    trace = calls;
    let step;
    try {
      step = runner.continue();
    } catch (e) {
      return { error: e instanceof StoryRuntimeError ? e.message : String(e) };
    } finally {
      trace = null;
    }
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
      choices: step.choices.map(({ source, text, coach }) => ({ source, text, coach })),
      ink: '',
      inkKey: '',
    };
    if (!step.ended) {
      outcome.ink = runner.saveInkState();
      const part = inkKey(outcome.ink, readTargets);
      let short = inkIds.get(part);
      if (short === undefined) inkIds.set(part, (short = String(inkIds.size)));
      outcome.inkKey = short;
      runnerAt = outcome.ink;
    }
    return { outcome, calls };
  };

  /** The segment from `from` through choice `index` (or from the top): replayed when a recorded
   * one holds for the current relationship state, played by ink otherwise. */
  const transition = (from: From | null, index: number): Transition | { error: string } => {
    const key = from ? `${from.key}\u0001${index}` : '';
    let tree = useMemo ? transitions.get(key) : undefined;
    const replayed = tree && replay(tree);
    if (replayed) return replayed;
    const played = run(from, index);
    if ('error' in played) return played;
    if (useMemo) {
      if (!tree) transitions.set(key, (tree = {}));
      record(tree, played.calls, played.outcome);
    }
    return played.outcome;
  };

  return { binding, runner, transition, clear: () => transitions.clear() };
}

function sameCall(a: Call, b: Call): boolean {
  return (
    a.name === b.name &&
    a.reader === b.reader &&
    a.source === b.source &&
    a.compare?.op === b.compare?.op &&
    a.compare?.than === b.compare?.than &&
    a.args.length === b.args.length &&
    a.args.every((x, i) => x === b.args[i])
  );
}
