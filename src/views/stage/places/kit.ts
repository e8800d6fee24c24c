/**
 * The shared kit every place is drawn with, so all places share one illustration style: flat
 * shapes with soft gradients, a key light falling from one side, blurred distance behind glass,
 * and a darker, closer foreground. `Sheet` collects gradients and filters while a place is drawn.
 * Stage pixels: 1280 × 720.
 */
import { blur, ellipse, hex, linear, mix, path, radial, rect, seeded, shade, svgDoc } from '../svg.ts';

export const W = 1280;
export const H = 720;

type Stop = [number, number, number?];

/** One SVG document being drawn: unique ids for its gradients and filters, then the shapes. */
export class Sheet {
  private defs: string[] = [];
  private parts: string[] = [];
  private n = 0;

  /** A linear gradient (top → bottom unless told otherwise); returns the fill reference. */
  grad(list: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = `g${this.n++}`;
    this.defs.push(linear(id, list, x1, y1, x2, y2));
    return `url(#${id})`;
  }

  glow(list: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    const id = `r${this.n++}`;
    this.defs.push(radial(id, list, cx, cy, r));
    return `url(#${id})`;
  }

  blur(sd: number): string {
    const id = `f${this.n++}`;
    this.defs.push(blur(id, sd));
    return `url(#${id})`;
  }

  add(...shapes: string[]): this {
    this.parts.push(...shapes);
    return this;
  }

  toString(): string {
    return svgDoc(W, H, this.defs.join(''), this.parts.join(''));
  }
}

/** A vertical gradient from one colour to another (as `s.grad`, written short). */
export function fade(s: Sheet, top: number, bottom: number, a = 1, b = 1): string {
  return s.grad([
    [0, top, a],
    [1, bottom, b],
  ]);
}

/** An elliptical pool of light, strongest in the middle. */
export function pool(
  s: Sheet,
  x: number,
  y: number,
  rx: number,
  ry: number,
  color: number,
  a: number,
): string {
  return ellipse(
    x,
    y,
    rx,
    ry,
    s.glow([
      [0, color, a],
      [0.4, color, a * 0.4],
      [1, color, 0],
    ]),
  );
}

/** Back wall with a soft light falloff, and a floor meeting it at `floorY`. */
export function shell(s: Sheet, wall: number, floor: number, floorY: number, lightX = 0.25): void {
  s.add(
    rect(
      0,
      0,
      W,
      floorY,
      s.grad([
        [0, shade(wall, 0.06)],
        [1, shade(wall, -0.1)],
      ]),
    ),
    rect(
      0,
      0,
      W,
      floorY,
      s.glow(
        [
          [0, 0xffffff, 0.28],
          [1, 0xffffff, 0],
        ],
        lightX,
        0.2,
        0.7,
      ),
    ),
    rect(
      0,
      floorY,
      W,
      H - floorY,
      s.grad([
        [0, shade(floor, -0.12)],
        [1, shade(floor, 0.06)],
      ]),
    ),
    rect(0, floorY - 8, W, 10, hex(shade(wall, -0.28))),
    rect(0, floorY + 2, W, 24, hex(0x000000), { opacity: 0.1 }),
  );
}

/** A city seen through glass: blurred towers against the sky (day or night). */
export function skyline(
  s: Sheet,
  x: number,
  y: number,
  w: number,
  h: number,
  o: { sky: [number, number]; towers: number; seed: number; night?: boolean },
): string {
  const rnd = seeded(o.seed);
  let towers = '';
  let lights = '';
  for (let tx = x - 20; tx < x + w;) {
    const tw = 40 + rnd() * 70;
    const th = h * (0.3 + rnd() * 0.6);
    const c = mix(o.towers, o.sky[1], rnd() * 0.35);
    towers += rect(tx, y + h - th, tw, th, hex(c));
    if (o.night) {
      for (let ly = y + h - th + 12; ly < y + h - 10; ly += 16) {
        for (let lx = tx + 6; lx < tx + tw - 8; lx += 14) {
          if (rnd() < 0.35) lights += rect(lx, ly, 6, 6, '#ffd58a', { opacity: 0.55 + rnd() * 0.4 });
        }
      }
    }
    tx += tw + 6 + rnd() * 20;
  }
  return (
    rect(
      x,
      y,
      w,
      h,
      s.grad([
        [0, o.sky[0]],
        [1, o.sky[1]],
      ]),
    ) +
    `<g filter="${s.blur(o.night ? 2.5 : 3.5)}">${towers}${lights}</g>` +
    rect(
      x,
      y,
      w,
      h,
      s.grad([
        [0, 0xffffff, 0],
        [0.7, 0xffffff, 0],
        [1, 0xffffff, o.night ? 0.05 : 0.25],
      ]),
    )
  );
}

