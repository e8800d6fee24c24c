/**
 * The story analyzer: plays every path through a story, headless, with the real relationship
 * model, and reports what an author and a trainer need to know — endings reached or not, dead
 * ends, knots never reached, choices without a coach note or a relationship event, the reachable
 * range of Rapport, Trust and score, and the best and worst paths.
 *
 * Paths are explored depth-first from saved ink states; two paths that arrive at the same ink
 * state with the same relationship state are merged, so the search stays fast. Each segment ink
 * plays is recorded with its relationship calls (`CallTree`): from the same ink state with
 * another relationship state, the calls are replayed against the model and ink runs only where one
 * returns something else. It never touches the DOM, the store or the clock. Used by
 * `npm run stories` and by the test suite.
 */
import { basename } from 'node:path';
import * as model from '../../src/core/model/index.ts';
import { READERS, RelationshipBinding } from '../../src/core/session/relationship.ts';
import { compileInkFile, formatDiagnostic } from '../ink/compile.ts';
import {
  compare,
  StoryRunner,
  StoryRuntimeError,
  type Comparison,
  type ExternalFunction,
} from '../../src/core/story/runner.ts';
import { storyInfo, tagValue } from '../../src/core/story/tags.ts';
import type { AnalyzeOptions, ChoiceIssue, PathResult, StoryReport } from './story-report.ts';
import { combineRandom, NO_RANDOM, SCORE_BINS, scoreBin, type RandomFrom } from './random-play.ts';
import { emptyTeaching, teachingOf } from './figures.ts';
import { inkKey, roundedKey } from './state-key.ts';
import { declaredEndings, KNOWN_TAGS, knotNames, noteUnknown } from './story-facts.ts';
import { round1, type Range } from './teaching.ts';

export type { Range };
export type { AnalyzeOptions, ChoiceIssue, PathResult, StoryReport } from './story-report.ts';

interface Subtree {
  paths: number;
  longest: number;
  /** Random play from here (each option equally likely): the merge memo is its dynamic programme. */
  random: RandomFrom;
}

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
interface Transition {
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
interface From {
  ink: string;
  key: string;
}

export function analyzeStory(file: string, options: AnalyzeOptions = {}): StoryReport {
  const started = performance.now();
  const id = basename(file, '.ink');
  const compiled = compileInkFile(file, options.root, { countAllVisits: true });
  const report: StoryReport = {
    id,
    title: id,
    file,
    errors: compiled.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic),
    warnings: compiled.diagnostics.filter((d) => d.severity !== 'error').map(formatDiagnostic),
    choicePoints: 0,
    choices: [],
    endings: declaredEndings(compiled.files),
    reachableEndings: [],
    deadEnds: [],
    unreachableKnots: [],
    choicesWithoutNote: [],
    choicesWithoutEvent: [],
    rapport: { min: 0, max: 0 },
    trust: { min: 0, max: 0 },
    score: { min: 0, max: 0 },
    paths: 0,
    capped: false,
    longestPath: 0,
    best: null,
    worst: null,
    teaching: emptyTeaching(),
    statesExplored: 0,
    ms: 0,
  };
  if (!compiled.story || !compiled.json) {
    report.ms = Math.round(performance.now() - started);
    return report;
  }

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
  const runner = new StoryRunner(compiled.story, { externals: recorded, readers: READERS });
  const info = storyInfo(id, runner.rawGlobalTags);
  report.title = info.title;
  const passTag = tagValue(runner.globalTags, 'pass_mark');
  if (passTag !== undefined && info.passMark === undefined)
    report.warnings.push(
      `"# pass_mark: ${passTag}" is not a number from 0 to 100 — write e.g. "# pass_mark: 60"`,
    );

