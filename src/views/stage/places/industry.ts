/**
 * A factory floor in daylight: an orange robot in its yellow safety fence, a conveyor line with a
 * second robot, an overhead crane, tall windows under the roof, safety signs and a green walkway
 * between yellow lines. People stand. Also the pieces the warehouse shares with it (cladding,
 * high-bay lamps, hazard stripes, cardboard boxes).
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { fade, H, lightShafts, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

/** Where the hall's wall meets its floor, in both industrial places. */
export const FLOOR = 540;
export const STEEL = 0x4d5966;

/** Bands of corrugated cladding: light and dark vertical ribs. */
export function cladding(y: number, h: number, color: number): string {
  let out = rect(0, y, W, h, hex(color));
  for (let x = 0; x < W; x += 24) out += rect(x, y, 8, h, hex(shade(color, -0.08)));
  return out;
}

/** A dome high-bay lamp on its cable, with the light it throws. */
export function highBay(s: Sheet, x: number, y: number): string {
  return (
    line(x, 0, x, y - 14, '#3a424c', 2) +
    pool(s, x, y + 40, 150, 90, 0xfffbe8, 0.45) +
    path(`M${x - 26} ${y + 6} Q${x} ${y - 22} ${x + 26} ${y + 6}Z`, '#5a646e') +
    ellipse(x, y + 6, 24, 5, '#fffbe8')
  );
}

/** Diagonal black-and-yellow hazard stripes in a band. */
export function hazard(x: number, y: number, w: number, h: number): string {
  let out = rect(x, y, w, h, '#f2c230');
  for (let i = 0; i * h * 1.4 < w - h; i++)
    out += path(`M${x + i * h * 1.4} ${y + h} l${h * 0.7} ${-h} l${h * 0.7} 0 l${-h * 0.7} ${h}Z`, '#23262a');
  return out;
}

/** An industrial robot arm: base, shoulder, upper arm, forearm and a gripper. */
function robot(x: number, y: number, sc: number, flip = 1): string {
  const orange = '#f08a24';
  const dark = '#2f353c';
  const at = (dx: number, dy: number) => `${x + dx * sc * flip} ${y - dy * sc}`;
  const limb = (ax: number, ay: number, bx: number, by: number, w: number) =>
    line(x + ax * sc * flip, y - ay * sc, x + bx * sc * flip, y - by * sc, orange, w * sc);
  return (
    rect(x - 46 * sc, y - 20 * sc, 92 * sc, 20 * sc, dark) +
    path(`M${at(-36, 20)} L${at(-28, 70)} L${at(28, 70)} L${at(36, 20)}Z`, orange) +
    limb(0, 80, 40, 220, 42) +
    limb(40, 220, 150, 250, 32) +
    circle(x, y - 80 * sc, 30 * sc, orange) +
    circle(x, y - 80 * sc, 14 * sc, dark) +
    circle(x + 40 * sc * flip, y - 220 * sc, 24 * sc, orange) +
    circle(x + 40 * sc * flip, y - 220 * sc, 10 * sc, dark) +
    line(x + 40 * sc * flip, y - 220 * sc, x + 110 * sc * flip, y - 238 * sc, '#ffffff', 4 * sc, {
      opacity: 0.3,
    }) +
    rect(x + (flip > 0 ? 150 : -172) * sc, y - 262 * sc, 22 * sc, 26 * sc, dark) +
    line(x + 160 * sc * flip, y - 236 * sc, x + 160 * sc * flip, y - 196 * sc, '#8a949c', 6 * sc) +
    path(
      `M${at(146, 196)} l${-8 * sc * flip} ${24 * sc} M${at(174, 196)} l${8 * sc * flip} ${24 * sc}`,
      'none',
      {
        stroke: '#8a949c',
        'stroke-width': 6 * sc,
      },
    )
  );
}

/** A mesh safety fence of yellow posts and grey wire panels. */
function fence(x: number, y: number, w: number, h: number): string {
  let mesh = '';
  for (let i = 0; i < w; i += 10) mesh += line(x + i, y, x + i, y + h, '#6b737b', 1, { opacity: 0.5 });
  for (let j = 0; j < h; j += 10) mesh += line(x, y + j, x + w, y + j, '#6b737b', 1, { opacity: 0.5 });
  let posts = '';
  for (let i = 0; i <= w; i += 120) posts += rect(x + i - 5, y - 6, 10, h + 6, '#f2c230');
  return mesh + rect(x, y - 4, w, 6, '#f2c230') + rect(x, y + h * 0.6, w, 4, '#f2c230') + posts;
}

/** A cardboard box, a few shades of kraft, with its tape. */
export function box(x: number, y: number, w: number, h: number, tone: number): string {
  const c = shade(0xc49a6c, tone);
  return (
    rect(x, y, w, h, hex(c)) +
    rect(x, y, w, 4, hex(shade(c, 0.15))) +
    rect(x + w / 2 - 3, y, 6, h * 0.35, '#d9c7a4')
  );
}

