/**
 * The story map's picture: the graph of scenes, choices and endings (story-graph.ts) laid out as a
 * layered graph, top to bottom, by dagre (@dagrejs/dagre), and drawn as a standalone SVG.
 *
 * Scenes are rounded boxes (their place in the ink and the line the choices answer); each choice is
 * a small box under its scene, in option order, with its number and the start of its words (the
 * whole text and the coach note on hover), and a line on to where it leads; a choice whose
 * continuation depends on the relationship goes through a small diamond; endings are boxes with
 * cut corners, coloured by their score range against the pass mark. The best path is a thick blue
 * line, the worst a dashed orange one. The page around it (legend, text outline) is
 * story-map-page.ts. Text is measured by estimate (no browser here): labels are cut to fit.
 */
import { escapeXml, fitLine, textWidth, wrap } from './svg-text.ts';
import dagre from '@dagrejs/dagre';
import type { GraphEdge, GraphEnding, GraphNode, GraphScene, StoryGraph } from './story-graph.ts';
import type { Range } from './teaching.ts';

/** Where an ending's scores stand against the pass mark. */
export type Verdict = 'pass' | 'mixed' | 'fail';

export function verdictOf(score: Range, passMark: number): Verdict {
  if (score.min >= passMark) return 'pass';
  if (score.max < passMark) return 'fail';
  return 'mixed';
}

export const VERDICT_WORDS: Record<Verdict, string> = {
  pass: 'every path here passes',
  mixed: 'some paths here pass',
  fail: 'no path here passes',
};

export { escapeXml, fitLine, textWidth, wrap };

export const COLOURS = {
  best: '#0072b2',
  worst: '#d55e00',
  edge: '#8a8f98',
  ink: '#1d2433',
  muted: '#4f5666',
  scene: '#ffffff',
  sceneStroke: '#56607a',
  pass: { fill: '#d9f2e6', stroke: '#007a58' },
  mixed: { fill: '#fdf0cf', stroke: '#9a6b00' },
  fail: { fill: '#f9dcdc', stroke: '#b3261e' },
} as const;

const FONT = 'DejaVu Sans, Verdana, system-ui, sans-serif';
const SCENE_WIDTH = 330;
const ENDING_WIDTH = 290;
const LABEL_WIDTH = 220;
const LABEL_SIZE = 12;
const DIAMOND = 22;

/** A counterpart id as a name (`lakshmi` → `Lakshmi`); names as written stay. */
export function speakerName(speaker: string | null): string | null {
  if (!speaker) return null;
  return /^[a-z][a-z0-9_-]*$/.test(speaker) ? speaker[0]!.toUpperCase() + speaker.slice(1) : speaker;
}

export function range(r: Range, digits = 0): string {
  const f = (x: number) => x.toFixed(digits);
  return f(r.min) === f(r.max) ? f(r.min) : `${f(r.min)}–${f(r.max)}`;
}

interface Box {
  width: number;
  height: number;
  x?: number;
  y?: number;
  /** A scene, an ending or a dead end; a choice's label; a diamond. */
  node: GraphNode | 'choice' | 'diamond';
  lines: { text: string; weight?: 'bold'; size: number; colour?: string }[];
  title: string;
  /** An ending's, for its colour. */
  verdict?: Verdict;
  /** A choice's: on the best path, on the worst. */
  best?: boolean;
  worst?: boolean;
}

interface Wire {
  points?: { x: number; y: number }[];
  best: boolean;
  worst: boolean;
  /** Ends at a choice's label (no arrowhead: the label continues it). */
  toLabel: boolean;
  /** dagre keeps heavier edges shorter and straighter. */
  weight: number;
}

