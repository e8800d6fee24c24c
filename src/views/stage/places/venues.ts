/**
 * Places where a visitor is received: a stand at a trade fair (booth walls under a lit truss, the
 * backlit logo panel, a counter with brochures, the busy hall beyond) and a customer's reception
 * (the company's name on a stone wall, the front desk, waiting chairs, the badge gates). People
 * stand in both.
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { fade, H, lightShafts, plant, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

const INK = 0x14213d;
const AMBER = 0xfca311;

/** A company mark: an amber ring and a word in bars (no real name to clash with a story). */
function logo(x: number, y: number, size: number, word = '#ffffff'): string {
  const r = size / 2;
  return (
    circle(x + r, y + r, r, hex(AMBER)) +
    circle(x + r, y + r, r * 0.52, hex(INK)) +
    path(`M${x + r} ${y + r * 0.2} L${x + r * 1.5} ${y + r} L${x + r} ${y + r * 1.8}Z`, hex(AMBER)) +
    rect(x + size * 1.3, y + size * 0.18, size * 2.6, size * 0.3, word, { rx: size * 0.06 }) +
    rect(x + size * 1.3, y + size * 0.62, size * 1.7, size * 0.18, word, { rx: size * 0.05, opacity: 0.7 })
  );
}

/** A stage spotlight hanging from a truss, and the cone it throws. */
function spot(s: Sheet, x: number, y: number, tx: number, ty: number): string {
  return (
    path(
      `M${x - 8} ${y + 10} L${x + 8} ${y + 10} L${tx + 90} ${ty} L${tx - 90} ${ty}Z`,
      s.grad([
        [0, 0xfff6e0, 0.28],
        [1, 0xfff6e0, 0],
      ]),
    ) +
    rect(x - 9, y - 6, 18, 22, '#23262a', { rx: 4 }) +
    ellipse(x, y + 16, 8, 3, '#fff6e0')
  );
}

/** A horizontal aluminium truss: two chords and the zigzag between. */
function truss(x: number, y: number, w: number, h = 20): string {
  let out = rect(x, y, w, 4, '#c9ced3') + rect(x, y + h - 4, w, 4, '#c9ced3');
  for (let i = x; i < x + w; i += h)
    out +=
      line(i, y + 2, i + h / 2, y + h - 2, '#aab0b6', 2) +
      line(i + h / 2, y + h - 2, i + h, y + 2, '#aab0b6', 2);
  return out;
}

