/**
 * On the road: inside a car, the back seat seen from the front — the road running away through
 * the rear window with its heater lines, trees streaking past the side windows, headrests and seat
 * belts, the roof liner, and the centre console in front. People sit on the back seat.
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { fade, H, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

/** Shapes clipped to an outline (a window), under a clip id unique in its drawing. */
function clipped(id: string, outline: string, inside: string): string {
  return `<clipPath id="${id}"><path d="${outline}"/></clipPath><g clip-path="url(#${id})">${inside}</g>`;
}

/** A horizontal motion blur, so what is outside a moving car streaks past. */
function streak(id: string, shapes: string): string {
  return (
    `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%">` +
    `<feGaussianBlur stdDeviation="16 1.5"/></filter><g filter="url(#${id})">${shapes}</g>`
  );
}

/** Trees and sky beside the road, for a side window. */
function roadside(seed: number, x: number, y: number, w: number, h: number): string {
  const rnd = seeded(seed);
  let out = rect(x, y, w, h * 0.55, '#a9cce4') + rect(x, y + h * 0.55, w, h * 0.45, '#7d8a6a');
  for (let i = 0; i < 12; i++)
    out += ellipse(
      x + rnd() * w,
      y + h * (0.4 + rnd() * 0.2),
      30 + rnd() * 40,
      40 + rnd() * 50,
      hex(shade(0x4f7a48, (rnd() - 0.5) * 0.5)),
    );
  return out + rect(x, y + h * 0.82, w, h * 0.18, '#8a8d90');
}

const REAR = 'M430 104 L1110 104 Q1150 104 1160 140 L1196 322 L344 322 L380 140 Q390 104 430 104Z';
const SIDE_L = 'M0 70 L230 104 Q262 110 270 150 L300 330 L0 380Z';
const SIDE_R = 'M1216 112 L1280 92 L1280 372 L1240 334Z';