/** The story graph as an SVG: `width`/`height` in px. */
export function drawStoryMap(
  graph: StoryGraph,
  passMark: number,
): { svg: (attrs: string) => string; width: number; height: number } {
  const g = new dagre.graphlib.Graph<object, Box, Wire>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 42, marginx: 16, marginy: 16 });
  for (const n of graph.nodes) g.setNode(n.id, boxOf(n, passMark));
  let wires = 0;
  // A choice's label sits right under its scene (a heavy edge dagre keeps short).
  const connect = (from: string, to: string, edges: readonly GraphEdge[], toLabel = false, weight = 1) =>
    g.setEdge(
      from,
      to,
      { best: edges.some((e) => e.best), worst: edges.some((e) => e.worst), toLabel, weight },
      `w${++wires}`,
    );

  // Each choice is a label box between its scene and where it leads, the options of a scene in
  // their order from left to right. A choice whose continuation depends on the relationship leads
  // to a diamond, one per scene and set of places it leads to.
  const byChoice = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const k = `${e.from}\u0000${e.source}|${e.text}`;
    if (!byChoice.has(k)) byChoice.set(k, []);
    byChoice.get(k)!.push(e);
  }
  const constraints: { left: string; right: string }[] = [];
  const lastOf = new Map<string, string>();
  const diamonds = new Map<string, { id: string; edges: GraphEdge[] }>();
  let count = 0;
  for (const edges of [...byChoice.values()].sort((a, b) => a[0]!.position - b[0]!.position)) {
    const choice = edges[0]!;
    const id = `c${++count}`;
    g.setNode(id, choiceBox(edges));
    connect(choice.from, id, edges, true, 8);
    const before = lastOf.get(choice.from);
    if (before) constraints.push({ left: before, right: id });
    lastOf.set(choice.from, id);
    if (edges.length === 1) {
      connect(id, choice.to, edges);
      continue;
    }
    const key = `${choice.from}\u0000${edges.map((e) => e.to).join('|')}`;
    let d = diamonds.get(key);
    if (!d) {
      d = { id: `d${diamonds.size + 1}`, edges: [] };
      diamonds.set(key, d);
      g.setNode(d.id, {
        width: DIAMOND,
        height: DIAMOND,
        node: 'diamond',
        lines: [],
        title: 'Where this leads depends on the relationship at this point (Rapport and Trust)',
      });
    }
    d.edges.push(...edges);
    connect(id, d.id, edges);
  }
  for (const d of diamonds.values())
    for (const to of new Set(d.edges.map((e) => e.to)))
      connect(
        d.id,
        to,
        d.edges.filter((e) => e.to === to),
      );

  dagre.layout(g, { constraints });
  // Lines leave a box at its bottom and enter at its top, vertically, so that none runs along a
  // rank through its neighbours.
  for (const e of g.edges()) {
    const w = g.edge(e);
    const from = g.node(e.v);
    const to = g.node(e.w);
    const inner = (w.points ?? []).slice(1, -1);
    const port = (b: Box, toward: { x?: number } | undefined, side: 1 | -1) => {
      const inset = b.node === 'diamond' ? b.width / 2 : Math.min(14, b.width / 2);
      const x = Math.min(b.x! + b.width / 2 - inset, Math.max(b.x! - b.width / 2 + inset, toward?.x ?? b.x!));
      return { x, y: b.y! + (side * b.height) / 2 };
    };
    const start = port(from, inner[0] ?? to, 1);
    const end = port(to, inner[inner.length - 1] ?? from, -1);
    const bend = Math.min(12, (end.y - start.y) / 4);
    w.points = [start, { x: start.x, y: start.y + bend }, ...inner, { x: end.x, y: end.y - bend }, end];
  }

  const parts: string[] = [];
  const markers = (['edge', 'best', 'worst'] as const).map(
    (k) =>
      `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="${k === 'edge' ? 9 : 12}" markerHeight="${k === 'edge' ? 9 : 12}" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLOURS[k]}"/></marker>`,
  );
  parts.push(`<defs>${markers.join('')}</defs>`);

  // Ordinary lines first, then the worst path, then the best on top; the boxes over them.
  const lines = g.edges().map((e) => g.edge(e));
  const layer = (w: Wire) => (w.best ? 2 : w.worst ? 1 : 0);
  for (const w of [...lines].sort((a, b) => layer(a) - layer(b))) parts.push(wire(w));
  for (const id of g.nodes()) parts.push(box(g.node(id)));
  const body = parts.join('\n');

  // The drawing's own bounds.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const id of g.nodes()) {
    const b = g.node(id);
    xs.push(b.x! - b.width / 2, b.x! + b.width / 2);
    ys.push(b.y! - b.height / 2, b.y! + b.height / 2);
  }
  for (const w of lines) for (const p of w.points ?? []) xs.push(p.x - 6, p.x + 6);
  const margin = 16;
  const x0 = Math.floor(Math.min(...xs) - margin);
  const y0 = Math.floor(Math.min(...ys) - margin);
  const w = Math.ceil(Math.max(...xs) + margin) - x0;
  const h = Math.ceil(Math.max(...ys) + margin) - y0;
  return {
    width: w,
    height: h,
    svg: (attrs) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x0} ${y0} ${w} ${h}" font-family="${FONT}" ${attrs}>\n${body}\n</svg>`,
  };
}

