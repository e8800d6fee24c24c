/**
 * The places the stories use (`# place:` tags), each drawn in code as SVG: a back layer behind
 * the people and a front layer in front of them (table, rail, light, vignette). Places also say
 * how people appear there: seated or standing, in the room or inside a video call, and the tint
 * of the light on them. An unknown place id gets a neutral room and its name on a plaque — never
 * an error, so an author's new place still plays.
 */
import { PALETTE } from '../svg.ts';

export interface PlaceArt {
  back: string;
  front: string;
}

/** Where the neutral room's name plaque hangs (the stage writes the place's name there). */
export const PLAQUE = { x: 640, y: 95, width: 300 };

export interface PlaceInfo {
  name: string;
  /** People stand (bust runs off the stage) rather than sit behind a table. */
  standing: boolean;
  /** People appear inside a video call's tiles. */
  call: boolean;
  /** Multiply tint for people in this light (0xffffff = daylight). */
  light: number;
  /** Tint for people who are present but not speaking. */
  dim: number;
  /** Colour of the transition card's wash. */
  card: number;
}

const day = { light: 0xffffff, dim: 0xc4c8d2, card: PALETTE.ink };
const warm = { light: 0xffe9d2, dim: 0xb9a79a, card: 0x2a1610 };

export const PLACES: Record<string, PlaceInfo> = {
  'meeting-room': { name: 'Meeting room', standing: false, call: false, ...day },
  office: { name: 'Office', standing: false, call: false, ...day },
  lobby: { name: 'Lobby', standing: true, call: false, ...day },
  restaurant: { name: 'Restaurant', standing: false, call: false, ...warm },
  banquet: { name: 'Banquet', standing: false, call: false, ...warm, light: 0xffe2cc, card: 0x3a0810 },
  'video-call': { name: 'Video call', standing: false, call: true, ...day },
  ballpark: { name: 'Ballpark', standing: true, call: false, ...day, light: 0xfff6e6 },
  sightseeing: { name: 'Sightseeing', standing: true, call: false, ...day, light: 0xfffaf0 },
  'hotel-bar': { name: 'Hotel bar', standing: false, call: false, ...warm, light: 0xf2dcc4, dim: 0x9a8a80 },
  airport: { name: 'Airport', standing: true, call: false, ...day },
  pub: { name: 'Pub', standing: false, call: false, ...warm, light: 0xffe6c8, dim: 0xb3a08c, card: 0x2e1c10 },
  'shop-floor': { name: 'Shop floor', standing: true, call: false, ...day, light: 0xfffcf6 },
  'factory-floor': { name: 'Factory floor', standing: true, call: false, ...day, light: 0xf8fbff },
  warehouse: { name: 'Warehouse', standing: true, call: false, ...day, light: 0xfffaf0 },
  car: { name: 'Car', standing: false, call: false, ...day, light: 0xf6f6f8, dim: 0xb8bcc6 },
  'trade-fair': { name: 'Trade fair', standing: true, call: false, ...day, light: 0xfffaf2 },
  reception: { name: 'Reception', standing: true, call: false, ...day },
  'video-wall': { name: 'Conference room', standing: false, call: false, ...day, light: 0xf4f8ff },
  'lobby-night': { name: 'Hotel lobby', standing: true, call: false, ...warm, light: 0xffe4c4 },
};

/** Readable name of any place id ("trade-fair" → "Trade fair"). */
export function placeName(place: string | null): string {
  if (!place) return '';
  const known = PLACES[place]?.name;
  if (known) return known;
  const words = place.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function placeInfo(place: string | null): PlaceInfo {
  return (place && PLACES[place]) || { name: placeName(place), standing: false, call: false, ...day };
}

export function isKnownPlace(place: string | null): boolean {
  return !!place && place in PLACES;
}

/** Places drawn by art of their own (art.ts); any other id is the neutral room. */
export const DRAWN_PLACES: readonly string[] = Object.keys(PLACES).filter((id) => id !== 'video-call');

/**
 * A cache key for the art: it changes exactly when the drawing would. A video call's depends on
 * who is in it (one tile each); any place without art of its own is `neutral`.
 */
export function placeArtKey(place: string | null, people: readonly string[] = []): string {
  if (place === 'video-call') return `video-call:${people.join(',')}`;
  return place && DRAWN_PLACES.includes(place) ? place : 'neutral';
}

/**
 * Where a drawn place's layer is, beside the page (build/stage-art.ts writes the files at build
 * time; the dev server draws them on request): `places/pub-back.svg`.
 */
export function placeFile(key: string, layer: 'back' | 'front'): string {
  return `places/${key}-${layer}.svg`;
}

/**
 * The places a story names after `current` (its places in the order it first names them), the
 * next `ahead` of them: what the stage fetches while the learner reads.
 */
export function placesAfter(order: readonly string[], current: string | null, ahead = 2): string[] {
  const at = current === null ? -1 : order.indexOf(current);
  return order.slice(at + 1, at + 1 + ahead);
}
