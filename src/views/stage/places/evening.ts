/**
 * Places for the evening: a restaurant, a banquet hall and a hotel bar. Warm, low light with
 * glowing lamps and blurred bokeh beyond the glass; the table or counter is in front of people.
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { H, pendant, plant, Sheet, skyline, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

function bokeh(s: Sheet, x: number, y: number, w: number, h: number, seed: number, colors: number[]): string {
  const rnd = seeded(seed);
  let dots = '';
  for (let i = 0; i < 40; i++) {
    dots += circle(x + rnd() * w, y + rnd() * h, 6 + rnd() * 16, hex(colors[i % colors.length]!), {
      opacity: 0.25 + rnd() * 0.45,
    });
  }
  return `<g filter="${s.blur(3)}">${dots}</g>`;
}

function wineGlass(x: number, y: number, wine: boolean): string {
  return (
    ellipse(x, y, 18, 5, '#ffffff', { opacity: 0.5 }) +
    line(x, y, x, y - 40, '#f3efe6', 3) +
    path(
      `M${x - 18} ${y - 78} Q${x - 20} ${y - 40} ${x} ${y - 38} Q${x + 20} ${y - 40} ${x + 18} ${y - 78}Z`,
      '#ffffff',
      { opacity: 0.35 },
    ) +
    (wine
      ? path(
          `M${x - 17} ${y - 62} Q${x} ${y - 57} ${x + 17} ${y - 62} Q${x + 16} ${y - 42} ${x} ${y - 40} Q${x - 16} ${y - 42} ${x - 17} ${y - 62}Z`,
          '#7a1f2b',
        )
      : '')
  );
}

function plate(x: number, y: number, r: number, food?: number): string {
  return (
    ellipse(x, y + 4, r + 6, r * 0.34 + 4, '#000000', { opacity: 0.12 }) +
    ellipse(x, y, r, r * 0.34, '#fbfaf6') +
    ellipse(x, y, r * 0.7, r * 0.23, '#efece4') +
    (food !== undefined
      ? ellipse(x, y - 4, r * 0.45, r * 0.16, hex(food)) +
        ellipse(x - r * 0.15, y - 8, r * 0.18, r * 0.08, '#5f8d4e')
      : '')
  );
}

export function restaurant(): PlaceArt {
  const b = new Sheet();
  // Brick wall in warm light, a street at night beyond the window.
  b.add(
    rect(
      0,
      0,
      W,
      H,
      b.grad([
        [0, 0x5a2f24],
        [1, 0x3a1d17],
      ]),
    ),
  );
  let bricks = '';
  for (let row = 0; row < 26; row++) {
    for (let i = 0; i < 20; i++) {
      const x = i * 70 - (row % 2) * 35;
      bricks += rect(
        x + 2,
        row * 22 + 2,
        66,
        18,
        hex(shade(0x7a3b2c, ((i * 7 + row * 3) % 5) * 0.04 - 0.08)),
      );
    }
  }
  b.add(
    bricks,
    rect(
      0,
      0,
      W,
      H,
      b.glow(
        [
          [0, 0xffb36b, 0.35],
          [1, 0x000000, 0.35],
        ],
        0.5,
        0.25,
        0.8,
      ),
    ),
    rect(760, 80, 440, 330, '#0f1524'),
    bokeh(b, 760, 80, 440, 330, 21, [0xffc36b, 0xff8f5a, 0xf6e7b0, 0x7fb0ff]),
    path('M760 80 h440 v330 h-440Z M772 92 v306 h416 v-306Z', '#2a1510', { 'fill-rule': 'evenodd' }),
    rect(972, 80, 14, 330, '#2a1510'),
    // Shelves with bottles.
    ...[170, 280].map((y) => rect(60, y, 520, 12, '#3a2218')),
    ...Array.from({ length: 14 }, (_, i) => {
      const x = 80 + i * 36;
      const y = i % 2 ? 170 : 280;
      const c = [0x2f4b2a, 0x5e1b22, 0xa0813f, 0x2a3a4f][i % 4]!;
      return (
        rect(x, y - 64, 20, 64, hex(c), { rx: 6 }) +
        rect(x + 6, y - 84, 8, 24, hex(c)) +
        rect(x + 3, y - 48, 14, 18, '#efe2c4', { opacity: 0.8 })
      );
    }),
    ...[300, 640, 980].map((x) => pendant(b, x, 90, 30, 0x1c1c1c, 0xffc56b, 0.7)),
    rect(
      0,
      520,
      W,
      200,
      b.grad([
        [0, 0x2b1711],
        [1, 0x1a0e0b],
      ]),
    ),
  );
  const f = new Sheet();
  f.add(
    path(
      `M160 624 L${W + 40} 624 L${W + 40} ${H} L20 ${H}Z`,
      f.grad([
        [0, 0xf7f2e8],
        [1, 0xe4dccd],
      ]),
    ),
    rect(0, 624, W, 6, '#ffffff', { opacity: 0.5 }),
    plate(620, 664, 80, 0xc9774a),
    plate(1000, 650, 70, 0xb8563a),
    wineGlass(820, 672, true),
    wineGlass(1150, 690, true),
    ellipse(880, 640, 16, 6, '#d8cfc0'),
    rect(872, 610, 16, 30, '#f4ecd8'),
    ellipse(
      880,
      596,
      40,
      40,
      f.glow([
        [0, 0xffd27a, 0.8],
        [1, 0xffd27a, 0],
      ]),
    ),
    ellipse(880, 606, 4, 9, '#ffcf5a'),
    vignette(f, 0.5),
  );
  return { back: b.toString(), front: f.toString() };
}

export function banquet(): PlaceArt {
  const b = new Sheet();
  b.add(
    rect(
      0,
      0,
      W,
      H,
      b.grad([
        [0, 0x7d1420],
        [1, 0x4a0b14],
      ]),
    ),
  );
  // Gold lattice screens and round red lanterns.
  let lattice = '';
  for (let p = 0; p < 3; p++) {
    const x0 = 80 + p * 400;
    lattice +=
      rect(x0, 120, 320, 380, '#5e0f18') +
      rect(x0, 120, 320, 380, 'none', { stroke: '#d4a546', 'stroke-width': 8 });
    for (let i = 1; i < 6; i++)
      lattice += line(x0 + i * 53, 124, x0 + i * 53, 496, '#b98a35', 3, { opacity: 0.7 });
    for (let j = 1; j < 7; j++)
      lattice += line(x0 + 4, 120 + j * 54, x0 + 316, 120 + j * 54, '#b98a35', 3, { opacity: 0.7 });
    lattice += circle(x0 + 160, 310, 70, 'none', { stroke: '#e2b85c', 'stroke-width': 6 });
  }
  const lantern = (x: number, y: number) =>
    ellipse(
      x,
      y,
      90,
      90,
      b.glow([
        [0, 0xff7b4f, 0.5],
        [1, 0xff7b4f, 0],
      ]),
    ) +
    line(x, 0, x, y - 40, '#2a0a0a', 3) +
    ellipse(x, y, 40, 36, '#d62828') +
    path(`M${x - 40} ${y} Q${x} ${y - 10} ${x + 40} ${y}`, 'none', { stroke: '#9d0208', 'stroke-width': 3 }) +
    rect(x - 16, y - 42, 32, 8, '#e2b85c') +
    rect(x - 16, y + 34, 32, 8, '#e2b85c') +
    line(x, y + 42, x, y + 70, '#e2b85c', 3);
  b.add(
    lattice,
    rect(
      0,
      0,
      W,
      H,
      b.glow(
        [
          [0, 0xffc36b, 0.3],
          [1, 0x000000, 0.3],
        ],
        0.5,
        0.3,
        0.8,
      ),
    ),
    lantern(200, 90),
    lantern(640, 70),
    lantern(1080, 90),
    rect(
      0,
      520,
      W,
      200,
      b.grad([
        [0, 0x3a0810],
        [1, 0x24050a],
      ]),
    ),
  );
  const f = new Sheet();
  // A big round table: white cloth, lazy Susan, shared dishes and tea.
  f.add(
    ellipse(
      700,
      790,
      760,
      150,
      f.grad([
        [0, 0xfbf8f2],
        [1, 0xe7e0d2],
      ]),
    ),
    ellipse(700, 756, 300, 56, '#e9e2d4'),
    ellipse(700, 752, 290, 52, '#f6f1e7'),
    ellipse(560, 740, 70, 22, '#f4ecdc'),
    ellipse(560, 734, 50, 14, '#b5532f'),
    ellipse(760, 730, 76, 24, '#f4ecdc'),
    ellipse(760, 724, 54, 15, '#e0a43b'),
    ellipse(900, 750, 60, 20, '#f4ecdc'),
    ellipse(900, 745, 42, 12, '#3f7f4a'),
    path('M1100 720 q0 -30 26 -30 q26 0 26 30Z', '#f4ecdc'),
    rect(1098, 714, 56, 8, '#d4a546'),
    vignette(f, 0.45),
  );
  return { back: b.toString(), front: f.toString() };
}

export function hotelBar(): PlaceArt {
  const b = new Sheet();
  b.add(
    rect(
      0,
      0,
      W,
      H,
      b.grad([
        [0, 0x1c1a26],
        [1, 0x120f16],
      ]),
    ),
    skyline(b, 40, 40, 360, 400, { sky: [0x0d1526, 0x1d2a44], towers: 0x141c2e, seed: 17, night: true }),
    path('M40 40 h360 v400 h-360Z M50 50 v380 h340 v-380Z', '#0b0a0e', { 'fill-rule': 'evenodd' }),
    rect(470, 60, 770, 390, '#2a2119'),
    rect(
      470,
      60,
      770,
      390,
      b.glow(
        [
          [0, 0xffb55c, 0.6],
          [1, 0xffb55c, 0],
        ],
        0.5,
        0.6,
        0.7,
      ),
    ),
  );
  const rnd = seeded(27);
  let bottles = '';
  for (const y of [180, 300, 420]) {
    bottles += rect(480, y, 750, 8, '#c99a5b', { opacity: 0.9 });
    for (let x = 500; x < 1210; x += 34 + rnd() * 12) {
      const h = 50 + rnd() * 40;
      const c = [0xc77d2e, 0x6b8f5e, 0xd9c28c, 0x8a2f2f, 0x4a6a8a][Math.floor(rnd() * 5)]!;
      bottles +=
        rect(x, y - h, 22, h, hex(c), { rx: 5, opacity: 0.92 }) +
        rect(x + 7, y - h - 22, 8, 24, hex(shade(c, -0.2))) +
        rect(x + 3, y - h * 0.6, 16, 12, '#f4e6c8', { opacity: 0.7 });
    }
  }
  b.add(
    bottles,
    rect(470, 450, 770, 20, '#5a3a22'),
    ...[200, 600, 1000].map((x) => pendant(b, x + 60, 40, 18, 0x8a6a3a, 0xffc673, 0.5)),
    rect(
      0,
      470,
      W,
      250,
      b.grad([
        [0, 0x2a1c14],
        [1, 0x150e0a],
      ]),
    ),
    plant(430, 470, 110, 0x2f4a36, 0x3a2a20),
  );
  const f = new Sheet();
  f.add(
    rect(
      0,
      598,
      W,
      122,
      f.grad([
        [0, 0x6a4328],
        [0.12, 0x4a2c1a],
        [1, 0x2a180e],
      ]),
    ),
    rect(0, 594, W, 10, '#9a6a3e'),
    rect(0, 596, W, 3, '#ffd9a0', { opacity: 0.5 }),
    path('M700 596 l14 -60 h40 l14 60Z', '#ffffff', { opacity: 0.25 }),
    rect(712, 560, 44, 34, '#c77d2e', { opacity: 0.8 }),
    path('M1000 596 l10 -50 h36 l10 50Z', '#ffffff', { opacity: 0.25 }),
    rect(1010, 566, 36, 28, '#d9c28c', { opacity: 0.7 }),
    ellipse(
      640,
      640,
      500,
      60,
      f.glow([
        [0, 0xffb55c, 0.15],
        [1, 0xffb55c, 0],
      ]),
    ),
    vignette(f, 0.5),
  );
  return { back: b.toString(), front: f.toString() };
}
