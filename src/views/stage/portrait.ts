/**
 * A counterpart as an SVG bust: shoulders and outfit, arms in the posture of the mood (at rest,
 * an open hand, a hand at the back of the neck, arms crossed), the head tilted and the face's
 * brows, eyes and mouth set by the expression. The posture carries the mood even when the stage
 * is a phone's width and the face is a few pixels tall.
 * Coordinates: (0, 0) is the bottom centre of the bust; it is BUST_W × BUST_H pixels.
 * Pure string building — the stage turns the result into a texture.
 */
import { drawFace } from './face.ts';
import { drawHairBack, drawHairFront } from './hair.ts';
import { HEADS, type Appearance, type Face, type Head } from './look.ts';
import { ellipse, group, hex, line, linear, mix, path, radial, shade, svgDoc } from './svg.ts';

export const BUST_W = 460;
export const BUST_H = 540;
/** Where the head's centre sits in the bust (for name plates and the speaker's glow). */
export const HEAD_Y = -360;

export function headPath(h: Head): string {
  const { w, chinY: cy, chinW: cw } = h;
  const jw = w * h.jaw;
  return (
    `M0 -108 C${w * 0.62} -108 ${w} -78 ${w} -22 C${w} 18 ${jw + 4} 40 ${jw} 58 ` +
    `C${jw - 10} 80 ${cw + 12} ${cy} 0 ${cy} C${-cw - 12} ${cy} ${-jw + 10} 80 ${-jw} 58 ` +
    `C${-jw - 4} 40 ${-w} 18 ${-w} -22 C${-w} -78 ${-w * 0.62} -108 0 -108Z`
  );
}

export function personSvg(look: Appearance, face: Face): string {
  const { defs, body } = bust(look, face);
  return svgDoc(BUST_W, BUST_H, defs, body, `${-BUST_W / 2} ${-BUST_H} ${BUST_W} ${BUST_H}`);
}

/** The size of a headshot texture (`headshotSvg`), square. */
export const HEADSHOT = 192;

/**
 * The same person as a round headshot — head and shoulders on a soft backdrop, clipped to a
 * circle — for the card of someone on the phone or a screen.
 */
export function headshotSvg(look: Appearance, face: Face): string {
  const { defs, body } = bust(look, face);
  const r = 150;
  const cy = HEAD_Y + 20;
  return svgDoc(
    HEADSHOT,
    HEADSHOT,
    defs +
      `<clipPath id="round"><circle cx="0" cy="${cy}" r="${r}"/></clipPath>` +
      radial('backdrop', [
        [0, 0x5a6b8c],
        [1, 0x2a3348],
      ]),
    ellipse(0, cy, r, r, 'url(#backdrop)') + group(body, { 'clip-path': 'url(#round)' }),
    `${-r} ${cy - r} ${2 * r} ${2 * r}`,
  );
}

function bust(look: Appearance, face: Face): { defs: string; body: string } {
  const head = HEADS[look.face];
  const skin = look.skin;
  const S = 196 * look.build;
  const top = -238 - face.shrug;
  const defs =
    linear(
      'skin',
      [
        [0, shade(skin, 0.1)],
        [0.55, skin],
        [1, shade(skin, -0.16)],
      ],
      0,
      0,
      1,
      0.3,
    ) +
    linear(
      'jacket',
      [
        [0, shade(look.jacket, 0.1)],
        [0.6, look.jacket],
        [1, shade(look.jacket, -0.25)],
      ],
      0,
      0,
      0.4,
      1,
    ) +
    linear('neck', [
      [0, shade(skin, -0.3)],
      [0.5, shade(skin, -0.12)],
    ]);

  const torso = path(
    `M${-S} 0 L${-S} -90 C${-S} -170 ${-S + 46} ${top + 20} -72 ${top} L72 ${top} ` +
      `C${S - 46} ${top + 20} ${S} -170 ${S} -90 L${S} 0Z`,
    'url(#jacket)',
  );
  const neck = path('M-30 -300 L-32 -222 Q0 -200 32 -222 L30 -300Z', 'url(#neck)');
  const headGroup = group(
    drawHairBack(look, head) +
      ellipse(-head.w + 2, 4, 13, 22, hex(shade(skin, -0.08))) +
      ellipse(head.w - 2, 4, 13, 22, hex(shade(skin, -0.14))) +
      path(headPath(head), 'url(#skin)') +
      (look.earrings
        ? ellipse(-head.w + 1, 30, 5, 6, '#d9b44a') + ellipse(head.w - 1, 30, 5, 6, '#d9b44a')
        : '') +
      drawFace(look, face, head) +
      drawHairFront(look, head),
    { transform: `translate(${face.turn * 0.4} ${HEAD_Y + face.nod}) rotate(${face.tilt} 0 90)` },
  );
  const back = face.arms === 'neck' ? neckArm(look, S) : '';
  const front =
    face.arms === 'crossed'
      ? crossedArms(look, S)
      : face.arms === 'open'
        ? openHand(look, S)
        : restArms(look, S);
  const body =
    group(drawLongHairBehind(look), { transform: `translate(${face.turn * 0.4} ${HEAD_Y + face.nod})` }) +
    torso +
    outfit(look, top) +
    back +
    neck +
    headGroup +
    front;
  return { defs, body };
}

