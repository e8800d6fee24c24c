/**
 * Work places in daylight: the meeting room, a private office, a company lobby, and the neutral
 * room used for any place the art does not know. Each returns its back layer (behind people) and
 * its front layer (the table or rail in front of them, the light and the vignette).
 */
import { ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import {
  cup,
  frame,
  H,
  lightShafts,
  papers,
  picture,
  pendant,
  plant,
  shell,
  Sheet,
  skyline,
  tableFront,
  vignette,
  W,
} from './kit.ts';
import type { PlaceArt } from './index.ts';

export type { PlaceArt } from './index.ts';

export function meetingRoom(): PlaceArt {
  const b = new Sheet();
  shell(b, 0xe4ded3, 0x58606e, 520, 0.8);
  // Glass wall onto the city, and the light it throws.
  b.add(
    skyline(b, 800, 50, 440, 440, { sky: [0x8fb7dc, 0xe3edf5], towers: 0x7d8ea6, seed: 11 }),
    frame(800, 50, 440, 440, 0x39404d, 3, 9),
  );
  // Wood-slat feature wall with a screen showing a chart.
  let slats = '';
  for (let x = 0; x < 380; x += 22)
    slats += rect(x, 0, 16, 512, hex(shade(0xa47551, ((x / 22) % 3) * 0.04 - 0.04)));
  b.add(
    rect(0, 0, 384, 512, '#7a5538'),
    slats,
    rect(54, 120, 292, 172, '#1d2433'),
    rect(
      62,
      128,
      276,
      156,
      b.grad([
        [0, 0x26344d],
        [1, 0x1b2436],
      ]),
    ),
    ...[0.45, 0.7, 0.55, 0.9, 0.8].map((v, i) =>
      rect(92 + i * 46, 260 - v * 100, 26, v * 100, i === 3 ? '#fca311' : '#6fa3d8'),
    ),
    line(84, 262, 318, 262, '#9fb3cc', 2),
    rect(30, 410, 330, 102, '#efe9df'),
    rect(30, 410, 330, 10, '#d9d1c4'),
    line(195, 424, 195, 508, '#d1c8ba', 2),
    plant(300, 392, 70, 0x4a7c59, 0x3a3f4a),
    // Linear pendant light over the table.
    rect(430, 0, 2, 48, '#333'),
    rect(758, 0, 2, 48, '#333'),
    ellipse(
      595,
      70,
      280,
      50,
      b.glow([
        [0, 0xfff2d8, 0.55],
        [1, 0xfff2d8, 0],
      ]),
    ),
    rect(400, 46, 390, 12, '#2b2f38'),
    rect(404, 57, 382, 3, '#fff3d6'),
    lightShafts(b, 820, 200, 380, 0xfff1d2, 0.14),
  );
  const f = new Sheet();
  f.add(tableFront(f, 626, 0xe7e1d6), papers(820, 650, 150), cup(1120, 690, 0xffffff), vignette(f));
  return { back: b.toString(), front: f.toString() };
}

export function office(): PlaceArt {
  const b = new Sheet();
  shell(b, 0xd5dbcf, 0x8a6a4d, 540, 0.15);
  // Window with blinds, and the striped light they cast.
  let blinds = '';
  for (let y = 70; y < 440; y += 18) blinds += rect(60, y, 330, 9, '#f2efe8', { opacity: 0.82 });
  b.add(
    skyline(b, 60, 70, 330, 370, { sky: [0xa9cbe0, 0xeaf1f4], towers: 0x95a7b5, seed: 5 }),
    blinds,
    frame(60, 70, 330, 370, 0xf6f4ef, 1, 10),
  );
  let stripes = '';
  for (let i = 0; i < 9; i++)
    stripes += path(`M${400 + i * 26} ${560 + i * 8} l120 0 l-30 14 l-120 0Z`, '#fff6dc', { opacity: 0.22 });
  // Bookshelf with books of many heights.
  const rnd = seeded(3);
  let books = '';
  for (let shelf = 0; shelf < 4; shelf++) {
    const y = 120 + shelf * 104;
    for (let x = 950; x < 1200;) {
      const bw = 12 + rnd() * 16;
      const bh = 54 + rnd() * 30;
      const c = [0x2f5d62, 0xa4493d, 0xd6a44b, 0x3d405b, 0x8c6e5d, 0xe9e2d0][Math.floor(rnd() * 6)]!;
      if (rnd() < 0.12) x += 30;
      else
        books +=
          rect(x, y + 86 - bh, bw, bh, hex(c)) +
          rect(x + 2, y + 92 - bh, bw - 4, 4, '#ffffff', { opacity: 0.25 });
      x += bw + 2;
    }
  }
  b.add(
    stripes,
    rect(930, 96, 300, 446, '#5b4332'),
    ...[0, 1, 2, 3].map((i) => rect(940, 110 + i * 104, 280, 94, '#3e2c21')),
    books,
    ...[0, 1, 2, 3, 4].map((i) => rect(930, 200 + i * 104 - 104, 300, 10, '#6e513d')),
    plant(1170, 102, 44, 0x5a8a5f, 0xd8cfc2),
    picture(500, 110, 170, 120, [0xe9c46a, 0x2a9d8f, 0xe76f51]),
    plant(470, 520, 120, 0x3f6e4a, 0xc9b79c),
    lightShafts(b, 60, 300, 260, 0xfff4da, 0.12),
  );
  const f = new Sheet();
  f.add(
    tableFront(f, 628, 0x6d4c36),
    papers(760, 656, 140),
    cup(1040, 690, 0x2a6f97),
    rect(1120, 630, 44, 56, '#2d2d2d'),
    line(1130, 630, 1126, 600, '#d8b34a', 4),
    line(1146, 630, 1152, 596, '#b23a48', 4),
    vignette(f),
  );
  return { back: b.toString(), front: f.toString() };
}

export function lobby(): PlaceArt {
  const b = new Sheet();
  shell(b, 0xeeeae2, 0xcdc6ba, 560, 0.5);
  // Double-height glass onto a green street.
  const rnd = seeded(9);
  let trees = '';
  for (let i = 0; i < 14; i++) {
    const x = 60 + rnd() * 1160;
    trees += ellipse(
      x,
      300 + rnd() * 80,
      60 + rnd() * 60,
      80 + rnd() * 40,
      hex(shade(0x5f8d5a, (rnd() - 0.5) * 0.4)),
    );
  }
  b.add(
    rect(
      40,
      30,
      1200,
      500,
      b.grad([
        [0, 0xbcd7ea],
        [0.6, 0xe8f0f2],
        [1, 0xd9dcd2],
      ]),
    ),
    `<g filter="${b.blur(6)}">${trees}${rect(40, 430, 1200, 100, '#b9b5aa')}</g>`,
    frame(40, 30, 1200, 500, 0x3a3a3a, 5, 8),
    rect(40, 250, 1200, 6, '#3a3a3a'),
    // Reception desk with the company's mark.
    rect(
      300,
      440,
      620,
      120,
      b.grad([
        [0, 0xf4f1ea],
        [1, 0xd8d2c6],
      ]),
    ),
    rect(300, 430, 620, 14, '#b9b2a5'),
    rect(520, 468, 180, 56, '#14213d'),
    ellipse(560, 496, 14, 14, '#fca311'),
    rect(584, 488, 96, 6, '#fca311'),
    rect(584, 500, 70, 4, '#ffffff', { opacity: 0.6 }),
    plant(1150, 520, 160, 0x3d6b45, 0x2d2d2d),
    plant(140, 530, 130, 0x4a7c59, 0x2d2d2d),
    // Reflections on the polished floor.
    rect(
      300,
      566,
      620,
      40,
      b.grad([
        [0, 0xd8d2c6, 0.5],
        [1, 0xd8d2c6, 0],
      ]),
    ),
    pendant(b, 420, 120, 26, 0xf6f2e8, 0xfff0d0, 0.4),
    pendant(b, 860, 140, 26, 0xf6f2e8, 0xfff0d0, 0.4),
    lightShafts(b, 500, 260, 380, 0xffffff, 0.12),
  );
  const f = new Sheet();
  f.add(
    rect(
      0,
      H - 40,
      W,
      40,
      f.grad([
        [0, 0x000000, 0],
        [1, 0x000000, 0.25],
      ]),
    ),
    vignette(f, 0.3),
  );
  return { back: b.toString(), front: f.toString() };
}

/** Any place the art does not know: a calm room; the stage adds the place's name on a plaque. */
export function neutralRoom(): PlaceArt {
  const b = new Sheet();
  shell(b, 0xe2ddd4, 0x6f6a66, 530, 0.3);
  b.add(
    rect(
      80,
      80,
      300,
      340,
      b.grad([
        [0, 0xcfe0ea],
        [1, 0xf0ede6],
      ]),
    ),
    frame(80, 80, 300, 340, 0xf8f6f1, 2, 10),
    picture(920, 130, 220, 150, [0xd9a95b, 0x5f7f8c, 0xc46d4e]),
    plant(1150, 530, 120, 0x557a5b, 0xc8bba8),
    rect(480, 60, 320, 70, '#f4f1ea', { rx: 8 }),
    rect(480, 60, 320, 70, 'none', { rx: 8, stroke: '#cfc6b6', 'stroke-width': 3 }),
    lightShafts(b, 100, 260, 320, 0xfff4da, 0.12),
  );
  const f = new Sheet();
  f.add(tableFront(f, 630, 0x8c7a67), cup(1080, 690, 0xf4f1ea), vignette(f));
  return { back: b.toString(), front: f.toString() };
}
