/**
 * The video call: the learner's desk in the evening, a monitor with a call app, one tile per
 * person present (each with the backdrop of their own room) and the learner's own camera in a
 * corner. People are placed inside the tiles by the stage; this draws everything around them.
 */
import { hashId } from '../look.ts';
import { callTiles, SELF_VIEW, type Tile } from '../layout.ts';
import { circle, ellipse, hex, line, path, rect, shade } from '../svg.ts';
import { H, plant, Sheet, vignette, W } from './kit.ts';
import type { PlaceArt } from './rooms.ts';

const SCREEN = { x: 116, y: 40, w: 1048, h: 564 };

function backdrop(s: Sheet, t: Tile, id: string): string {
  const h = hashId(id);
  const wall = [0xe9e2d6, 0xd8e0e6, 0xe6dccb, 0xd9dccf][h % 4]!;
  const kind = (h >>> 3) % 3;
  let out = rect(
    t.x,
    t.y,
    t.w,
    t.h,
    s.grad([
      [0, shade(wall, 0.05)],
      [1, shade(wall, -0.12)],
    ]),
  );
  if (kind === 0) {
    // Bookshelf behind.
    const sx = t.x + t.w * 0.62;
    const sw = t.w * 0.32;
    out += rect(sx, t.y + t.h * 0.08, sw, t.h * 0.8, '#6a4d38');
    for (let r = 0; r < 3; r++) {
      const y = t.y + t.h * (0.12 + r * 0.25);
      for (let i = 0; i < 7; i++) {
        const c = [0x2f5d62, 0xa4493d, 0xd6a44b, 0x3d405b, 0xe9e2d0][(i + r + h) % 5]!;
        out += rect(sx + 6 + i * (sw / 7.4), y + t.h * 0.04, sw / 9, t.h * 0.16, hex(c));
      }
    }
  } else if (kind === 1) {
    // A window with daylight.
    out +=
      rect(
        t.x + t.w * 0.06,
        t.y + t.h * 0.1,
        t.w * 0.3,
        t.h * 0.5,
        s.grad([
          [0, 0xa9cde4],
          [1, 0xeef3f3],
        ]),
      ) +
      rect(t.x + t.w * 0.06, t.y + t.h * 0.1, t.w * 0.3, t.h * 0.5, 'none', {
        stroke: '#f7f5f0',
        'stroke-width': Math.max(4, t.w * 0.012),
      }) +
      line(
        t.x + t.w * 0.21,
        t.y + t.h * 0.1,
        t.x + t.w * 0.21,
        t.y + t.h * 0.6,
        '#f7f5f0',
        Math.max(3, t.w * 0.008),
      );
  } else {
    // A picture and a plant.
    const pw = t.w * 0.18;
    out +=
      rect(t.x + t.w * 0.1, t.y + t.h * 0.14, pw, pw * 0.7, '#2f2a26') +
      rect(t.x + t.w * 0.1 + 5, t.y + t.h * 0.14 + 5, pw - 10, pw * 0.7 - 10, '#e9c46a') +
      circle(t.x + t.w * 0.1 + pw * 0.35, t.y + t.h * 0.14 + pw * 0.32, pw * 0.14, '#e76f51') +
      plant(t.x + t.w * 0.86, t.y + t.h * 0.8, t.h * 0.3, 0x4f7a55, 0xd8cfc2);
  }
  return (
    out +
    rect(
      t.x,
      t.y + t.h * 0.8,
      t.w,
      t.h * 0.2,
      s.grad([
        [0, 0x000000, 0],
        [1, 0x000000, 0.12],
      ]),
    )
  );
}