/** Long hair falls behind the shoulders: drawn before the torso. */
function drawLongHairBehind(look: Appearance): string {
  if (look.hairStyle !== 'long' && look.hairStyle !== 'ponytail') return '';
  const c = hex(shade(look.hair, -0.1));
  return look.hairStyle === 'long'
    ? path('M-96 -20 C-104 80 -110 160 -92 200 L92 200 C110 160 104 80 96 -20Z', c)
    : path('M62 -60 C120 -30 118 80 86 170 C78 120 74 40 50 -20Z', c);
}

function outfit(look: Appearance, top: number): string {
  const lapel = hex(shade(look.jacket, -0.22));
  const topC = hex(look.top);
  const seam = hex(shade(look.jacket, -0.3));
  switch (look.outfit) {
    case 'suit-tie':
      return (
        path(`M-60 ${top} L0 -110 L60 ${top}Z`, topC) +
        path(
          `M-13 ${top + 14} L13 ${top + 14} L9 ${top + 30} L15 -120 L0 -100 L-15 -120 L-9 ${top + 30}Z`,
          hex(look.accent),
        ) +
        path(
          `M-40 ${top - 4} L-6 ${top + 20} L-18 ${top + 36}Z M40 ${top - 4} L6 ${top + 20} L18 ${top + 36}Z`,
          topC,
          {
            stroke: hex(shade(look.top, -0.25)),
            'stroke-width': 2,
          },
        ) +
        lapels(lapel, top)
      );
    case 'suit-open':
      return (
        path(`M-60 ${top} L0 -110 L60 ${top}Z`, topC) +
        path(`M-22 ${top + 4} L0 ${top + 46} L22 ${top + 4}Z`, hex(shade(look.skin, -0.12))) +
        path(
          `M-42 ${top - 4} L-4 ${top + 40} L-24 ${top + 44}Z M42 ${top - 4} L4 ${top + 40} L24 ${top + 44}Z`,
          topC,
          {
            stroke: hex(shade(look.top, -0.25)),
            'stroke-width': 2,
          },
        ) +
        lapels(lapel, top)
      );
    case 'blazer-top':
      return (
        path(`M-64 ${top} L0 -96 L64 ${top}Z`, topC) +
        path(`M-34 ${top} Q0 ${top + 40} 34 ${top}Z`, hex(shade(look.skin, -0.1))) +
        path(`M-34 ${top + 2} Q0 ${top + 48} 34 ${top + 2}`, 'none', {
          stroke: '#d9b44a',
          'stroke-width': 3,
        }) +
        ellipse(0, top + 27, 5, 7, hex(look.accent)) +
        lapels(lapel, top, 72)
      );
    case 'sweater':
      return (
        path(`M-46 ${top} Q0 ${top + 50} 46 ${top}Z`, topC) +
        path(
          `M-30 ${top + 4} L-4 ${top + 30} L-22 ${top + 34}Z M30 ${top + 4} L4 ${top + 30} L22 ${top + 34}Z`,
          topC,
          {
            stroke: hex(shade(look.top, -0.25)),
            'stroke-width': 2,
          },
        ) +
        path(`M-50 ${top} Q0 ${top + 58} 50 ${top}`, 'none', { stroke: seam, 'stroke-width': 7 }) +
        line(-120, -40, 120, -40, seam, 3, { opacity: 0.4 })
      );
    case 'mandarin':
      return (
        path(
          `M-36 ${top - 14} L36 ${top - 14} L40 ${top + 8} Q0 ${top + 16} -40 ${top + 8}Z`,
          hex(shade(look.jacket, -0.12)),
        ) +
        line(0, top + 12, 0, 0, seam, 3) +
        [top + 40, top + 90, top + 140].map((y) => ellipse(6, y, 4, 4, hex(look.accent))).join('')
      );
    case 'turtleneck':
      return (
        path(`M-46 ${top} L0 -100 L46 ${top}Z`, topC) +
        path(`M-34 ${top - 40} L34 ${top - 40} L38 ${top + 10} Q0 ${top + 20} -38 ${top + 10}Z`, topC) +
        line(-34, top - 22, 34, top - 22, hex(shade(look.top, -0.12)), 2) +
        line(-36, top - 6, 36, top - 6, hex(shade(look.top, -0.12)), 2) +
        lapels(lapel, top, 54)
      );
  }
}

