/**
 * An English country pub after work: low dark beams hung with dried hops, lamp-lit plaster, a
 * small leaded window onto the dusk, a dartboard, and the bar with its hand pumps and optics.
 * People sit at a table; its dark oak top, the pints and a beer mat are in front of them.
 */
import { circle, ellipse, hex, line, path, rect, seeded, shade } from '../svg.ts';
import { fade, H, pool, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

const OAK = 0x3a2416;

/** A small deep-set window with diamond leading, the dusk and a hedge beyond it. */
function leadedWindow(s: Sheet, x: number, y: number, w: number, h: number): string {
  const rnd = seeded(63);
  let inside = `<g filter="${s.blur(3)}">${circle(w * 0.72, h * 0.6, 6, '#ffd27a')}`;
  for (let i = 0; i < 9; i++)
    inside += ellipse(
      20 + rnd() * (w - 40),
      h * 0.8,
      20 + rnd() * 16,
      18 + rnd() * 14,
      hex(shade(0x34443a, rnd() * 0.2)),
    );
  inside += '</g>';
  for (let o = -h; o < w + h; o += 26)
    inside +=
      line(o, 0, o + h / 1.5, h, '#2a2018', 2, { opacity: 0.8 }) +
      line(o, 0, o - h / 1.5, h, '#2a2018', 2, { opacity: 0.8 });
  return (
    rect(x - 22, y - 18, w + 44, h + 40, hex(shade(0xd2a96c, -0.28))) +
    rect(
      x,
      y,
      w,
      h,
      s.grad([
        [0, 0x4c5f8c],
        [0.6, 0xc98f74],
        [1, 0xf0b070],
      ]),
    ) +
    // A nested viewport clips the hedge and the leading to the glass.
    `<svg x="${x}" y="${y}" width="${w}" height="${h}">${inside}</svg>` +
    rect(x, y, w, h, 'none', { stroke: '#2a1a10', 'stroke-width': 8 }) +
    rect(x + w / 2 - 4, y, 8, h, '#2a1a10') +
    rect(x - 26, y + h + 4, w + 52, 16, hex(shade(OAK, 0.15)))
  );
}

/** A dartboard on its board, with the oche lamp's pool of light. */
function dartboard(s: Sheet, x: number, y: number, r: number): string {
  let wedges = '';
  for (let i = 0; i < 20; i++) {
    const a0 = ((i * 18 - 9) * Math.PI) / 180;
    const a1 = ((i * 18 + 9) * Math.PI) / 180;
    const pt = (a: number, rr: number) => `${x + Math.cos(a) * rr} ${y + Math.sin(a) * rr}`;
    const ring = (r0: number, r1: number, c: string) =>
      path(`M${pt(a0, r0)} L${pt(a0, r1)} L${pt(a1, r1)} L${pt(a1, r0)}Z`, c);
    wedges +=
      ring(r * 0.1, r * 0.78, i % 2 ? '#efe2c4' : '#1c1a18') +
      ring(r * 0.78, r * 0.86, i % 2 ? '#2f7a4a' : '#b3262e');
    wedges += ring(r * 0.44, r * 0.5, i % 2 ? '#2f7a4a' : '#b3262e');
  }
  return (
    pool(s, x, y, r * 2.4, r * 2.4, 0xffe2a8, 0.45) +
    rect(x - r * 1.35, y - r * 1.35, r * 2.7, r * 2.7, hex(shade(OAK, 0.1)), { rx: 6 }) +
    circle(x, y, r * 1.08, '#151311') +
    wedges +
    circle(x, y, r * 0.1, '#2f7a4a') +
    circle(x, y, r * 0.05, '#b3262e') +
    line(x + r * 0.2, y - r * 0.3, x + r * 0.5, y - r * 0.7, '#d8d2c4', 2) +
    line(x - r * 0.4, y + r * 0.1, x - r * 0.75, y - r * 0.2, '#d8d2c4', 2) +
    // A chalk scoreboard underneath.
    rect(x - r * 0.9, y + r * 1.6, r * 1.8, r * 1.1, '#1f2a24', { rx: 3 }) +
    rect(x - r * 0.9, y + r * 1.6, r * 1.8, r * 1.1, 'none', { stroke: hex(OAK), 'stroke-width': 5, rx: 3 }) +
    line(x, y + r * 1.7, x, y + r * 2.6, '#e8e4dc', 1.5, { opacity: 0.6 }) +
    [0, 1, 2]
      .map((i) =>
        line(x - r * 0.7, y + r * (1.85 + i * 0.25), x - r * 0.25, y + r * (1.85 + i * 0.25), '#e8e4dc', 2, {
          opacity: 0.55,
        }),
      )
      .join('')
  );
}

/** A hand pump on the bar: a tall handle with its pump clip, the brass fitting below. */
function handPump(x: number, top: number, clip: number, handle = 0x5a3520): string {
  return (
    rect(x - 10, top + 92, 20, 12, '#c9a24e', { rx: 3 }) +
    path(`M${x - 6} ${top + 92} L${x - 4} ${top} L${x + 4} ${top} L${x + 6} ${top + 92}Z`, hex(handle)) +
    rect(x - 3, top + 6, 2, 80, '#ffffff', { opacity: 0.18 }) +
    rect(x - 15, top + 18, 30, 36, hex(clip), { rx: 5 }) +
    rect(x - 11, top + 24, 22, 6, '#f6ecd2', { opacity: 0.85 }) +
    rect(x - 9, top + 36, 18, 4, '#f6ecd2', { opacity: 0.5 })
  );
}

/** The bar: a back-bar with a warm mirror, optics and shelves; the counter and its pumps. */
function bar(s: Sheet, x0: number): string {
  const w = W - x0;
  const rnd = seeded(71);
  let bottles = '';
  for (let x = x0 + 30; x < W - 20; x += 30 + rnd() * 10) {
    const h = 40 + rnd() * 26;
    const c = [0x7a4a1e, 0x2f5a3a, 0xd2b06a, 0x6a1f24, 0x9a6a2e][Math.floor(rnd() * 5)]!;
    bottles +=
      rect(x, 300 - h, 18, h, hex(c), { rx: 4, opacity: 0.9 }) +
      rect(x + 6, 282 - h, 6, 20, hex(shade(c, -0.2)));
  }
  let optics = '';
  for (let i = 0; i < 6; i++) {
    const x = x0 + 70 + i * 52;
    const c = [0xc77d2e, 0xe8e0c8, 0x8a5a2a, 0x3f6a4a][i % 4]!;
    optics +=
      rect(x - 12, 150, 24, 46, hex(c), { rx: 5, opacity: 0.9 }) +
      rect(x - 4, 196, 8, 12, hex(shade(c, -0.3))) +
      rect(x - 6, 208, 12, 14, '#e8e2d4', { opacity: 0.7 });
  }
  return (
    rect(x0, 120, w, 300, hex(shade(OAK, -0.1))) +
    rect(x0 + 16, 134, w - 32, 272, fade(s, 0x7a5a3a, 0x4a3222)) +
    pool(s, x0 + w / 2, 290, w * 0.6, 200, 0xffc577, 0.55) +
    optics +
    rect(x0 + 10, 230, w - 20, 8, '#6b4528') +
    rect(x0 + 10, 300, w - 20, 8, '#6b4528') +
    bottles +
    // The counter: a polished top and panelled front.
    rect(x0 - 30, 392, w + 30, 14, '#6e4526') +
    rect(x0 - 30, 392, w + 30, 3, '#ffd9a0', { opacity: 0.45 }) +
    rect(x0 - 30, 406, w + 30, 120, hex(shade(OAK, 0.05))) +
    Array.from({ length: 6 }, (_, i) =>
      rect(x0 - 12 + i * 100, 422, 80, 88, 'none', { stroke: hex(shade(OAK, -0.3)), 'stroke-width': 4 }),
    ).join('') +
    rect(x0 - 30, 512, w + 30, 8, '#c9a24e', { opacity: 0.7 }) +
    handPump(x0 + 40, 300, 0xa3312f) +
    handPump(x0 + 84, 300, 0x1f4e3d) +
    handPump(x0 + 128, 300, 0xd8a23a, 0xe8e0d0) +
    handPump(W - 110, 300, 0x22365e) +
    handPump(W - 66, 300, 0xa3312f, 0xe8e0d0)
  );
}

/** Horse brasses on a leather strap down a post. */
function horseBrasses(x: number, y: number): string {
  let out = rect(x - 8, y, 16, 230, '#2a160c');
  for (let i = 0; i < 4; i++) {
    const cy = y + 30 + i * 56;
    out +=
      circle(x, cy, 19, '#c9a24e') +
      circle(x, cy, 13, '#2a160c') +
      circle(x, cy, 8, '#e0bc62') +
      path(`M${x - 10} ${cy - 12} q6 -6 12 -2`, 'none', {
        stroke: '#fff2c4',
        'stroke-width': 2,
        opacity: 0.7,
      });
  }
  return out;
}

/** A patterned pub carpet: small gold diamonds and dots on deep red. */
function carpet(): string {
  let out = '';
  for (let row = 0; row < 5; row++) {
    const y = 534 + row * 22;
    for (let x = (row % 2) * 40; x < W; x += 80)
      out +=
        path(`M${x} ${y - 7} l10 7 l-10 7 l-10 -7Z`, '#c9953a', { opacity: 0.28 }) +
        circle(x + 40, y, 3, '#2f5a3a', { opacity: 0.5 });
  }
  return out;
}

export function pub(): PlaceArt {
  const b = new Sheet();
  const plaster = 0xd2a96c;
  // Lamp-lit plaster between dark timbers, and a patterned carpet below.
  b.add(
    rect(0, 0, W, H, fade(b, shade(plaster, -0.18), shade(plaster, -0.4))),
    rect(
      0,
      0,
      W,
      H,
      b.glow(
        [
          [0, 0xffc874, 0.4],
          [1, 0x1a0e08, 0.45],
        ],
        0.5,
        0.4,
        0.75,
      ),
    ),
    ...[300, 600].map((x) => rect(x, 96, 26, 430, hex(OAK))),
    path('M326 300 L600 140 L600 170 L326 330Z', hex(OAK)),
    leadedWindow(b, 80, 190, 150, 160),
    horseBrasses(313, 170),
    dartboard(b, 463, 300, 56),
    bar(b, 700),
    rect(0, 520, W, 200, fade(b, 0x4a1c1c, 0x2a1010)),
    carpet(),
    rect(0, 518, W, 6, '#1a0e08', { opacity: 0.6 }),
  );
  // Low ceiling: boards and joists, a great beam across, dried hops hung along it.
  let joists = '';
  for (let i = -6; i <= 6; i++)
    joists += path(
      `M${640 + i * 90} 56 L${640 + i * 130} 0 L${640 + i * 130 + 34} 0 L${640 + i * 90 + 22} 56Z`,
      hex(OAK),
    );
  const rnd = seeded(77);
  let hops = '';
  for (let x = -10; x < W + 20; x += 22 + rnd() * 10) {
    const y = 104 + Math.sin(x / 110) * 6 + rnd() * 10;
    hops +=
      path(`M${x - 14} ${y - 2} q14 -10 26 2`, 'none', {
        stroke: '#6f7a3a',
        'stroke-width': 4,
        opacity: 0.8,
      }) +
      ellipse(x, y + 6, 7, 10, hex(shade(0xb7ae6a, (rnd() - 0.5) * 0.3))) +
      ellipse(x + 6, y + 12, 5, 7, hex(shade(0xa3a05c, (rnd() - 0.5) * 0.3)));
  }
  b.add(
    rect(0, 0, W, 56, '#1e130c'),
    joists,
    rect(0, 52, W, 46, fade(b, shade(OAK, 0.12), shade(OAK, -0.25))),
    line(0, 60, W, 58, '#000000', 2, { opacity: 0.25 }),
    hops,
  );
  // Brass wall lamps with small shades, and their warm pools.
  const lamp = (x: number, y: number) =>
    pool(b, x, y + 20, 190, 150, 0xffc060, 0.55) +
    rect(x - 3, y + 12, 6, 30, '#9a7a3a') +
    path(`M${x - 16} ${y + 14} L${x - 10} ${y - 8} L${x + 10} ${y - 8} L${x + 16} ${y + 14}Z`, '#f2d9a6') +
    rect(x - 16, y + 12, 32, 3, '#ffe9bd');
  b.add(lamp(155, 150), lamp(660, 200));
  const f = new Sheet();
  // The table: dark oak, pints of bitter, a beer mat.
  const pint = (x: number, y: number, beer: number) =>
    ellipse(x, y + 4, 30, 7, '#000000', { opacity: 0.25 }) +
    path(`M${x - 24} ${y - 96} L${x + 24} ${y - 96} L${x + 20} ${y} L${x - 20} ${y}Z`, '#ffffff', {
      opacity: 0.22,
    }) +
    path(`M${x - 22} ${y - 78} L${x + 22} ${y - 78} L${x + 19} ${y - 4} L${x - 19} ${y - 4}Z`, hex(beer), {
      opacity: 0.92,
    }) +
    rect(x - 23, y - 92, 46, 15, '#f4ead2') +
    rect(x - 12, y - 70, 5, 56, '#ffffff', { opacity: 0.25 });
  f.add(
    rect(
      0,
      626,
      W,
      H - 626,
      f.grad([
        [0, 0x5a3820],
        [0.1, 0x3e2616],
        [1, 0x24160d],
      ]),
    ),
    rect(0, 622, W, 8, '#8a5a34'),
    rect(0, 624, W, 2, '#ffd9a0', { opacity: 0.4 }),
    ...[648, 672, 700].map((y, i) =>
      path(`M0 ${y} Q${400 + i * 80} ${y - 6} ${W} ${y + 4}`, 'none', {
        stroke: '#000000',
        'stroke-width': 2,
        opacity: 0.18,
      }),
    ),
    ellipse(1010, 694, 46, 14, '#e8d8b0'),
    ellipse(1010, 694, 34, 9, 'none', { stroke: '#a3312f', 'stroke-width': 3 }),
    pint(1010, 694, 0xb8651e),
    pint(900, 706, 0x9a4e16),
    pool(f, 760, 690, 640, 120, 0xffb55c, 0.14),
    vignette(f, 0.5),
  );
  return { back: b.toString(), front: f.toString() };
}
