/**
 * The story analyzer: plays every path through a story, headless, with the real relationship
 * model, and reports what an author and a trainer need to know — endings reached or not, dead
 * ends, knots never reached, choices without a coach note or a relationship event, the reachable
 * range of Rapport, Trust and score, and the best and worst paths.
 *
 * Paths are explored depth-first from saved ink states; two paths that arrive at the same ink
 * state with the same relationship state are merged, so the search stays fast. It never touches
 * the DOM, the store or the clock. Used by `npm run stories` and by the test suite.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as model from '../model/index.ts';
import { READERS, RelationshipBinding } from '../session/relationship.ts';
import { compileInkFile, formatDiagnostic } from '../story/compile.ts';
import { StoryRunner, StoryRuntimeError } from '../story/runner.ts';
import { CHOICE_TAGS, GLOBAL_TAGS, LINE_TAGS, storyInfo, tagValue, type Tag } from '../story/tags.ts';

export interface Range {
  min: number;
  max: number;
}

export interface PathResult {
  /** Choice indices taken from the start. */
  choices: number[];
  ending: string | null;
  rapport: number;
  trust: number;
  score: number;
}

export interface ChoiceIssue {
  source: string;
  text: string;
}

export interface StoryReport {
  id: string;
  title: string;
  file: string;
  errors: string[];
  warnings: string[];
  choicePoints: number;
  /** Distinct choices (by place and text): the branches a path map can show. */
  choices: string[];
  endings: string[];
  reachableEndings: string[];
  deadEnds: { choices: number[]; where: string | null }[];
  unreachableKnots: string[];
  choicesWithoutNote: ChoiceIssue[];
  choicesWithoutEvent: ChoiceIssue[];
  rapport: Range;
  trust: Range;
  score: Range;
  /** Number of distinct paths from start to an end (a lower bound when `capped`). */
  paths: number;
  capped: boolean;
  longestPath: number;
  best: PathResult | null;
  worst: PathResult | null;
  statesExplored: number;
  ms: number;
}

export interface AnalyzeOptions {
  /** Stop after exploring this many distinct states (the report says `capped`). */
  maxStates?: number;
  root?: string;
}

const KNOWN_TAGS = new Set<string>([...GLOBAL_TAGS, ...LINE_TAGS, ...CHOICE_TAGS]);

