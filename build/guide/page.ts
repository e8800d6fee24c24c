/**
 * The frame every facilitator's guide page shares: a standalone HTML page with its own small
 * stylesheet (guide.css, beside the pages) and no script, a way back to the game, and a footer
 * naming what the page was made from.
 */
import { escapeXml } from '../xml.ts';

export const esc = escapeXml;

/** Where the pages live, under the site's root (dist/guides/, the dev server's /guides/). */
export const GUIDE_DIR = 'guides';
export const GUIDE_CSS = 'guide.css';

export const scenarioGuideFile = (id: string) => `${id}.html`;
export const moduleGuideFile = (id: string) => `module-${id}.html`;

export function guidePage(options: {
  title: string;
  /** What the page says it is, above the title (`Facilitator's guide`). */
  kicker: string;
  /** Under the title: the summary and figures. */
  lead: string;
  contents: readonly { id: string; label: string }[];
  main: string;
  madeFrom: string;
}): string {
  const nav = options.contents.length
    ? `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ol>${options.contents
        .map((c) => `<li><a href="#${esc(c.id)}">${esc(c.label)}</a></li>`)
        .join('')}</ol></nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.kicker)}: ${esc(options.title)} — Rapport</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${GUIDE_CSS}">
</head>
<body>
<a class="skip" href="#main">Skip to the guide</a>
<header class="guide-head">
<p class="back"><a href="../">← Rapport</a> · <span>Print this page for the room: it is laid out for A4 and Letter.</span></p>
<p class="kicker">${esc(options.kicker)}</p>
<h1>${esc(options.title)}</h1>
${options.lead}
${nav}
</header>
<main id="main" tabindex="-1">
${options.main}
</main>
<footer class="guide-foot"><p>${options.madeFrom}</p></footer>
</body>
</html>
`;
}

/** A top-level section of a guide: its `h2` names it for assistive technology too. */
export function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${esc(title)}</h2>\n${body}\n</section>`;
}

/** A signed change as the guide prints it (and the presenter's console): `+6`, `−3`, `±0`. */
export function signed(x: number): string {
  const r = Math.round(x);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '±0';
}

/** A range as `12–30`, or `12` when it is one value. */
export function span(r: { min: number; max: number }): string {
  const a = Math.round(r.min);
  const b = Math.round(r.max);
  return a === b ? String(a) : `${a}–${b}`;
}

/** Words joined as a list: `a`, `a and b`, `a, b and c`. */
export function andList(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
