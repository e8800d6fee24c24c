/**
 * Every drawn place's art, by id — the code that draws it. The stage does not carry this: at build
 * time build/stage-art.ts writes each place's two layers as SVG files (`places/<id>-back.svg`,
 * `-front.svg`; only the places a package's stories use, and the neutral room, in an LMS package),
 * and the stage loads the file of the place it shows. A video call is drawn in the stage itself
 * (video-call.ts, its own lazily loaded chunk): its tiles depend on who is in the call.
 */
import type { PlaceArt } from './index.ts';
import { videoCall } from './video-call.ts';
import { videoWall } from './conference.ts';
import { banquet, hotelBar, restaurant } from './evening.ts';
import { lobbyNight } from './hotel.ts';
import { factoryFloor } from './industry.ts';
import { airport, ballpark, sightseeing } from './outside.ts';
import { pub } from './pub.ts';
import { lobby, meetingRoom, neutralRoom, office } from './rooms.ts';
import { car } from './travel.ts';
import { reception, tradeFair } from './venues.ts';
import { warehouse } from './warehouse.ts';
import { shopFloor } from './work.ts';

export const ART: Readonly<Record<string, () => PlaceArt>> = {
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
  neutral: neutralRoom,
};

/** The place's art; a video call's depends on who is in it (one tile each). */
export function placeArt(place: string | null, people: readonly string[] = []): PlaceArt {
  if (place === 'video-call') return videoCall(people);
  return ((place && Object.hasOwn(ART, place) && ART[place]) || neutralRoom)();
}
