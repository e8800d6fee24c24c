/**
 * A conference room with a video wall: six screens tiled on the back wall carry a video meeting —
 * a shared chart and the remote colleagues in their tiles — with the camera bar beneath it, felt
 * panels either side and a row of downlights. People in the room sit behind the table, which has
 * the conference speaker, a laptop and water on it. (Everyone drawn by the stage is in the room:
 * the remote people on the wall are part of the picture, not the cast.)
 */
import { circle, ellipse, hex, line, path, rect, shade } from '../svg.ts';
import { cup, fade, papers, plant, pool, Sheet, tableFront, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

const WALL = { x: 190, y: 46, w: 900, h: 380 };

/** Someone joining from afar: head and shoulders in front of their own room. */
function remote(s: Sheet, x: number, y: number, w: number, h: number, look: readonly number[]): string {
  const [wall, skin, top, hair] = look as [number, number, number, number];
  const cx = x + w / 2;
  const u = h / 100;
  return (
    rect(x, y, w, h, fade(s, shade(wall, 0.1), shade(wall, -0.12))) +
    rect(x + w * 0.08, y + h * 0.12, w * 0.22, h * 0.4, hex(shade(wall, -0.2)), { opacity: 0.6 }) +
    path(
      `M${cx - 34 * u} ${y + h} Q${cx - 34 * u} ${y + 70 * u} ${cx} ${y + 68 * u} Q${cx + 34 * u} ${y + 70 * u} ${cx + 34 * u} ${y + h}Z`,
      hex(top),
    ) +
    rect(cx - 6 * u, y + 56 * u, 12 * u, 14 * u, hex(shade(skin, -0.12))) +
    ellipse(cx, y + 44 * u, 14 * u, 17 * u, hex(skin)) +
    path(
      `M${cx - 15 * u} ${y + 42 * u} Q${cx - 15 * u} ${y + 22 * u} ${cx} ${y + 23 * u} Q${cx + 15 * u} ${y + 22 * u} ${cx + 15 * u} ${y + 42 * u} Q${cx} ${y + 32 * u} ${cx - 15 * u} ${y + 42 * u}Z`,
      hex(hair),
    ) +
    rect(x + 6, y + h - 16, w * 0.34, 10, '#000000', { rx: 3, opacity: 0.45 })
  );
}

/** What the wall shows: a shared chart on the left four screens, remote people on the right two. */
function wallContent(s: Sheet): string {
  const { x, y, w, h } = WALL;
  const cw = (w * 2) / 3;
  const bars = [0.35, 0.5, 0.45, 0.7, 0.62, 0.88];
  const chart =
    rect(x, y, cw, h, '#f4f2ee') +
    rect(x, y, cw, 44, '#14213d') +
    rect(x + 24, y + 16, 200, 12, '#ffffff', { rx: 3 }) +
    rect(x + cw - 120, y + 16, 90, 12, '#fca311', { rx: 3 }) +
    bars
      .map((v, i) =>
        rect(x + 70 + i * 90, y + h - 50 - v * 230, 50, v * 230, i === 5 ? '#fca311' : '#2f6f9f'),
      )
      .join('') +
    line(x + 50, y + h - 50, x + cw - 40, y + h - 50, '#8a949c', 3) +
    path(
      `M${x + 95} ${y + h - 150} L${x + 275} ${y + h - 170} L${x + 455} ${y + h - 230} L${x + 545} ${y + h - 280}`,
      'none',
      { stroke: '#d62828', 'stroke-width': 4, 'stroke-linecap': 'round' },
    );
  const tw = w / 3;
  const th = h / 2;
  return (
    chart +
    remote(s, x + cw, y, tw, th, [0xd8e0e6, 0xe0ad86, 0x2f3d52, 0x3a2a20]) +
    remote(s, x + cw, y + th, tw, th, [0xe6dccb, 0x8d5a3c, 0x5a2f2f, 0x1f1a18])
  );
}

export function videoWall(): PlaceArt {
  const b = new Sheet();
  // Anthracite walls with felt panels, a ceiling of downlights.
  b.add(
    rect(0, 0, W, 520, fade(b, 0x3a3f48, 0x2c3038)),
    rect(0, 0, W, 18, '#23262c'),
    ...[120, 400, 640, 880, 1160].map(
      (x) => ellipse(x, 18, 22, 5, '#fff6e0') + pool(b, x, 40, 110, 50, 0xfff6e0, 0.35),
    ),
    // Felt acoustic panels with their grooves.
    ...[20, 1120].map((x) =>
      [0, 1, 2]
        .map(
          (i) =>
            rect(x, 70 + i * 150, 140, 140, hex(shade(0x5a6a7a, i % 2 ? -0.06 : 0.04)), { rx: 10 }) +
            [1, 2, 3, 4, 5, 6]
              .map((j) => rect(x + j * 20 - 1, 76 + i * 150, 2, 128, '#000000', { opacity: 0.14 }))
              .join(''),
        )
        .join(''),
    ),
  );
  // The video wall: six screens with slim bezels, lit content, a glow on the wall around it.
  const { x, y, w, h } = WALL;
  let bezels = '';
  for (let i = 1; i < 3; i++) bezels += rect(x + (w * i) / 3 - 2, y, 4, h, '#0e1014');
  bezels += rect(x, y + h / 2 - 2, w, 4, '#0e1014');
  b.add(
    pool(b, x + w / 2, y + h / 2, w * 0.7, h * 0.75, 0xcfe2f5, 0.35),
    rect(x - 12, y - 12, w + 24, h + 24, '#0e1014', { rx: 4 }),
    wallContent(b),
    bezels,
    rect(x, y, w, h, fade(b, 0xffffff, 0xffffff, 0.06, 0)),
    // The camera bar under the wall, its lens and a green light.
    rect(x + w / 2 - 90, y + h + 20, 180, 26, '#1a1c20', { rx: 12 }),
    circle(x + w / 2, y + h + 33, 9, '#2b3a55'),
    circle(x + w / 2, y + h + 33, 4, '#7fb0d8'),
    circle(x + w / 2 + 60, y + h + 33, 3, '#49d27a'),
  );
  // A low credenza under the wall, a plant, the floor.
  b.add(
    rect(260, 470, 760, 50, '#1f2228'),
    rect(260, 466, 760, 6, '#4a4f58'),
    plant(1190, 520, 120, 0x3d6b45, 0x23262c),
    rect(0, 520, W, 200, fade(b, 0x3a3530, 0x221f1c)),
    rect(0, 518, W, 6, '#000000', { opacity: 0.3 }),
  );
  const f = new Sheet();
  // The table: dark oak, the conference speaker, a laptop seen from behind, papers and water.
  f.add(
    tableFront(f, 626, 0x4a3a2c),
    ellipse(860, 664, 70, 14, '#1a1c20'),
    ellipse(860, 660, 64, 11, '#2b2e34'),
    ellipse(860, 658, 40, 6, 'none', { stroke: '#49a6d8', 'stroke-width': 2, opacity: 0.8 }),
    path('M1040 640 L1170 640 L1186 712 L1024 712Z', '#b9bec4'),
    rect(1020, 710, 170, 8, '#8a9096', { rx: 3 }),
    circle(1105, 674, 10, '#e4e8ec'),
    papers(560, 660, 130),
    cup(700, 700, 0xdbe8f5, 0.9),
    vignette(f, 0.4),
  );
  return { back: b.toString(), front: f.toString() };
}