export function videoCall(people: readonly string[]): PlaceArt {
  const b = new Sheet();
  const tiles = callTiles(people.length);
  b.add(
    rect(
      0,
      0,
      W,
      H,
      b.grad([
        [0, 0x2a3040],
        [1, 0x1b1f2a],
      ]),
    ),
    ellipse(
      60,
      200,
      320,
      320,
      b.glow([
        [0, 0xffc879, 0.28],
        [1, 0xffc879, 0],
      ]),
    ),
    // Monitor.
    rect(560, 600, 160, 70, '#2a2e36'),
    rect(480, 662, 320, 18, '#343943', { rx: 8 }),
    rect(SCREEN.x - 16, SCREEN.y - 16, SCREEN.w + 32, SCREEN.h + 32, '#0f1115', { rx: 18 }),
    rect(SCREEN.x, SCREEN.y, SCREEN.w, SCREEN.h, '#1a2130'),
    // The call app: title bar, tiles, controls.
    rect(SCREEN.x, SCREEN.y, SCREEN.w, 40, '#121826'),
    circle(SCREEN.x + 24, SCREEN.y + 20, 6, '#e63946'),
    rect(SCREEN.x + 40, SCREEN.y + 15, 90, 10, '#3a4560', { rx: 5 }),
    rect(SCREEN.x + SCREEN.w - 120, SCREEN.y + 12, 100, 16, '#26324a', { rx: 8 }),
  );
  tiles.forEach((t, i) => {
    const id = people[i];
    b.add(
      id
        ? backdrop(b, t, id)
        : rect(t.x, t.y, t.w, t.h, '#263047') +
            circle(t.x + t.w / 2, t.y + t.h / 2, 46, '#33405c') +
            circle(t.x + t.w / 2, t.y + t.h / 2 - 10, 16, '#4a5a7c') +
            path(`M${t.x + t.w / 2 - 28} ${t.y + t.h / 2 + 30} q28 -36 56 0Z`, '#4a5a7c'),
      rect(t.x, t.y, t.w, t.h, 'none', { stroke: '#0c111b', 'stroke-width': 3, rx: 4 }),
    );
  });
  const sv = SELF_VIEW;
  b.add(
    rect(sv.x - 3, sv.y - 3, sv.w + 6, sv.h + 6, '#0c111b', { rx: 8 }),
    rect(
      sv.x,
      sv.y,
      sv.w,
      sv.h,
      b.grad([
        [0, 0x4a5468],
        [1, 0x343c4c],
      ]),
      { rx: 6 },
    ),
    ellipse(sv.x + sv.w / 2, sv.y + sv.h * 0.42, 17, 20, '#8d99ae'),
    path(
      `M${sv.x + sv.w / 2 - 44} ${sv.y + sv.h} Q${sv.x + sv.w / 2 - 40} ${sv.y + sv.h * 0.66} ${sv.x + sv.w / 2} ${sv.y + sv.h * 0.66} Q${sv.x + sv.w / 2 + 40} ${sv.y + sv.h * 0.66} ${sv.x + sv.w / 2 + 44} ${sv.y + sv.h}Z`,
      '#8d99ae',
    ),
    rect(SCREEN.x, SCREEN.y + SCREEN.h - 56, SCREEN.w, 56, '#121826'),
    ...[-120, -60, 0, 60].map((dx, i) =>
      circle(SCREEN.x + SCREEN.w / 2 + dx, SCREEN.y + SCREEN.h - 28, 18, i === 3 ? '#e63946' : '#2e3a55'),
    ),
    path(`M${SCREEN.x + SCREEN.w / 2 + 52} ${SCREEN.y + SCREEN.h - 26} h16`, 'none', {
      stroke: '#ffffff',
      'stroke-width': 4,
      'stroke-linecap': 'round',
    }),
    rect(SCREEN.x + SCREEN.w / 2 - 126, SCREEN.y + SCREEN.h - 36, 12, 16, '#cfd6e4', { rx: 6 }),
    rect(SCREEN.x + SCREEN.w / 2 - 68, SCREEN.y + SCREEN.h - 34, 18, 12, '#cfd6e4', { rx: 3 }),
    // Screen glare.
    path(
      `M${SCREEN.x} ${SCREEN.y} L${SCREEN.x + 380} ${SCREEN.y} L${SCREEN.x + 120} ${SCREEN.y + SCREEN.h} L${SCREEN.x} ${SCREEN.y + SCREEN.h}Z`,
      '#ffffff',
      { opacity: 0.025 },
    ),
  );
  const f = new Sheet();
  f.add(
    rect(
      0,
      676,
      W,
      44,
      f.grad([
        [0, 0x5a4232],
        [1, 0x3a2a20],
      ]),
    ),
    rect(0, 674, W, 4, '#7a5a44'),
    rect(820, 686, 260, 26, '#2a2e36', { rx: 5 }),
    ...Array.from({ length: 12 }, (_, i) => rect(830 + i * 20, 692, 14, 6, '#40464f')),
    path('M1140 712 l6 -44 h40 l6 44Z', '#e9e2d6'),
    ellipse(1166, 668, 20, 5, '#6b4226'),
    vignette(f, 0.35),
  );
  return { back: b.toString(), front: f.toString() };
}