/** A window frame with mullions around an opening already drawn. */
export function frame(x: number, y: number, w: number, h: number, color: number, cols = 2, bar = 10): string {
  let out =
    rect(x - bar, y - bar, w + bar * 2, bar, hex(color)) +
    rect(x - bar, y + h, w + bar * 2, bar + 4, hex(shade(color, -0.2))) +
    rect(x - bar, y, bar, h, hex(color)) +
    rect(x + w, y, bar, h, hex(shade(color, -0.12)));
  for (let i = 1; i < cols; i++) out += rect(x + (w * i) / cols - bar / 2, y, bar, h, hex(color));
  return out;
}

/** Diagonal shafts of light from a window: translucent, so they also fall across the wall. */
export function lightShafts(
  s: Sheet,
  fromX: number,
  fromW: number,
  toX: number,
  color = 0xfff3d6,
  alpha = 0.16,
): string {
  const fill = s.grad(
    [
      [0, color, alpha],
      [1, color, 0],
    ],
    0,
    0,
    0.3,
    1,
  );
  return path(`M${fromX} 0 L${fromX + fromW} 0 L${toX + fromW * 1.8} ${H} L${toX} ${H}Z`, fill);
}

/** A potted plant with layered leaves. */
export function plant(x: number, y: number, size: number, leaf = 0x4f7a55, pot = 0xd8cfc2): string {
  let leaves = '';
  const rnd = seeded(Math.round(x * 7 + y));
  for (let i = 0; i < 11; i++) {
    const a = -150 + i * 12 + rnd() * 8;
    const r = (a * Math.PI) / 180;
    const len = size * (0.7 + rnd() * 0.5);
    const ex = x + Math.cos(r) * len * 0.6;
    const ey = y - size * 0.2 + Math.sin(r) * len;
    const c = hex(shade(leaf, (rnd() - 0.5) * 0.4));
    leaves += path(
      `M${x} ${y - size * 0.1} Q${(x + ex) / 2 - 18} ${(y + ey) / 2} ${ex} ${ey} Q${(x + ex) / 2 + 18} ${(y + ey) / 2 + 10} ${x} ${y - size * 0.1}Z`,
      c,
    );
  }
  return (
    leaves +
    path(
      `M${x - size * 0.28} ${y - size * 0.12} L${x + size * 0.28} ${y - size * 0.12} L${x + size * 0.22} ${y + size * 0.3} L${x - size * 0.22} ${y + size * 0.3}Z`,
      hex(pot),
    ) +
    rect(x - size * 0.3, y - size * 0.16, size * 0.6, size * 0.07, hex(shade(pot, -0.12)))
  );
}

/** A ceiling pendant lamp with its glow. */
export function pendant(
  s: Sheet,
  x: number,
  y: number,
  r: number,
  shadeColor: number,
  glowColor = 0xffd9a0,
  on = 0.55,
): string {
  return (
    rect(x - 1.5, 0, 3, y - r * 0.6, '#2b2b2b') +
    ellipse(
      x,
      y + r * 0.4,
      r * 3.2,
      r * 2.4,
      s.glow([
        [0, glowColor, on],
        [1, glowColor, 0],
      ]),
    ) +
    path(
      `M${x - r} ${y + r * 0.5} Q${x - r} ${y - r * 0.7} ${x} ${y - r * 0.7} Q${x + r} ${y - r * 0.7} ${x + r} ${y + r * 0.5}Z`,
      hex(shadeColor),
    ) +
    ellipse(x, y + r * 0.5, r, r * 0.18, hex(mix(glowColor, 0xffffff, 0.5)))
  );
}

