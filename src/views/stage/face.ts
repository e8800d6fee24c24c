/**
 * The face inside a head: brows, eyes, nose, mouth, age lines, facial hair, glasses — set by an
 * expression. Coordinates are the head's own: (0, 0) between the cheekbones, crown at y = −108.
 * Strokes are heavy on purpose: brows and mouth must still read when the head is 50 px tall.
 */
import type { Appearance, Face, Head } from './look.ts';
import { ellipse, group, hex, line, mix, path, shade } from './svg.ts';

const EYE_X = 31;
const EYE_Y = -4;

export function drawFace(look: Appearance, face: Face, head: Head): string {
  const skin = look.skin;
  const dark = hex(mix(look.hair, 0x120c0a, look.age === 'senior' ? 0.55 : 0.3));
  const features =
    cheeks(face) +
    ageLines(look, head) +
    brows(look, face, dark) +
    eyes(look, face) +
    nose(skin) +
    facialHair(look, head) +
    mouth(look, face) +
    glasses(look, head);
  return group(features, { transform: `translate(${face.turn} ${face.nod * 0.25})` });
}

function cheeks(face: Face): string {
  if (face.blush <= 0) return '';
  return (
    ellipse(-44, 30, 17, 9, '#e0655f', { opacity: face.blush }) +
    ellipse(44, 30, 17, 9, '#e0655f', { opacity: face.blush })
  );
}

function brows(look: Appearance, face: Face, color: string): string {
  const y = -38 - face.browLift;
  const one = (side: number) => {
    const inner = side * (14 - face.browKnit);
    const outer = side * 52;
    const innerY = y - face.browInner;
    const outerY = y + face.browInner * 0.25;
    const arch = face.browInner < 0 ? 2 : -6;
    return path(
      `M${inner} ${innerY} Q${side * 34} ${(innerY + outerY) / 2 + arch} ${outer} ${outerY}`,
      'none',
      {
        stroke: color,
        'stroke-width': look.brow,
        'stroke-linecap': 'round',
      },
    );
  };
  return one(-1) + one(1);
}

function eyes(look: Appearance, face: Face): string {
  const lash = '#1f1512';
  const one = (side: number) => {
    const x = side * EYE_X;
    if (face.eyeSmile) {
      // Smiling eyes: the lower lid pushes up into an arc.
      return path(`M${x - 14} ${EYE_Y + 4} Q${x} ${EYE_Y - 12} ${x + 14} ${EYE_Y + 4}`, 'none', {
        stroke: lash,
        'stroke-width': 5,
        'stroke-linecap': 'round',
      });
    }
    const gx = Math.max(-6, Math.min(6, face.gazeX * 0.6));
    const gy = Math.max(-3, Math.min(3, face.gazeY * 0.5));
    const lid = (1 - face.eyeOpen) * 18;
    return (
      ellipse(x, EYE_Y, 15, 10, '#fbf8f3') +
      ellipse(x + gx, EYE_Y + gy, 7.5, 8.5, '#2a1c16') +
      ellipse(x + gx + 2.5, EYE_Y + gy - 3, 2.2, 2.2, '#ffffff') +
      (lid > 0
        ? path(
            `M${x - 17} ${EYE_Y - 12} L${x + 17} ${EYE_Y - 12} L${x + 17} ${EYE_Y - 10 + lid} Q${x} ${EYE_Y - 12 + lid} ${x - 17} ${EYE_Y - 10 + lid}Z`,
            hex(shade(look.skin, -0.04)),
          )
        : '') +
      path(
        `M${x - 16} ${EYE_Y + 1 + lid * 0.5} Q${x} ${EYE_Y - 12 + lid} ${x + 16} ${EYE_Y + 1 + lid * 0.5}`,
        'none',
        {
          stroke: lash,
          'stroke-width': 3.5,
          'stroke-linecap': 'round',
        },
      )
    );
  };
  return one(-1) + one(1);
}

function nose(skin: number): string {
  return (
    path('M3 4 Q-2 26 -9 36 Q0 43 10 37', 'none', {
      stroke: hex(shade(skin, -0.28)),
      'stroke-width': 3.5,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }) + ellipse(2, 40, 12, 4, hex(shade(skin, -0.2)), { opacity: 0.5 })
  );
}

