/**
 * The learner, seen from behind and a little to the side — an over-the-shoulder shot — so the
 * player stands in the scene without being given a face, a gender or an age. Drawn dark and
 * close to the camera, rim-lit by the room. Coordinates: (0, 0) is the bottom centre.
 */
import { ellipse, group, hex, linear, PALETTE, path, radial, shade, svgDoc } from './svg.ts';

export const LEARNER_W = 540;
export const LEARNER_H = 620;

export function learnerSvg(): string {
  const jacket = 0x1e2a44;
  const hair = 0x2a201b;
  const skin = 0xb98a66;
  const defs =
    linear('jk', [
      [0, shade(jacket, 0.1)],
      [1, shade(jacket, -0.35)],
    ]) +
    linear(
      'hair',
      [
        [0, shade(hair, 0.16)],
        [0.7, hair],
        [1, shade(hair, -0.2)],
      ],
      0.2,
      0,
      0.8,
      1,
    ) +
    linear('neck', [
      [0, shade(skin, -0.45)],
      [1, shade(skin, -0.2)],
    ]) +
    radial(
      'rim',
      [
        [0.78, 0xffe7c2, 0],
        [1, 0xffe7c2, 0.55],
      ],
      0.42,
      0.5,
      0.56,
    );
  const rimStroke = {
    stroke: '#ffe7c2',
    'stroke-width': 5,
    opacity: 0.4,
    'stroke-linecap': 'round' as const,
  };
  const head = group(
    ellipse(-92, 10, 16, 28, hex(shade(skin, -0.35))) +
      ellipse(94, 4, 19, 32, hex(shade(skin, -0.12))) +
      ellipse(0, 0, 96, 116, hex(shade(skin, -0.25))) +
      // Hair over the whole back of the head, down to a curved nape line.
      path(
        'M-96 20 C-104 -70 -60 -118 0 -118 C62 -118 104 -70 96 20 C90 64 60 88 40 92 Q0 70 -40 92 C-62 86 -92 62 -96 20Z',
        'url(#hair)',
      ) +
      path('M-40 -60 Q0 -84 46 -56 M-20 -20 Q10 -36 40 -14 M-60 10 Q-30 -6 -4 14', 'none', {
        stroke: hex(shade(hair, 0.25)),
        'stroke-width': 4,
        opacity: 0.28,
        'stroke-linecap': 'round',
      }) +
      ellipse(0, 0, 96, 116, 'url(#rim)'),
    { transform: 'translate(8 -468) rotate(5)' },
  );
  const body =
    // Shoulders and jacket, the far shoulder a little lower (turned towards the room).
    path(
      'M-270 0 L-270 -180 C-262 -292 -180 -334 -84 -350 L70 -354 C176 -342 254 -296 264 -196 L270 0Z',
      'url(#jk)',
    ) +
    path('M-150 -320 C-160 -250 -168 -120 -172 0 M150 -318 C158 -250 164 -120 168 0', 'none', {
      stroke: hex(shade(jacket, -0.4)),
      'stroke-width': 4,
      opacity: 0.6,
    }) +
    path('M240 -276 C256 -246 264 -214 266 -170', 'none', rimStroke) +
    // Neck, shirt collar, jacket collar.
    path('M-44 -400 L44 -400 L48 -338 Q0 -326 -48 -338Z', 'url(#neck)') +
    path('M-60 -346 Q0 -326 62 -348 L66 -330 Q0 -306 -64 -328Z', '#eae6dd') +
    path('M-92 -350 Q0 -318 90 -354 L100 -330 Q0 -290 -100 -326Z', hex(shade(jacket, -0.18))) +
    head +
    path('M-270 -40 L270 -40 L270 0 L-270 0Z', hex(PALETTE.night), { opacity: 0.35 });
  return svgDoc(
    LEARNER_W,
    LEARNER_H,
    defs,
    body,
    `${-LEARNER_W / 2} ${-LEARNER_H} ${LEARNER_W} ${LEARNER_H}`,
  );
}
