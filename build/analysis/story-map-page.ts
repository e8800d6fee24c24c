/**
 * The story map as a self-contained HTML page: the figures, a legend, the picture (story-map.ts)
 * and, beneath it, the same map as text — the best and worst paths, every scene with its choices,
 * where each leads and its coach note, and every ending with its ranges — for a keyboard, a screen
 * reader or a printout. Written by `npm run stories -- --map` and served by the dev server at
 * `/__map/<story-id>` (map-plugin.ts).
 */
import { analyzeStory } from './analyzer.ts';
import type { StoryReport } from './story-report.ts';
import type { GraphEdge, GraphEnding, GraphNode, GraphScene, StoryGraph } from './story-graph.ts';
import {
  COLOURS,
  drawStoryMap,
  escapeXml as esc,
  range,
  speakerName,
  verdictOf,
  VERDICT_WORDS,
} from './story-map.ts';

/** Analyse a story with its graph and make its map page (the dev server's worker calls this). */
export function storyMapOfFile(file: string, options: { root?: string; maxStates?: number } = {}): string {
  return storyMapHtml(analyzeStory(file, { ...options, graph: true }));
}

/** The pass mark the endings are coloured against, and where it comes from. */
export function passMarkOf(report: StoryReport): { mark: number; from: string } {
  const t = report.teaching;
  if (t.passMark !== null) return { mark: t.passMark, from: `pass mark ${t.passMark} (# pass_mark:)` };
  if (t.applies)
    return {
      mark: t.random.suggestedPassMark,
      from: `no # pass_mark: tag — coloured against the suggested pass mark ${t.random.suggestedPassMark}`,
    };
  return { mark: 50, from: 'no # pass_mark: tag — coloured against 50' };
}

