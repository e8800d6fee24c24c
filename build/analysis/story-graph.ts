/**
 * The story as a graph of scenes and choices, collected while the analyzer explores every path
 * (`AnalyzeOptions.graph`): what `npm run stories -- --map` and the dev server's `/__map/<id>` draw
 * (story-map.ts).
 *
 * A scene is a choice point, known by its choices' places in the ink (their `source`): the same
 * place reached with different relationship states is one scene, and two choice points that share
 * a choice (one offers an extra, conditional option) are one scene too. An edge is a choice, from
 * its scene to the next scene or ending it leads to — a choice whose continuation depends on the
 * relationship has an edge to each. An ending carries the score, Rapport and Trust ranges of the
 * paths that reach it. The best and worst paths (as the analyzer chose them) are marked on their
 * edges.
 *
 * The collector sees only what the explorer hands it (each segment's `Transition`, each ended
 * path); the words a scene shows before its choices are played again at the end, once per scene,
 * in a runner of its own.
 */
import type * as model from '../../src/core/model/index.ts';
import { READERS, RelationshipBinding } from '../../src/core/session/relationship.ts';
import { StoryRunner } from '../../src/core/story/runner.ts';
import { tagValue } from '../../src/core/story/tags.ts';
import { EffectTally, type OptionEffect } from './option-effects.ts';
import type { Transition } from './segments.ts';
import { widen, type Range } from './teaching.ts';

/** A line of the story as the map shows it. */
export interface GraphLine {
  speaker: string | null;
  text: string;
  /** The line's `# id:` (its translations' key), when it has one. */
  key?: string;
}

/** A choice point: where the learner chooses. */
export interface GraphScene {
  kind: 'scene';
  /** `s1`, `s2`, … in the order the exploration first met them (the first path: story order). */
  id: string;
  /** The knot or knot.stitch of its choices (`kickoff.rohit_speaks`). */
  place: string;
  /** The last lines shown before the choices (at most two, as first seen). */
  lines: GraphLine[];
  /** Its choices' places in the ink. */
  sources: string[];
  /** The first choice point of the story. */
  start: boolean;
}

/** An ending (`# ending:`) and the paths that reach it. */
export interface GraphEnding {
  kind: 'ending';
  /** `ending:<id>`. */
  id: string;
  ending: string;
  /** `# ending_title:`, or the id. */
  title: string;
  /** `<line id>#ending_title` of the line that named it (its translations' key). */
  titleKey?: string;
  /** Over the ended paths explored to it (merged paths share their ranges, to within a point). */
  score: Range;
  rapport: Range;
  trust: Range;
}

/** Where a path ends without an ending (an error the analyzer reports). */
export interface GraphDeadEnd {
  kind: 'dead-end';
  /** `dead-end:<n>`. */
  id: string;
  where: string | null;
}

export type GraphNode = GraphScene | GraphEnding | GraphDeadEnd;

/** A choice, from its scene to where it leads (one edge per place it leads to). */
export interface GraphEdge {
  /** `e1`, `e2`, … */
  id: string;
  from: string;
  to: string;
  /** The choice's place in the ink and its text and coach note. */
  source: string;
  text: string;
  coach: string | null;
  /** The choice's `# id:`: what the learner's record keeps (ink's `source` moves when tags change). */
  lineId?: string;
  /** Its position among the options offered (1-based; where an option before it is offered only in
   * some states, its position when it is). */
  position: number;
  /** On the best path / on the worst path (report.best / report.worst). */
  best: boolean;
  worst: boolean;
  /** The same choice also leads elsewhere, depending on the relationship. */
  depends: boolean;
  /** Its mean effect on each counterpart's shown Trust and Rapport, up to the next choice point,
   * over the `samples` relationship states it was explored from (option-effects.ts). */
  effect?: Record<string, OptionEffect>;
  samples?: number;
}

export interface StoryGraph {
  /** The first scene (null when the story ends before any choice). */
  start: string | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The best and worst paths as edge ids, in order. */
  best: string[];
  worst: string[];
}