  const maxStates = options.maxStates ?? 20_000;
  const useMemo = options.transitionMemo ?? true;
  const memo = new Map<string, Subtree>();
  const transitions = new Map<string, CallTree>();
  // The ink part of each state key, and its id (keys are a thousand characters and more).
  const inkIds = new Map<string, string>();
  const choicePoints = new Set<string>();
  const withNote = new Map<string, ChoiceIssue & { ok: boolean }>();
  const withEvent = new Map<string, ChoiceIssue & { ok: boolean }>();
  const reached = new Set<string>();
  const knotsVisited = new Set<string>();
  const unknownTags = new Set<string>();
  const errors = new Set<string>();
  // Over the ended paths with an ending: the ranges, and the best and worst path (kept as they
  // come, not every path: a list of them all was most of the memory on a long story). The best is
  // the first of the highest score with the fewest choices; the worst the last of the lowest score
  // with the most.
  let best: PathResult | null = null;
  let worst: PathResult | null = null;
  const spans = { rapport: emptyRange(), trust: emptyRange(), score: emptyRange() };
  const knots = knotNames(compiled.json, compiled.files);
  // Paths the story reads visit counts of (labels and knots in conditions): their last component.
  const readTargets = new Set(
    [...compiled.json.matchAll(/"CNT\?":"([^"]+)"/g)].map((m) => m[1]!.split('.').pop()!),
  );
  // The knots entered by each segment of the path being explored.
  const pathKnots: (readonly string[])[] = [];
  // The ink state the runner holds now (a string from `saveInkState`), or null when unknown.
  let runnerAt: string | null = null;

  // Each counterpart's shown Rapport over the ended paths (with an ending).
  const rapportOf = new Map<string, { name: string; min: number; max: number }>();
  let declared = false;
  /** Record an ended path; its final score, unrounded. */
  const finish = (choices: number[], ending: string | null): number => {
    for (const entered of pathKnots) for (const k of entered) knotsVisited.add(k);
    const cps = binding.state.order.map((who) => binding.state.counterparts[who]!);
    const mean = (f: (cp: model.CounterpartState) => number) =>
      cps.length ? cps.reduce((s, cp) => s + f(cp), 0) / cps.length : 0;
    const score = model.scenarioScore(binding.state);
    if (cps.length) declared = true;
    if (ending !== null) {
      const r: PathResult = {
        choices,
        ending,
        rapport: round1(mean(model.shownRapport)),
        trust: round1(mean(model.shownTrust)),
        score: round1(score),
      };
      widen(spans.rapport, r.rapport);
      widen(spans.trust, r.trust);
      widen(spans.score, r.score);
      if (!best || r.score > best.score || (r.score === best.score && r.choices.length < best.choices.length))
        best = r;
      if (
        !worst ||
        r.score < worst.score ||
        (r.score === worst.score && r.choices.length >= worst.choices.length)
      )
        worst = r;
      for (const cp of cps) {
        const r = round1(model.shownRapport(cp));
        const seen = rapportOf.get(cp.id);
        if (!seen) rapportOf.set(cp.id, { name: cp.name, min: r, max: r });
        else {
          seen.min = Math.min(seen.min, r);
          seen.max = Math.max(seen.max, r);
        }
      }
    }
    return score;
  };
  const scratch = new Float64Array(SCORE_BINS);
  const seenBins = new Uint8Array(SCORE_BINS);

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

