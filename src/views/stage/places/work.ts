/**
 * The shop floor of a small precision-engineering firm in daylight: a steel roof truss, high
 * windows of small panes, LED battens, a CNC machining centre, a lathe and a Swiss sliding-head
 * lathe with its bar feeder, yellow safety lines on the floor, and the rest of the firm standing
 * between the machines with tea and cake. People stand, as in the lobby.
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { fade, H, lightShafts, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

const STEEL = 0x4a5866;
const FLOOR = 540;

/** A machine's glazed door: dark glass with a reflection and the work lamp inside. */
function glass(x: number, y: number, w: number, h: number): string {
  return (
    rect(x, y, w, h, '#2e3b48', { rx: 4 }) +
    rect(x + 6, y + h * 0.55, w - 12, h * 0.4, '#46566a', { rx: 3 }) +
    path(`M${x + w * 0.15} ${y} l${w * 0.25} 0 l${-w * 0.3} ${h} l${-w * 0.1} 0Z`, '#ffffff', {
      opacity: 0.14,
    }) +
    rect(x, y, w, h, 'none', { rx: 4, stroke: '#8a949c', 'stroke-width': 4 })
  );
}

/** A stack light: red, amber and a lit green. */
function stackLight(x: number, y: number): string {
  return (
    rect(x - 2, y + 60, 4, 20, '#6b737b') +
    rect(x - 9, y, 18, 20, '#7a2a2a', { rx: 3 }) +
    rect(x - 9, y + 20, 18, 20, '#8a6a2a', { rx: 3 }) +
    rect(x - 9, y + 40, 18, 20, '#49d27a', { rx: 3 }) +
    circle(x, y + 50, 18, '#7dff9e', { opacity: 0.25 })
  );
}

/** A control panel: screen and keys. */
function controls(x: number, y: number, w: number, h: number): string {
  let keys = '';
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 4; c++)
      keys += rect(x + 8 + c * ((w - 16) / 4), y + h * 0.58 + r * 12, (w - 16) / 4 - 3, 8, '#c9cdd1');
  return (
    rect(x, y, w, h, '#2b3138', { rx: 5 }) +
    rect(x + 8, y + 8, w - 16, h * 0.45, '#3f78a8') +
    rect(x + 12, y + 14, (w - 24) * 0.6, 4, '#d9ecf7', { opacity: 0.7 }) +
    rect(x + 12, y + 24, (w - 24) * 0.4, 4, '#d9ecf7', { opacity: 0.5 }) +
    keys +
    circle(x + w - 14, y + h - 12, 6, '#d62828')
  );
}

/** A CNC machining centre: a tall grey enclosure with a sliding glazed door. */
function machiningCentre(x: number, y: number, w: number, h: number, accent: number): string {
  return (
    rect(x, y, w, h, '#dfe2e3', { rx: 6 }) +
    rect(x, y, w, 30, '#5a636c', { rx: 6 }) +
    rect(x, y + h - 34, w, 34, '#3d454d') +
    rect(x, y + 30, w, 10, hex(accent)) +
    glass(x + 24, y + 60, w * 0.62, h - 120) +
    rect(x + 24 + w * 0.31 - 2, y + 60, 4, h - 120, '#8a949c') +
    controls(x + w * 0.72, y + 70, w * 0.24, 130) +
    stackLight(x + w - 24, y - 80)
  );
}

/** A Swiss sliding-head lathe: a long low enclosure, a window, and the bar feeder behind it. */
function swissLathe(s: Sheet, x: number, y: number, w: number, h: number): string {
  return (
    // The bar feeder: a long tube on legs that pushes bar stock into the headstock.
    rect(x - 230, y + h - 110, 240, 34, fade(s, 0xe8ebec, 0xa9b0b5), { rx: 16 }) +
    rect(x - 230, y + h - 100, 240, 4, '#2f6f9f') +
    [x - 210, x - 50].map((lx) => rect(lx, y + h - 76, 10, 76, '#6b737b')).join('') +
    path(
      `M${x} ${y + 30} Q${x} ${y} ${x + 40} ${y} L${x + w} ${y} L${x + w} ${y + h} L${x} ${y + h}Z`,
      '#eceae4',
    ) +
    rect(x, y + h - 30, w, 30, '#3d454d') +
    rect(x, y + 22, w, 8, '#2f6f9f') +
    glass(x + 30, y + 52, w * 0.55, h - 112) +
    controls(x + w * 0.66, y + 56, w * 0.28, 120) +
    stackLight(x + w - 30, y - 80)
  );
}