/** A choice's label: its option number and words (cut to three lines), with the rest on hover. */
function choiceBox(edges: readonly GraphEdge[]): Box {
  const choice = edges[0]!;
  const best = edges.some((e) => e.best);
  const worst = edges.some((e) => e.worst);
  const label = wrap(`${choice.position}. ${choice.text}`, LABEL_WIDTH - 12, LABEL_SIZE, 3, best);
  const marks = [best ? 'on the best path' : '', worst ? 'on the worst path' : ''].filter(Boolean).join(', ');
  const note = choice.coach ? `Coach: ${choice.coach}` : 'No coach note.';
  return {
    width: Math.max(...label.map((l) => textWidth(l, LABEL_SIZE, best))) + 12,
    height: label.length * (LABEL_SIZE + 3) + 9,
    node: 'choice',
    lines: label.map((text) => ({ text, size: LABEL_SIZE, ...(best ? { weight: 'bold' as const } : {}) })),
    title: `Option ${choice.position}: ${choice.text}\n${note}${marks ? `\n(${marks})` : ''}${
      edges.length > 1 ? '\nWhere it leads depends on the relationship.' : ''
    }`,
    best,
    worst,
  };
}

function boxOf(n: GraphNode, passMark: number): Box {
  if (n.kind === 'scene') return sceneBox(n);
  if (n.kind === 'ending') return endingBox(n, passMark);
  return {
    width: 140,
    height: 40,
    node: n,
    lines: [{ text: 'Dead end', weight: 'bold', size: 12 }],
    title: `A path ends here without an ending${n.where ? ` (${n.where})` : ''}`,
  };
}

function sceneBox(n: GraphScene): Box {
  const last = n.lines[n.lines.length - 1];
  const who = speakerName(last?.speaker ?? null);
  const quote = last ? wrap(`${who ? `${who}: ` : ''}${last.text}`, SCENE_WIDTH - 20, 12.5, 3) : [];
  const lines: Box['lines'] = [
    { text: fitLine(`${n.id.slice(1)} · ${n.place}`, SCENE_WIDTH - 20, 14, true), weight: 'bold', size: 14 },
    ...quote.map((text) => ({ text, size: 12.5, colour: COLOURS.muted })),
  ];
  const said = n.lines.map((l) => `${speakerName(l.speaker) ? `${speakerName(l.speaker)}: ` : ''}${l.text}`);
  return {
    width: SCENE_WIDTH,
    height: heightOf(lines),
    node: n,
    lines,
    title: `Scene ${n.id.slice(1)} (${n.place})${n.start ? ', where the story starts' : ''}\n${said.join('\n')}`,
  };
}

function endingBox(n: GraphEnding, passMark: number): Box {
  const verdict = verdictOf(n.score, passMark);
  const title = wrap(n.title, ENDING_WIDTH - 24, 14, 2, true);
  const lines: Box['lines'] = [
    ...title.map((text) => ({ text, weight: 'bold' as const, size: 14 })),
    { text: `Score ${range(n.score, 1)}: ${VERDICT_WORDS[verdict]}`, size: 12.5 },
    { text: `Rapport ${range(n.rapport)} · Trust ${range(n.trust)}`, size: 12.5 },
  ];
  return {
    width: ENDING_WIDTH,
    height: heightOf(lines),
    node: n,
    lines,
    verdict,
    title: `Ending “${n.title}” (${n.ending}): score ${range(n.score, 1)} (pass mark ${passMark}: ${VERDICT_WORDS[verdict]}), Rapport ${range(n.rapport)}, Trust ${range(n.trust)}`,
  };
}

/** A box's height for its lines (`box` draws them from 8 px below its top). */
function heightOf(lines: Box['lines']): number {
  return lines.reduce((h, l) => h + l.size + 4, 8 + 10);
}