/** What the explorer tells the collector (see analyzer.ts). */
export interface GraphCollector {
  /** A segment was played from the scene on top of the stack through the last of `choices` (or
   * from the top when `choices` is empty), with this outcome; `ending`: the ending seen on the path. */
  enter(choices: readonly number[], t: Transition, ending: string | null): void;
  /** Its subtree is explored (or merged): back to its scene. */
  leave(): void;
  /** A path ended with an ending (its final figures, as in report.best); whether it is (now) the
   * best or the worst path. */
  ended(result: EndedPath, best: boolean, worst: boolean): void;
  /** The graph (plays each scene's last segment again for its words). */
  graph(): StoryGraph;
}

/** An ended path's figures (a `PathResult` of story-report.ts). */
export interface EndedPath {
  ending: string | null;
  score: number;
  rapport: number;
  trust: number;
}

interface Frame {
  key: string;
  t: Transition;
  state: model.ModelState;
  /** The edge that led here (none at the top). */
  edge: string | null;
}

/** How a node was first reached: from a choice point's saved state through a choice. */
interface Arrival {
  from: { ink: string; state: model.ModelState } | null;
  index: number;
}

const SCENE = 's:';
const ENDING = 'ending:';
const DEAD = 'dead-end:';

/**
 * A collector for one exploration. `binding`: the explorer's (its state at a choice point is the
 * state the scene's choices are played from); `json`: the compiled story, for replaying segments.
 */
