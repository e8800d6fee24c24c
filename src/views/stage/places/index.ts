/**
 * The places the stories use (`# place:` tags), each drawn in code as SVG: a back layer behind
 * the people and a front layer in front of them (table, rail, light, vignette). Places also say
 * how people appear there: seated or standing, in the room or inside a video call, and the tint
 * of the light on them. An unknown place id gets a neutral room and its name on a plaque — never
 * an error, so an author's new place still plays.
 */
import { PALETTE } from '../svg.ts';
import { videoCall } from './call.ts';
import { videoWall } from './conference.ts';
import { banquet, hotelBar, restaurant } from './evening.ts';
import { lobbyNight } from './hotel.ts';
import { factoryFloor } from './industry.ts';
import { airport, ballpark, sightseeing } from './outside.ts';
import { pub } from './pub.ts';
import { lobby, meetingRoom, neutralRoom, office, type PlaceArt } from './rooms.ts';
import { car } from './travel.ts';
import { reception, tradeFair } from './venues.ts';
import { warehouse } from './warehouse.ts';
import { shopFloor } from './work.ts';

export type { PlaceArt } from './rooms.ts';
export { PLAQUE } from './rooms.ts';

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

const ART: Record<string, () => PlaceArt> = {
  'meeting-room': meetingRoom,
  office,
  lobby,
  restaurant,
  banquet,
  ballpark,
  sightseeing,
  'hotel-bar': hotelBar,
  airport,
  pub,
  'shop-floor': shopFloor,
  'factory-floor': factoryFloor,
  warehouse,
  car,
  'lobby-night': lobbyNight,
  'trade-fair': tradeFair,
  reception,
  'video-wall': videoWall,
};

/** The place's art; a video call's depends on who is in it (one tile each). */
export function placeArt(place: string | null, people: readonly string[] = []): PlaceArt {
  if (place === 'video-call') return videoCall(people);
  return (place && ART[place]?.()) || neutralRoom();
}

/** A cache key for the art: it changes exactly when the drawing would. */
export function placeArtKey(place: string | null, people: readonly string[] = []): string {
  if (place === 'video-call') return `video-call:${people.join(',')}`;
  return place && ART[place] ? place : 'neutral';
}