function box(b: Box): string {
  const x = b.x! - b.width / 2;
  const y = b.y! - b.height / 2;
  const title = `<title>${escapeXml(b.title)}</title>`;
  const n = b.node;
  if (n === 'diamond') {
    const r = b.width / 2;
    return `<g class="diamond">${title}<path d="M${b.x},${b.y! - r} L${b.x! + r},${b.y} L${b.x},${b.y! + r} L${b.x! - r},${b.y} z" fill="#eef0f4" stroke="${COLOURS.sceneStroke}" stroke-width="1.5"/><text x="${b.x}" y="${b.y! + 4}" text-anchor="middle" font-size="11" font-weight="bold" fill="${COLOURS.ink}">?</text></g>`;
  }
  let shape: string;
  let cls: string;
  if (n === 'choice') {
    cls = `choice${b.best ? ' best' : ''}${b.worst ? ' worst' : ''}`;
    const stroke = b.best ? COLOURS.best : b.worst ? COLOURS.worst : '#b4b9c3';
    const dash = !b.best && b.worst ? ' stroke-dasharray="5 3"' : '';
    shape = `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height}" rx="4" fill="#ffffff" stroke="${stroke}" stroke-width="${b.best || b.worst ? 2 : 1}"${dash}/>`;
  } else if (n.kind === 'scene') {
    cls = 'scene';
    const stroke = n.start ? COLOURS.ink : COLOURS.sceneStroke;
    shape = `<rect x="${x}" y="${y}" width="${b.width}" height="${b.height}" rx="10" fill="${COLOURS.scene}" stroke="${stroke}" stroke-width="${n.start ? 2.5 : 1.5}"/>`;
  } else if (n.kind === 'ending') {
    cls = 'ending';
    const c = COLOURS[b.verdict ?? 'mixed'];
    const k = 12; // the notched corners mark an ending
    const r = x + b.width;
    const bot = y + b.height;
    shape = `<path d="M${x + k},${y} L${r - k},${y} L${r},${y + k} L${r},${bot - k} L${r - k},${bot} L${x + k},${bot} L${x},${bot - k} L${x},${y + k} z" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2.5"/>`;
  } else {
    cls = 'dead-end';
    shape = `<rect x="${x}" y="${y}" width="${b.width}" height="${b.height}" fill="${COLOURS.fail.fill}" stroke="${COLOURS.fail.stroke}" stroke-width="2" stroke-dasharray="4 3"/>`;
  }
  const centred = n !== 'choice' && n.kind !== 'scene';
  const anchor = centred ? 'middle' : 'start';
  const tx = centred ? b.x! : x + (n === 'choice' ? 6 : 10);
  let ty = y + (n === 'choice' ? 1 : 8);
  const gap = n === 'choice' ? 3 : 4;
  const texts = b.lines.map((l) => {
    ty += l.size + gap;
    return `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" text-anchor="${anchor}" font-size="${l.size}"${l.weight ? ` font-weight="${l.weight}"` : ''} fill="${l.colour ?? COLOURS.ink}">${escapeXml(l.text)}</text>`;
  });
  return `<g class="${cls}">${title}${shape}${texts.join('')}</g>`;
}

function wire(w: Wire): string {
  const kind = w.best ? 'best' : w.worst ? 'worst' : 'edge';
  const d = basis(w.points ?? []);
  const style = w.best
    ? `stroke="${COLOURS.best}" stroke-width="4"`
    : w.worst
      ? `stroke="${COLOURS.worst}" stroke-width="3" stroke-dasharray="8 5"`
      : `stroke="${COLOURS.edge}" stroke-width="1.4"`;
  // A choice on both paths: the best line, with the worst's dashes over it.
  const both =
    w.best && w.worst
      ? `<path d="${d}" fill="none" stroke="${COLOURS.worst}" stroke-width="2" stroke-dasharray="8 5"/>`
      : '';
  const arrow = w.toLabel ? '' : ` marker-end="url(#arrow-${kind})"`;
  return `<path class="line ${kind}" d="${d}" fill="none" ${style}${arrow}/>${both}`;
}

/** A smooth path through dagre's points (a uniform B-spline, as d3's curveBasis). */
export function basis(points: readonly { x: number; y: number }[]): string {
  const p = points.map(({ x, y }) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10] as const);
  if (p.length === 0) return 'M0,0';
  if (p.length < 3)
    return `M${p[0]!.join(',')} ${p
      .slice(1)
      .map((q) => `L${q.join(',')}`)
      .join(' ')}`;
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${p[0]![0]},${p[0]![1]} L${f((5 * p[0]![0] + p[1]![0]) / 6)},${f((5 * p[0]![1] + p[1]![1]) / 6)}`;
  const curve = (a: readonly number[], b: readonly number[], c: readonly number[]) =>
    ` C${f((2 * a[0]! + b[0]!) / 3)},${f((2 * a[1]! + b[1]!) / 3)} ${f((a[0]! + 2 * b[0]!) / 3)},${f((a[1]! + 2 * b[1]!) / 3)} ${f((a[0]! + 4 * b[0]! + c[0]!) / 6)},${f((a[1]! + 4 * b[1]! + c[1]!) / 6)}`;
  for (let i = 2; i < p.length; i++) d += curve(p[i - 2]!, p[i - 1]!, p[i]!);
  const n = p.length;
  d += curve(p[n - 2]!, p[n - 1]!, p[n - 1]!);
  d += ` L${p[n - 1]![0]},${p[n - 1]![1]}`;
  return d;
}
