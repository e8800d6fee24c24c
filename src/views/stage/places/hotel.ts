/**
 * A hotel lobby late at night: tall dark windows onto the street's lights, warm wall sconces and a
 * chandelier, the lift, a brass luggage trolley, and the front desk with its key boxes, a lamp and
 * a bell under three world clocks. People stand in the warm light.
 */
import { circle, ellipse, line, path, rect, seeded } from '../svg.ts';
import { fade, H, plant, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

/** A round wall clock, hands set to the hour given (a world clock over the desk). */
function clock(x: number, y: number, r: number, hour: number): string {
  const a = ((hour % 12) / 12) * Math.PI * 2 - Math.PI / 2;
  return (
    circle(x, y, r + 5, '#b08a3e') +
    circle(x, y, r, '#f6efe0') +
    line(x, y, x + Math.cos(a) * r * 0.5, y + Math.sin(a) * r * 0.5, '#2a1a10', 4) +
    line(x, y, x, y - r * 0.78, '#2a1a10', 2.5) +
    circle(x, y, 3, '#2a1a10') +
    rect(x - r * 0.8, y + r + 12, r * 1.6, 8, '#d9b66a', { rx: 3, opacity: 0.8 })
  );
}

/** A table lamp with a pleated shade and its glow. */
function tableLamp(s: Sheet, x: number, y: number): string {
  return (
    pool(s, x, y - 40, 200, 170, 0xffc46b, 0.6) +
    rect(x - 3, y - 50, 6, 50, '#b08a3e') +
    ellipse(x, y, 22, 6, '#8a6a2e') +
    path(`M${x - 34} ${y - 44} L${x - 22} ${y - 96} L${x + 22} ${y - 96} L${x + 34} ${y - 44}Z`, '#f6dfae') +
    rect(x - 34, y - 46, 68, 4, '#ffe9bd')
  );
}

export function lobbyNight(): PlaceArt {
  const b = new Sheet();
  // Warm stone walls and wood panelling, lit from below by lamps.
  let panels = '';
  for (let x = 340; x < W; x += 120)
    panels += rect(x + 8, 230, 104, 290, 'none', { stroke: '#2a1a10', 'stroke-width': 3, opacity: 0.5 });
  b.add(
    rect(0, 0, W, H, fade(b, 0x5a4030, 0x2e2018)),
    rect(340, 0, W - 340, 220, fade(b, 0x6a4e3a, 0x8a6a4c)),
    rect(340, 220, W - 340, 300, fade(b, 0x4a2f1e, 0x3a2416)),
    panels,
    rect(340, 216, W - 340, 8, '#b08a3e', { opacity: 0.8 }),
  );
  // Tall windows onto the night street: lamps, a lit shopfront, a taxi's light, blurred.
  const rnd = seeded(47);
  let lights = '';
  for (let i = 0; i < 24; i++)
    lights += circle(
      40 + rnd() * 280,
      200 + rnd() * 300,
      4 + rnd() * 12,
      ['#ffd27a', '#ff9f5a', '#f6e7b0', '#7fb0ff'][i % 4]!,
      {
        opacity: 0.3 + rnd() * 0.5,
      },
    );
  b.add(
    rect(30, 40, 290, 480, fade(b, 0x0c1424, 0x1c2438)),
    `<g filter="${b.blur(4)}">${rect(60, 330, 120, 140, '#3a4a5a')}${rect(70, 350, 100, 60, '#ffd59a', { opacity: 0.5 })}${lights}</g>`,
    rect(30, 40, 290, 480, 'none', { stroke: '#1a120c', 'stroke-width': 14 }),
    rect(170, 40, 10, 480, '#1a120c'),
    rect(30, 270, 290, 8, '#1a120c'),
    path('M60 60 L110 60 L60 250Z', '#ffd9a0', { opacity: 0.08 }),
  );
  // Brass wall sconces either side of the lift.
  const sconce = (x: number, y: number) =>
    pool(b, x, y, 110, 120, 0xffc060, 0.5) +
    rect(x - 3, y + 4, 6, 26, '#b08a3e') +
    path(`M${x - 14} ${y + 8} L${x - 9} ${y - 14} L${x + 9} ${y - 14} L${x + 14} ${y + 8}Z`, '#f6dfae');
  b.add(sconce(480, 160), sconce(790, 250));
  // Lift doors with a floor indicator; the front desk under three world clocks.
  b.add(
    rect(540, 250, 170, 270, '#2a1a10'),
    rect(550, 260, 150, 260, fade(b, 0xc9a466, 0x8a6a3a)),
    rect(623, 260, 4, 260, '#5a4020'),
    rect(580, 222, 90, 22, '#1a120c', { rx: 4 }),
    path('M600 238 l8 -10 l8 10Z', '#fca311'),
    rect(626, 228, 30, 10, '#fca311', { opacity: 0.8 }),
    clock(900, 120, 34, 8),
    clock(1030, 120, 34, 1),
    clock(1160, 120, 34, 3),
  );
  let cubbies = '';
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 8; c++) {
      cubbies += rect(880 + c * 44, 220 + r * 40, 38, 34, '#2a1a10');
      if ((r * 8 + c) % 3 === 1) cubbies += rect(896 + c * 44, 234 + r * 40, 8, 16, '#d9b66a');
    }
  b.add(
    rect(870, 210, 362, 134, '#3a2416'),
    cubbies,
    rect(840, 390, 440, 130, fade(b, 0x3a2a24, 0x1e1612)),
    rect(840, 380, 440, 16, '#e8dcc8'),
    rect(840, 394, 440, 3, '#b08a3e'),
    ...[0, 1, 2].map((i) =>
      rect(860 + i * 140, 414, 120, 90, 'none', { stroke: '#b08a3e', 'stroke-width': 2, opacity: 0.6 }),
    ),
    ellipse(1200, 378, 16, 4, '#8a6a2e'),
    path('M1186 376 Q1186 360 1200 360 Q1214 360 1214 376Z', '#d9b66a'),
    circle(1200, 356, 3, '#d9b66a'),
    tableLamp(b, 940, 380),
  );
  // A brass luggage trolley by the window, a lamp on a side table, a palm.
  b.add(
    path('M330 280 Q330 240 380 240 L500 240 Q550 240 550 280', 'none', {
      stroke: '#d9b66a',
      'stroke-width': 8,
    }),
    line(340, 280, 340, 500, '#d9b66a', 6),
    line(540, 280, 540, 500, '#d9b66a', 6),
    rect(330, 496, 220, 14, '#8a2a2a', { rx: 4 }),
    rect(360, 420, 96, 76, '#5a2f2f', { rx: 6 }),
    rect(380, 380, 70, 40, '#2f4a5a', { rx: 6 }),
    circle(350, 518, 12, '#1a120c'),
    circle(530, 518, 12, '#1a120c'),
    plant(760, 520, 150, 0x3d6b45, 0x2a1a10),
  );
  // The chandelier.
  let bulbs = '';
  for (let i = 0; i < 9; i++) {
    const a = (i / 9) * Math.PI * 2;
    bulbs += circle(760 + Math.cos(a) * 70, 110 + Math.sin(a) * 14, 5, '#fff2c4');
  }
  b.add(
    line(760, 0, 760, 70, '#8a6a2e', 3),
    pool(b, 760, 110, 260, 140, 0xffc46b, 0.55),
    ellipse(760, 112, 74, 16, 'none', { stroke: '#d9b66a', 'stroke-width': 4 }),
    ellipse(760, 84, 40, 9, 'none', { stroke: '#d9b66a', 'stroke-width': 3 }),
    bulbs,
    ...[0, 1, 2, 3, 4, 5, 6].map((i) =>
      line(712 + i * 16, 118, 712 + i * 16, 142 - Math.abs(i - 3) * 4, '#fff2c4', 2, { opacity: 0.7 }),
    ),
  );
  // A polished stone floor with the lamps reflected, and a rug.
  b.add(
    rect(0, 520, W, 200, fade(b, 0x4a3a30, 0x241a14)),
    rect(0, 518, W, 6, '#1a120c', { opacity: 0.6 }),
    pool(b, 940, 556, 160, 26, 0xffc46b, 0.3),
    pool(b, 760, 548, 200, 24, 0xffc46b, 0.25),
    path('M300 610 L1000 610 L1100 720 L200 720Z', '#6a2a24', { opacity: 0.7 }),
    path('M320 622 L990 622 L1076 714 L224 714Z', 'none', {
      stroke: '#c9953a',
      'stroke-width': 3,
      opacity: 0.5,
    }),
  );
  const f = new Sheet();
  f.add(
    rect(0, H - 60, W, 60, fade(f, 0x000000, 0x000000, 0, 0.35)),
    pool(f, 640, 620, 600, 120, 0xffb55c, 0.08),
    vignette(f, 0.5),
  );
  return { back: b.toString(), front: f.toString() };
}
