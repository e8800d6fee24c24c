/**
 * Hair, in two layers around a head (head coordinates: crown at y = −108, w = half the width at the
 * temples): what shows behind the head (a bob, a bun, curls) and what sits on top of it (the cap
 * and the hairline). One of the strongest cues to tell people apart at a glance.
 */
import type { Appearance, Head } from './look.ts';
import { circle, ellipse, hex, path, shade } from './svg.ts';

export function drawHairBack(look: Appearance, head: Head): string {
  const c = hex(shade(look.hair, -0.12));
  const w = head.w;
  switch (look.hairStyle) {
    case 'bob':
      return path(
        `M${-w - 18} -20 C${-w - 24} -120 ${w + 24} -120 ${w + 18} -20 L${w + 20} 66 Q${w + 2} 78 ${w - 10} 64 ` +
          `L${-w + 10} 64 Q${-w - 2} 78 ${-w - 20} 66Z`,
        c,
      );
    case 'long':
      return path(
        `M${-w - 18} -30 C${-w - 26} -124 ${w + 26} -124 ${w + 18} -30 L${w + 22} 110 L${-w - 22} 110Z`,
        c,
      );
    case 'bun':
      return circle(0, -124, 32, c) + ellipse(0, -124, 20, 8, hex(shade(look.hair, 0.12)), { opacity: 0.4 });
    case 'curly':
      return curls(w + 10, -10, 26, c, look.longHair ? 70 : -40);
    default:
      return '';
  }
}

/** A ring of curls from ear to ear over the crown, optionally falling to `down`. */
function curls(rx: number, cy: number, r: number, color: string, down: number): string {
  let out = '';
  for (let a = -200; a <= 20; a += 22) {
    const t = (a * Math.PI) / 180;
    out += circle(Math.cos(t) * rx, cy + Math.sin(t) * (rx + 18), r, color);
  }
  for (let y = cy + 10; y < down; y += 26) {
    out += circle(-rx - 4, y, r - 2, color) + circle(rx + 4, y, r - 2, color);
  }
  return out;
}

