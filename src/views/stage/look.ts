/**
 * How people look: a deterministic appearance per character id (so a counterpart always looks the
 * same, on every device, in every session), and what each expression does to face and body.
 * Pure data — no Phaser, no SVG here. The id is the only input, with the broad traits of
 * stories/looks.json where a character has them (casting.ts).
 */
import type { Mood } from '../../core/story/tags.ts';
import { fnv1a } from '../../core/hash.ts';
import type { Age, Casting, FacialHair, HairStyle, Outfit, Tone } from '../../core/looks.ts';

export type FaceShape = 'oval' | 'round' | 'square' | 'long' | 'heart';
export type { Age, Casting, FacialHair, HairStyle, Outfit, Tone } from '../../core/looks.ts';

export interface Appearance {
  face: FaceShape;
  /** Long-hair family (bob, long, bun, ponytail, long curls; no facial hair). */
  longHair: boolean;
  age: Age;
  skin: number;
  hairStyle: HairStyle;
  hair: number;
  facialHair: FacialHair;
  glasses: 'none' | 'round' | 'rect';
  outfit: Outfit;
  jacket: number;
  /** Shirt, blouse or top colour. */
  top: number;
  /** Tie, scarf, necklace or pocket-square colour. */
  accent: number;
  earrings: boolean;
  /** Broad (1.06) to slight (0.94) shoulders. */
  build: number;
  /** Brow weight in px (thicker brows read better at small sizes). */
  brow: number;
}

export const SKINS = [0xf3d2b8, 0xe8b990, 0xd29c6c, 0xb9804f, 0x94603a, 0x6e4428, 0xf0c8a0, 0xc58d5e];
const TONES: Record<Tone, number[]> = {
  fair: [0xf3d2b8, 0xf0c8a0],
  light: [0xe8b990, 0xf0c8a0],
  tan: [0xd29c6c, 0xc58d5e],
  brown: [0xb9804f, 0x94603a],
  deep: [0x6e4428, 0x94603a],
};
/** Skins that also come with light natural hair (brown, auburn, blond). */
const FAIR = new Set([0xf3d2b8, 0xf0c8a0, 0xe8b990]);

const DARK_HAIR = [0x1b1716, 0x2a1e19, 0x3a2a20, 0x4f3424];
const LIGHT_HAIR = [0x7a4a2a, 0x9b6a3e, 0xb68a57, 0x6b3526];
const GREY_HAIR = [0x8f8c88, 0xb9b5ae, 0xd6d2cb];
const JACKETS = [0x1f2a44, 0x2f3b35, 0x4a4058, 0x283e52, 0x5b3f33, 0x3b3b40, 0x6a2e35, 0x2d4a4a];
const TOPS = [0xf6f3ee, 0xdce8f3, 0xf1e2d2, 0xe4ece0, 0xf3dfe4];
const ACCENTS = [0xb0413e, 0xc48a1a, 0x2f6f8f, 0x6b4c9a, 0x3f7f5a, 0x9c4f6b];

/** A stable small hash of an id (FNV-1a). */
export function hashId(id: string): number {
  return fnv1a(id);
}

/** A stream of choices from one id: each `pick` uses fresh bits, so features vary independently. */
function picker(id: string, salt: string): <T>(list: readonly T[]) => T {
  let state = hashId(`${salt}:${id}`);
  return <T>(list: readonly T[]) => {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    state = (state ^ (state >>> 12)) >>> 0;
    state = Math.imul(state ^ (state >>> 13), 0x297a2d39) >>> 0;
    return list[(state >>> 8) % list.length]!;
  };
}

/** The hash salt: any string gives every id a stable look; changing it recasts everyone. */
export const LOOK_SALT = 'rapport';

/**
 * A look for an id. Hair length and outfit come in two loose families so a face reads as one
 * person (no beard with a bun); within a family each feature is picked independently from the
 * id's hash. `cast` fixes broad traits for a known character and keeps the look coherent.
 */