  /** Explore the segment from `from` through choice `index` (from the top when `from` is null),
   * having taken `choices`. */
  const explore = (
    choices: number[],
    endingSoFar: string | null,
    from: From | null,
    index: number,
  ): Subtree => {
    const logBefore = binding.log.length;
    const t = transition(from, index);
    // Only whether the segment logged an event matters here: its records are dropped (kept, the
    // log of every path ever played was most of the memory, and the collector's work).
    const logged = binding.log.length > logBefore;
    binding.log.length = logBefore;
    if ('error' in t) {
      errors.add(t.error);
      return { paths: 0, longest: 0, random: NO_RANDOM };
    }
    const lastChoice = choiceMeta.get(choices.join(','));
    if (lastChoice) {
      const entry = withEvent.get(lastChoice.key)!;
      if (!logged) entry.ok = false;
    }
    for (const tag of t.unknown) unknownTags.add(tag);
    const ending = t.ending ?? endingSoFar;
    pathKnots.push(t.entered);
    try {
      if (t.ended) {
        if (ending === null) report.deadEnds.push({ choices, where: t.where });
        else reached.add(ending);
        const score = finish(choices, ending);
        return {
          paths: 1,
          longest: 0,
          random: {
            scores: { bins: Int32Array.of(scoreBin(score)), p: Float64Array.of(1) },
            endings: new Map([[ending ?? '', 1]]),
            choices: 0,
          },
        };
      }
      const key = `${ending ?? ''}\u0000${t.inkKey}\u0000${roundedKey(binding.state)}`;
      const known = memo.get(key);
      if (known) return known;
      if (memo.size >= maxStates) {
        report.capped = true;
        return { paths: 1, longest: 0, random: NO_RANDOM };
      }
      memo.set(key, { paths: 0, longest: 0, random: NO_RANDOM }); // guards against loops while exploring
      const relation = binding.state;
      const point = t.choices.map((c) => c.source).join('|');
      choicePoints.add(point);
      const here: From = { ink: t.ink, key: t.inkKey };
      let paths = 0;
      let longest = 0;
      const subs: RandomFrom[] = [];
      t.choices.forEach((choice, i) => {
        const ckey = `${choice.source}|${choice.text}`;
        if (!withNote.has(ckey))
          withNote.set(ckey, { source: choice.source, text: choice.text, ok: !!choice.coach });
        if (!withEvent.has(ckey)) withEvent.set(ckey, { source: choice.source, text: choice.text, ok: true });
        binding.state = relation;
        binding.note = choice.coach;
        const next = [...choices, i];
        choiceMeta.set(next.join(','), { key: ckey });
        const sub = explore(next, ending, here, i);
        choiceMeta.delete(next.join(','));
        paths += sub.paths;
        longest = Math.max(longest, sub.longest + 1);
        subs.push(sub.random);
      });
      const result = { paths, longest, random: combineRandom(subs, scratch, seenBins) };
      memo.set(key, result);
      return result;
    } finally {
      pathKnots.pop();
    }
  };
  const choiceMeta = new Map<string, { key: string }>();

  let random = NO_RANDOM;
  try {
    const root = explore([], null, null, 0);
    report.paths = root.paths;
    report.longestPath = root.longest;
    random = root.random;
  } catch (e) {
    errors.add(e instanceof Error ? e.message : String(e));
  }
  report.statesExplored = memo.size;
  report.errors.push(...errors);
  report.choicePoints = choicePoints.size;
  report.choices = [...withNote.values()].map((c) => c.source);
  report.reachableEndings = [...reached].sort();
  report.unreachableKnots = knots.filter((k) => !knotsVisited.has(k));
  report.choicesWithoutNote = [...withNote.values()]
    .filter((c) => !c.ok)
    .map(({ source, text }) => ({ source, text }));
  report.choicesWithoutEvent = [...withEvent.values()]
    .filter((c) => !c.ok)
    .map(({ source, text }) => ({ source, text }));
  for (const tag of unknownTags)
    report.warnings.push(`unknown tag "# ${tag}:" (known: ${[...KNOWN_TAGS].join(', ')})`);
  if (best && worst) {
    report.rapport = spans.rapport;
    report.trust = spans.trust;
    report.score = spans.score;
    report.best = best;
    report.worst = worst;
  }
  memo.clear();
  transitions.clear();
  if (options.teaching !== false)
    report.teaching = teachingOf(report, compiled.json, random, rapportOf, declared, info.passMark ?? null);
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** One path played from the top in a fresh runner with the session's binding: what a learner
 * following `pick` would see, with the explanation log and the relationship state after each record. */
function emptyRange(): Range {
  return { min: Infinity, max: -Infinity };
}

function widen(r: Range, x: number): void {
  if (x < r.min) r.min = x;
  if (x > r.max) r.max = x;
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