/** A CNC lathe (turning centre): a slanted glazed front. */
function lathe(x: number, y: number, w: number, h: number): string {
  return (
    rect(x, y, w, h, '#d5d9db', { rx: 6 }) +
    rect(x, y, w, 24, '#5a636c', { rx: 6 }) +
    rect(x, y + h - 30, w, 30, '#3d454d') +
    path(
      `M${x + 20} ${y + 44} L${x + w * 0.7} ${y + 44} L${x + w * 0.66} ${y + h - 50} L${x + 20} ${y + h - 50}Z`,
      '#2e3b48',
    ) +
    path(`M${x + 40} ${y + 44} l50 0 l-60 ${h - 94} l-10 0Z`, '#ffffff', { opacity: 0.12 }) +
    controls(x + w * 0.74, y + 50, w * 0.22, 110)
  );
}

/** Someone from the firm, further back: a blurred figure holding a mug of tea. */
function colleague(x: number, s: number, skin: number, top: number, hair: number): string {
  const y = FLOOR + 6;
  const at = (dx: number, dy: number) => `${x + dx * s} ${y - dy * s}`;
  const legs = hex(shade(0x2b3440, 0.1));
  const sleeve = hex(shade(top, -0.15));
  return (
    rect(x - 24 * s, y - 84 * s, 21 * s, 84 * s, legs) +
    rect(x + 3 * s, y - 84 * s, 21 * s, 84 * s, legs) +
    path(
      `M${at(-28, 76)} L${at(-38, 146)} Q${at(-38, 162)} ${at(-18, 164)} L${at(18, 164)} Q${at(38, 162)} ${at(38, 146)} L${at(28, 76)}Z`,
      hex(top),
    ) +
    rect(x - 8 * s, y - 180 * s, 16 * s, 18 * s, hex(shade(skin, -0.12))) +
    ellipse(x, y - 196 * s, 18 * s, 22 * s, hex(skin)) +
    path(
      `M${at(-19, 194)} Q${at(-18, 222)} ${at(0, 220)} Q${at(18, 222)} ${at(19, 194)} Q${at(0, 206)} ${at(-19, 194)}Z`,
      hex(hair),
    ) +
    // An arm bent across the body, the mug in the hand.
    path(
      `M${at(30, 150)} L${at(38, 104)} L${at(6, 98)} L${at(6, 110)} L${at(24, 114)} L${at(22, 146)}Z`,
      sleeve,
    ) +
    rect(x - 6 * s, y - 122 * s, 16 * s, 18 * s, '#f4f1ea', { rx: 2 }) +
    ellipse(x + 2 * s, y - 98 * s, 7 * s, 5 * s, hex(skin))
  );
}