function mouth(look: Appearance, face: Face): string {
  const lip = hex(mix(shade(look.skin, -0.25), 0x8c2f33, 0.45));
  const w = face.mouthWidth / 2;
  const y = 62;
  const stroke = { stroke: lip, 'stroke-width': 6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  switch (face.mouth) {
    case 'smile':
      return (
        path(
          `M${-w} ${y - 6} Q0 ${y + 2} ${w} ${y - 6} Q${w * 0.55} ${y + 24} 0 ${y + 25} Q${-w * 0.55} ${y + 24} ${-w} ${y - 6}Z`,
          '#5b1d22',
        ) +
        path(
          `M${-w + 7} ${y - 4} Q0 ${y + 3} ${w - 7} ${y - 4} L${w - 12} ${y + 5} Q0 ${y + 10} ${-w + 12} ${y + 5}Z`,
          '#fbf8f3',
        ) +
        ellipse(0, y + 17, w * 0.38, 5, '#c75b64', { opacity: 0.8 }) +
        path(`M${-w - 3} ${y - 10} q-4 6 1 10 M${w + 3} ${y - 10} q4 6 -1 10`, 'none', {
          stroke: hex(shade(look.skin, -0.3)),
          'stroke-width': 3,
          'stroke-linecap': 'round',
        })
      );
    case 'grimace':
      return path(
        `M${-w} ${y + 5} C${-w * 0.6} ${y - 4} ${-w * 0.25} ${y - 2} 0 ${y + 2} S${w * 0.6} ${y + 9} ${w} ${y + 1}`,
        'none',
        stroke,
      );
    case 'pressed':
      return (
        path(`M${-w} ${y + 6} Q${-w * 0.8} ${y - 1} 0 ${y} Q${w * 0.8} ${y - 1} ${w} ${y + 6}`, 'none', {
          ...stroke,
          'stroke-width': 7,
        }) +
        line(-w - 2, y + 9, -w + 1, y + 15, hex(shade(look.skin, -0.3)), 3) +
        line(w + 2, y + 9, w - 1, y + 15, hex(shade(look.skin, -0.3)), 3)
      );
    default:
      return (
        path(`M${-w} ${y} Q0 ${y + 5} ${w} ${y}`, 'none', stroke) +
        path(`M${-w * 0.45} ${y + 11} Q0 ${y + 15} ${w * 0.45} ${y + 11}`, 'none', {
          stroke: hex(shade(look.skin, -0.18)),
          'stroke-width': 3,
          'stroke-linecap': 'round',
        })
      );
  }
}

function ageLines(look: Appearance, head: Head): string {
  if (look.age === 'young') return '';
  const c = hex(shade(look.skin, -0.26));
  const s = { stroke: c, 'stroke-width': 2.5, 'stroke-linecap': 'round', fill: 'none', opacity: 0.75 };
  const folds = path('M-20 34 Q-30 48 -27 64 M20 34 Q30 48 27 64', 'none', s);
  if (look.age === 'middle') return folds;
  const jw = head.w * head.jaw;
  return (
    folds +
    path('M-30 -66 Q0 -72 30 -66 M-24 -56 Q0 -61 24 -56', 'none', s) +
    path(`M-50 4 l-8 4 M-50 -4 l-9 -2 M50 4 l8 4 M50 -4 l9 -2`, 'none', s) +
    path(`M-18 12 q-12 5 -24 0 M18 12 q12 5 24 0`, 'none', { ...s, opacity: 0.5 }) +
    path(`M${-jw + 6} 66 q6 14 16 18 M${jw - 6} 66 q-6 14 -16 18`, 'none', { ...s, opacity: 0.45 })
  );
}

function facialHair(look: Appearance, head: Head): string {
  if (look.facialHair === 'none') return '';
  const c = hex(look.hair);
  const moustache = path('M-30 55 Q-16 42 0 48 Q16 42 30 55 Q16 52 0 54 Q-16 52 -30 55Z', c);
  if (look.facialHair === 'moustache') return moustache;
  const jw = head.w * head.jaw;
  const cy = head.chinY;
  const beard =
    `M${-jw - 3} 14 C${-jw} 62 ${-head.chinW - 14} ${cy + 10} 0 ${cy + 12} ` +
    `C${head.chinW + 14} ${cy + 10} ${jw} 62 ${jw + 3} 14 ` +
    `C${jw - 8} 44 36 48 20 50 Q0 58 -20 50 C-36 48 ${-jw + 8} 44 ${-jw - 3} 14Z`;
  if (look.facialHair === 'stubble') return path(beard, c, { opacity: 0.13 });
  return path(beard, c, { opacity: 0.94 }) + moustache;
}

function glasses(look: Appearance, head: Head): string {
  if (look.glasses === 'none') return '';
  const frame = look.glasses === 'round' ? '#2a2220' : hex(mix(look.accent, 0x1a1a1a, 0.55));
  const s = { stroke: frame, 'stroke-width': 4.5, fill: '#ffffff', 'fill-opacity': 0.1 };
  const lens = (x: number) =>
    look.glasses === 'round'
      ? ellipse(x, EYE_Y, 20, 19, '#ffffff', s)
      : path(`M${x - 23} ${EYE_Y - 14} h46 v22 q0 8 -8 8 h-30 q-8 0 -8 -8Z`, '#ffffff', s);
  return (
    lens(-EYE_X) +
    lens(EYE_X) +
    path(`M-11 ${EYE_Y - 4} Q0 ${EYE_Y - 10} 11 ${EYE_Y - 4}`, 'none', { stroke: frame, 'stroke-width': 4 }) +
    line(-EYE_X - 22, EYE_Y - 6, -head.w + 2, EYE_Y - 2, frame, 4) +
    line(EYE_X + 22, EYE_Y - 6, head.w - 2, EYE_Y - 2, frame, 4)
  );
}
