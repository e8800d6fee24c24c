/**
 * Places away from the desk: seats at a ballpark, a canal-side walk in a water town, and an
 * airport gate. People stand or sit in the open, so the front layer is a rail, seats or luggage.
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { frame, H, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

export function ballpark(): PlaceArt {
  const b = new Sheet();
  const rnd = seeded(41);
  let crowd = '';
  for (let row = 0; row < 12; row++) {
    for (let x = 0; x < W; x += 9) {
      const c = [0x2b4c7e, 0xf4f1de, 0xe07a5f, 0x3d405b, 0xf2cc8f, 0x81b29a][Math.floor(rnd() * 6)]!;
      crowd += rect(x + rnd() * 3, 150 + row * 15, 6, 8, hex(c), { opacity: 0.85 });
    }
  }
  const tower = (x: number) =>
    rect(x - 4, 20, 8, 150, '#5c6470') +
    rect(x - 40, 10, 80, 36, '#3c434d') +
    rect(x - 36, 14, 72, 28, '#fdf6d8', { opacity: 0.9 });
  let stripes = '';
  for (let i = 0; i < 10; i++)
    stripes += path(
      `M${i * 160 - 200} 340 L${i * 160 - 120} 340 L${i * 220 - 300} ${H} L${i * 220 - 410} ${H}Z`,
      '#ffffff',
      { opacity: 0.05 },
    );
  b.add(
    rect(
      0,
      0,
      W,
      340,
      b.grad([
        [0, 0x5fa8dc],
        [1, 0xd5eaf4],
      ]),
    ),
    ellipse(
      1150,
      60,
      160,
      160,
      b.glow([
        [0, 0xfff6d0, 0.9],
        [1, 0xfff6d0, 0],
      ]),
    ),
    tower(240),
    tower(1010),
    rect(0, 140, W, 200, '#59606b'),
    `<g filter="${b.blur(2.2)}">${crowd}</g>`,
    rect(0, 140, W, 10, '#3c434d'),
    rect(80, 40, 300, 96, '#1f2630'),
    rect(88, 48, 284, 80, '#11161d'),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
      rect(100 + i * 29, 64, 20, 10, i === 6 ? '#fca311' : '#f1c45a', { opacity: 0.85 }),
    ),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
      rect(100 + i * 29, 92, 20, 10, '#f1c45a', { opacity: i % 3 ? 0.8 : 0.3 }),
    ),
    rect(0, 330, W, 14, '#2f5d3a'),
    rect(
      0,
      344,
      W,
      H - 344,
      b.grad([
        [0, 0x3f8a4f],
        [1, 0x2e6b3b],
      ]),
    ),
    stripes,
    path(`M240 ${H} Q640 380 1040 ${H}Z`, '#c49a6c'),
    path(`M420 ${H} Q640 470 860 ${H}Z`, '#3f8a4f'),
    rect(0, 344, W, 16, '#a67c52', { opacity: 0.5 }),
  );
  const f = new Sheet();
  // The next row of seats and the rail in front of us.
  let seats = '';
  for (let x = -20; x < W + 60; x += 150) {
    seats +=
      rect(x, 648, 124, 90, '#1f4e8c', { rx: 18 }) +
      rect(x + 8, 652, 108, 12, '#ffffff', { opacity: 0.18, rx: 6 });
  }
  f.add(
    seats,
    rect(0, 624, W, 10, '#9aa3ad'),
    ...[100, 500, 900].map((x) => rect(x, 624, 8, 100, '#7c858f')),
    rect(1130, 598, 40, 30, '#e63946'),
    rect(1130, 598, 40, 6, '#ffffff'),
    ellipse(1151, 596, 22, 6, '#f4f1de'),
    vignette(f, 0.3),
  );
  return { back: b.toString(), front: f.toString() };
}

function roof(x: number, y: number, w: number, color = 0x3b3f45): string {
  return (
    path(
      `M${x - 30} ${y + 30} Q${x - 10} ${y + 14} ${x + 14} ${y} L${x + w - 14} ${y} Q${x + w + 10} ${y + 14} ${x + w + 30} ${y + 30} Q${x + w / 2} ${y + 22} ${x - 30} ${y + 30}Z`,
      hex(color),
    ) + rect(x + 10, y - 6, w - 20, 8, hex(shade(color, -0.2)))
  );
}

function house(x: number, y: number, w: number, h: number): string {
  return (
    rect(x, y, w, h, '#f3efe6') +
    rect(x, y + h - 30, w, 30, '#c9c2b4') +
    roof(x, y - 30, w) +
    rect(x + w * 0.2, y + h * 0.3, w * 0.2, h * 0.3, '#5a4636') +
    rect(x + w * 0.6, y + h * 0.3, w * 0.2, h * 0.3, '#5a4636') +
    line(x + w * 0.3, y + h * 0.3, x + w * 0.3, y + h * 0.6, '#8a6a4a', 2) +
    line(x + w * 0.7, y + h * 0.3, x + w * 0.7, y + h * 0.6, '#8a6a4a', 2)
  );
}

function lantern(x: number, y: number): string {
  return (
    line(x, y - 24, x, y - 14, '#3a2a20', 2) +
    ellipse(x, y, 14, 16, '#d62828') +
    rect(x - 6, y - 18, 12, 4, '#e2b85c') +
    rect(x - 6, y + 14, 12, 4, '#e2b85c')
  );
}

export function sightseeing(): PlaceArt {
  const b = new Sheet();
  b.add(
    rect(
      0,
      0,
      W,
      480,
      b.grad([
        [0, 0xbcd6e0],
        [1, 0xf6efe2],
      ]),
    ),
    `<g filter="${b.blur(4)}" opacity="0.55">${roof(60, 250, 300, 0x7d848c)}${rect(70, 280, 280, 120, '#e8e3da')}${roof(900, 230, 340, 0x7d848c)}${rect(910, 260, 320, 140, '#e8e3da')}</g>`,
    house(-20, 250, 300, 190),
    house(900, 220, 400, 230),
    // The stone arch bridge and its reflection.
    path(
      'M300 470 Q330 470 360 420 Q520 250 680 420 Q710 470 740 470 L740 440 Q700 430 680 380 Q520 200 360 380 Q340 430 300 440Z',
      '#9c9a92',
    ),
    path('M300 440 L380 330 Q520 230 660 330 L740 440', 'none', { stroke: '#7f7d76', 'stroke-width': 6 }),
    rect(
      0,
      460,
      W,
      H - 460,
      b.grad([
        [0, 0x6f9a95],
        [1, 0x3f6b6a],
      ]),
    ),
    path('M360 470 Q520 640 680 470', 'none', { stroke: '#9c9a92', 'stroke-width': 14, opacity: 0.35 }),
    ...[0, 1, 2, 3, 4, 5].map((i) =>
      line(120 + i * 190, 520 + (i % 3) * 40, 220 + i * 190, 520 + (i % 3) * 40, '#ffffff', 3, {
        opacity: 0.25,
      }),
    ),
    // A wooden boat on the canal.
    path('M520 560 Q600 590 760 560 L740 580 Q600 600 540 580Z', '#5a3a22'),
    path('M600 560 Q640 520 690 560Z', '#3b2a1a'),
    lantern(960, 300),
    lantern(1060, 300),
    lantern(1160, 300),
    lantern(60, 330),
  );
  // A willow leaning in from the left.
  const rnd = seeded(55);
  let strands = '';
  for (let i = 0; i < 26; i++) {
    const x = 20 + rnd() * 300;
    strands += path(`M${x} ${rnd() * 40} Q${x + 20} 120 ${x + 6} ${160 + rnd() * 120}`, 'none', {
      stroke: hex(shade(0x7aa35a, (rnd() - 0.5) * 0.5)),
      'stroke-width': 5 + rnd() * 4,
      'stroke-linecap': 'round',
      opacity: 0.9,
    });
  }
  b.add(path('M0 0 Q90 30 190 0Z', '#5b7a3e'), strands);
  const f = new Sheet();
  // A stone balustrade along the quay.
  let posts = '';
  for (let x = 20; x < W; x += 210)
    posts += rect(x, 612, 46, 120, '#a19d94') + rect(x - 6, 604, 58, 14, '#b8b4aa');
  f.add(
    rect(
      0,
      640,
      W,
      90,
      f.grad([
        [0, 0xb3afa5],
        [1, 0x8e8a81],
      ]),
    ),
    rect(0, 632, W, 12, '#c7c3b9'),
    posts,
    vignette(f, 0.3),
  );
  return { back: b.toString(), front: f.toString() };
}

export function airport(): PlaceArt {
  const b = new Sheet();
  b.add(
    rect(0, 0, W, H, '#d9dde0'),
    rect(
      30,
      40,
      1220,
      460,
      b.grad([
        [0, 0x8fc3e6],
        [0.75, 0xe4f0f4],
        [0.76, 0x9a9d9f],
        [1, 0x83878a],
      ]),
    ),
    `<g filter="${b.blur(1.5)}">${path('M500 300 Q700 280 1080 300 Q1120 306 1100 320 Q700 340 520 324 Q480 316 500 300Z', '#f7f7f5')}${path('M980 300 L1060 180 L1100 180 L1060 304Z', '#f7f7f5')}${path('M1040 220 L1090 190 L1100 200 L1056 232Z', '#fca311')}${path('M700 322 L820 390 L860 390 L780 318Z', '#e4e6e8')}${rect(620, 305, 60, 6, '#5d6b7a')}${rect(240, 260, 260, 70, '#b8bec4')}${rect(230, 330, 20, 100, '#8a9096')}</g>`,
    frame(30, 40, 1220, 460, 0x4a525c, 6, 8),
    rect(
      0,
      500,
      W,
      220,
      b.grad([
        [0, 0x6c7480],
        [1, 0x525a66],
      ]),
    ),
    // Departure board.
    rect(60, 90, 330, 150, '#121820'),
    ...[0, 1, 2, 3, 4].map(
      (i) =>
        rect(76, 108 + i * 26, 200, 12, '#f1c45a', { opacity: 0.85 }) +
        rect(290, 108 + i * 26, 84, 12, i === 1 ? '#fca311' : '#9fd8a8', { opacity: 0.8 }),
    ),
    line(225, 0, 225, 90, '#4a525c', 4),
  );
  // A row of gate seats.
  let seats = '';
  for (let x = 40; x < 460; x += 70)
    seats += rect(x, 440, 60, 60, '#2f3a48', { rx: 8 }) + rect(x, 496, 60, 14, '#2f3a48', { rx: 4 });
  b.add(seats, rect(40, 510, 420, 8, '#9aa3ad'), ...[60, 420].map((x) => rect(x, 510, 6, 40, '#9aa3ad')));
  const f = new Sheet();
  f.add(
    rect(1060, 560, 150, 170, '#1f4e8c', { rx: 14 }),
    rect(1060, 560, 150, 170, 'none', { rx: 14, stroke: '#163a69', 'stroke-width': 5 }),
    line(1100, 560, 1100, 500, '#9aa3ad', 6),
    line(1170, 560, 1170, 500, '#9aa3ad', 6),
    rect(1092, 492, 86, 12, '#6b737d', { rx: 6 }),
    rect(1076, 610, 118, 6, '#163a69'),
    circle(1160, 660, 9, '#fca311'),
    vignette(f, 0.3),
  );
  return { back: b.toString(), front: f.toString() };
}