export function storyMapHtml(report: StoryReport): string {
  const graph = report.graph;
  const pass = passMarkOf(report);
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Story map — ${esc(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#outline">Skip to the map as text</a>
<header>
<h1>Story map: ${esc(report.title)}</h1>`;
  if (!graph || graph.start === null) {
    const why = report.errors.length
      ? `<ul>${report.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>`
      : '<p>The story ends before its first choice.</p>';
    return `${head}\n<p>No map: the story could not be explored.</p>${why}</header>\n</body>\n</html>\n`;
  }
  const scenes = graph.nodes.filter((n): n is GraphScene => n.kind === 'scene');
  const endings = graph.nodes.filter((n): n is GraphEnding => n.kind === 'ending');
  const choices = new Set(graph.edges.map((e) => `${e.from}|${e.source}|${e.text}`)).size;
  const picture = drawStoryMap(graph, pass.mark);
  const endingOf = (id: string | null | undefined) => endings.find((e) => e.ending === id);
  const pathWords = (which: 'best' | 'worst') => {
    const p = report[which];
    if (!p) return '';
    const e = endingOf(p.ending);
    return `${p.score} and ends “${e?.title ?? p.ending ?? 'without an ending'}”`;
  };
  const summary =
    `Story map of ${report.title}: ${scenes.length} scenes, ${choices} choices and ${endings.length} endings, ` +
    `drawn top to bottom from the first scene. The best path (thick blue line) scores ${pathWords('best')}; ` +
    `the worst (dashed orange line) scores ${pathWords('worst')}. The same map as text follows the picture.`;
  const figures = [
    `<code>${esc(report.file.replace(/^.*?(stories\/)/, '$1'))}</code>`,
    `${scenes.length} scenes`,
    `${choices} choices`,
    `${endings.length} endings`,
    `${report.paths.toLocaleString('en')} paths${report.capped ? ' (exploration stopped at the budget: a lower bound)' : ''}`,
    `score ${range(report.score, 1)}`,
    esc(pass.from),
  ];
  const problems = report.errors.length
    ? `<section class="problems" aria-labelledby="problems"><h2 id="problems">Errors</h2><ul>${report.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul></section>`
    : '';
  return `${head}
<p class="figures">${figures.join(' · ')}</p>
</header>
<main>
${problems}
${legend(pass.mark)}
<figure>
<div class="picture" tabindex="0" role="region" aria-label="The map (scrolls)">
${picture.svg(`role="img" aria-label="${esc(summary)}"`)}
</div>
<figcaption>Hover over a choice for its whole text and coach note; the text below has them all.</figcaption>
</figure>
${outline(report, graph, pass.mark)}
</main>
</body>
</html>
`;
}

function swatch(inner: string): string {
  return `<svg width="46" height="20" viewBox="0 0 46 20" aria-hidden="true" focusable="false">${inner}</svg>`;
}

function legend(passMark: number): string {
  const line = (stroke: string, extra: string) =>
    swatch(`<path d="M2,10 L44,10" stroke="${stroke}" ${extra} fill="none"/>`);
  const ending = (k: 'pass' | 'mixed' | 'fail') =>
    swatch(
      `<path d="M6,2 L40,2 L44,6 L44,14 L40,18 L6,18 L2,14 L2,6 z" fill="${COLOURS[k].fill}" stroke="${COLOURS[k].stroke}" stroke-width="2"/>`,
    );
  const items = [
    [
      swatch(
        `<rect x="2" y="2" width="42" height="16" rx="5" fill="#fff" stroke="${COLOURS.sceneStroke}" stroke-width="1.5"/>`,
      ),
      'A scene: a choice point, with its place in the ink and the line the choices answer (the first scene has a darker border)',
    ],
    [
      swatch(`<rect x="8" y="4" width="30" height="12" rx="2" fill="#fff" stroke="#b4b9c3"/>`),
      'A choice, under its scene: its option number and the start of its words (hover for the rest and the coach note)',
    ],
    [line(COLOURS.best, 'stroke-width="4"'), 'The best path: the highest score'],
    [line(COLOURS.worst, 'stroke-width="3" stroke-dasharray="8 5"'), 'The worst path: the lowest score'],
    [
      swatch(
        `<path d="M23,1 L32,10 L23,19 L14,10 z" fill="#eef0f4" stroke="${COLOURS.sceneStroke}" stroke-width="1.5"/>`,
      ),
      'Where the choice leads depends on the relationship (Rapport and Trust)',
    ],
    [ending('pass'), `An ending every path to which scores at least the pass mark (${passMark})`],
    [ending('mixed'), 'An ending some paths reach above the pass mark and some below'],
    [ending('fail'), 'An ending no path reaches with the pass mark'],
  ];
  return `<section class="legend" aria-labelledby="legend"><h2 id="legend">Legend</h2><ul>${items
    .map(([s, t]) => `<li>${s} <span>${esc(t!)}</span></li>`)
    .join('')}</ul></section>`;
}

function nodeName(n: GraphNode | undefined): string {
  if (!n) return '?';
  if (n.kind === 'scene') return `Scene ${n.id.slice(1)} (${n.place})`;
  if (n.kind === 'ending') return `Ending “${n.title}”`;
  return 'a dead end';
}

function anchor(n: GraphNode | undefined): string {
  if (!n) return '?';
  const id =
    n.kind === 'scene' ? `scene-${n.id}` : n.kind === 'ending' ? `ending-${n.ending}` : `dead-${n.id}`;
  return `<a href="#${esc(id)}">${esc(nodeName(n))}</a>`;
}

function tags(e: { best: boolean; worst: boolean }): string {
  return `${e.best ? ' <span class="tag best">best path</span>' : ''}${e.worst ? ' <span class="tag worst">worst path</span>' : ''}`;
}

function outline(report: StoryReport, graph: StoryGraph, passMark: number): string {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const edge = new Map(graph.edges.map((e) => [e.id, e]));
  const path = (ids: string[], which: 'best' | 'worst') => {
    const p = report[which];
    if (!p || !ids.length) return '';
    const steps = ids.map((id) => {
      const e = edge.get(id)!;
      return `<li>${anchor(node.get(e.from))}: option ${e.position}, “${esc(e.text)}”</li>`;
    });
    const last = edge.get(ids[ids.length - 1]!)!;
    return `<h3>The ${which} path: score ${p.score}, Rapport ${p.rapport}, Trust ${p.trust}</h3>
<ol>${steps.join('')}<li>${anchor(node.get(last.to))}</li></ol>`;
  };
  const scenes = graph.nodes.filter((n): n is GraphScene => n.kind === 'scene');
  const sceneItems = scenes.map((s) => {
    const mine = graph.edges.filter((e) => e.from === s.id);
    const byChoice = new Map<string, GraphEdge[]>();
    for (const e of mine) {
      const k = `${e.source}|${e.text}`;
      if (!byChoice.has(k)) byChoice.set(k, []);
      byChoice.get(k)!.push(e);
    }
    const items = [...byChoice.values()].map((es) => {
      const e = es[0]!;
      const to = es.map((x) => anchor(node.get(x.to)));
      const leads =
        es.length === 1
          ? `→ ${to[0]}`
          : `→ depending on the relationship: ${to.slice(0, -1).join(', ')} or ${to.at(-1)}`;
      const marks = { best: es.some((x) => x.best), worst: es.some((x) => x.worst) };
      return `<li value="${e.position}"><p class="choice">${esc(e.text)}${tags(marks)}</p><p>${leads}</p><p class="coach">${e.coach ? `Coach: ${esc(e.coach)}` : '<strong>No coach note.</strong>'}</p></li>`;
    });
    const said = s.lines
      .map((l) => {
        const who = speakerName(l.speaker);
        return `<p>${who ? `<b>${esc(who)}:</b> ` : ''}${esc(l.text)}</p>`;
      })
      .join('');
    return `<li id="scene-${s.id}"><h4>Scene ${s.id.slice(1)} · <code>${esc(s.place)}</code>${s.start ? ' (the start)' : ''}</h4>${said ? `<blockquote>${said}</blockquote>` : ''}<ol class="choices">${items.join('')}</ol></li>`;
  });
  const endingItems = graph.nodes.flatMap((n) => {
    if (n.kind === 'scene') return [];
    const from = graph.edges
      .filter((e) => e.to === n.id)
      .map((e) => `${anchor(node.get(e.from))} option ${e.position}`);
    const reached = from.length ? `<p>Reached from ${from.join('; ')}.</p>` : '';
    if (n.kind === 'dead-end')
      return [
        `<li id="dead-${n.id}"><h4>A dead end</h4><p>The story stops here without an ending${n.where ? ` (<code>${esc(n.where)}</code>)` : ''}.</p>${reached}</li>`,
      ];
    const v = verdictOf(n.score, passMark);
    return [
      `<li id="ending-${esc(n.ending)}"><h4>“${esc(n.title)}” <code>${esc(n.ending)}</code></h4><p>Score ${range(n.score, 1)}: ${VERDICT_WORDS[v]} (pass mark ${passMark}). Rapport ${range(n.rapport)}, Trust ${range(n.trust)} (the mean of every counterpart's shown value).</p>${reached}</li>`,
    ];
  });
  return `<section id="outline" class="outline" aria-labelledby="outline-title" tabindex="-1">
<h2 id="outline-title">The map as text</h2>
${path(graph.best, 'best')}
${path(graph.worst, 'worst')}
<h3>Scenes and their choices</h3>
<ol class="scenes">${sceneItems.join('\n')}</ol>
<h3>Endings</h3>
<ul class="endings">${endingItems.join('\n')}</ul>
</section>`;
}

const STYLE = `
:root { color: #1d2433; background: #f7f5f0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 100rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0 0 0.25rem; }
.figures { margin: 0; color: #4f5666; }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; display: inline-block; padding: 0.25rem 0.5rem; background: #fff; }
a:focus-visible, .picture:focus-visible, .outline:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
.legend ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 0.25rem 1.5rem; }
.legend li { display: flex; align-items: center; gap: 0.5rem; font-size: 0.9rem; }
.legend svg { flex: none; }
figure { margin: 1rem 0; }
.picture { overflow: auto; background: #fff; border: 1px solid #c9cdd5; border-radius: 8px; max-height: 85vh; }
.picture svg { display: block; margin: 0 auto; }
figcaption { font-size: 0.9rem; color: #4f5666; margin-top: 0.25rem; }
.outline { max-width: 60rem; }
.scenes > li, .endings > li { margin: 0 0 1.25rem; }
blockquote { margin: 0.25rem 0 0.5rem; padding-left: 0.75rem; border-left: 3px solid #c9cdd5; color: #4f5666; }
blockquote p, .choices p { margin: 0.1rem 0; }
.choices > li { margin-bottom: 0.5rem; }
.outline .choice { font-weight: 600; }
.coach { color: #4f5666; font-size: 0.95rem; }
.tag { font-size: 0.8rem; font-weight: 600; padding: 0 0.4rem; border-radius: 0.6rem; border: 2px solid; white-space: nowrap; }
.tag.best { color: #005a8c; border-color: #0072b2; }
.tag.worst { color: #8a3b00; border-color: #d55e00; border-style: dashed; }
.problems { color: #8a1c14; }
`;