interface Subtree {
  paths: number;
  longest: number;
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
    statesExplored: 0,
    ms: 0,
  };
  if (!compiled.story || !compiled.json) {
    report.ms = Math.round(performance.now() - started);
    return report;
  }

  const binding: RelationshipBinding = new RelationshipBinding(() => runner.sourceLine ?? runner.where);
  const runner = new StoryRunner(compiled.story, { externals: binding.externals(), readers: READERS });
  report.title = storyInfo(id, runner.story.globalTags).title;

  const maxStates = options.maxStates ?? 20_000;
  const memo = new Map<string, Subtree>();
  const choicePoints = new Set<string>();
  const withNote = new Map<string, ChoiceIssue & { ok: boolean }>();
  const withEvent = new Map<string, ChoiceIssue & { ok: boolean }>();
  const reached = new Set<string>();
  const knotsVisited = new Set<string>();
  const unknownTags = new Set<string>();
  const errors = new Set<string>();
  const results: PathResult[] = [];
  const knots = knotNames(compiled.json, compiled.files);
  // Paths the story reads visit counts of (labels and knots in conditions): their last component.
  const readTargets = new Set(
    [...compiled.json.matchAll(/"CNT\?":"([^"]+)"/g)].map((m) => m[1]!.split('.').pop()!),
  );

  const finish = (choices: number[], ending: string | null) => {
    for (const k of knots) if ((runner.story.state.VisitCountAtPathString(k) ?? 0) > 0) knotsVisited.add(k);
    const cps = binding.state.order.map((who) => binding.state.counterparts[who]!);
    const mean = (f: (cp: model.CounterpartState) => number) =>
      cps.length ? cps.reduce((s, cp) => s + f(cp), 0) / cps.length : 0;
    results.push({
      choices,
      ending,
      rapport: round(mean(model.shownRapport)),
      trust: round(mean(model.shownTrust)),
      score: round(model.scenarioScore(binding.state)),
    });
  };

  /** Explore from the current runner state (already loaded), having taken `choices`. */
  const explore = (choices: number[], endingSoFar: string | null): Subtree => {
    let step;
    const logBefore = binding.log.length;
    try {
      step = runner.continue();
    } catch (e) {
      const msg = e instanceof StoryRuntimeError ? e.message : String(e);
      errors.add(msg);
      return { paths: 0, longest: 0 };
    }
    const lastChoice = choiceMeta.get(choices.join(','));
    if (lastChoice) {
      const entry = withEvent.get(lastChoice.key)!;
      if (binding.log.length === logBefore) entry.ok = false;
    }
    let ending = endingSoFar;
    for (const line of step.lines) {
      noteUnknown(line.tags, unknownTags);
      const e = tagValue(line.tags, 'ending');
      if (e !== undefined) ending = e;
    }
    if (step.ended) {
      if (ending === null) report.deadEnds.push({ choices, where: runner.where });
      else reached.add(ending);
      finish(choices, ending);
      return { paths: 1, longest: 0 };
    }
    const ink = runner.saveInkState();
    const key = stateKey(ink, binding.state, ending, readTargets);
    const known = memo.get(key);
    if (known) return known;
    if (memo.size >= maxStates) {
      report.capped = true;
      return { paths: 1, longest: 0 };
    }
    memo.set(key, { paths: 0, longest: 0 }); // guards against loops while exploring
    const relation = binding.state;
    const point = step.choices.map((c) => c.source).join('|');
    choicePoints.add(point);
    let paths = 0;
    let longest = 0;
    step.choices.forEach((choice, i) => {
      const ckey = `${choice.source}|${choice.text}`;
      if (!withNote.has(ckey))
        withNote.set(ckey, { source: choice.source, text: choice.text, ok: !!choice.coach });
      if (!withEvent.has(ckey)) withEvent.set(ckey, { source: choice.source, text: choice.text, ok: true });
      // The runner is still at this state for the first choice; later ones start from the save.
      if (i > 0) runner.loadInkState(ink);
      binding.state = relation;
      binding.note = choice.coach;
      runner.choose(i);
      const next = [...choices, i];
      choiceMeta.set(next.join(','), { key: ckey });
      const sub = explore(next, ending);
      choiceMeta.delete(next.join(','));
      paths += sub.paths;
      longest = Math.max(longest, sub.longest + 1);
    });
    const result = { paths, longest };
    memo.set(key, result);
    return result;
  };
  const choiceMeta = new Map<string, { key: string }>();

  try {
    const root = explore([], null);
    report.paths = root.paths;
    report.longestPath = root.longest;
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
  const ended = results.filter((r) => r.ending !== null);
  if (ended.length) {
    const span = (f: (r: PathResult) => number): Range => ({
      min: Math.min(...ended.map(f)),
      max: Math.max(...ended.map(f)),
    });
    report.rapport = span((r) => r.rapport);
    report.trust = span((r) => r.trust);
    report.score = span((r) => r.score);
    const byScore = [...ended].sort((a, b) => b.score - a.score || a.choices.length - b.choices.length);
    report.best = byScore[0]!;
    report.worst = byScore[byScore.length - 1]!;
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Two states merge when ink is at the same place with the same variables and the relationship
 * agrees to the nearest point on every value: the rest of the story then plays the same way
 * (the report's ranges may differ from an exhaustive search by less than a point). Without this,
 * every combination of choices is its own state and long stories explode.
 */
function stateKey(
  inkState: string,
  relation: model.ModelState,
  ending: string | null,
  readTargets: ReadonlySet<string>,
): string {
  // Turn counters differ between paths of different lengths but do not change what follows
  // (our stories do not use TURNS_SINCE). Visit counts matter only where the story reads them
  // (a label or knot used in a condition); the rest would make every path its own state. This
  // assumes choice points are not revisited in loops (once-only choices there read their own count).
  const ink = inkState
    .replace(/"turnIndices":\{[^}]*\},?|"turnIdx":-?\d+,?/g, '')
    .replace(/"visitCounts":(\{[^}]*\})/, (_m, counts: string) => {
      const kept = Object.entries(JSON.parse(counts) as Record<string, number>).filter(([path]) =>
        [...readTargets].some((t) => path === t || path.endsWith(`.${t}`)),
      );
      return `"visitCounts":${JSON.stringify(Object.fromEntries(kept))}`;
    });
  const rel = roundedKey(relation);
  return `${ending ?? ''}\u0000${ink}\u0000${rel}`;
}

/** A compact key for a value with every number rounded to the nearest integer (faster than a
 * `JSON.stringify` replacer, which calls back for every property). */
function roundedKey(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'u';
  if (Array.isArray(value)) return `[${value.map(roundedKey).join(',')}]`;
  let out = '{';
  for (const k of Object.keys(value)) out += `${k}:${roundedKey((value as Record<string, unknown>)[k])},`;
  return `${out}}`;
}

function noteUnknown(tags: readonly Tag[], into: Set<string>): void {
  for (const t of tags) if (!KNOWN_TAGS.has(t.name)) into.add(t.name);
}

/** Every `# ending: id` written in the story's files (reachable or not). */
function declaredEndings(files: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/#\s*ending\s*:\s*([^\s#]+)/g)) ids.add(m[1]!);
  }
  return [...ids].sort();
}

/** Knots of the story (not functions), from the compiled JSON's top-level named content. */
function knotNames(json: string, files: readonly string[]): string[] {
  const functions = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s*==+\s*function\s+(\w+)/gm)) functions.add(m[1]!);
  }
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named).filter((k) => k !== 'global decl' && !k.startsWith('#') && !functions.has(k));
}
