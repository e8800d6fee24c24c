/**
 * The story analyzer: plays every path through a story, headless, with the real relationship
 * model, and reports what an author and a trainer need to know — endings reached or not, dead
 * ends, knots never reached, choices without a coach note or a relationship event, the reachable
 * range of Rapport, Trust and score, and the best and worst paths.
 *
 * Paths are explored depth-first from saved ink states; two paths that arrive at the same ink
 * state with the same relationship state are merged, so the search stays fast. Ink is played a
 * segment at a time by segments.ts, which replays recorded segments where it can. It never touches
 * the DOM, the store or the clock. Used by `npm run stories` and by the test suite.
 */
import { basename } from 'node:path';
import * as model from '../../src/core/model/index.ts';
import { compileInkFile, formatDiagnostic } from '../ink/compile.ts';
import { storyInfo, tagValue } from '../../src/core/story/tags.ts';
import type { AnalyzeOptions, ChoiceIssue, PathResult, StoryReport } from './story-report.ts';
import { combineRandom, NO_RANDOM, SCORE_BINS, scoreBin, type RandomFrom } from './random-play.ts';
import { emptyTeaching, teachingOf } from './figures.ts';
import { MergeMemo } from './state-key.ts';
import { createSegments, type From, type Transition } from './segments.ts';
import { declaredEndings, KNOWN_TAGS, knotNames } from './story-facts.ts';
import { createGraphCollector, placeOf } from './story-graph.ts';
import { emptyRange, round1, widen, type Range } from './teaching.ts';
import { CounterpartFigures } from './counterparts.ts';

export type { Range };
export type { AnalyzeOptions, ChoiceIssue, PathResult, StoryReport } from './story-report.ts';

interface Subtree {
  paths: number;
  longest: number;
  /** Random play from here (each option equally likely): the merge memo is its dynamic programme. */
  random: RandomFrom;
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
    counterparts: [],
    businessAsks: [],
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

  const knots = knotNames(compiled.json, compiled.files);
  // Paths the story reads visit counts of (labels and knots in conditions): their last component.
  const readTargets = new Set(
    [...compiled.json.matchAll(/"CNT\?":"([^"]+)"/g)].map((m) => m[1]!.split('.').pop()!),
  );
  const segments = createSegments(
    compiled.story,
    compiled.json,
    knots,
    readTargets,
    options.transitionMemo ?? true,
  );
  const { binding, runner, transition } = segments;
  const info = storyInfo(id, runner.rawGlobalTags);
  report.title = info.title;
  const passTag = tagValue(runner.globalTags, 'pass_mark');
  if (passTag !== undefined && info.passMark === undefined)
    report.warnings.push(
      `"# pass_mark: ${passTag}" is not a number from 0 to 100 — write e.g. "# pass_mark: 60"`,
    );

  const maxStates = options.maxStates ?? 20_000;
  // The story map's graph (story-graph.ts), only when asked for: it costs nothing otherwise.
  const graph = options.graph ? createGraphCollector(binding, compiled.json) : null;
  const memo = new MergeMemo<Subtree>();
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
  // The knots entered by each segment of the path being explored; those below `counted` are in
  // `knotsVisited` already (a path that ends adds the rest).
  const pathKnots: (readonly string[])[] = [];
  let counted = 0;

  // Each counterpart's Rapport and Trust over the ended paths, per ending, and the business asks.
  const figures = new CounterpartFigures();
  let declared = false;
  /** Record the ended path (`path`); its final score, unrounded. */
  const finish = (ending: string | null): number => {
    for (; counted < pathKnots.length; counted++) for (const k of pathKnots[counted]!) knotsVisited.add(k);
    const { order, counterparts } = binding.state;
    const score = model.scenarioScore(binding.state);
    if (order.length) declared = true;
    if (ending !== null) {
      let rapport = 0;
      let trust = 0;
      for (const who of order) {
        rapport += model.shownRapport(counterparts[who]!);
        trust += model.shownTrust(counterparts[who]!);
      }
      const shown = {
        rapport: round1(order.length ? rapport / order.length : 0),
        trust: round1(order.length ? trust / order.length : 0),
        score: round1(score),
      };
      widen(spans.rapport, shown.rapport);
      widen(spans.trust, shown.trust);
      widen(spans.score, shown.score);
      const isBest =
        !best ||
        shown.score > best.score ||
        (shown.score === best.score && path.length < best.choices.length);
      const isWorst =
        !worst ||
        shown.score < worst.score ||
        (shown.score === worst.score && path.length >= worst.choices.length);
      // The path's choices are copied only for a path kept (or drawn).
      if (isBest || isWorst || graph) {
        const r: PathResult = { choices: path.slice(), ending, ...shown };
        if (isBest) best = r;
        if (isWorst) worst = r;
        graph?.ended(r, isBest, isWorst);
      }
      figures.ended(binding.state, ending);
    }
    return score;
  };
  /** Random play from an end (score bin, ending): one object for each, only ever read. */
  const ends = new Map<string, RandomFrom>();
  const ended = (bin: number, ending: string): RandomFrom => {
    const key = `${bin}\u0000${ending}`;
    let r = ends.get(key);
    if (!r) {
      r = {
        scores: { bins: Int32Array.of(bin), p: Float64Array.of(1) },
        endings: new Map([[ending, 1]]),
        choices: 0,
      };
      ends.set(key, r);
    }
    return r;
  };
  const scratch = new Float64Array(SCORE_BINS);
  const seenBins = new Uint8Array(SCORE_BINS);

