/**
 * A few helpers for writing the stage's art as SVG text: colours as numbers, mixing and shading,
 * gradients, and a document wrapper. Everything the stage draws (places, people, the learner) is
 * SVG built here from code, rasterised once into a texture — no image files to load or licence.
 * Pure string building: no DOM, no Phaser, so the art can be unit-tested in Node.
 */
import { seededRandom } from '../../core/hash.ts';

/** The house palette the art is drawn in (shared with the page's ink and amber). */
export const PALETTE = {
  ink: 0x14213d,
  ink2: 0x2b3a55,
  amber: 0xfca311,
  paper: 0xf7f5f0,
  night: 0x0d1626,
  warmLight: 0xffe2b0,
  coolLight: 0xdbe8f5,
  shadow: 0x1a1420,
} as const;

export type Attrs = Record<string, string | number | undefined | null>;

export function hex(color: number): string {
  return `#${(color & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** Linear mix of two 0xRRGGBB colours (t = 0 → a, t = 1 → b). */
export function mix(a: number, b: number, t: number): number {
  const c = (shift: number) => {
    const x = (a >> shift) & 255;
    const y = (b >> shift) & 255;
    return Math.round(x + (y - x) * Math.min(1, Math.max(0, t))) << shift;
  };
  return c(16) | c(8) | c(0);
}

/** Darken (amount < 0, towards a cool shadow) or lighten (amount > 0, towards warm white). */
export function shade(color: number, amount: number): number {
  return amount < 0 ? mix(color, PALETTE.shadow, -amount) : mix(color, 0xfff8ee, amount);
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}

export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** An element: `el('rect', { x: 0 })` → `<rect x="0"/>`. */
export function el(tag: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, more: Attrs = {}): string {
  return el('rect', { x, y, width: w, height: h, fill, ...more });
}

export function circle(cx: number, cy: number, r: number, fill: string, more: Attrs = {}): string {
  return el('circle', { cx, cy, r, fill, ...more });
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  more: Attrs = {},
): string {
  return el('ellipse', { cx, cy, rx, ry, fill, ...more });
}

export function path(d: string, fill: string, more: Attrs = {}): string {
  return el('path', { d, fill, ...more });
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width: number,
  more: Attrs = {},
): string {
  return el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, 'stroke-linecap': 'round', ...more });
}

export function group(children: string, more: Attrs = {}): string {
  return el('g', more, children);
}

type Stop = [offset: number, color: number, opacity?: number];

function stops(list: Stop[]): string {
  return list
    .map(([o, c, a]) => el('stop', { offset: o, 'stop-color': hex(c), 'stop-opacity': a ?? 1 }))
    .join('');
}

/** A vertical (default) or custom-direction linear gradient definition. */
export function linear(id: string, list: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  return el('linearGradient', { id, x1, y1, x2, y2 }, stops(list));
}

export function radial(id: string, list: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
  return el('radialGradient', { id, cx, cy, r }, stops(list));
}

/** A Gaussian blur filter, for things far behind the focus (skylines, bokeh). */
export function blur(id: string, sd: number): string {
  return el(
    'filter',
    { id, x: '-20%', y: '-20%', width: '140%', height: '140%' },
    el('feGaussianBlur', { stdDeviation: sd }),
  );
}

/** A complete SVG document of the given pixel size (viewBox may be offset, e.g. for a bust). */
export function svgDoc(width: number, height: number, defs: string, body: string, viewBox?: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="${viewBox ?? `0 0 ${width} ${height}`}">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    '</svg>'
  );
}

/** A small deterministic pseudo-random sequence (mulberry32, src/core/hash.ts), for scattered details. */
export const seeded = seededRandom;