export function drawHairFront(look: Appearance, head: Head): string {
  const base = hex(look.hair);
  const hi = hex(shade(look.hair, 0.28));
  const w = head.w;
  const shine = (d: string) =>
    path(d, 'none', { stroke: hi, 'stroke-width': 5, 'stroke-linecap': 'round', opacity: 0.45 });
  switch (look.hairStyle) {
    case 'crop':
      return (
        path(
          `M${-w - 4} -18 C${-w - 6} -82 ${-w * 0.6} -124 0 -124 C${w * 0.6} -124 ${w + 6} -82 ${w + 4} -18 ` +
            `L${w - 3} -28 C${w - 8} -58 ${w * 0.5} -66 0 -64 C${-w * 0.5} -66 ${-w + 8} -58 ${-w + 3} -28Z`,
          base,
        ) + shine(`M${-w * 0.4} -110 Q0 -118 ${w * 0.35} -110`)
      );
    case 'side-part':
      return (
        path(
          `M${-w - 6} -14 C${-w - 10} -90 ${-w * 0.5} -132 5 -130 C${w * 0.7} -128 ${w + 10} -86 ${w + 5} -14 ` +
            `L${w - 3} -26 C${w - 6} -50 ${w * 0.7} -64 ${w * 0.3} -62 C0 -62 -20 -74 -26 -90 ` +
            `C-40 -70 ${-w + 8} -56 ${-w + 3} -26Z`,
          base,
        ) + shine(`M-18 -112 Q${w * 0.3} -120 ${w * 0.7} -96`)
      );
    case 'swept':
      return (
        path(
          `M${-w - 4} -10 C${-w - 12} -100 ${-w * 0.4} -142 10 -140 C${w * 0.7} -138 ${w + 12} -98 ${w + 4} -10 ` +
            `L${w - 4} -30 C${w - 8} -64 ${w * 0.4} -74 0 -74 C${-w * 0.4} -74 ${-w + 8} -64 ${-w + 4} -30Z`,
          base,
        ) + shine(`M${-w * 0.5} -118 Q0 -134 ${w * 0.5} -120`)
      );
    case 'receding':
      return (
        path(
          `M${-w - 3} -50 C${-w - 6} -20 ${-w - 2} 0 ${-w + 4} 12 L${-w + 12} 10 C${-w + 8} -16 ${-w + 8} -36 ${-w + 10} -56Z`,
          base,
        ) +
        path(
          `M${w + 3} -50 C${w + 6} -20 ${w + 2} 0 ${w - 4} 12 L${w - 12} 10 C${w - 8} -16 ${w - 8} -36 ${w - 10} -56Z`,
          base,
        ) +
        path(
          `M${-w - 3} -50 C${-w} -100 ${-w * 0.5} -122 0 -122 C${w * 0.5} -122 ${w} -100 ${w + 3} -50 ` +
            `L${w - 10} -56 C${w - 20} -80 ${w * 0.4} -84 0 -96 C${-w * 0.4} -84 ${-w + 20} -80 ${-w + 10} -56Z`,
          base,
          { opacity: 0.75 },
        )
      );
    case 'bald':
      return (
        ellipse(-w + 3, -16, 9, 28, base) +
        ellipse(w - 3, -16, 9, 28, base) +
        ellipse(-w * 0.3, -90, 26, 10, '#ffffff', { opacity: 0.18, transform: 'rotate(-12)' })
      );
    case 'curly':
      return (
        curls(w - 4, -40, 22, base, -60) +
        path(
          `M${-w - 2} -20 C${-w - 6} -150 ${w + 6} -150 ${w + 2} -20 C${w * 0.5} -62 ${-w * 0.5} -62 ${-w - 2} -20Z`,
          base,
        )
      );
    case 'bob':
      return (
        path(
          `M${-w - 8} -6 C${-w - 10} -100 ${-w * 0.5} -130 0 -130 C${w * 0.6} -130 ${w + 10} -98 ${w + 8} -6 ` +
            `L${w - 2} -8 C${w - 6} -44 ${w * 0.5} -56 ${w * 0.1} -50 C${-w * 0.3} -44 ${-w + 10} -40 ${-w + 2} -8Z`,
          base,
        ) +
        path(`M${-w - 8} -8 L${-w + 6} -8 L${-w + 8} 58 L${-w - 12} 62Z`, base) +
        path(`M${w + 8} -8 L${w - 6} -8 L${w - 8} 58 L${w + 12} 62Z`, base) +
        shine(`M${-w * 0.55} -108 Q0 -126 ${w * 0.5} -110`)
      );
    case 'long':
      return (
        path(
          `M${-w - 8} 0 C${-w - 10} -100 ${-w * 0.5} -130 0 -128 C${w * 0.5} -130 ${w + 10} -100 ${w + 8} 0 ` +
            `L${w + 4} 80 L${w - 8} 80 L${w - 6} -20 C${w - 14} -60 ${w * 0.4} -82 2 -94 ` +
            `C${-w * 0.4} -82 ${-w + 14} -60 ${-w + 6} -20 L${-w + 8} 80 L${-w - 4} 80Z`,
          base,
        ) + shine(`M-6 -112 Q${-w * 0.5} -108 ${-w * 0.8} -70`)
      );
    case 'bun':
    case 'ponytail':
      return (
        path(
          `M${-w - 4} -16 C${-w - 6} -84 ${-w * 0.6} -122 0 -122 C${w * 0.6} -122 ${w + 6} -84 ${w + 4} -16 ` +
            `L${w - 3} -24 C${w - 8} -56 ${w * 0.5} -66 0 -68 C${-w * 0.5} -66 ${-w + 8} -56 ${-w + 3} -24Z`,
          base,
        ) + shine(`M${-w * 0.5} -108 Q${-w * 0.1} -118 ${w * 0.3} -112`)
      );
  }
}
