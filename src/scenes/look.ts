/**
 * How people look: a deterministic appearance per character id (so a counterpart always looks
 * the same), and the face features of each expression. Pure data — no Phaser here.
 */
import type { Mood } from '../story/tags.ts';

export interface Appearance {
  skin: number;
  skinShade: number;
  hair: number;
  hairStyle: 'short' | 'parted' | 'long' | 'bun' | 'bald';
  suit: number;
  shirt: number;
  glasses: boolean;
}

const SKINS: [number, number][] = [
  [0xf1c9a5, 0xd9a983],
  [0xe0ac69, 0xc68e4e],
  [0xc68642, 0xa86c2c],
  [0x8d5524, 0x6f3f17],
  [0xffdbac, 0xe8bd8a],
  [0xa56b46, 0x86502f],
];
const HAIRS = [0x1c1c1c, 0x3b2a1e, 0x5a3c24, 0x8a8a8a, 0x2b1b10, 0xb5835a];
const SUITS = [0x1f2a44, 0x2f3e46, 0x4a4e69, 0x22333b, 0x5c3d2e, 0x283618];
const SHIRTS = [0xf8f9fa, 0xdbe9f6, 0xf1e3d3, 0xe9ecef];
const STYLES: Appearance['hairStyle'][] = ['short', 'parted', 'long', 'bun', 'short', 'parted', 'bald'];

/** FNV-1a: a stable small hash of an id. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function appearanceFor(id: string): Appearance {
  const h = hashId(id);
  const [skin, skinShade] = SKINS[h % SKINS.length]!;
  return {
    skin,
    skinShade,
    hair: HAIRS[(h >>> 4) % HAIRS.length]!,
    hairStyle: STYLES[(h >>> 8) % STYLES.length]!,
    suit: SUITS[(h >>> 12) % SUITS.length]!,
    shirt: SHIRTS[(h >>> 16) % SHIRTS.length]!,
    glasses: ((h >>> 20) & 3) === 0,
  };
}

export interface Face {
  /** Mouth curve: positive smiles, negative frowns (in px of the 200-px head). */
  mouthCurve: number;
  mouthWidth: number;
  /** Brow tilt: positive raises the inner ends (worry), negative lowers them (closed/stern). */
  browTilt: number;
  browLift: number;
  /** Eye openness 0..1. */
  eyeOpen: number;
  /** Head tilt in radians, gaze offset in px. */
  tilt: number;
  gaze: number;
}

export const FACES: Record<Mood, Face> = {
  neutral: { mouthCurve: 2, mouthWidth: 34, browTilt: 0, browLift: 0, eyeOpen: 1, tilt: 0, gaze: 0 },
  pleased: { mouthCurve: 12, mouthWidth: 42, browTilt: 0, browLift: 4, eyeOpen: 0.8, tilt: 0.04, gaze: 0 },
  uneasy: { mouthCurve: -4, mouthWidth: 28, browTilt: 6, browLift: 3, eyeOpen: 1, tilt: -0.03, gaze: 6 },
  closed: { mouthCurve: -7, mouthWidth: 30, browTilt: -7, browLift: -3, eyeOpen: 0.55, tilt: 0, gaze: -8 },
};
