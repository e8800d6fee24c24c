/**
 * The learner, seen from behind and a little to the side — an over-the-shoulder shot — so the
 * player stands in the scene without being given a face, a gender or an age. Drawn dark and
 * close to the camera, rim-lit by the room. Coordinates: (0, 0) is the bottom centre.
 */
import { ellipse, group, path, rect, svgDoc } from './svg.ts';
import { PALETTE, hex, linear, radial, shade } from './svg.ts';

export const LEARNER_W = 540;
export const LEARNER_H = 620;

export function learnerSvg(): string {
  const jacket = 0x1e2a44;
  const hair = 0x2a201b;
  const defs =
    linear('jk', [
      [0, shade(jacket, 0.08)],
      [1, shade(jacket, -0.35)],
    ]) +
    linear(
      'hair',
      [
        [0, shade(hair, 0.12)],
        [1, shade(hair, -0.2)],
      ],
      0,
      0,
      1,
      1,
    ) +
    radial(
      'rim',
      [
        [0.75, 0xffe7c2, 0],
        [1, 0xffe7c2, 0.5],
      ],
      0.45,
      0.5,
      0.55,
    );
  const body =
    // Shoulders and jacket, the far shoulder lower (turned towards the room).
    path(
      'M-270 0 L-270 -190 C-260 -300 -170 -340 -70 -352 L60 -356 C170 -346 250 -300 262 -200 L270 0Z',
      'url(#jk)',
    ) +
    path('M-70 -352 L60 -356 C40 -322 -40 -318 -70 -352Z', hex(shade(jacket, -0.4))) +
    path('M-56 -350 C-40 -330 30 -330 48 -354 L40 -372 C20 -356 -30 -356 -48 -370Z', '#e9e4da') +
    path('M240 -260 C258 -230 266 -200 268 -160', 'none', {
      stroke: '#ffe7c2',
      'stroke-width': 6,
      opacity: 0.35,
      'stroke-linecap': 'round',
    }) +
    // Neck and the back of the head.
    rect(-42, -380, 84, 40, hex(shade(0xc69a74, -0.35))) +
    group(
      ellipse(94, -8, 18, 30, hex(shade(0xc69a74, -0.2))) +
        ellipse(0, 0, 104, 124, 'url(#hair)') +
        path('M-96 40 C-80 96 80 96 96 40 C70 70 -70 70 -96 40Z', hex(shade(hair, -0.25))) +
        ellipse(0, 0, 104, 124, 'url(#rim)'),
      { transform: 'translate(6 -446) rotate(6)' },
    ) +
    path('M-270 -40 L270 -40 L270 0 L-270 0Z', hex(PALETTE.night), { opacity: 0.35 });
  return svgDoc(
    LEARNER_W,
    LEARNER_H,
    defs,
    body,
    `${-LEARNER_W / 2} ${-LEARNER_H} ${LEARNER_W} ${LEARNER_H}`,
  );
}
