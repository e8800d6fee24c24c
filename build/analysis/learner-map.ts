/**
 * The learner's story map, laid out at build time: the story graph (story-graph.ts) placed top to
 * bottom by dagre, as data the page draws (src/core/story-map.ts). The ink plugin serves it as
 * `./x.ink?map`, a lazy module of its own, so neither the graph nor a layout library is in the
 * first bundle.
 *
 * The page decides what is solid and what is faint from the learner's record, so the layout leaves
 * room for everything: each scene is a box with a row for each of its options (the row shows the
 * option's words only once it has been taken) and the options' lines leave its bottom edge side by
 * side, in option order. Endings are boxes sized for their title (a "?" until found). Nothing about
 * scores or the best path is kept: the learner's map must not give the answers away.
 *
 * It is drawn for a card about 360 px wide, and a phone shows it at that width: a rank too wide
 * for it (two scenes side by side, a line passing beside a scene) gets narrower boxes, whose words
 * wrap into more lines, rather than a smaller font.
 */
import dagre, { type GraphLabel, type graphlib } from '@dagrejs/dagre';
import {
  MAP_DRAWING,
  type MapChoice,
  type MapEnding,
  type MapScene,
  type StoryMap,
} from '../../src/core/story-map.ts';
import type { GraphEdge, GraphEnding, GraphScene, StoryGraph } from './story-graph.ts';
import { basis, speakerName, wrap } from './story-map.ts';

/** The drawing's width it is laid out for (a progress card; a phone shows it at about this). */
export const MAP_WIDTH = 360;
const MARGIN = 8;
const PAD = MAP_DRAWING.pad;
const MIN_SCENE = 150;
const MAX_ENDING = 200;
const NODESEP = 16;
const SIZES = MAP_DRAWING.size;
const MARKER = MAP_DRAWING.marker;
const PORT_GAP = 22;