function lapels(color: string, top: number, spread = 64): string {
  return (
    path(
      `M-${spread} ${top} L-4 -112 L-26 -120 L-${spread + 28} ${top + 40} L-${spread + 6} ${top + 6}Z`,
      color,
    ) +
    path(`M${spread} ${top} L4 -112 L26 -120 L${spread + 28} ${top + 40} L${spread + 6} ${top + 6}Z`, color)
  );
}

function sleeve(look: Appearance, darker = 0): string {
  return hex(shade(look.jacket, -0.08 - darker));
}

function cuff(look: Appearance): string {
  return hex(look.outfit === 'sweater' || look.outfit === 'turtleneck' ? shade(look.jacket, -0.2) : look.top);
}

/** Arms hang at the sides: only the sleeve seams show. */
function restArms(look: Appearance, S: number): string {
  const seam = hex(shade(look.jacket, -0.32));
  return (
    path(`M${-S + 38} -180 C${-S + 30} -120 ${-S + 34} -60 ${-S + 40} 0`, 'none', {
      stroke: seam,
      'stroke-width': 4,
      opacity: 0.7,
    }) +
    path(`M${S - 38} -180 C${S - 30} -120 ${S - 34} -60 ${S - 40} 0`, 'none', {
      stroke: seam,
      'stroke-width': 4,
      opacity: 0.7,
    })
  );
}

/** Arms folded across the chest: the strongest "closed-off" signal at any size. */
function crossedArms(look: Appearance, S: number): string {
  const skin = hex(look.skin);
  const back = sleeve(look, 0.1);
  const frontC = sleeve(look, -0.04);
  return (
    line(-S + 34, -196, -S + 30, -96, sleeve(look, 0.06), 66) +
    line(S - 34, -196, S - 30, -96, sleeve(look, 0.06), 66) +
    ellipse(S - 52, -154, 22, 17, skin) +
    line(-S + 40, -88, S - 74, -144, back, 58) +
    line(S - 40, -82, -S + 84, -136, frontC, 60) +
    line(-S + 92, -138, -S + 106, -142, cuff(look), 26, { 'stroke-linecap': 'butt' }) +
    ellipse(-S + 70, -144, 26, 19, skin) +
    path(`M${-S + 50} -156 q-12 8 -4 20`, 'none', {
      stroke: hex(shade(look.skin, -0.2)),
      'stroke-width': 3,
    }) +
    path(`M-80 -118 Q0 -130 80 -138`, 'none', {
      stroke: hex(shade(look.jacket, -0.35)),
      'stroke-width': 3,
      opacity: 0.6,
    })
  );
}

/** A hand rubbing the back of the neck (drawn behind the head): unease, even as a silhouette. */
function neckArm(look: Appearance, S: number): string {
  const skin = hex(look.skin);
  const c = sleeve(look, 0.04);
  return (
    line(-S + 40, -190, -S - 6, -330, c, 62) +
    line(-S - 6, -330, -70, -300, c, 54) +
    line(-96, -306, -84, -304, cuff(look), 30, { 'stroke-linecap': 'butt' }) +
    ellipse(-62, -298, 26, 22, skin) +
    line(-S + 38, -60, -S + 44, 0, hex(shade(look.jacket, -0.32)), 4, { opacity: 0.7 }) +
    line(S - 38, -180, S - 40, 0, hex(shade(look.jacket, -0.32)), 4, { opacity: 0.7 })
  );
}

/** An open palm raised beside the chest: warmth and invitation. */
function openHand(look: Appearance, S: number): string {
  const skin = look.skin;
  const c = sleeve(look, 0.02);
  const hx = S - 64;
  const hy = -178;
  const fingers = [-34, -12, 10, 30]
    .map((a, i) => {
      const r = (a * Math.PI) / 180;
      const len = [30, 36, 34, 27][i]!;
      return line(
        hx + Math.sin(r) * 14,
        hy - 10,
        hx + Math.sin(r) * (14 + len),
        hy - 10 - Math.cos(r) * len,
        hex(skin),
        12,
      );
    })
    .join('');
  return (
    line(-S + 38, -180, -S + 40, 0, hex(shade(look.jacket, -0.32)), 4, { opacity: 0.7 }) +
    line(S - 26, -20, hx + 6, hy + 34, c, 56) +
    line(hx + 12, hy + 40, hx + 2, hy + 22, cuff(look), 30, { 'stroke-linecap': 'butt' }) +
    fingers +
    line(hx - 22, hy + 4, hx - 40, hy - 14, hex(skin), 13) +
    ellipse(hx, hy + 2, 24, 19, hex(skin)) +
    path(`M${hx - 12} ${hy + 8} q12 6 24 -2`, 'none', {
      stroke: hex(mix(skin, 0x000000, 0.25)),
      'stroke-width': 2.5,
    })
  );
}