export function createGraphCollector(binding: RelationshipBinding, json: string): GraphCollector {
  const stack: Frame[] = [];
  const arrivals = new Map<string, Arrival>();
  const scenes = new Map<string, string[]>();
  const endings = new Map<string, { score: Range; rapport: Range; trust: Range }>();
  const dead = new Map<string, string | null>();
  const edges = new Map<
    string,
    {
      from: string;
      to: string;
      source: string;
      text: string;
      coach: string | null;
      lineId?: string;
      position: number;
    }
  >();
  // Each choice's position: the highest it is offered at (an option offered only in some states
  // moves the ones after it down).
  const positions = new Map<string, number>();
  let best: string[] = [];
  let worst: string[] = [];
  const effects = new EffectTally();

  const enter = (choices: readonly number[], t: Transition, ending: string | null) => {
    const parent = stack[stack.length - 1];
    let key: string;
    if (!t.ended) {
      const sources = t.choices.map((c) => c.source);
      key = SCENE + sources.join('|');
      if (!scenes.has(key)) scenes.set(key, sources);
    } else if (ending !== null) key = ENDING + ending;
    else {
      key = `${DEAD}${t.where ?? ''}`;
      if (!dead.has(key)) dead.set(key, t.where);
    }
    let edge: string | null = null;
    if (parent) {
      const index = choices[choices.length - 1]!;
      const choice = parent.t.choices[index]!;
      if ((positions.get(choice.source) ?? 0) <= index) positions.set(choice.source, index + 1);
      edge = `${parent.key}\u0000${choice.source}|${choice.text}\u0000${key}`;
      if (!edges.has(edge))
        edges.set(edge, {
          from: parent.key,
          to: key,
          source: choice.source,
          text: choice.text,
          coach: choice.coach,
          ...(choice.id !== undefined && { lineId: choice.id }),
          position: index + 1,
        });
      effects.add(edge, parent.state, binding.state);
    }
    if (!arrivals.has(key))
      arrivals.set(key, {
        from: parent ? { ink: parent.t.ink, state: parent.state } : null,
        index: choices.at(-1) ?? 0,
      });
    stack.push({ key, t, state: binding.state, edge });
  };

  const pathEdges = () => stack.flatMap((f) => (f.edge ? [f.edge] : []));

  const ended = (r: EndedPath, isBest: boolean, isWorst: boolean) => {
    if (r.ending !== null) {
      const e = endings.get(r.ending);
      if (!e)
        endings.set(r.ending, {
          score: { min: r.score, max: r.score },
          rapport: { min: r.rapport, max: r.rapport },
          trust: { min: r.trust, max: r.trust },
        });
      else {
        widen(e.score, r.score);
        widen(e.rapport, r.rapport);
        widen(e.trust, r.trust);
      }
    }
    if (isBest) best = pathEdges();
    if (isWorst) worst = pathEdges();
  };

  const graph = (): StoryGraph => {
    // Scenes that share a choice are one scene (an option offered only in some states).
    const parentOf = new Map<string, string>();
    const find = (k: string): string => {
      let r = k;
      while (parentOf.get(r) !== r) r = parentOf.get(r)!;
      parentOf.set(k, r);
      return r;
    };
    const bySource = new Map<string, string>();
    for (const [key, sources] of scenes) {
      parentOf.set(key, key);
      for (const s of sources) {
        const other = bySource.get(s);
        if (other === undefined) bySource.set(s, key);
        else {
          const a = find(other);
          const b = find(key);
          // The first met stays the representative: ids follow the order of exploration.
          if (a !== b) parentOf.set(b, a);
        }
      }
    }
    const merged = (k: string) => (parentOf.has(k) ? find(k) : k);

    const lines = playArrivals(json, arrivals);
    const ids = new Map<string, string>();
    const nodes: GraphNode[] = [];
    let sceneCount = 0;
    let deadCount = 0;
    for (const m of readingOrder(
      [...arrivals.keys()].map(merged),
      [...edges.values()].map((e) => [merged(e.from), merged(e.to)] as const),
    )) {
      if (ids.has(m)) continue;
      if (m.startsWith(SCENE)) {
        const id = `s${++sceneCount}`;
        ids.set(m, id);
        const sources = [...scenes].filter(([k]) => merged(k) === m).flatMap(([, s]) => s);
        nodes.push({
          kind: 'scene',
          id,
          place: placeOf(sources[0] ?? ''),
          lines: lastLines(lines.get(m)?.lines ?? []),
          sources: [...new Set(sources)],
          start: arrivals.get(m)!.from === null,
        });
      } else if (m.startsWith(ENDING)) {
        const ending = m.slice(ENDING.length);
        const r = endings.get(ending);
        const id = m;
        ids.set(m, id);
        const found = lines.get(m)?.lines ?? [];
        const named = found.find((l) => tagValue(l.tags, 'ending_title') !== undefined);
        const title = (named && tagValue(named.tags, 'ending_title')) ?? ending;
        const lineId = named && tagValue(named.tags, 'id');
        nodes.push({
          kind: 'ending',
          id,
          ending,
          title,
          ...(lineId && { titleKey: `${lineId}#ending_title` }),
          score: r?.score ?? { min: 0, max: 0 },
          rapport: r?.rapport ?? { min: 0, max: 0 },
          trust: r?.trust ?? { min: 0, max: 0 },
        });
      } else {
        const id = `${DEAD}${++deadCount}`;
        ids.set(m, id);
        nodes.push({ kind: 'dead-end', id, where: dead.get(m) ?? null });
      }
    }
    // Scenes first (in the order met), then endings by their best score, then dead ends.
    const rank = (n: GraphNode) => (n.kind === 'scene' ? 0 : n.kind === 'ending' ? 1 : 2);
    nodes.sort(
      (a, b) =>
        rank(a) - rank(b) || (a.kind === 'ending' && b.kind === 'ending' ? b.score.max - a.score.max : 0),
    );

    const edgeOf = new Map<string, GraphEdge>();
    const out: GraphEdge[] = [];
    const byEdge = new Map<string, GraphEdge>();
    for (const [key, e] of edges) {
      const from = ids.get(merged(e.from))!;
      const to = ids.get(merged(e.to))!;
      const k = `${from}\u0000${e.source}|${e.text}\u0000${to}`;
      let edge = byEdge.get(k);
      if (!edge) {
        const position = positions.get(e.source) ?? e.position;
        edge = { ...e, id: '', from, to, position, best: false, worst: false, depends: false };
        byEdge.set(k, edge);
        out.push(edge);
      }
      edgeOf.set(key, edge);
    }
    const playedAs = new Map<GraphEdge, string[]>();
    for (const [key, e] of edgeOf) playedAs.set(e, [...(playedAs.get(e) ?? []), key]);
    for (const [e, keys] of playedAs) Object.assign(e, effects.merged(keys));
    // In reading order: by scene, then option, then where it leads.
    const order = new Map(nodes.map((n, i) => [n.id, i]));
    out.sort(
      (a, b) =>
        order.get(a.from)! - order.get(b.from)! ||
        a.position - b.position ||
        order.get(a.to)! - order.get(b.to)!,
    );
    out.forEach((e, i) => (e.id = `e${i + 1}`));
    const targets = new Map<string, number>();
    const choiceKey = (e: GraphEdge) => `${e.from}\u0000${e.source}|${e.text}`;
    for (const e of out) targets.set(choiceKey(e), (targets.get(choiceKey(e)) ?? 0) + 1);
    for (const e of out) e.depends = targets.get(choiceKey(e))! > 1;
    const bestIds = best.map((k) => edgeOf.get(k)!.id);
    const worstIds = worst.map((k) => edgeOf.get(k)!.id);
    for (const e of out) {
      e.best = bestIds.includes(e.id);
      e.worst = worstIds.includes(e.id);
    }
    const start = nodes.find((n) => n.kind === 'scene' && n.start);
    return { start: start?.id ?? null, nodes, edges: out, best: bestIds, worst: worstIds };
  };

  return { enter, leave: () => void stack.pop(), ended, graph };
}