export function car(): PlaceArt {
  const b = new Sheet();
  // Trim and roof liner.
  b.add(
    rect(0, 0, W, H, fade(b, 0x55514c, 0x2f2d2b)),
    path('M0 0 H1280 V86 Q640 120 0 64Z', fade(b, 0xd9d4cc, 0xb9b3aa)),
    pool(b, 770, 80, 120, 40, 0xfff4da, 0.6),
    rect(740, 74, 60, 14, '#efe9dc', { rx: 6 }),
  );
  // The road running away behind the car, through the rear window.
  const vx = 770;
  const hz = 226;
  let dashes = '';
  for (let i = 0; i < 6; i++) {
    const t0 = Math.pow(0.62, i + 0.35);
    const t1 = Math.pow(0.62, i + 0.75);
    const y0 = hz + (330 - hz) * t0;
    const y1 = hz + (330 - hz) * t1;
    dashes += path(
      `M${vx - 5 * t0} ${y0} L${vx + 5 * t0} ${y0} L${vx + 5 * t1} ${y1} L${vx - 5 * t1} ${y1}Z`,
      '#f4f1ea',
    );
  }
  const rnd = seeded(31);
  let hills = '';
  for (let i = 0; i < 9; i++)
    hills += ellipse(
      300 + rnd() * 960,
      hz + 6,
      80 + rnd() * 120,
      20 + rnd() * 26,
      hex(shade(0x6f8f6a, rnd() * 0.3)),
    );
  let trees = '';
  for (let i = 0; i < 10; i++) {
    const side = i % 2 ? 1 : -1;
    const d = 0.15 + rnd() * 0.85;
    trees += ellipse(
      vx + side * (60 + d * 420),
      hz + d * 70 - 10,
      12 + d * 30,
      16 + d * 44,
      hex(shade(0x3f6a40, rnd() * 0.3)),
    );
  }
  let wires = '';
  for (let y = 150; y < 318; y += 15) wires += line(360, y, 1180, y, '#6a3a24', 1.5, { opacity: 0.35 });
  const follower =
    path(`M850 262 L860 244 L904 244 L914 262 L918 280 L846 280Z`, '#3c5a7a') +
    path(`M858 260 L866 248 L898 248 L906 260Z`, '#b9d3e6') +
    rect(850, 266, 12, 6, '#f4f1ea') +
    rect(902, 266, 12, 6, '#f4f1ea') +
    rect(848, 280, 10, 8, '#1e2226') +
    rect(906, 280, 10, 8, '#1e2226');
  b.add(
    clipped(
      'rear',
      REAR,
      rect(340, 100, 860, hz - 100, fade(b, 0x8fbde2, 0xe8f1f4)) +
        `<g filter="${b.blur(4)}">${hills}</g>` +
        rect(340, hz, 860, 100, '#7f9a6e') +
        path(`M${vx - 4} ${hz} L${vx + 4} ${hz} L1240 330 L300 330Z`, '#6b6f73') +
        path(`M${vx - 4} ${hz} L${vx - 2} ${hz} L400 330 L380 330Z`, '#e8e4da', { opacity: 0.8 }) +
        path(`M${vx + 2} ${hz} L${vx + 4} ${hz} L1160 330 L1140 330Z`, '#e8e4da', { opacity: 0.8 }) +
        dashes +
        `<g filter="${b.blur(1.5)}">${trees}${follower}</g>` +
        wires +
        path('M560 104 L660 104 L460 322 L360 322Z', '#ffffff', { opacity: 0.1 }) +
        rect(730, 106, 80, 8, '#7a1f24', { rx: 3 }),
    ),
    path(REAR, 'none', { stroke: '#1e1c1b', 'stroke-width': 12, 'stroke-linejoin': 'round' }),
  );
  // Side windows: the roadside streaking past.
  b.add(
    clipped(
      'left',
      SIDE_L,
      streak('mbl', roadside(5, -40, 60, 360, 330)) +
        path('M40 70 L120 80 L60 380 L0 380Z', '#ffffff', { opacity: 0.12 }),
    ),
    path(SIDE_L, 'none', { stroke: '#1e1c1b', 'stroke-width': 12, 'stroke-linejoin': 'round' }),
    clipped('right', SIDE_R, streak('mbr', roadside(8, 1200, 80, 100, 300))),
    path(SIDE_R, 'none', { stroke: '#1e1c1b', 'stroke-width': 10, 'stroke-linejoin': 'round' }),
    rect(120, 74, 70, 12, '#8f897f', { rx: 6, transform: 'rotate(8 155 80)' }),
  );
  // The parcel shelf, the back seat with three headrests, and the seat belts.
  const seat = 0x535a63;
  b.add(
    rect(300, 318, 940, 40, '#262422'),
    ...[430, 1110].map((x) => ellipse(x, 336, 46, 12, '#1a1918') + ellipse(x, 334, 30, 7, '#3a3836')),
    path(
      'M262 360 Q270 340 320 340 L1280 340 L1280 720 L250 720Z',
      fade(b, shade(seat, 0.06), shade(seat, -0.3)),
    ),
    ...[520, 800, 1080].map(
      (x) =>
        path(
          `M${x - 128} 720 L${x - 124} 392 Q${x - 120} 362 ${x - 90} 360 L${x + 90} 360 Q${x + 120} 362 ${x + 124} 392 L${x + 128} 720Z`,
          hex(shade(seat, 0.04)),
        ) +
        line(x - 70, 380, x - 72, 700, hex(shade(seat, -0.25)), 3) +
        line(x + 70, 380, x + 72, 700, hex(shade(seat, -0.25)), 3) +
        rect(x - 22, 330, 6, 40, '#b9bec4') +
        rect(x + 16, 330, 6, 40, '#b9bec4') +
        rect(x - 64, 262, 128, 80, fade(b, shade(seat, 0.12), shade(seat, -0.1)), { rx: 26 }),
    ),
    path('M318 320 L372 340 L420 720 L396 720 L350 344 L310 330Z', '#26282c'),
    path('M1238 320 L1200 340 L1150 720 L1172 720 L1214 346 L1246 332Z', '#26282c'),
    rect(304, 312, 26, 20, '#1e1c1b', { rx: 4 }),
    rect(1226, 312, 26, 20, '#1e1c1b', { rx: 4 }),
  );
  const f = new Sheet();
  // The centre console between the front seats: the rear air vents and a small climate display.
  const vent = (x: number) =>
    rect(x, 646, 64, 34, '#1a1a1c', { rx: 6 }) +
    [0, 1, 2, 3].map((i) => rect(x + 6, 652 + i * 7, 52, 3, '#4a4d52')).join('');
  f.add(
    rect(
      0,
      590,
      W,
      130,
      f.grad([
        [0, 0x1a1918, 0],
        [0.55, 0x1a1918, 0.8],
        [1, 0x1a1918, 0.95],
      ]),
    ),
    path(
      'M660 720 L672 646 Q676 626 700 624 L880 624 Q904 626 908 646 L920 720Z',
      fade(f, 0x3a3a3d, 0x202022),
    ),
    rect(662, 618, 256, 12, '#4a4a4e', { rx: 6 }),
    vent(690),
    vent(826),
    rect(762, 650, 56, 26, '#0e1a24', { rx: 4 }),
    rect(768, 658, 22, 10, '#7fd0ff', { opacity: 0.8 }),
    circle(806, 663, 5, '#fca311'),
    vignette(f, 0.42),
  );
  return { back: b.toString(), front: f.toString() };
}