/** A framed picture: an abstract composition in the place's colours. */
export function picture(
  x: number,
  y: number,
  w: number,
  h: number,
  colors: number[],
  frameC = 0x2f2a26,
): string {
  const [a, b, c] = [colors[0] ?? 0xe9c46a, colors[1] ?? 0x2a9d8f, colors[2] ?? 0xe76f51];
  return (
    rect(x - 8, y - 8, w + 16, h + 16, hex(frameC)) +
    rect(x, y, w, h, hex(shade(a, 0.55))) +
    ellipse(x + w * 0.35, y + h * 0.45, w * 0.24, w * 0.24, hex(a)) +
    path(`M${x} ${y + h} L${x + w * 0.45} ${y + h * 0.5} L${x + w} ${y + h}Z`, hex(b)) +
    rect(x + w * 0.62, y + h * 0.18, w * 0.22, h * 0.5, hex(c), { opacity: 0.85 }) +
    rect(x + 4, y + h + 22, w - 8, 8, '#000000', { opacity: 0.08 })
  );
}

/** The near edge of a table in perspective, across the front of the stage, with a shadow. */
export function tableFront(
  s: Sheet,
  top: number,
  color: number,
  o: { cloth?: boolean; fromX?: number } = {},
): string {
  const x0 = o.fromX ?? 80;
  const surface = s.grad([
    [0, shade(color, 0.12)],
    [1, shade(color, -0.05)],
  ]);
  return (
    path(`M${x0 + 90} ${top} L${W + 40} ${top} L${W + 40} ${H} L${x0 - 60} ${H}Z`, surface) +
    rect(0, top - 3, W, 6, hex(shade(color, 0.3)), { opacity: o.cloth ? 0 : 0.5 }) +
    rect(0, top, W, 30, hex(0x000000), { opacity: 0.06 })
  );
}

/** Soft darkening at the edges, which pulls the eye to the people. */
export function vignette(s: Sheet, strength = 0.38): string {
  return rect(
    0,
    0,
    W,
    H,
    s.glow(
      [
        [0, 0x000000, 0],
        [0.62, 0x000000, 0],
        [1, 0x0b0f1a, strength],
      ],
      0.55,
      0.45,
      0.85,
    ),
  );
}

/** A cup or glass on a table (near the camera, so simple and dark). */
export function cup(x: number, y: number, color = 0xf4f1ea, scale = 1): string {
  const w = 34 * scale;
  const h = 40 * scale;
  return (
    ellipse(x, y + 4, w * 0.9, 8 * scale, '#000000', { opacity: 0.15 }) +
    path(
      `M${x - w / 2} ${y - h} L${x + w / 2} ${y - h} L${x + w * 0.4} ${y} L${x - w * 0.4} ${y}Z`,
      hex(color),
    ) +
    ellipse(x, y - h, w / 2, 6 * scale, hex(shade(color, -0.25))) +
    path(`M${x + w / 2 - 2} ${y - h * 0.75} q${14 * scale} 4 ${4 * scale} ${h * 0.45}`, 'none', {
      stroke: hex(color),
      'stroke-width': 5 * scale,
    })
  );
}

/** Papers or a notebook lying on a table, seen at an angle. */
export function papers(x: number, y: number, w: number, color = 0xfbfaf6, ink = 0x6b7280): string {
  return (
    path(
      `M${x} ${y} L${x + w} ${y - 8} L${x + w + 26} ${y + w * 0.32} L${x + 20} ${y + w * 0.36}Z`,
      hex(color),
    ) +
    [0.1, 0.18, 0.26]
      .map((t) =>
        path(`M${x + 16 + t * 20} ${y + w * t + 4} L${x + w * 0.8 + t * 20} ${y + w * t - 2}`, 'none', {
          stroke: hex(ink),
          'stroke-width': 2,
          opacity: 0.5,
        }),
      )
      .join('')
  );
}