  /** The choices taken on the path being explored (copied where a path is kept). */
  const path: number[] = [];
  /** What the explorer derives from a choice point's choices, once per recorded outcome. */
  const points = new WeakMap<Transition, { point: string; scene: string; keys: string[] }>();
  const pointOf = (t: Transition) => {
    let p = points.get(t);
    if (!p) {
      p = {
        point: t.choices.map((c) => c.source).join('|'),
        scene: placeOf(t.choices[0]?.source ?? '', 'the top of the story'),
        keys: t.choices.map((c) => `${c.source}|${c.text}`),
      };
      points.set(t, p);
    }
    return p;
  };

  /** Explore the segment from `from` through choice `index` (from the top when `from` is null),
   * having taken the choices in `path`; `via`: the key (`source|text`) of the choice that leads
   * into it. */
  const explore = (
    endingSoFar: string | null,
    from: From | null,
    index: number,
    via: string | null,
  ): Subtree => {
    const t = transition(from, index);
    figures.asked(t.asks);
    if ('error' in t) {
      errors.add(t.error);
      return { paths: 0, longest: 0, random: NO_RANDOM };
    }
    if (via !== null && !t.logged) withEvent.get(via)!.ok = false;
    for (const tag of t.unknown) unknownTags.add(tag);
    const ending = t.ending ?? endingSoFar;
    pathKnots.push(t.entered);
    graph?.enter(path, t, ending);
    try {
      if (t.ended) {
        if (ending === null) report.deadEnds.push({ choices: path.slice(), where: t.where });
        else reached.add(ending);
        const score = finish(ending);
        return { paths: 1, longest: 0, random: ended(scoreBin(score), ending ?? '') };
      }
      const known = memo.get(ending ?? '', t.inkKey, binding.state);
      if (known) return known.value;
      if (memo.size >= maxStates) {
        report.capped = true;
        return { paths: 1, longest: 0, random: NO_RANDOM };
      }
      const relation = binding.state;
      // guards against loops while exploring
      const merged = memo.add(ending ?? '', t.inkKey, relation, { paths: 0, longest: 0, random: NO_RANDOM });
      const { point, scene, keys } = pointOf(t);
      choicePoints.add(point);
      statesAt.set(scene, (statesAt.get(scene) ?? 0) + 1);
      const here: From = { ink: t.ink, segment: t.segment };
      let paths = 0;
      let longest = 0;
      const subs: RandomFrom[] = [];
      t.choices.forEach((choice, i) => {
        const ckey = keys[i]!;
        if (!withNote.has(ckey))
          withNote.set(ckey, { source: choice.source, text: choice.text, ok: !!choice.coach });
        if (!withEvent.has(ckey)) withEvent.set(ckey, { source: choice.source, text: choice.text, ok: true });
        binding.state = relation;
        binding.note = choice.coach;
        path.push(i);
        const sub = explore(ending, here, i, ckey);
        path.pop();
        paths += sub.paths;
        longest = Math.max(longest, sub.longest + 1);
        subs.push(sub.random);
      });
      const result = { paths, longest, random: combineRandom(subs, scratch, seenBins) };
      merged.value = result;
      return result;
    } finally {
      pathKnots.pop();
      if (counted > pathKnots.length) counted = pathKnots.length;
      graph?.leave();
    }
  };
  /** Distinct states explored at each scene (knot or knot.stitch), to say where a capped story piles up. */
  const statesAt = new Map<string, number>();

  let random = NO_RANDOM;
  try {
    const root = explore(null, null, 0, null);
    report.paths = root.paths;
    report.longestPath = root.longest;
    random = root.random;
  } catch (e) {
    errors.add(e instanceof Error ? e.message : String(e));
  }
  report.statesExplored = memo.size;
  report.counterparts = figures.counterparts();
  report.businessAsks = figures.businessAsks();
  if (report.capped) {
    // Where the states piled up: the scene whose paths stopped rejoining.
    let most: { scene: string; states: number } | null = null;
    for (const [scene, states] of statesAt) if (!most || states > most.states) most = { scene, states };
    if (most) report.cappedAt = most;
  }
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
  if (graph) report.graph = graph.graph();
  memo.clear();
  segments.clear();
  if (options.teaching !== false)
    report.teaching = teachingOf(
      report,
      compiled.json,
      random,
      figures.rapportRanges(),
      declared,
      info.passMark ?? null,
    );
  report.ms = Math.round(performance.now() - started);
  return report;
}
