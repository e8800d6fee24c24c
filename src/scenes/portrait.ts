/**
 * A counterpart drawn in code: shoulders, head, hair and a face whose brows, eyes and mouth
 * follow the expression. Drawn around (0, 0) = the bottom centre of the bust, about 440 px tall.
 */
import type Phaser from 'phaser';
import type { Appearance, Face } from './look.ts';

type G = Phaser.GameObjects.Graphics;

export function drawPerson(g: G, look: Appearance, face: Face): void {
  g.clear();
  // Shoulders and suit.
  g.fillStyle(look.suit, 1);
  g.fillRoundedRect(-170, -190, 340, 200, { tl: 90, tr: 90, bl: 0, br: 0 });
  g.fillStyle(look.shirt, 1);
  g.fillTriangle(-46, -190, 46, -190, 0, -80);
  g.fillStyle(0x000000, 0.18);
  g.fillTriangle(-46, -190, -8, -190, -30, -120);
  g.fillTriangle(46, -190, 8, -190, 30, -120);
  // Neck.
  g.fillStyle(look.skinShade, 1);
  g.fillRect(-30, -230, 60, 50);
  // Head (slightly tilted by drawing offsets rather than rotating the whole bust).
  const hx = Math.round(face.tilt * 200);
  const hy = -330;
  if (look.hairStyle === 'long') {
    g.fillStyle(look.hair, 1);
    g.fillRoundedRect(hx - 92, hy - 90, 184, 230, 70);
  }
  g.fillStyle(look.skin, 1);
  g.fillEllipse(hx, hy, 160, 200);
  g.fillStyle(look.skinShade, 1);
  g.fillEllipse(hx - 80, hy + 5, 22, 40);
  g.fillEllipse(hx + 80, hy + 5, 22, 40);
  drawHair(g, look, hx, hy);
  drawFace(g, look, face, hx, hy);
}

function drawHair(g: G, look: Appearance, hx: number, hy: number): void {
  g.fillStyle(look.hair, 1);
  switch (look.hairStyle) {
    case 'bald':
      g.fillEllipse(hx - 76, hy - 10, 16, 50);
      g.fillEllipse(hx + 76, hy - 10, 16, 50);
      break;
    case 'parted':
      g.fillEllipse(hx, hy - 78, 172, 76);
      g.fillTriangle(hx - 86, hy - 70, hx - 20, hy - 96, hx - 84, hy - 10);
      g.fillTriangle(hx + 86, hy - 70, hx + 10, hy - 100, hx + 84, hy - 20);
      break;
    case 'bun':
      g.fillCircle(hx, hy - 118, 36);
      g.fillEllipse(hx, hy - 72, 170, 80);
      break;
    case 'long':
      g.fillEllipse(hx, hy - 74, 176, 84);
      break;
    default:
      g.fillEllipse(hx, hy - 80, 168, 66);
      g.fillRect(hx - 84, hy - 80, 14, 50);
      g.fillRect(hx + 70, hy - 80, 14, 50);
  }
}

function drawFace(g: G, look: Appearance, face: Face, hx: number, hy: number): void {
  const eyeY = hy - 6;
  const gaze = face.gaze;
  // Brows: the inner ends rise with worry and drop when closed-off.
  g.lineStyle(7, look.hair === 0x8a8a8a ? 0x6c6c6c : look.hair, 1);
  const browY = eyeY - 30 - face.browLift;
  g.lineBetween(hx - 52, browY + face.browTilt * 0.2, hx - 16, browY - face.browTilt);
  g.lineBetween(hx + 16, browY - face.browTilt, hx + 52, browY + face.browTilt * 0.2);
  // Eyes.
  const eyeH = Math.max(3, 16 * face.eyeOpen);
  g.fillStyle(0xffffff, 1);
  g.fillEllipse(hx - 34, eyeY, 30, eyeH + 4);
  g.fillEllipse(hx + 34, eyeY, 30, eyeH + 4);
  g.fillStyle(0x2b2118, 1);
  g.fillEllipse(hx - 34 + gaze / 2, eyeY, 13, Math.min(13, eyeH));
  g.fillEllipse(hx + 34 + gaze / 2, eyeY, 13, Math.min(13, eyeH));
  if (face.eyeOpen < 0.7) {
    g.fillStyle(look.skin, 1);
    g.fillRect(hx - 52, eyeY - 12, 36, 8);
    g.fillRect(hx + 16, eyeY - 12, 36, 8);
  }
  if (look.glasses) {
    g.lineStyle(4, 0x222222, 0.9);
    g.strokeRoundedRect(hx - 58, eyeY - 18, 48, 36, 10);
    g.strokeRoundedRect(hx + 10, eyeY - 18, 48, 36, 10);
    g.lineBetween(hx - 10, eyeY - 4, hx + 10, eyeY - 4);
  }
  // Nose.
  g.lineStyle(4, look.skinShade, 1);
  g.lineBetween(hx + 2, eyeY + 10, hx - 6, eyeY + 38);
  g.lineBetween(hx - 6, eyeY + 38, hx + 8, eyeY + 40);
  // Mouth: a quadratic curve, smiling up or frowning down.
  const my = hy + 58;
  const half = face.mouthWidth / 2;
  g.lineStyle(6, 0x8c3b3b, 1);
  g.beginPath();
  g.moveTo(hx - half, my - face.mouthCurve * 0.3);
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const x = hx - half + t * half * 2;
    const y = my - face.mouthCurve * 0.3 + Math.sin(Math.PI * t) * face.mouthCurve;
    g.lineTo(x, y);
  }
  g.strokePath();
}

/** The learner: seen from behind, bottom left, as in an over-the-shoulder shot. */
export function drawLearner(g: G): void {
  g.clear();
  g.fillStyle(0x14213d, 1);
  g.fillRoundedRect(-190, -150, 380, 170, { tl: 110, tr: 110, bl: 0, br: 0 });
  g.fillStyle(0x3b2a1e, 1);
  g.fillEllipse(0, -200, 150, 170);
  g.fillStyle(0x2b1b10, 1);
  g.fillEllipse(0, -230, 140, 110);
}