export function tradeFair(): PlaceArt {
  const b = new Sheet();
  // The hall: a dark roof with a space frame, other stands and hanging banners, the crowd.
  const rnd = seeded(57);
  let frame = '';
  for (let x = 0; x < W; x += 60)
    frame += line(x, 0, x + 30, 40, '#4a505a', 2) + line(x + 30, 40, x + 60, 0, '#4a505a', 2);
  let far = '';
  for (let x = -20; x < W; x += 110 + rnd() * 60) {
    const c = [0x2f6f9f, 0xd62828, 0x2a9d8f, 0xe9c46a, 0x6a4c93][Math.floor(rnd() * 5)]!;
    far +=
      rect(x, 300 + rnd() * 40, 90 + rnd() * 50, 200, hex(c)) +
      rect(x + 10, 320 + rnd() * 30, 60, 26, '#ffffff', { opacity: 0.7 });
  }
  let crowd = '';
  for (let i = 0; i < 40; i++) {
    const x = rnd() * W;
    const c = hex(shade([0x2b3440, 0x5a2f2f, 0x2f4a5a, 0x6b6660, 0xd8d2c4][i % 5]!, rnd() * 0.2));
    crowd += ellipse(x, 460, 14, 40, c) + circle(x, 410, 10, hex(shade(0xc99a74, rnd() * 0.3 - 0.2)));
  }
  let banners = '';
  for (const [x, y, c] of [
    [120, 90, 0xd62828],
    [1180, 70, 0x2a9d8f],
    [520, 60, 0x6a4c93],
  ] as const)
    banners +=
      line(x, 0, x, y, '#6b737b', 1.5) +
      rect(x - 50, y, 100, 60, hex(c)) +
      rect(x - 36, y + 16, 72, 10, '#ffffff', { opacity: 0.8 }) +
      rect(x - 36, y + 34, 46, 8, '#ffffff', { opacity: 0.5 });
  b.add(
    rect(0, 0, W, 540, fade(b, 0x1e222a, 0x3a3f48)),
    frame,
    ...[200, 520, 840, 1160].map((x) => pool(b, x, 40, 90, 30, 0xfff6e0, 0.6)),
    `<g filter="${b.blur(4)}">${far}${banners}${crowd}</g>`,
    rect(0, 500, W, 40, '#6a6e74'),
  );
  // Our stand: white booth walls, a side wall in perspective, the backlit logo panel above.
  b.add(
    path('M330 150 L420 170 L420 540 L330 560Z', '#d9d6d0'),
    path('M330 380 L420 376 L420 420 L330 428Z', hex(AMBER)),
    rect(420, 170, 860, 370, fade(b, 0xf6f4f0, 0xe4e0d8)),
    ...[640, 860, 1080].map((x) => rect(x - 1, 170, 2, 370, '#cfcac2')),
    path('M640 540 Q820 360 1280 330 L1280 380 Q880 410 720 540Z', hex(AMBER), { opacity: 0.85 }),
    path('M720 540 Q880 410 1280 380 L1280 470 Q960 470 860 540Z', hex(INK), { opacity: 0.9 }),
    pool(b, 780, 130, 420, 130, 0xffffff, 0.35),
    rect(540, 40, 480, 140, hex(INK), { rx: 6 }),
    rect(540, 40, 480, 140, 'none', { rx: 6, stroke: '#ffffff', 'stroke-width': 4, opacity: 0.4 }),
    logo(600, 70, 80),
    rect(540, 176, 480, 4, hex(AMBER)),
    truss(420, 10, 860),
    ...[480, 1220].map((x) => rect(x - 6, 10, 12, 30, '#c9ced3')),
    spot(b, 470, 30, 520, 330),
    spot(b, 1230, 30, 1160, 330),
    // A product picture on a screen on the wall.
    rect(440, 230, 170, 110, '#1d2433', { rx: 4 }),
    rect(448, 238, 154, 94, fade(b, 0x2f6f9f, 0x14213d)),
    circle(525, 285, 28, '#e9edf2', { opacity: 0.9 }),
    circle(525, 285, 12, '#2f6f9f'),
    rect(460, 318, 60, 6, hex(AMBER)),
  );
  // The counter with its logo, brochures, a tablet and a bowl of sweets; a tall plant.
  b.add(
    rect(980, 420, 270, 120, '#fbfaf7'),
    rect(980, 410, 270, 14, '#dcd8d0'),
    rect(980, 452, 270, 50, hex(INK)),
    logo(1010, 462, 30),
    path('M1010 410 l10 -34 l30 0 l-6 34Z', '#2f6f9f'),
    path('M1040 410 l8 -30 l28 0 l-4 30Z', hex(AMBER)),
    rect(1120, 372, 56, 38, '#23262a', { rx: 4 }),
    rect(1124, 376, 48, 30, '#7fb0d8'),
    rect(1144, 406, 8, 6, '#23262a'),
    ellipse(1216, 404, 22, 8, '#ffffff', { opacity: 0.8 }),
    ...[0, 1, 2].map((i) => circle(1206 + i * 10, 400, 5, ['#d62828', '#fca311', '#2a9d8f'][i]!)),
    plant(900, 520, 130, 0x3d6b45, 0xf4f1ea),
    // A brochure stand.
    rect(446, 380, 64, 160, '#c9ced3', { rx: 3 }),
    ...[0, 1, 2].map(
      (i) =>
        rect(452, 388 + i * 50, 52, 40, ['#2f6f9f', '#fbfaf7', '#e9c46a'][i]!) +
        rect(452, 418 + i * 50, 52, 10, '#aab0b6', { opacity: 0.9 }),
    ),
  );
  // The stand's raised floor: blue carpet with an aluminium edge; the hall's floor in front.
  b.add(
    rect(0, 540, W, H - 540, fade(b, 0x8a8e94, 0x6f737a)),
    path(`M330 560 L420 540 L${W} 540 L${W} 660 L300 660Z`, fade(b, 0x33476a, 0x2a3a58)),
    rect(300, 656, W, 8, '#c9ced3'),
    pool(b, 800, 590, 480, 60, 0xffffff, 0.12),
    lightShafts(b, 560, 200, 500, 0xffffff, 0.06),
  );
  const f = new Sheet();
  f.add(rect(0, H - 50, W, 50, fade(f, 0x000000, 0x000000, 0, 0.25)), vignette(f, 0.36));
  return { back: b.toString(), front: f.toString() };
}

/** A low lounge chair seen from the front: seat, back and arms. */
function chair(x: number, y: number, color: number): string {
  const c = hex(color);
  return (
    rect(x - 60, y - 110, 120, 80, hex(shade(color, -0.12)), { rx: 18 }) +
    rect(x - 66, y - 44, 132, 30, c, { rx: 10 }) +
    rect(x - 74, y - 80, 18, 66, hex(shade(color, -0.2)), { rx: 8 }) +
    rect(x + 56, y - 80, 18, 66, hex(shade(color, -0.2)), { rx: 8 }) +
    rect(x - 52, y - 14, 6, 14, '#2b2b2b') +
    rect(x + 46, y - 14, 6, 14, '#2b2b2b')
  );
}