/**
 * The nodes in reading order: each after every node that leads to it (where the story has no
 * loop), the first met first among those ready.
 */
function readingOrder(met: readonly string[], links: readonly (readonly [string, string])[]): string[] {
  const nodes = [...new Set(met)];
  const into = new Map(nodes.map((n) => [n, new Set<string>()]));
  for (const [a, b] of links) if (a !== b) into.get(b)!.add(a);
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < nodes.length) {
    // The first met of those whose every predecessor is placed; in a loop, the first met left.
    const ready =
      nodes.find((n) => !done.has(n) && [...into.get(n)!].every((p) => done.has(p))) ??
      nodes.find((n) => !done.has(n))!;
    done.add(ready);
    order.push(ready);
  }
  return order;
}

/** Play each node's first segment again, in a runner of its own: its lines (with tags). */
function playArrivals(
  json: string,
  arrivals: ReadonlyMap<string, Arrival>,
): Map<
  string,
  { lines: { speaker: string | null; text: string; tags: { name: string; value: string }[] }[] }
> {
  const out = new Map<
    string,
    { lines: { speaker: string | null; text: string; tags: { name: string; value: string }[] }[] }
  >();
  const binding = new RelationshipBinding(() => null);
  let runner: StoryRunner;
  try {
    runner = new StoryRunner(json, { externals: binding.externals(), readers: READERS });
  } catch {
    return out;
  }
  const initial = runner.saveInkState();
  const initialState = binding.state;
  for (const [key, { from, index }] of arrivals) {
    try {
      binding.log.length = 0;
      if (from) {
        runner.loadInkState(from.ink);
        binding.state = from.state;
        runner.choose(index);
      } else {
        runner.loadInkState(initial);
        binding.state = initialState;
      }
      out.set(key, { lines: runner.continue().lines });
    } catch {
      // no words for this node: the map shows its place only
    }
  }
  return out;
}

/** The knot or knot.stitch of a choice's ink path (`kickoff.rohit_speaks.0.23` → `kickoff.rohit_speaks`). */
export function placeOf(source: string, top = source): string {
  const parts: string[] = [];
  for (const p of source.split('.')) {
    if (/^\d+$/.test(p) || /^[cg]-\d+$/.test(p)) break;
    parts.push(p);
  }
  return parts.join('.') || top;
}

function lastLines(lines: readonly (GraphLine & { tags: { name: string; value: string }[] })[]): GraphLine[] {
  return lines.slice(-2).map(({ speaker, text, tags }) => {
    const key = tagValue(tags, 'id');
    return { speaker, text, ...(key && { key }) };
  });
}