interface Node {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

interface Wire {
  weight: number;
  points?: { x: number; y: number }[];
}

interface Choice {
  scene: string;
  source: string;
  lineId?: string;
  text: string;
  position: number;
  to: string[];
}

/** Lay out the learner's map of a story (null when the story has no choice). */
export function layOutLearnerMap(graph: StoryGraph): StoryMap | null {
  if (graph.start === null) return null;
  const scenes = graph.nodes.filter((n): n is GraphScene => n.kind === 'scene');
  const endings = graph.nodes.filter((n): n is GraphEnding => n.kind === 'ending');
  const drawn = new Set([...scenes, ...endings].map((n) => n.id));
  const choices = choicesOf(graph.edges, drawn);

  const endingWidth = Math.min(
    MAX_ENDING,
    Math.floor((MAP_WIDTH - 2 * MARGIN - (endings.length - 1) * NODESEP) / Math.max(1, endings.length)),
  );
  const endingBoxes = new Map(endings.map((e) => [e.id, endingBox(e, endingWidth)]));
  const widths = new Map(scenes.map((s) => [s.id, MAP_WIDTH - 2 * MARGIN]));

  // Lay out; where a rank is too wide, narrow its scenes and lay out again.
  let g = layout(scenes, choices, widths, endingBoxes);
  for (let round = 0; round < 8 && narrow(g, scenes, widths); round++)
    g = layout(scenes, choices, widths, endingBoxes);

  fit(g);

  const box = (id: string) => {
    const n = g.node(id);
    return { x: n.x! - n.width / 2, y: n.y! - n.height / 2, width: n.width, height: n.height };
  };
  const mapScenes: MapScene[] = scenes.map((s, i) => {
    const b = box(s.id);
    const inside = sceneInside(s, b.width, choices.get(s.id) ?? []);
    const own = choices.get(s.id) ?? [];
    const ports = own.map((_, k) => ({
      x:
        b.x + b.width / 2 + (k - (own.length - 1) / 2) * Math.min(PORT_GAP, (b.width - 2 * PAD) / own.length),
      y: b.y + b.height,
    }));
    return {
      id: s.id,
      n: i + 1,
      ...round(b),
      start: s.start,
      said: inside.said,
      saidLines: inside.saidLines,
      titleY: r1(b.y + inside.titleY),
      choices: own.map((c, k): MapChoice => ({
        source: c.source,
        ...(c.lineId !== undefined && { lineId: c.lineId }),
        text: c.text,
        lines: inside.rows[k]!.lines,
        rowY: r1(b.y + inside.rows[k]!.y),
        port: { x: r1(ports[k]!.x), y: r1(ports[k]!.y) },
        leads: c.to.map((to) => ({ to, d: line(g, s.id, to, ports[k]!) })),
      })),
    };
  });
  const mapEndings: MapEnding[] = endings.map((e) => ({
    id: e.id,
    ending: e.ending,
    title: e.title,
    lines: endingBoxes.get(e.id)!.lines,
    ...round(box(e.id)),
  }));
  return {
    width: Math.ceil(g.graph().width!),
    height: Math.ceil(g.graph().height!),
    scenes: mapScenes,
    endings: mapEndings,
  };
}

/** Each scene's options, in the order offered: a choice is its place in the ink (the learner's
 * record keeps no more), whatever its words in a given state, with every place it leads to. */
function choicesOf(edges: readonly GraphEdge[], drawn: ReadonlySet<string>): Map<string, Choice[]> {
  const byKey = new Map<string, Choice>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.source}`;
    let c = byKey.get(key);
    if (!c) {
      c = {
        scene: e.from,
        source: e.source,
        text: e.text,
        ...(e.lineId !== undefined && { lineId: e.lineId }),
        position: e.position,
        to: [],
      };
      byKey.set(key, c);
    }
    c.position = Math.min(c.position, e.position);
    if (drawn.has(e.to) && !c.to.includes(e.to)) c.to.push(e.to);
  }
  const out = new Map<string, Choice[]>();
  for (const c of byKey.values()) {
    if (!out.has(c.scene)) out.set(c.scene, []);
    out.get(c.scene)!.push(c);
  }
  for (const list of out.values()) list.sort((a, b) => a.position - b.position);
  return out;
}

const lineHeight = (size: number) => size + 4;

/** What a scene's box holds, top to bottom, at this width (offsets from its top). */
function sceneInside(s: GraphScene, width: number, own: readonly Choice[]) {
  const last = s.lines[s.lines.length - 1];
  const said = last ? { speaker: speakerName(last.speaker), text: last.text } : null;
  const saidLines = said
    ? wrap(`${said.speaker ? `${said.speaker}: ` : ''}${said.text}`, width - 2 * PAD, SIZES.said, 2)
    : [];
  let y = PAD + SIZES.title;
  const titleY = y;
  // Room for the words said (or, before the scene is reached, "Not reached yet").
  y += Math.max(1, saidLines.length) * lineHeight(SIZES.said) + 6;
  const rows = own.map((c) => {
    const lines = wrap(c.text, width - 2 * PAD - MARKER.indent, SIZES.row, 2);
    const row = { y: y + SIZES.row - 2, lines };
    y += Math.max(1, lines.length) * lineHeight(SIZES.row) + 5;
    return row;
  });
  return { said, saidLines, titleY, rows, height: y + PAD - 2 };
}

function endingBox(e: GraphEnding, width: number): Node & { lines: string[] } {
  const lines = wrap(e.title, width - 16, SIZES.ending, 4, true);
  return { width, height: Math.max(52, 14 + lines.length * lineHeight(SIZES.ending) + 8), lines };
}

function layout(
  scenes: readonly GraphScene[],
  choices: ReadonlyMap<string, Choice[]>,
  widths: ReadonlyMap<string, number>,
  endings: ReadonlyMap<string, Node>,
): Graph {
  // dagre's default balances four alignments; one of them alone is sometimes narrower.
  let best: Graph | null = null;
  for (const align of [undefined, 'UL', 'UR', 'DL', 'DR'] as const) {
    const g = layoutOnce(scenes, choices, widths, endings, align);
    if (!best || g.graph().width! < best.graph().width! - 0.5) best = g;
  }
  return best!;
}

type Graph = graphlib.Graph<GraphLabel, Node, Wire>;

function layoutOnce(
  scenes: readonly GraphScene[],
  choices: ReadonlyMap<string, Choice[]>,
  widths: ReadonlyMap<string, number>,
  endings: ReadonlyMap<string, Node>,
  align: 'UL' | 'UR' | 'DL' | 'DR' | undefined,
): Graph {
  const g: Graph = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: 'TB',
    ...(align ? { align } : {}),
    nodesep: NODESEP,
    edgesep: 10,
    ranksep: 40,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  for (const s of scenes) {
    const width = widths.get(s.id)!;
    g.setNode(s.id, { width, height: sceneInside(s, width, choices.get(s.id) ?? []).height });
  }
  for (const [id, e] of endings) g.setNode(id, { width: e.width, height: e.height });
  // One line per pair of boxes for the layout: the options between them follow it side by side.
  for (const list of choices.values())
    for (const c of list)
      for (const to of c.to) {
        const w = g.edge(c.scene, to);
        if (w) w.weight += 1;
        else g.setEdge(c.scene, to, { weight: 1 });
      }
  dagre.layout(g);
  return g;
}

/** Narrow the scenes of every rank too wide for the map (false: none is, or none can be). */
function narrow(g: Graph, scenes: readonly GraphScene[], widths: Map<string, number>): boolean {
  const room = MAP_WIDTH - 2 * MARGIN;
  const ranks = new Map<number, string[]>();
  for (const s of scenes) {
    const y = Math.round(g.node(s.id).y!);
    if (!ranks.has(y)) ranks.set(y, []);
    ranks.get(y)!.push(s.id);
  }
  const points = g.edges().flatMap((e) => g.edge(e).points ?? []);
  let changed = false;
  for (const [y, ids] of ranks) {
    // What the rank needs: its boxes side by side, and room for each line passing beside them.
    const boxes = g
      .nodes()
      .map((id) => g.node(id))
      .filter((n) => Math.abs(n.y! - y) < 1);
    const inside = (x: number) => boxes.some((n) => Math.abs(n.x! - x) <= n.width / 2);
    const passing = points.filter((p) => Math.abs(p.y - y) < 1 && !inside(p.x)).length;
    const need = boxes.reduce((w, n) => w + n.width, 0) + (boxes.length - 1) * NODESEP + passing * 22;
    const over = need - room;
    if (over <= 0.5) continue;
    for (const id of ids) {
      const w = Math.max(MIN_SCENE, Math.floor(widths.get(id)! - over / ids.length - 1));
      if (w < widths.get(id)!) {
        widths.set(id, w);
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * Keep every box within the map's width: dagre centres a box over the boxes it leads to, and near
 * the endings that can push a box past the edge although its rank has room. Such a rank is slid
 * back inside, its boxes — and the lines passing beside them — kept in order and apart.
 */
function fit(g: Graph): void {
  const lo = MARGIN;
  const hi = MAP_WIDTH - MARGIN;
  /** A box, or a line passing a rank (a point of a long edge, 12 wide). */
  type Item = { x: number; half: number; box: boolean; move: (x: number) => void };
  const ranks = new Map<number, Item[]>();
  for (const id of g.nodes()) {
    const n = g.node(id);
    const y = Math.round(n.y!);
    if (!ranks.has(y)) ranks.set(y, []);
    ranks.get(y)!.push({ x: n.x!, half: n.width / 2, box: true, move: (x) => (n.x = x) });
  }
  const long = g
    .edges()
    .map((e) => g.edge(e).points ?? [])
    .filter((points) => points.length > 3);
  for (const points of long)
    for (const p of points.slice(1, -1))
      ranks.get(Math.round(p.y))?.push({ x: p.x, half: 6, box: false, move: (x) => (p.x = x) });
  const gap = (a: Item, b: Item) => (a.box && b.box ? NODESEP : 8);
  for (const items of ranks.values()) {
    items.sort((a, b) => a.x - b.x);
    for (let i = items.length - 1; i >= 0; i--) {
      const next = items[i + 1];
      const limit = next ? next.x - next.half - gap(items[i]!, next) : hi;
      items[i]!.x = Math.min(items[i]!.x, limit - items[i]!.half);
    }
    for (const [i, item] of items.entries()) {
      const before = items[i - 1];
      const limit = before ? before.x + before.half + gap(before, item) : lo;
      item.x = Math.max(item.x, limit + item.half);
      item.move(item.x);
    }
  }
  // A long line's bends between ranks follow the points beside the ranks, so it runs straight down
  // beside the boxes it passes.
  const atRank = (p: { y: number }) => ranks.has(Math.round(p.y));
  for (const points of long) {
    const inner = points.slice(1, -1);
    inner.forEach((p, i) => {
      if (atRank(p)) return;
      const near = [inner[i - 1], inner[i + 1]].filter((q) => q && atRank(q));
      if (near.length) p.x = near.reduce((x, q) => x + q!.x, 0) / near.length;
    });
  }
  for (const e of g.edges())
    for (const p of g.edge(e).points ?? []) p.x = Math.min(hi - 6, Math.max(lo + 6, p.x));
  let right = 0;
  for (const id of g.nodes()) right = Math.max(right, g.node(id).x! + g.node(id).width / 2);
  g.graph().width = right + MARGIN;
}

/** The line of an option from its port to the box it leads to, along dagre's route. */
function line(g: Graph, from: string, to: string, port: { x: number; y: number }): string {
  const target = g.node(to);
  // Between neighbouring ranks dagre's one bend is only the midpoint: the curve needs none.
  const points = g.edge(from, to)?.points ?? [];
  const inner = points.length > 3 ? points.slice(1, -1) : [];
  const inset = Math.min(14, target.width / 2);
  const left = target.x! - target.width / 2 + inset;
  const right = target.x! + target.width / 2 - inset;
  const toward = inner[inner.length - 1]?.x ?? port.x;
  const end = { x: Math.min(right, Math.max(left, toward)), y: target.y! - target.height / 2 };
  const bend = Math.min(12, (end.y - port.y) / 4);
  return basis([port, { x: port.x, y: port.y + bend }, ...inner, { x: end.x, y: end.y - bend }, end]);
}

const r1 = (x: number) => Math.round(x * 10) / 10;

function round(b: { x: number; y: number; width: number; height: number }) {
  return { x: r1(b.x), y: r1(b.y), width: r1(b.width), height: r1(b.height) };
}