export function factoryFloor(): PlaceArt {
  const b = new Sheet();
  // Grey cladding, a row of tall windows under the roof, steel portal frames.
  b.add(
    rect(0, 0, W, FLOOR, fade(b, 0xaeb8c2, 0xc9d0d6)),
    cladding(200, FLOOR - 200, 0xd3d8dc),
    rect(0, 400, W, FLOOR - 400, '#5d7a8c'),
    rect(0, 398, W, 4, '#48606e'),
  );
  const rnd = seeded(91);
  let clouds = '';
  for (let i = 0; i < 8; i++)
    clouds += ellipse(rnd() * W, 70 + rnd() * 90, 70 + rnd() * 60, 16 + rnd() * 8, '#ffffff', {
      opacity: 0.85,
    });
  let panes = '';
  for (let x = 40; x < W; x += 150) panes += rect(x, 40, 130, 140, '#000000');
  b.add(
    `<mask id="fw">${rect(0, 0, W, H, '#000')}${panes.replaceAll('#000000', '#ffffff')}</mask>`,
    `<g mask="url(#fw)">${rect(0, 40, W, 140, fade(b, 0x8fbde0, 0xe6f0f5))}<g filter="${b.blur(5)}">${clouds}</g></g>`,
    ...Array.from({ length: 9 }, (_, i) => {
      const x = 40 + i * 150;
      return (
        rect(x, 40, 130, 140, 'none', { stroke: '#59646e', 'stroke-width': 5 }) +
        rect(x + 63, 40, 4, 140, '#59646e') +
        rect(x, 108, 130, 4, '#59646e')
      );
    }),
    ...[0, 320, 640, 960, 1270].map(
      (x) => rect(x - 9, 0, 18, FLOOR, hex(STEEL)) + rect(x - 3, 0, 6, FLOOR, hex(shade(STEEL, 0.15))),
    ),
    lightShafts(b, 420, 260, 520, 0xfffaf0, 0.13),
  );
  // An overhead crane: a yellow girder across the hall, a trolley and its hook.
  b.add(
    rect(0, 196, W, 26, '#e8b418'),
    rect(0, 196, W, 6, '#f6d25a'),
    rect(0, 218, W, 4, '#9a7410'),
    rect(380, 184, 100, 50, '#3d454d', { rx: 4 }),
    line(434, 234, 434, 300, '#2b3036', 3),
    line(426, 234, 426, 300, '#2b3036', 3),
    rect(410, 298, 40, 26, '#e8b418', { rx: 4 }),
    path('M430 324 l0 18 q0 16 -14 14', 'none', { stroke: '#2b3036', 'stroke-width': 7 }),
  );
  // A robot cell in its fence at the left, the conveyor line across, a press at the right.
  let rollers = '';
  for (let x = 300; x < W; x += 26) rollers += circle(x, 452, 6, '#9aa3aa');
  let boxes = '';
  for (let x = 340; x < W; x += 150) boxes += box(x, 410, 70, 36, ((x / 150) % 3) * 0.06 - 0.06);
  b.add(
    fence(20, 270, 300, 270),
    robot(170, 470, 0.92),
    rect(80, 470, 220, 70, '#3d454d'),
    hazard(80, 466, 220, 10),
    rect(290, 446, W - 290, 16, '#3d454d'),
    rollers,
    boxes,
    rect(290, 462, W - 290, 12, '#2b3036'),
    ...[320, 560, 800, 1040, 1250].map((x) => rect(x, 474, 10, 66, '#59646e')),
    robot(1160, 446, 0.62, -1),
    highBay(b, 640, 250),
    highBay(b, 880, 250),
    highBay(b, 1120, 250),
  );
  // Safety signs on the columns.
  const sign = (x: number, y: number, c: string, round: boolean) =>
    round
      ? circle(x, y, 18, c) +
        path(
          `M${x - 10} ${y + 4} Q${x - 10} ${y - 10} ${x} ${y - 10} Q${x + 10} ${y - 10} ${x + 10} ${y + 4}Z`,
          '#ffffff',
        ) +
        rect(x - 13, y + 3, 26, 4, '#ffffff', { rx: 2 })
      : path(`M${x} ${y - 20} l20 34 l-40 0Z`, c) +
        rect(x - 2, y - 8, 4, 12, '#23262a') +
        circle(x, y + 8, 2, '#23262a');
  b.add(sign(640, 330, '#f2c230', false), sign(960, 330, '#1f5fae', true));
  // The floor: grey epoxy, a green walkway between yellow lines, hazard stripes at the cell.
  b.add(
    rect(0, FLOOR, W, H - FLOOR, fade(b, 0x98a19d, 0x7a827e)),
    rect(0, FLOOR, W, 10, '#000000', { opacity: 0.12 }),
    path(`M0 ${FLOOR + 30} L${W} ${FLOOR + 30} L${W} ${FLOOR + 90} L0 ${FLOOR + 90}Z`, '#6f9a7a', {
      opacity: 0.7,
    }),
    rect(0, FLOOR + 26, W, 7, '#f2c230'),
    rect(0, FLOOR + 88, W, 7, '#f2c230'),
    hazard(20, FLOOR + 4, 300, 16),
    pool(b, 640, FLOOR + 60, 520, 50, 0xffffff, 0.22),
  );
  const f = new Sheet();
  f.add(rect(0, H - 40, W, 40, fade(f, 0x000000, 0x000000, 0, 0.22)), vignette(f, 0.3));
  return { back: b.toString(), front: f.toString() };
}