export function appearanceFor(id: string, cast: Casting = {}, salt = LOOK_SALT): Appearance {
  const pick = picker(id, salt);
  const age = cast.age ?? pick<Age>(['young', 'middle', 'middle', 'senior']);
  const longHaired = cast.longHair ?? pick([true, false, false]);
  const hairStyle: HairStyle =
    cast.hairStyle ??
    (longHaired
      ? pick<HairStyle>(['bob', 'long', 'bun', 'ponytail', 'curly'])
      : age === 'senior'
        ? pick<HairStyle>(['receding', 'bald', 'side-part', 'swept', 'crop'])
        : pick<HairStyle>(['crop', 'side-part', 'swept', 'curly', 'receding']));
  const skin = pick(cast.tone ? TONES[cast.tone] : SKINS);
  // Lighter skins come with any natural hair colour; deeper ones with dark hair (until it greys).
  const natural =
    cast.hairColour === 'light'
      ? LIGHT_HAIR
      : cast.hairColour === 'dark' || (cast.tone ? cast.tone !== 'fair' : !FAIR.has(skin))
        ? DARK_HAIR
        : [...DARK_HAIR, ...LIGHT_HAIR];
  const hair = age === 'senior' || cast.hairColour === 'grey' ? pick(GREY_HAIR) : pick(natural);
  const facialHair: FacialHair = longHaired
    ? 'none'
    : (cast.facialHair ?? pick<FacialHair>(['none', 'none', 'none', 'moustache', 'beard', 'stubble']));
  const outfit: Outfit =
    cast.outfit ??
    (longHaired
      ? pick<Outfit>(['blazer-top', 'blazer-top', 'turtleneck', 'suit-open', 'sweater'])
      : pick<Outfit>(['suit-tie', 'suit-tie', 'suit-open', 'sweater', 'mandarin', 'turtleneck']));
  return {
    longHair: longHaired,
    face: pick<FaceShape>(['oval', 'round', 'square', 'long', 'heart']),
    age,
    skin,
    hairStyle,
    hair,
    facialHair,
    glasses: cast.glasses ?? pick(['none', 'none', 'round', 'rect'] as const),
    outfit,
    jacket: pick(JACKETS),
    top: pick(TOPS),
    accent: pick(ACCENTS),
    earrings: longHaired && pick([true, false]),
    build: longHaired ? pick([0.94, 0.97, 1]) : pick([0.98, 1.02, 1.06]),
    brow: pick([9, 10, 11]),
  };
}

/** Head proportions per face shape, in px of the head (crown at y = −108). */
export interface Head {
  /** Half the width at the temples. */
  w: number;
  /** Jaw corner width as a share of w. */
  jaw: number;
  chinW: number;
  chinY: number;
}

export const HEADS: Record<FaceShape, Head> = {
  oval: { w: 76, jaw: 0.78, chinW: 20, chinY: 102 },
  round: { w: 82, jaw: 0.88, chinW: 30, chinY: 96 },
  square: { w: 79, jaw: 0.94, chinW: 34, chinY: 99 },
  long: { w: 71, jaw: 0.8, chinW: 22, chinY: 110 },
  heart: { w: 80, jaw: 0.72, chinW: 15, chinY: 101 },
};

export type Arms = 'rest' | 'open' | 'neck' | 'crossed';
export type MouthShape = 'calm' | 'smile' | 'grimace' | 'pressed';

/** What an expression does, in px of a head about 200 px tall and degrees. */
export interface Face {
  /** Inner brow ends up (+, worry) or down (−, stern); whole brows up/down with lift. */
  browInner: number;
  browLift: number;
  /** Brow inner ends drawn towards each other (knit), px. */
  browKnit: number;
  /** Eye openness 0..1; smiling eyes curve upwards instead. */
  eyeOpen: number;
  eyeSmile: boolean;
  /** Where the eyes look, px (x: + towards the viewer's right; y: + down). */
  gazeX: number;
  gazeY: number;
  mouth: MouthShape;
  mouthWidth: number;
  /** Head tilt (deg, + clockwise), turn (features shift, px) and lift (− chin up, + down). */
  tilt: number;
  turn: number;
  nod: number;
  /** Shoulders raised (tension) in px. */
  shrug: number;
  arms: Arms;
  blush: number;
}

export const FACES: Record<Mood, Face> = {
  neutral: {
    browInner: 0,
    browLift: 0,
    browKnit: 0,
    eyeOpen: 1,
    eyeSmile: false,
    gazeX: 0,
    gazeY: 0,
    mouth: 'calm',
    mouthWidth: 40,
    tilt: 0,
    turn: 0,
    nod: 0,
    shrug: 0,
    arms: 'rest',
    blush: 0,
  },
  pleased: {
    browInner: 2,
    browLift: 7,
    browKnit: 0,
    eyeOpen: 1,
    eyeSmile: true,
    gazeX: 0,
    gazeY: 0,
    mouth: 'smile',
    mouthWidth: 58,
    tilt: 5,
    turn: 0,
    nod: -2,
    shrug: 0,
    arms: 'open',
    blush: 0.28,
  },
  uneasy: {
    browInner: 11,
    browLift: 3,
    browKnit: 2,
    eyeOpen: 1,
    eyeSmile: false,
    gazeX: 9,
    gazeY: 4,
    mouth: 'grimace',
    mouthWidth: 44,
    tilt: -7,
    turn: 6,
    nod: 6,
    shrug: 9,
    arms: 'neck',
    blush: 0,
  },
  closed: {
    browInner: -9,
    browLift: -4,
    browKnit: 6,
    eyeOpen: 0.5,
    eyeSmile: false,
    gazeX: -10,
    gazeY: 0,
    mouth: 'pressed',
    mouthWidth: 34,
    tilt: 2,
    turn: -10,
    nod: -7,
    shrug: 0,
    arms: 'crossed',
    blush: 0,
  },
};

/** Words for a mood, as the page says them (`closed` reads as "closed-off"). */
export function moodWord(mood: Mood): string {
  return mood === 'closed' ? 'closed-off' : mood;
}