export function reception(): PlaceArt {
  const b = new Sheet();
  // Pale walls, a stone feature wall with the company's name lit from behind.
  let tiles = '';
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 4; c++)
      tiles += rect(
        440 + c * 160 + 2,
        40 + r * 125 + 2,
        156,
        121,
        hex(shade(0xb9b4ab, ((r * 3 + c) % 4) * 0.03)),
      );
  b.add(
    rect(0, 0, W, 540, fade(b, 0xf2efe9, 0xe2ded6)),
    rect(0, 0, W, 24, '#fbfaf7'),
    ...[160, 640, 1120].map((x) => ellipse(x, 24, 26, 5, '#fff8e6')),
    rect(440, 40, 640, 500, '#a8a39a'),
    tiles,
    pool(b, 760, 140, 320, 90, 0xfff2d8, 0.55),
    `<g opacity="0.25" transform="translate(5 6)">${logo(600, 100, 72, '#000000')}</g>`,
    logo(600, 100, 72, hex(INK)),
    // A screen welcoming today's visitors.
    rect(110, 110, 240, 150, '#1d2433', { rx: 6 }),
    rect(118, 118, 224, 134, fade(b, INK, 0x24365e)),
    logo(134, 132, 22),
    rect(134, 176, 150, 12, hex(AMBER), { rx: 3 }),
    ...[0, 1, 2].map((i) => rect(134, 200 + i * 16, 170 - i * 30, 8, '#ffffff', { rx: 3, opacity: 0.7 })),
  );
  // A window onto a green courtyard at the right, badge gates in front of it.
  const rnd = seeded(23);
  let trees = '';
  for (let i = 0; i < 8; i++)
    trees += ellipse(
      1100 + rnd() * 180,
      280 + rnd() * 120,
      40 + rnd() * 40,
      60 + rnd() * 40,
      hex(shade(0x5f8d5a, (rnd() - 0.5) * 0.4)),
    );
  b.add(
    rect(1100, 40, 180, 500, fade(b, 0xbcd7ea, 0xe4ece8)),
    `<g filter="${b.blur(5)}">${trees}</g>`,
    rect(1100, 40, 180, 500, 'none', { stroke: '#3a3f46', 'stroke-width': 10 }),
    rect(1190, 40, 6, 500, '#3a3f46'),
    lightShafts(b, 1100, 180, 700, 0xfff4da, 0.12),
    ...[1130, 1230].map(
      (x) =>
        rect(x - 14, 420, 28, 120, '#c9ced3', { rx: 4 }) +
        rect(x - 8, 430, 16, 10, '#49d27a', { rx: 2 }) +
        path(`M${x + 14} 450 L${x + 50} 446 L${x + 50} 500 L${x + 14} 504Z`, '#cfe6f2', { opacity: 0.6 }),
    ),
  );
  // Waiting chairs, a low table with magazines, a water cooler at the left.
  b.add(
    rect(40, 300, 60, 90, '#cfe6f2', { rx: 10, opacity: 0.9 }),
    rect(36, 390, 68, 150, '#e9e6e0', { rx: 6 }),
    rect(62, 410, 16, 10, '#3a7bd5'),
    chair(190, 540, 0x2f5d62),
    chair(340, 540, 0x2f5d62),
    rect(150, 500, 120, 10, '#8a6a4d'),
    rect(165, 490, 50, 10, '#d62828', { opacity: 0.8 }),
    rect(200, 484, 44, 8, '#f4f1ea'),
    plant(420, 530, 140, 0x3d6b45, 0xd8cfc2),
  );
  // The front desk: white with an oak top, a monitor, a badge tray and an orchid.
  b.add(
    pool(b, 800, 430, 340, 60, 0xffffff, 0.3),
    path('M560 420 Q800 400 1040 420 L1040 540 L560 540Z', fade(b, 0xfbfaf7, 0xe0dcd4)),
    path('M552 414 Q800 394 1048 414 L1048 428 Q800 408 552 428Z', '#b08a5a'),
    rect(600, 470, 400, 8, hex(AMBER), { opacity: 0.9 }),
    rect(880, 350, 90, 58, '#23262a', { rx: 4 }),
    rect(918, 408, 14, 8, '#23262a'),
    rect(630, 396, 70, 12, '#e4e0d8', { rx: 3 }),
    ...[0, 1, 2, 3].map((i) =>
      rect(636 + i * 16, 392, 12, 8, ['#2f6f9f', '#d62828', '#2a9d8f', '#fca311'][i]!, { rx: 2 }),
    ),
    rect(750, 376, 16, 30, '#f4f1ea', { rx: 3 }),
    path('M758 376 Q740 330 760 320 Q780 340 758 376Z', '#3d6b45'),
    ...[
      [744, 330],
      [774, 318],
      [760, 300],
    ].map(([x, y]) => ellipse(x!, y!, 12, 9, '#f2d6ea') + circle(x!, y!, 3, '#c94f8a')),
  );
  // Polished stone floor.
  b.add(
    rect(0, 540, W, H - 540, fade(b, 0xd6d1c8, 0xbcb6ac)),
    rect(0, 540, W, 8, '#000000', { opacity: 0.08 }),
    rect(560, 548, 480, 50, fade(b, 0xffffff, 0xffffff, 0.25, 0)),
    ...[0, 1, 2, 3, 4, 5].map((i) =>
      line(i * 260 - 100, H, 400 + i * 120, 540, '#a8a196', 1.5, { opacity: 0.4 }),
    ),
  );
  const f = new Sheet();
  f.add(rect(0, H - 40, W, 40, fade(f, 0x000000, 0x000000, 0, 0.2)), vignette(f, 0.3));
  return { back: b.toString(), front: f.toString() };
}
