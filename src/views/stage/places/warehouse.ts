/**
 * A warehouse in daylight: pallet racking full of boxes and shrink-wrapped loads, a forklift with
 * a raised pallet, a dock door with its roller shutter, aisle signs, high-bay lamps and floor
 * markings. People stand.
 */
import { circle, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { box, cladding, FLOOR, hazard, highBay, STEEL } from './industry.ts';
import { fade, H, lightShafts, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

/** Pallet racking: blue uprights, orange beams, and loads on pallets in every bay. */
function racking(x: number, top: number, w: number, levels: number, seed: number): string {
  const rnd = seeded(seed);
  const lh = (FLOOR - top) / levels;
  const bays = Math.round(w / 340);
  const bw = w / bays;
  const per = Math.floor((bw - 20) / 124);
  let out = '';
  for (let l = 0; l < levels; l++) {
    const beam = top + lh * (l + 1) - 12;
    for (let bay = 0; bay < bays; bay++)
      for (let p = 0; p < per; p++) {
        if (rnd() < 0.12) continue;
        const px = x + bay * bw + (bw - per * 124) / 2 + p * 124 + 6;
        const loadH = lh * (0.5 + rnd() * 0.3);
        out += rect(px, beam - 12, 110, 12, '#b08a5a') + rect(px + 4, beam - 8, 102, 4, '#7a5c3a');
        if (rnd() < 0.35) {
          // A shrink-wrapped load.
          out +=
            rect(px + 2, beam - 12 - loadH, 106, loadH, hex(shade(0xd8dde2, rnd() * 0.1 - 0.1)), { rx: 4 }) +
            rect(px + 10, beam - loadH, 30, loadH - 20, '#ffffff', { opacity: 0.35 }) +
            line(px + 4, beam - 12 - loadH * 0.4, px + 104, beam - 12 - loadH * 0.45, '#ffffff', 2, {
              opacity: 0.5,
            });
        } else {
          const bh = loadH / 2;
          for (let row = 0; row < 2; row++)
            for (let c = 0; c < 2; c++)
              out += box(
                px + 2 + c * 54,
                beam - 12 - bh * (row + 1),
                52,
                bh - 2,
                ((row + c + l + p) % 3) * 0.06 - 0.08,
              );
        }
      }
    out += rect(x, beam, w, 12, '#e8742a') + rect(x, beam, w, 3, '#f6a86a');
  }
  for (let i = 0; i <= bays; i++) {
    const ux = x + i * bw;
    out += rect(ux - 6, top, 12, FLOOR - top, '#2f5f9e') + rect(ux - 2, top, 3, FLOOR - top, '#7aa3d6');
  }
  return out;
}

/** A forklift seen from the side, facing right, its forks raised with a pallet. */
function forklift(x: number, y: number): string {
  const yellow = '#f2b630';
  return (
    // Mast, carriage, forks and the load.
    rect(x + 226, y - 330, 14, 330, '#3d454d') +
    rect(x + 244, y - 300, 10, 300, '#59646e') +
    rect(x + 254, y - 236, 12, 70, '#2b3036') +
    rect(x + 262, y - 172, 120, 8, '#2b3036') +
    rect(x + 268, y - 186, 110, 14, '#b08a5a') +
    box(x + 272, y - 250, 52, 62, -0.04) +
    box(x + 326, y - 250, 50, 62, 0.04) +
    // Overhead guard and the cab.
    line(x + 80, y - 230, x + 214, y - 230, '#2b3036', 10) +
    line(x + 90, y - 230, x + 70, y - 120, '#2b3036', 9) +
    line(x + 206, y - 230, x + 214, y - 120, '#2b3036', 9) +
    path(
      `M${x + 40} ${y - 30} L${x + 40} ${y - 130} Q${x + 40} ${y - 140} ${x + 60} ${y - 140} L${x + 220} ${y - 120} L${x + 226} ${y - 30}Z`,
      yellow,
    ) +
    rect(x + 20, y - 120, 44, 90, '#3d454d', { rx: 8 }) +
    rect(x + 100, y - 180, 40, 44, '#23262a', { rx: 6 }) +
    line(x + 170, y - 150, x + 190, y - 186, '#23262a', 6) +
    circle(x + 190, y - 188, 10, '#23262a', { fill: 'none', stroke: '#23262a', 'stroke-width': 4 }) +
    rect(x + 60, y - 100, 150, 6, '#23262a', { opacity: 0.4 }) +
    circle(x + 80, y - 22, 26, '#1e2226') +
    circle(x + 80, y - 22, 11, '#8a949c') +
    circle(x + 196, y - 22, 26, '#1e2226') +
    circle(x + 196, y - 22, 11, '#8a949c') +
    rect(x + 60, y - 236, 16, 10, '#f28a24', { rx: 3 })
  );
}

export function warehouse(): PlaceArt {
  const b = new Sheet();
  b.add(rect(0, 0, W, FLOOR, fade(b, 0x8b949c, 0xb9c0c5)), cladding(0, 60, 0x9aa3aa));
  // Roof trusses and skylights.
  b.add(
    ...[180, 640, 1100].map((x) => rect(x - 70, 0, 140, 34, fade(b, 0xe6f0f5, 0xb9d3e6))),
    rect(0, 34, W, 10, hex(STEEL)),
    ...Array.from(
      { length: 17 },
      (_, i) =>
        line(i * 80, 44, i * 80 + 40, 72, hex(STEEL), 4) +
        line(i * 80 + 40, 72, i * 80 + 80, 44, hex(STEEL), 4),
    ),
    rect(0, 70, W, 6, hex(STEEL)),
  );
  // Racking across the back, a dock door with a roller shutter at the right.
  b.add(racking(-40, 100, 1000, 3, 7));
  let slats = '';
  for (let y = 196; y < 520; y += 12)
    slats += rect(1000, y, 240, 10, '#c4cad0') + rect(1000, y + 10, 240, 2, '#8a949c');
  b.add(
    rect(990, 180, 260, 360, '#59646e'),
    rect(1000, 190, 240, 330, '#d4d9dd'),
    slats,
    rect(1000, 420, 240, 100, fade(b, 0x2b3036, 0x1e2226)),
    hazard(990, 520, 260, 20),
    rect(1060, 130, 120, 40, '#1f5fae', { rx: 4 }),
    rect(1060, 130, 120, 40, 'none', { rx: 4, stroke: '#ffffff', 'stroke-width': 3 }),
    path('M1108 140 q12 -8 22 0 q4 8 -10 10 q16 2 10 12 q-10 8 -22 0', 'none', {
      stroke: '#ffffff',
      'stroke-width': 4,
      'stroke-linecap': 'round',
    }),
    circle(1220, 150, 10, '#49d27a'),
    circle(1220, 150, 20, '#7dff9e', { opacity: 0.25 }),
  );
  // Hanging aisle signs, high-bay lamps, daylight from the skylights.
  b.add(
    ...[300, 700].map(
      (x, i) =>
        line(x - 24, 76, x - 24, 92, '#3a424c', 2) +
        line(x + 24, 76, x + 24, 92, '#3a424c', 2) +
        rect(x - 34, 88, 68, 40, '#f2c230', { rx: 4 }) +
        path(
          `M${x - 22} ${118} L${x - 13} ${98} L${x - 4} ${118} M${x - 18} ${111} h10 ` +
            (i ? `M${x + 6} ${103} q8 -8 14 0 q0 6 -14 15 h15` : `M${x + 8} ${102} l6 -4 v20`),
          'none',
          { stroke: '#23262a', 'stroke-width': 4, 'stroke-linejoin': 'round' },
        ),
    ),
    highBay(b, 480, 150),
    highBay(b, 900, 150),
    lightShafts(b, 560, 160, 500, 0xffffff, 0.12),
  );
  // Floor: sealed concrete with a yellow lane, pallets stacked, the forklift at the left.
  b.add(
    rect(0, FLOOR, W, H - FLOOR, fade(b, 0xa39f97, 0x85817a)),
    rect(0, FLOOR, W, 10, '#000000', { opacity: 0.14 }),
    rect(0, FLOOR + 40, W, 8, '#f2c230'),
    path(`M980 ${FLOOR + 60} L1260 ${FLOOR + 60} L1300 ${H - 20} L940 ${H - 20}Z`, 'none', {
      stroke: '#f2c230',
      'stroke-width': 6,
      opacity: 0.7,
    }),
    ...[0, 1, 2, 3].map(
      (i) =>
        rect(860, FLOOR - 14 - i * 14, 120, 12, '#b08a5a') + rect(866, FLOOR - 6 - i * 14, 108, 4, '#7a5c3a'),
    ),
    forklift(10, FLOOR + 20),
    pool(b, 640, FLOOR + 40, 520, 50, 0xffffff, 0.2),
  );
  const f = new Sheet();
  f.add(rect(0, H - 40, W, 40, fade(f, 0x000000, 0x000000, 0, 0.25)), vignette(f, 0.32));
  return { back: b.toString(), front: f.toString() };
}