export function shopFloor(): PlaceArt {
  const b = new Sheet();
  // Walls: painted blockwork, a green dado; a steel truss under the roof.
  let blocks = '';
  for (let row = 0; row < 8; row++)
    for (let x = (row % 2) * 60; x < W; x += 120)
      blocks += rect(x, 210 + row * 40, 118, 38, 'none', { stroke: '#c9c8c1', 'stroke-width': 1.5 });
  let truss = '';
  for (let x = 0; x < W; x += 80)
    truss += line(x, 12, x + 40, 62, hex(STEEL), 5) + line(x + 40, 62, x + 80, 12, hex(STEEL), 5);
  b.add(
    rect(0, 0, W, 210, '#cfd5da'),
    rect(0, 210, W, FLOOR - 210, fade(b, 0xeceae4, 0xd9d7cf)),
    blocks,
    rect(0, 430, W, FLOOR - 430, '#6f8a7c'),
    rect(0, 428, W, 4, '#5b7366'),
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => line(0, 4 + i * 9, W, 4 + i * 9, '#b9c0c6', 2)),
    truss,
    rect(0, 6, W, 8, hex(STEEL)),
    rect(0, 60, W, 9, hex(STEEL)),
  );
  // High windows of small panes, the sky and clouds beyond them.
  const rnd = seeded(83);
  let clouds = '';
  for (let i = 0; i < 10; i++)
    clouds += ellipse(40 + rnd() * 1200, 110 + rnd() * 50, 60 + rnd() * 80, 14 + rnd() * 10, '#ffffff', {
      opacity: 0.8,
    });
  let bars = '';
  for (let x = 40; x <= 1240; x += 50) bars += rect(x - 2, 90, 4, 104, '#59646e');
  for (const y of [90, 124, 158, 192]) bars += rect(40, y - 2, 1200, 4, '#59646e');
  b.add(
    rect(40, 90, 1200, 104, fade(b, 0x9cc3e2, 0xe4eef4)),
    `<g filter="${b.blur(5)}">${clouds}</g>`,
    bars,
    ...[340, 640, 940].map((x) => rect(x - 6, 86, 12, 112, '#59646e')),
    rect(30, 196, 1220, 10, '#9aa3aa'),
  );
  // Machines along the walls, and the rest of the firm between them.
  b.add(
    machiningCentre(20, 250, 300, 290, 0x2f6f9f),
    lathe(480, 330, 240, 210),
    swissLathe(b, 980, 330, 280, 210),
    `<g filter="${b.blur(1.6)}" opacity="0.9">${[
      colleague(430, 0.78, 0xe0ad86, 0x2f3d52, 0x6b6660),
      colleague(800, 0.72, 0x8d5a3c, 0x4a5a3a, 0x1f1a18),
      colleague(880, 0.76, 0xf0c8a8, 0x233048, 0xb08850),
      colleague(1230, 0.8, 0xc99a74, 0x5a2f2f, 0x3a2a20),
    ].join('')}</g>`,
  );
  // Tea and cake on a trestle table.
  b.add(
    rect(320, 470, 170, 10, '#f4f1ea'),
    rect(320, 478, 170, 16, '#e4e0d6'),
    ...[332, 474].map((x) => rect(x, 494, 6, 46, '#8a9096')),
    rect(336, 404, 40, 66, '#c9ced2', { rx: 6 }),
    rect(336, 404, 40, 8, '#8a9096', { rx: 3 }),
    rect(374, 452, 10, 6, '#3d454d'),
    rect(394, 452, 80, 18, '#fbf7ee'),
    rect(394, 452, 80, 4, '#e94f64', { opacity: 0.8 }),
    ellipse(434, 452, 30, 3, '#ffffff'),
    ...[0, 1, 2].map((i) =>
      rect(400 + i * 26, 440, 12, 12, ['#2f6f9f', '#f4f1ea', '#d62828'][i]!, { rx: 2 }),
    ),
  );
  // Battens of LED light hung from the truss, and daylight falling from the windows.
  b.add(
    ...[200, 520, 840, 1120].map(
      (x) =>
        line(x - 60, 69, x - 60, 226, '#59646e', 2) +
        line(x + 60, 69, x + 60, 226, '#59646e', 2) +
        pool(b, x, 240, 180, 60, 0xffffff, 0.5) +
        rect(x - 80, 224, 160, 10, '#9aa3aa', { rx: 3 }) +
        rect(x - 76, 232, 152, 4, '#ffffff'),
    ),
    lightShafts(b, 380, 280, 420, 0xfffaf0, 0.14),
  );
  // The floor: grey epoxy with a sheen, yellow walkway and keep-clear lines.
  b.add(
    rect(0, FLOOR, W, H - FLOOR, fade(b, 0x9aa29e, 0x7c8580)),
    rect(0, FLOOR, W, 10, '#000000', { opacity: 0.12 }),
    rect(0, FLOOR + 14, W, 7, '#f2c230'),
    path(`M360 ${H} L560 ${FLOOR + 21} L574 ${FLOOR + 21} L384 ${H}Z`, '#f2c230'),
    path(`M920 ${H} L740 ${FLOOR + 21} L754 ${FLOOR + 21} L944 ${H}Z`, '#f2c230'),
    // Reflections of the machines in the polished floor.
    rect(20, FLOOR + 22, 300, 44, fade(b, 0xf4f4f0, 0xf4f4f0, 0.16, 0)),
    rect(480, FLOOR + 22, 240, 44, fade(b, 0xf4f4f0, 0xf4f4f0, 0.16, 0)),
    rect(980, FLOOR + 22, 280, 44, fade(b, 0xf4f4f0, 0xf4f4f0, 0.16, 0)),
    // Hazard stripes along the machining centre's keep-clear edge.
    rect(20, FLOOR + 26, 300, 14, '#f2c230'),
    ...Array.from({ length: 14 }, (_, i) =>
      path(`M${26 + i * 21} ${FLOOR + 40} l8 -14 l10 0 l-8 14Z`, '#23262a'),
    ),
    pool(b, 640, FLOOR + 70, 500, 40, 0xffffff, 0.25),
  );
  const f = new Sheet();
  f.add(rect(0, H - 40, W, 40, fade(f, 0x000000, 0x000000, 0, 0.22)), vignette(f, 0.28));
  return { back: b.toString(), front: f.toString() };
}
